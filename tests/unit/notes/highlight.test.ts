// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorFromRange, locate } from '../../../lib/notes/anchor';
import { HIGHLIGHT_ELEMENT, highlight } from '../../../lib/notes/highlight';
import { ARTICLE_HTML, EDITED_ARTICLE_HTML, mountArticle, selectText } from '../../fixtures/notes/article';

describe('highlighting a quote', () => {
  it('wraps the quote across elements without changing the page text', () => {
    const article = mountArticle(ARTICLE_HTML);
    const textBefore = article.textContent;
    const marked = highlight(selectText(article, 'spend', 'homes'), 'note-1');
    expect(marked.elements.map((element) => element.textContent).join('')).toBe(
      "spend £10m on two new children's homes",
    );
    expect(marked.elements.every((element) => element.localName === HIGHLIGHT_ELEMENT)).toBe(true);
    expect(marked.elements.every((element) => element.dataset.noteId === 'note-1')).toBe(true);
    expect(article.querySelector('b')?.firstElementChild?.localName).toBe(HIGHLIGHT_ELEMENT);
    expect(article.textContent).toBe(textBefore);
  });

  it('restores the page exactly when removed', () => {
    const article = mountArticle(ARTICLE_HTML);
    const htmlBefore = article.outerHTML;
    const nodeCount = article.querySelectorAll('*').length;
    const paragraphChildren = Array.from(article.querySelectorAll('p')).map((p) => p.childNodes.length);
    const marked = highlight(selectText(article, 'Council said', 'inadequate'));
    expect(marked.elements.length).toBeGreaterThan(2);
    marked.remove();
    expect(article.outerHTML).toBe(htmlBefore);
    expect(article.querySelectorAll('*').length).toBe(nodeCount);
    // The split text nodes are joined again, not merely left side by side.
    expect(Array.from(article.querySelectorAll('p')).map((p) => p.childNodes.length)).toEqual(
      paragraphChildren,
    );
  });

  it('restores the page when two overlapping highlights are removed in either order', () => {
    for (const order of [
      [0, 1],
      [1, 0],
    ]) {
      const article = mountArticle(ARTICLE_HTML);
      const htmlBefore = article.outerHTML;
      const textBefore = article.textContent;
      const first = highlight(selectText(article, 'Tuesday', 'new'));
      const second = highlight(
        locate(article, { exact: '£10m on two new children', prefix: '', suffix: '' }) as Range,
      );
      expect(article.textContent).toBe(textBefore);
      for (const index of order) [first, second][index]?.remove();
      expect(article.outerHTML).toBe(htmlBefore);
    }
  });

  it('highlights a quote found again on an edited page, and puts that page back too', () => {
    const anchor = anchorFromRange(
      mountArticle(ARTICLE_HTML),
      selectText(document.body, 'cabinet', 'families'),
    );
    const edited = mountArticle(EDITED_ARTICLE_HTML);
    const htmlBefore = edited.outerHTML;
    const marked = highlight(locate(edited, anchor as NonNullable<typeof anchor>) as Range);
    expect(marked.elements.map((element) => element.textContent).join('')).toBe(
      'cabinet member for children, Jo Example, said the authority had "listened to families',
    );
    marked.remove();
    expect(edited.outerHTML).toBe(htmlBefore);
  });
});
