/**
 * `npx council-lens scan <file.html | folder | -> [--json]`: runs the extension's own article detection and
 * council matching over saved pages, for journalists checking an archive and for testing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { type DetectedArticle, detectArticle } from '../../lib/article/detect';
import { findPageMentions, type PageMention } from '../../lib/article/mentions';
import { formatPoundsInFull } from '../../lib/commitments/amounts';
import type { ExtractedCommitment } from '../../lib/commitments/extract';
import { findStatements } from '../../lib/commitments/from-article';
import { readPack } from '../../lib/db/seed';
import { createMatcher } from '../../lib/match/matcher';

const PACK_FILE = path.resolve(import.meta.dirname, '../../public/data/pack.json');

export interface ScannedPage {
  source: string;
  article: {
    headline: string;
    canonicalUrl: string;
    publisher: string;
    publishedDate?: string;
    adapter: string;
  } | null;
  mentions: (Omit<PageMention, 'start' | 'end'> & { name: string })[];
  commitments: Pick<ExtractedCommitment, 'authority' | 'quote' | 'kind' | 'amount' | 'speaker'>[];
  /** What else the councils were heard saying, as the sidebar offers it for the reader to keep. */
  otherStatements: Pick<ExtractedCommitment, 'authority' | 'quote' | 'speaker'>[];
}

function htmlFiles(target: string): string[] {
  if (statSync(target).isDirectory()) {
    return readdirSync(target)
      .filter((name) => /\.html?$/i.test(name))
      .sort()
      .map((name) => path.join(target, name));
  }
  return [target];
}

/** The URL a saved page was served at, from its canonical link or Open Graph URL, else its file. */
function pageUrl(doc: Document, file: string): string {
  const declared =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  try {
    if (declared) return new URL(declared).href;
  } catch {
    // a relative or broken canonical link says nothing about the site
  }
  return pathToFileURL(path.resolve(file)).href;
}

/** A saved page as the extension would find it: the document, the story detected in it, and a close. */
export function readPage(
  html: string,
  source: string,
): { doc: Document; article: DetectedArticle | null; close(): void } {
  // happy-dom rather than linkedom: the annotator relies on TreeWalker filters, which linkedom ignores.
  // Scripts never run: the page is only read.
  const window = new Window({
    url: pathToFileURL(path.resolve(source)).href,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  window.document.write(html);
  const doc = window.document as unknown as Document;
  return { doc, article: detectArticle(doc, pageUrl(doc, source)), close: () => window.happyDOM.abort() };
}

export function scanHtml(html: string, source: string, pack = loadPack()): ScannedPage {
  const { doc, article, close } = readPage(html, source);
  const names = new Map(pack.authorities.map((authority) => [authority.code, authority.name]));
  const matcher = createMatcher(pack.authorities);
  const pageMentions = findPageMentions(doc, article, matcher);
  const inArticle = pageMentions.filter((mention) => mention.inArticle);
  const found = article
    ? findStatements(article, article.canonicalUrl, matcher, inArticle)
    : { commitments: [], otherStatements: [] };
  const mentions = pageMentions.map(({ start, end, ...rest }) => ({
    ...rest,
    name: names.get(rest.code) ?? rest.code,
  }));
  close();
  return {
    source,
    article: article && {
      headline: article.headline,
      canonicalUrl: article.canonicalUrl,
      publisher: article.publisher,
      publishedDate: article.publishedDate,
      adapter: article.adapter,
    },
    mentions,
    commitments: found.commitments.map(({ authority, quote, kind, amount, speaker }) => ({
      authority,
      quote,
      kind,
      amount,
      speaker,
    })),
    otherStatements: found.otherStatements.map(({ authority, quote, speaker }) => ({
      authority,
      quote,
      speaker,
    })),
  };
}

function loadPack() {
  if (!existsSync(PACK_FILE)) throw new Error(`No data pack at ${PACK_FILE}. Run "npm run data" first.`);
  return readPack(JSON.parse(readFileSync(PACK_FILE, 'utf8')));
}

function printPage(page: ScannedPage): void {
  console.log(`\n${page.source}`);
  if (page.article) {
    const { headline, publisher, publishedDate, canonicalUrl, adapter } = page.article;
    console.log(
      `  ${headline}\n  ${publisher}${publishedDate ? `, ${publishedDate}` : ''} · ${canonicalUrl} (${adapter})`,
    );
  } else {
    console.log('  No article found on this page.');
  }
  if (page.mentions.length === 0) console.log('  No council mentions.');
  for (const mention of page.mentions) {
    const where = mention.inArticle ? 'article' : 'outside';
    console.log(`  [${where}] "${mention.text}" → ${mention.code} ${mention.name}`);
  }
  for (const commitment of page.commitments) {
    const amount = commitment.amount === undefined ? '' : ` ${formatPoundsInFull(commitment.amount)}`;
    console.log(`  [commitment: ${commitment.kind}${amount}] ${commitment.authority}: ${commitment.quote}`);
  }
  for (const statement of page.otherStatements)
    console.log(`  [said] ${statement.authority}: ${statement.quote}`);
}

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const targets = args.filter((arg) => arg !== '--json');
  if (targets.length === 0) {
    console.error('Usage: council-lens scan <file.html | folder | -> [--json]');
    return 2;
  }
  const pack = loadPack();
  const pages: ScannedPage[] = [];
  for (const target of targets) {
    if (target === '-') {
      pages.push(scanHtml(readFileSync(0, 'utf8'), '(standard input)', pack));
      continue;
    }
    if (!existsSync(target)) {
      console.error(`No such file or folder: ${target}`);
      return 1;
    }
    for (const file of htmlFiles(target)) pages.push(scanHtml(readFileSync(file, 'utf8'), file, pack));
  }
  if (json) console.log(JSON.stringify(pages, null, 2));
  else pages.forEach(printPage);
  return 0;
}
