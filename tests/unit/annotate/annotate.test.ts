// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import {
  annotate,
  annotateInChunks,
  candidateTextNodes,
  candidateTextNodesInChunks,
  leadingText,
  MARK_TAG,
  removeMarks,
} from '../../../lib/annotate/annotate';
import { readPack } from '../../../lib/db/seed';
import { createMatcher } from '../../../lib/match/matcher';
import { COUNCIL_INITIALS } from '../../../lib/match/name-index';

const pack = readPack(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../public/data/pack.json'), 'utf8')),
);
const matcher = createMatcher(pack.authorities);
const fixture = readFileSync(
  path.resolve(import.meta.dirname, '../../fixtures/pages/council-story.html'),
  'utf8',
);
const options = { describe: (code: string) => `council ${code}`, exclude: ['aside', '.related-links'] };

beforeEach(() => {
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    fixture,
    'text/html',
  ).documentElement.innerHTML;
});

const article = () => document.querySelector('article') as HTMLElement;
const markTexts = () => Array.from(document.querySelectorAll(MARK_TAG)).map((mark) => mark.textContent);

it('marks each council mention in the article prose, and nothing else', () => {
  annotate(article(), matcher, options);
  expect(markTexts()).toEqual([
    'Sefton Council',
    'Sefton Council',
    'Kent County Council',
    'London Borough of Hackney',
  ]);
});

it('marks a council written with its initials, as trade and local papers write it', () => {
  article().innerHTML = '<p>Suffolk CC has apologised, and Kirklees MBC said it would act.</p>';
  annotate(article(), matcher, options);
  expect(markTexts()).toEqual(['Suffolk CC', 'Kirklees MBC']);
});

it('reads past no form of the initials: the quick test that skips other text lets each one through', () => {
  for (const initials of COUNCIL_INITIALS) {
    article().innerHTML = `<p>Kirklees ${initials} said it would act.</p>`;
    annotate(article(), matcher, options);
    expect(markTexts()).toEqual([`Kirklees ${initials}`]);
  }
});

it('marks a council written with no "council" in it: the City of London Corporation', () => {
  article().innerHTML = '<p>The City of London Corporation said it would reopen the market.</p>';
  const before = article().textContent;
  const marks = annotate(article(), matcher, options);
  expect(marks.map((mark) => [mark.textContent, mark.dataset.code])).toEqual([
    ['City of London Corporation', 'E09000001'],
  ]);
  expect(article().textContent).toBe(before);
});

it('gives each mark its council code, keyboard focus and an accessible name', () => {
  const [mark] = annotate(article(), matcher, options);
  expect(mark?.dataset.code).toBe('E08000014');
  expect(mark?.tabIndex).toBe(0);
  expect(mark?.getAttribute('role')).toBe('button');
  expect(mark?.getAttribute('aria-label')).toBe('council E08000014');
});

it('leaves the text of the page exactly as it was', () => {
  const before = document.body.textContent;
  annotate(article(), matcher, options);
  expect(document.body.textContent).toBe(before);
});

it('is idempotent: marking twice changes nothing', () => {
  annotate(article(), matcher, options);
  const once = document.body.innerHTML;
  expect(annotate(article(), matcher, options)).toEqual([]);
  expect(document.body.innerHTML).toBe(once);
});

it('restores the original DOM exactly when the marks are removed', () => {
  const original = document.body.innerHTML;
  const textNodesBefore = document.body.querySelectorAll('p').length;
  annotate(article(), matcher, options);
  removeMarks(document.body);
  expect(document.body.innerHTML).toBe(original);
  expect(document.body.querySelectorAll('p').length).toBe(textNodesBefore);
  const paragraph = article().querySelector('p') as HTMLElement;
  expect(paragraph.childNodes.length).toBe(1);
});

it('leaves a name split across elements alone', () => {
  annotate(article(), matcher, options);
  expect(document.querySelector('b')?.parentElement?.tagName).toBe('P');
  expect(document.querySelector('b')?.closest(MARK_TAG)).toBeNull();
});

it('never touches scripts, styles, code, form fields, editable areas, SVG, noscript or templates', () => {
  annotate(document.body, matcher, options);
  for (const selector of ['script', 'style', 'code', 'textarea', '[contenteditable]', 'svg', 'noscript']) {
    expect(document.querySelector(selector)?.querySelector(MARK_TAG), selector).toBeNull();
  }
  expect(document.querySelector('template')?.innerHTML).not.toContain(MARK_TAG);
});

it('can mark in slices that yield to the page, with the same result', async () => {
  let yields = 0;
  const marks = await annotateInChunks(article(), matcher, {
    ...options,
    budgetMs: 0,
    yieldToPage: async () => {
      yields++;
    },
  });
  expect(marks.map((mark) => mark.textContent)).toEqual(markTexts());
  expect(marks).toHaveLength(4);
  expect(yields).toBeGreaterThan(1);
});

it('pauses for the page while it looks through a huge page, even one that names no council', async () => {
  const body = document.createElement('div');
  for (let i = 0; i < 10_000; i++)
    body.append(`Paragraph ${i} of a very long page `, document.createElement('br'));
  let yields = 0;
  const marks = await annotateInChunks(body, matcher, {
    ...options,
    budgetMs: 0,
    yieldToPage: async () => {
      yields++;
    },
  });
  expect(marks).toHaveLength(0);
  expect(yields).toBeGreaterThanOrEqual(4);
});

it('finds the same text nodes on a huge page, where it reads runs of them as one string', async () => {
  const body = document.createElement('div');
  const mentions = [
    'Sefton Council said so.',
    'Suffolk CC agreed',
    'London Borough of Hackney',
    'the council',
  ];
  for (let i = 0; i < 1_000; i++) {
    const paragraph = document.createElement('p');
    // Mentions in runs of every kind: first, last or alone in one, in code, and split across two nodes.
    const mention = i % 37 === 0 || i % 64 === 63 ? mentions[i % mentions.length] : undefined;
    if (i % 200 === 17) paragraph.innerHTML = '<code>Sefton Council</code> said';
    else if (i % 200 === 29) paragraph.innerHTML = 'Sefton <b>Council</b> said';
    else paragraph.append(`Line ${i}: ${mention ?? 'nothing to see here.'}`);
    body.append(paragraph);
  }
  // Past its first 100 text nodes here (20,480 in the content script), so that most are read in runs.
  const inRuns = await candidateTextNodesInChunks(body, [], { yieldToPage: async () => {} }, 100);
  expect(inRuns).toEqual(candidateTextNodes(body));
  expect(inRuns.length).toBeGreaterThan(40);
});

it("reads a story's text as textContent does, but no further than its limit on a page of endless text", () => {
  const story = document.createElement('article');
  story.innerHTML = '<h1>Sefton</h1><p>The <b>council</b> said so.</p><p>Nothing more.</p>';
  expect(leadingText(story)).toBe(story.textContent);
  story.append('x'.repeat(500));
  expect(leadingText(story, 30)).toBe((story.textContent ?? '').slice(0, 30));
});
