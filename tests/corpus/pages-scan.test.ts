import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
