/**
 * Text-quote anchoring, in the manner of hypothesis/client: a note remembers the exact words the reader
 * selected plus a little text either side, and finds them again later even if the page changed a bit.
 */
import type { TextQuoteAnchor } from '../db/records';
import { approximateMatches, editDistance, type TextMatch } from './approximate-match';
import {
  collapsedOffsetOf,
  type PageText,
  rangeOfRawSpan,
  rawOffsetOf,
  rawSpanOf,
  readPageText,
} from './page-text';

export const CONTEXT_LENGTH = 32;
/** Approximate matching allows one edit per this many characters of the quote... */
const CHARACTERS_PER_ALLOWED_EDIT = 8;
/** ...up to this many, and is not tried on quotes so long that the search would stall the page. */
const MAX_ALLOWED_EDITS = 64;
const MAX_APPROXIMATE_QUOTE_LENGTH = 2000;

/** The anchor for a selection inside `root`, or null when the selection holds no text of the root. */
export function anchorFromRange(root: Node, range: Range): TextQuoteAnchor | null {
  const page = readPageText(root);
  let start = collapsedOffsetOf(page, rawOffsetOf(page, range.startContainer, range.startOffset));
  let end = collapsedOffsetOf(page, rawOffsetOf(page, range.endContainer, range.endOffset));
  // A selection dragged past a word usually picks up the space after it; the quote is the words.
  while (start < end && page.text[start] === ' ') start++;
  while (end > start && page.text[end - 1] === ' ') end--;
  if (start === end) return null;
  return {
    exact: page.text.slice(start, end),
    prefix: page.text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: page.text.slice(end, end + CONTEXT_LENGTH),
  };
}

/** Where the anchored quote is in `root` now, or null when it cannot be placed with confidence. */
export function locate(root: Node, anchor: TextQuoteAnchor): Range | null {
  const page = readPageText(root);
  const match = findQuote(page, anchor);
  if (!match) return null;
  const span = rawSpanOf(page, match.start, match.end);
  const document = root.ownerDocument ?? (root as Document);
  return rangeOfRawSpan(page, document, span.start, span.end);
}

/**
 * Exact occurrences first, the one whose surroundings best match the remembered context winning; only
 * when the quote no longer occurs verbatim, the closest near-match within a small number of edits.
 */
function findQuote(page: PageText, stored: TextQuoteAnchor): TextMatch | null {
  // Anchors written by this module are collapsed already; imported ones may not be.
  const anchor = {
    exact: collapseWhitespace(stored.exact).trim(),
    prefix: collapseWhitespace(stored.prefix),
    suffix: collapseWhitespace(stored.suffix),
  };
  const exact = anchor.exact;
  if (exact === '') return null;
  const exactMatches = occurrencesOf(page.text, exact);
  if (exactMatches.length > 0) return bestInContext(page.text, anchor, exactMatches);
  if (exact.length > MAX_APPROXIMATE_QUOTE_LENGTH) return null;
  const allowedEdits = Math.min(MAX_ALLOWED_EDITS, Math.floor(exact.length / CHARACTERS_PER_ALLOWED_EDIT));
  if (allowedEdits === 0) return null;
  return bestInContext(page.text, anchor, approximateMatches(page.text, exact, allowedEdits));
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function occurrencesOf(text: string, exact: string): TextMatch[] {
  const matches: TextMatch[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    matches.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return matches;
}

function bestInContext(text: string, anchor: TextQuoteAnchor, matches: TextMatch[]): TextMatch | null {
  let best: TextMatch | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const match of matches) {
    const before = text.slice(Math.max(0, match.start - anchor.prefix.length), match.start);
    const after = text.slice(match.end, match.end + anchor.suffix.length);
    // An edit inside the quote counts for more than one in the context, which changes more often.
    const score = match.errors * 2 + editDistance(anchor.prefix, before) + editDistance(anchor.suffix, after);
    if (score < bestScore) {
      best = match;
      bestScore = score;
    }
  }
  return best;
}
