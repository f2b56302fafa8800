// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type DetectedArticle, detectArticle } from '../../../lib/article/detect';
import { findStatements, MOST_PARAGRAPHS } from '../../../lib/commitments/from-article';
import { createMatcher } from '../../../lib/match/matcher';
import { tinyPack } from '../../fixtures/tiny-pack';

const matcher = createMatcher(tinyPack().authorities);

/** A story whose body is the given HTML, as the content script's article detection would hand it over. */
function storyOf(html: string): DetectedArticle {
  const root = document.createElement('main');
  root.innerHTML = html;
  return {
    root,
    headline: 'Storm live',
    canonicalUrl: 'https://news.example/live/storm',
    publisher: 'News',
    adapter: 'generic',
    exclude: [],
    posts: ['article', 'li'],
  };
}

const quotes = (story: DetectedArticle) =>
  findStatements(story, story.canonicalUrl, matcher, [{ code: 'E99000001' }]).commitments.map(
    ({ quote }) => quote,
  );

describe("commitments on a live page's posts", () => {
  const councilPost = '<p>Alderbury Council said it would reopen the library on Monday.</p>';
  const policePost =
    '<p>Police have issued a statement about the crash.</p><p>"We are working with partners to find out what happened."</p>';

  it("does not hear the council in the next post's quotation", () => {
    const live = storyOf(
      `<ol><li><article>${councilPost}</article></li><li><article>${policePost}</article></li></ol>`,
    );
    expect(quotes(live)).toEqual(['Alderbury Council said it would reopen the library on Monday.']);
  });

  it("knows a site's own post elements, kept as data: a Reach live page's entries", () => {
    const page = new DOMParser().parseFromString(
      `<div itemprop="articleBody"><div class="live-event-entries">
        <div class="live-event-entry"><div class="entry-content">${councilPost}</div></div>
        <div class="live-event-entry"><div class="entry-content">${policePost}</div></div>
      </div></div>`,
      'text/html',
    );
    const live = detectArticle(page, 'https://www.mirror.co.uk/news/uk-news/storm-live-1');
    expect(live && quotes(live)).toEqual(['Alderbury Council said it would reopen the library on Monday.']);
  });

  it('still carries a statement on from paragraph to paragraph within one story', () => {
    const story = storyOf(
      '<p>A council spokesperson said: "The roof was damaged in the night.</p><p>"We are working with the fire service to check it."</p>',
    );
    expect(quotes(story)).toEqual(['"We are working with the fire service to check it."']);
  });
});

describe('a story far longer than any news story', () => {
  it(`is read for commitments as far as its first ${MOST_PARAGRAPHS} paragraphs, so a huge page is never frozen`, () => {
    const promise = (day: string) => `<p>Alderbury Council said it would reopen the library on ${day}.</p>`;
    const filler = '<p>Nothing happened here.</p>'.repeat(MOST_PARAGRAPHS);
    const huge = storyOf(`${promise('Monday')}${filler}${promise('Friday')}`);
    expect(quotes(huge)).toEqual(['Alderbury Council said it would reopen the library on Monday.']);
  });
});
