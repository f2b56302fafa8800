import type { DetectedArticle } from '../article/detect';
import type { Matcher } from '../match/matcher';
import { type ExtractedCommitment, extractCommitments } from './extract';

/**
 * The commitments stated in the article body (not in its promos or form fields). The article's main
 * council, for "the council said it would…", is the one named more often than any other.
 */
export function findCommitments(
  article: DetectedArticle,
  articleUrl: string,
  matcher: Matcher,
  mentions: { code: string }[],
): ExtractedCommitment[] {
  const counts = new Map<string, number>();
  for (const { code } of mentions) counts.set(code, (counts.get(code) ?? 0) + 1);
  const [top, second] = [...counts].sort((a, b) => b[1] - a[1]);
  const mainAuthority = top && (!second || top[1] > second[1]) ? top[0] : undefined;
  const excluded = article.exclude.join(', ');
  const paragraphs = Array.from(article.root.querySelectorAll('p'))
    .filter(
      (paragraph) => !paragraph.closest(excluded) && !paragraph.closest('form, [contenteditable="true"]'),
    )
    .map((paragraph) => paragraph.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean);
  return extractCommitments({
    paragraphs,
    findCouncils: (text) => matcher.find(text),
    mainAuthority,
    article: {
      url: articleUrl,
      headline: article.headline,
      publisher: article.publisher,
      publishedDate: article.publishedDate,
    },
  });
}
