import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../lib/article/detect';
import { scanHtml } from '../../scripts/cli/scan';
import labels from '../fixtures/labels/corpus-pages.json';
import { hasShared, SHARED_DIR, skipNoteIfNoShared } from './support';

skipNoteIfNoShared('the scan of the real news pages');

describe.skipIf(!hasShared)('scanning the real news pages', () => {
  const pagesDir = path.join(SHARED_DIR, 'corpus/pages');
  it.each(Object.entries(labels.pages))('%s matches our labels', (file, expected) => {
    const page = scanHtml(readFileSync(path.join(pagesDir, file), 'utf8'), path.join(pagesDir, file));
    expect(page.mentions.map(({ text, code, inArticle }) => ({ text, code, inArticle }))).toEqual(expected);
  });

  it("finds the Mirror live page's posts inside its story, each post's paragraphs apart from the next's", () => {
    const doc = new Window().document as unknown as Document;
    doc.write(readFileSync(path.join(pagesDir, 'mirror-uk-riots-live-2024.html'), 'utf8'));
    const article = detectArticle(
      doc,
      'https://www.mirror.co.uk/news/uk-news/uk-riots-live-hotel-rotherham-33386398',
    );
    const posts = Array.from(article?.root.querySelectorAll(article.posts.join(', ')) ?? []).filter((post) =>
      post.classList.contains('live-event-entry'),
    );
    // The page as served holds 30 posts after its lead, each with its own paragraphs.
    expect(posts).toHaveLength(30);
    expect(posts.filter((post) => post.querySelector('p'))).toHaveLength(30);
  });

  it('never marks text inside scripts: no page mention comes from a script', () => {
    const html = readFileSync(path.join(pagesDir, 'mirror-uk-riots-live-2024.html'), 'utf8');
    const withScriptMention = html.replace(
      '</head>',
      '<script>var topic = "Sefton Council";</script></head>',
    );
    const page = scanHtml(withScriptMention, 'mirror.html');
    expect(page.mentions.some((mention) => mention.text === 'Sefton Council')).toBe(false);
  });
});
