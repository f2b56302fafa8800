// Runs inside a Chromium page: Council Lens's annotator against two baselines, on the same page and names.
import { annotateInChunks, removeMarks } from '../../../lib/annotate/annotate';
import { createMatcher } from '../../../lib/match/matcher';
import type { NameIndex } from '../../../lib/match/name-index';

declare const Mark: new (
  context: Element,
) => { markRegExp(regex: RegExp, options: object): void; unmark(options: object): void };

const describe = () => 'council';

/** The phrases the baselines look for: every full name and every "<place> [descriptor] Council" form. */
function phrases(index: NameIndex): string[] {
  const forms = ['', 'City ', 'County ', 'Borough ', 'District ', 'Metropolitan Borough '];
  const fromBases = index.bases.flatMap(([base]) => forms.map((form) => `${base} ${form}council`));
  return [...new Set([...index.full.map(([name]) => name), ...fromBases])];
}
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Pages keep performance.now() to 0.1 ms steps, as coarse as the work on a small page: each measurement is
 * the mean of several passes (marks removed between passes, untimed), for every method alike.
 */
export const PASSES = 10;

export async function councilLens(index: NameIndex, passes = PASSES) {
  const matcher = createMatcher(index);
  let longest = 0;
  let busy = 0;
  let marks = 0;
  let first = 0;
  for (let pass = 0; pass < passes; pass++) {
    let sliceStart = performance.now();
    const made = await annotateInChunks(document.body, matcher, {
      describe,
      yieldToPage: async () => {
        busy += performance.now() - sliceStart;
        longest = Math.max(longest, performance.now() - sliceStart);
        await new Promise((resume) => setTimeout(resume, 0));
        sliceStart = performance.now();
      },
    });
    busy += performance.now() - sliceStart;
    longest = Math.max(longest, performance.now() - sliceStart);
    marks = made.length;
    if (pass === 0) first = busy;
    removeMarks(document.body);
  }
  // The work done, not the time spent letting the page run between slices.
  return { marks, total: busy / passes, first, longest };
}

/** mark.js, with every phrase in one case-insensitive regular expression. */
export function markJs(index: NameIndex) {
  const regex = new RegExp(`\\b(?:${phrases(index).map(escapeRegExp).join('|')})\\b`, 'gi');
  const instance = new Mark(document.body);
  let marks = 0;
  let total = 0;
  let first = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    marks = 0;
    const started = performance.now();
    instance.markRegExp(regex, { each: () => marks++, exclude: ['script', 'style', 'textarea'] });
    total += performance.now() - started;
    if (pass === 0) first = total;
    instance.unmark({});
  }
  return { marks, total: total / PASSES, first };
}

/** One regular expression per phrase, each run over every text node: the naive way. */
export function regexPerName(index: NameIndex) {
  const regexes = phrases(index).map((phrase) => new RegExp(`\\b${escapeRegExp(phrase)}\\b`, 'gi'));
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  while (walker.nextNode()) texts.push((walker.currentNode as Text).data);
  let marks = 0;
  for (const regex of regexes) for (const text of texts) marks += text.match(regex)?.length ?? 0;
  return { marks, total: performance.now() - started };
}
