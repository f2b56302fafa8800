import type { DetectedArticle } from '../article/detect';
import type { Matcher } from '../match/matcher';
import {
  type ArticleStatements,
  type ExtractInput,
  extractStatements,
  extractStatementsInSlices,
} from './extract';

/**
 * The article's main council, for "the council said it would…": the one named more often than any other,
 * or none when two are named equally often.
 */
export function mainAuthorityOf(mentions: readonly { code: string }[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { code } of mentions) counts.set(code, (counts.get(code) ?? 0) + 1);
  const [top, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && (!second || top[1] > second[1]) ? top[0] : undefined;
}

/**
 * An article's paragraphs as the extractor reads them: councils found by the extension's matcher, the main
 * council chosen from the article's mentions.
 */
export function articleInput(
  paragraphs: string[],
  matcher: Matcher,
  mentions: readonly { code: string }[],
  article: ExtractInput['article'],
): ExtractInput {
  return {
    paragraphs,
    findCouncils: (text) => matcher.find(text),
    mainAuthority: mainAuthorityOf(mentions),
    article,
  };
}

/**
 * What councils are heard saying in the article body (not in its promos or form fields): the commitments,
 * and their other statements. The article's main council, for "the council said it would…", is the one
 * named more often than any other.
 */
export function findStatements(
  article: DetectedArticle,
  articleUrl: string,
  matcher: Matcher,
  mentions: { code: string }[],
): ArticleStatements {
  return extractStatements(statementsInput(article, articleUrl, matcher, mentions));
}

/** The same, pausing between paragraphs with `pauseIfDue` (see extractStatementsInSlices). */
export function findStatementsInSlices(
  article: DetectedArticle,
  articleUrl: string,
  matcher: Matcher,
  mentions: { code: string }[],
  pauseIfDue: () => Promise<void>,
): Promise<ArticleStatements> {
  return extractStatementsInSlices(statementsInput(article, articleUrl, matcher, mentions), pauseIfDue);
}

function statementsInput(
  article: DetectedArticle,
  articleUrl: string,
  matcher: Matcher,
  mentions: { code: string }[],
): ExtractInput {
  const kept = articleParagraphs(article);
  const postSelector = article.posts.join(', ');
  const posts = kept.map(({ element }) => postOf(element, article.root, postSelector));
  const postStarts = new Set(
    posts.flatMap((post, index) => (index > 0 && post !== posts[index - 1] ? [index] : [])),
  );
  return {
    ...articleInput(
      kept.map(({ text }) => text),
      matcher,
      mentions,
      {
        url: articleUrl,
        headline: article.headline,
        publisher: article.publisher,
        publishedDate: article.publishedDate,
      },
    ),
    postStarts,
  };
}

/**
 * The most paragraphs of a story read for commitments. The longest story among the 601 BBC texts has 116
 * paragraphs and the longest corpus page 142; reading every paragraph of a page of a million nodes took 6
 * seconds in one task (a CPU profile of the content script). Reading 1,000, with speakers followed through
 * them, took 50 to 58 ms in the benchmark's million-node page, over the 50 ms of a long task.
 */
export const MOST_PARAGRAPHS = 500;

/**
 * The story's paragraphs as the extractor reads them, in order: each `p` of the article that is not in an
 * excluded part, a form or an editable area, with its text's white space collapsed; empty ones left out.
 * Only the first MOST_PARAGRAPHS are read. Labels of real pages address sentences of these paragraphs.
 */
export function articleParagraphs(article: DetectedArticle): { element: Element; text: string }[] {
  const excluded = article.exclude.join(', ');
  // A live collection, read only as far as the cap: querySelectorAll (or even its length) would go through
  // every paragraph of the page first.
  const all = article.root.getElementsByTagName('p');
  const paragraphs: Element[] = [];
  for (let paragraph = all.item(0); paragraph && paragraphs.length < MOST_PARAGRAPHS; ) {
    paragraphs.push(paragraph);
    paragraph = all.item(paragraphs.length);
  }
  return paragraphs
    .filter(
      (paragraph) =>
        !(excluded && paragraph.closest(excluded)) && !paragraph.closest('form, [contenteditable="true"]'),
    )
    .map((element) => ({ element, text: element.textContent?.replace(/\s+/g, ' ').trim() ?? '' }))
    .filter(({ text }) => text !== '');
}

/**
 * The post of a live page a paragraph belongs to: the nearest post element inside the story's root (most
 * live pages list their posts, each an article or an item; some sites have their own, see sites.ts); none
 * in an ordinary story.
 */
function postOf(paragraph: Element, root: Element, postSelector: string): Element | null {
  const post = paragraph.parentElement?.closest(postSelector) ?? null;
  return post && post !== root && root.contains(post) ? post : null;
}
