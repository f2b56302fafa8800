// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorFromRange, locate } from '../../../lib/notes/anchor';
import { ARTICLE_HTML, EDITED_ARTICLE_HTML, mountArticle, selectText } from '../../fixtures/notes/article';

const collapsed = (range: Range) => range.toString().replace(/\s+/g, ' ');

describe('anchoring a quote', () => {
  it('remembers the selected words with a little text either side, across element boundaries', () => {
    const article = mountArticle(ARTICLE_HTML);
    const anchor = anchorFromRange(article, selectText(article, 'spend', 'homes'));
    expect(anchor).toEqual({
      exact: "spend £10m on two new children's homes",
      prefix: 'ouncil said on Tuesday it would ',
      suffix: ' over the next three years. The ',
    });
    expect(anchor?.prefix.length).toBeLessThanOrEqual(32);
  });

  it('drops the spaces a dragged selection picks up, and refuses a selection with no words', () => {
    const article = mountArticle(ARTICLE_HTML);
    const paragraph = article.querySelector('p') as HTMLParagraphElement;
    const range = document.createRange();
    range.setStart(paragraph.firstChild as Text, 0);
    range.setEnd(paragraph.lastChild as Text, (paragraph.lastChild as Text).data.length);
    const anchor = anchorFromRange(article, range);
    expect(anchor?.exact).toBe(
      "Northmere Borough Council said on Tuesday it would spend £10m on two new children's homes over the next three years.",
    );

    const between = document.createRange();
    between.setStart(article, 0);
    between.setEnd(article, 1);
    expect(anchorFromRange(article, between)).toBeNull();
  });

  it('accepts a selection that starts and ends on elements rather than text', () => {
    const article = mountArticle(ARTICLE_HTML);
    const bold = article.querySelector('b') as HTMLElement;
    const range = document.createRange();
    range.setStart(bold.parentNode as Node, Array.from((bold.parentNode as Node).childNodes).indexOf(bold));
    range.setEnd(bold, 1);
    expect(anchorFromRange(article, range)?.exact).toBe('£10m');
  });

  it('finds the quote again on the same page', () => {
    const article = mountArticle(ARTICLE_HTML);
    const anchor = anchorFromRange(article, selectText(article, 'spend', 'homes'));
    const found = locate(article, anchor as NonNullable<typeof anchor>);
    expect(found && collapsed(found)).toBe("spend £10m on two new children's homes");
  });

  it('picks the occurrence whose surroundings match when the words occur more than once', () => {
    const article = mountArticle(ARTICLE_HTML);
    const lastParagraph = article.querySelectorAll('p')[2] as HTMLParagraphElement;
    const range = selectText(lastParagraph, 'the council said');
    const anchor = anchorFromRange(article, range);
    expect(anchor?.exact).toBe('the council said');
    const found = locate(article, anchor as NonNullable<typeof anchor>) as Range;
    expect(lastParagraph.contains(found.startContainer)).toBe(true);
    expect(found.startContainer).toBe(range.startContainer);
    expect(found.startOffset).toBe(range.startOffset);
  });

  it('finds the quote after the page was re-rendered with new markup, whitespace and a small edit', () => {
    const anchor = anchorFromRange(
      mountArticle(ARTICLE_HTML),
      selectText(document.body, 'spend', 'homes'),
    ) as NonNullable<ReturnType<typeof anchorFromRange>>;
    const edited = mountArticle(EDITED_ARTICLE_HTML);
    const found = locate(edited, anchor);
    expect(found && collapsed(found)).toBe('spend £10m on two new childrens homes');
  });

  it('says it cannot place a quote that is gone, rather than guessing', () => {
    const article = mountArticle(ARTICLE_HTML);
    expect(
      locate(article, { exact: 'The leader resigned on Friday evening', prefix: 'said. ', suffix: '' }),
    ).toBeNull();
    expect(locate(article, { exact: 'spend £99m on a new road', prefix: '', suffix: '' })).toBeNull();
  });

  it('never places a quote inside a script, which the reader cannot see', () => {
    const article = mountArticle(ARTICLE_HTML.replace('would spend <b>£10m</b> on', 'would put money into'));
    const anchor = { exact: "it would spend £10m on two new children's homes", prefix: '', suffix: '' };
    expect(locate(article, anchor)).toBeNull();
  });
});
