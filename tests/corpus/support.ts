import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExtractInput } from '../../lib/commitments/extract';
import { articleInput } from '../../lib/commitments/from-article';
import { readPack } from '../../lib/db/seed';
import { createMatcher, type Matcher } from '../../lib/match/matcher';

/** The shared folder of real third-party material; absent on a machine without it. */
export const SHARED_DIR =
  process.env.COUNCIL_LENS_SHARED ?? path.resolve(import.meta.dirname, '../../../shared');
export const hasShared = existsSync(SHARED_DIR);

export function skipNoteIfNoShared(what: string): void {
  if (!hasShared)
    console.warn(`SKIPPED: ${what} needs ${SHARED_DIR} (set COUNCIL_LENS_SHARED), which is not here.`);
}

/** One BBC article text from ../shared/corpus/articles. */
export interface BbcArticle {
  id: string;
  url: string | null;
  title: string | null;
  text: string;
}

const BBC_ARTICLE_FILES = [
  'bbc-news-logger-2025-2026.jsonl',
  'xsum-test-sample-1000.jsonl',
  'bbc-news-greene-2005.jsonl',
];

/** The articles with these ids, read from every article file there is. */
export function readBbcArticles(ids: Set<string>): Map<string, BbcArticle> {
  const articles = new Map<string, BbcArticle>();
  for (const file of BBC_ARTICLE_FILES) {
    const full = path.join(SHARED_DIR, 'corpus/articles', file);
    if (!existsSync(full)) continue;
    for (const line of readFileSync(full, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const article = JSON.parse(line) as BbcArticle;
      if (ids.has(article.id)) articles.set(article.id, article);
    }
  }
  return articles;
}

/** An article's paragraphs as the extension reads them: one per line, whitespace collapsed, none empty. */
export function paragraphsOf(text: string): string[] {
  return text
    .split('\n')
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The matcher over the bundled pack, as the extension builds it. */
export function bundledMatcher(): Matcher {
  const pack = readPack(
    JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../public/data/pack.json'), 'utf8')),
  );
  return createMatcher(pack.authorities);
}

/** How the label fixtures check a sentence without keeping it: the first 10 hex digits of its sha256. */
export const fingerprint = (sentence: string) =>
  createHash('sha256').update(sentence).digest('hex').slice(0, 10);

/**
 * A BBC article as the commitment extractor reads it on a page. The page passes the mentions it marked;
 * here the headline's and the body's.
 */
export function extractInputOf(article: BbcArticle, matcher: Matcher): ExtractInput {
  const paragraphs = paragraphsOf(article.text);
  const mentions = [article.title ?? '', ...paragraphs].flatMap((text) => matcher.find(text));
  return articleInput(paragraphs, matcher, mentions, {
    url: article.url ?? article.id,
    headline: article.title ?? '',
  });
}
