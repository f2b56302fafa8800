// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../lib/article/detect';

const fixture = readFileSync(
  path.resolve(import.meta.dirname, '../../fixtures/pages/slug-publisher.html'),
  'utf8',
);

/** The fixture page, changed by `edit`. */
function page(edit: (html: string) => string = (html) => html): Document {
  return new DOMParser().parseFromString(edit(fixture), 'text/html');
}

const publisherOf = (doc: Document, url: string) => detectArticle(doc, url)?.publisher;

describe("the article's publisher, as a reader would write it", () => {
  const url = 'https://www.northmeregazette.co.uk/news/library-hours-cut-123';

  it('passes over a lower-case slug in the JSON-LD for the site name', () => {
    expect(publisherOf(page(), url)).toBe('The Northmere Gazette');
  });

  it('does the same on a site with an adapter that names no publisher (the Mirror, among others)', () => {
    const mirror = 'https://www.mirror.co.uk/news/uk-news/library-hours-cut-123';
    expect(publisherOf(page(), mirror)).toBe('The Northmere Gazette');
  });

  it('falls back to the host name as written, never to a lower-case word that looks like a name', () => {
    const withoutSiteName = page((html) => html.replace(/<meta property="og:site_name"[^>]*>/, ''));
    expect(publisherOf(withoutSiteName, url)).toBe('northmeregazette.co.uk');
  });

  it("prefers the JSON-LD publisher's name when it is a name", () => {
    const named = page((html) => html.replace('"name": "gazette"', '"name": "Northmere Gazette Ltd"'));
    expect(publisherOf(named, url)).toBe('Northmere Gazette Ltd');
  });

  it('reads a JSON-LD list of publishers', () => {
    const listed = page((html) =>
      html.replace(
        /"publisher": (\{[^}]*\})/,
        '"publisher": [{"@type": "Organization", "name": "Gazette Media"}]',
      ),
    );
    expect(publisherOf(listed, url)).toBe('Gazette Media');
  });
});
