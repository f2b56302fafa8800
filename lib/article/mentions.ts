import { candidateTextNodes } from '../annotate/annotate';
import type { CouncilMatch, Matcher } from '../match/matcher';
import type { DetectedArticle } from './detect';

export interface PageMention extends CouncilMatch {
  /** True when the mention is in the story itself, not in navigation, promos or related links. */
  inArticle: boolean;
}

/** Every council mention on a page, without changing it, each placed in or outside the article. */
export function findPageMentions(
  doc: Document,
  article: DetectedArticle | null,
  matcher: Matcher,
): PageMention[] {
  const inArticle = new Set(article ? candidateTextNodes(article.root, article.exclude) : []);
  return candidateTextNodes(doc.body ?? doc.documentElement).flatMap((node) =>
    matcher.find(node.data).map((match) => ({ ...match, inArticle: inArticle.has(node) })),
  );
}
