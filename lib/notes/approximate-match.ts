/**
 * Bounded approximate string search: where does a quote occur in a page's text with at most k edits
 * (insertions, deletions, substitutions)? Sellers' dynamic programme with Ukkonen's cut-off, so the
 * work grows with the text length times k rather than times the quote length.
 */

export interface TextMatch {
  start: number;
  end: number;
  errors: number;
}

/** Every place `pattern` occurs in `text` with at most `maxErrors` edits, one match per start. */
export function approximateMatches(text: string, pattern: string, maxErrors: number): TextMatch[] {
  const length = pattern.length;
  if (length === 0) return [];
  const outOfReach = maxErrors + 1;
  // cost[i]: the fewest edits turning pattern[0, i) into some text ending here; from[i]: where that text starts.
  const cost = Array.from({ length: length + 1 }, (_, i) => i);
  const from = new Array<number>(length + 1).fill(0);
  let lastActive = Math.min(maxErrors, length);
  const bestByStart = new Map<number, TextMatch>();

  for (let end = 1; end <= text.length; end++) {
    const char = text[end - 1];
    let diagonalCost = 0;
    let diagonalFrom = end - 1;
    cost[0] = 0;
    from[0] = end;
    const top = Math.min(length, lastActive + 1);
    for (let i = 1; i <= top; i++) {
      const aboveCost = i <= lastActive ? (cost[i] as number) : outOfReach;
      const aboveFrom = from[i] as number;
      let best = diagonalCost + (pattern[i - 1] === char ? 0 : 1);
      let bestFrom = diagonalFrom;
      if (aboveCost + 1 < best) {
        best = aboveCost + 1;
        bestFrom = aboveFrom;
      }
      if ((cost[i - 1] as number) + 1 < best) {
        best = (cost[i - 1] as number) + 1;
        bestFrom = from[i - 1] as number;
      }
      diagonalCost = aboveCost;
      diagonalFrom = aboveFrom;
      cost[i] = best;
      from[i] = bestFrom;
    }
    lastActive = top;
    while (lastActive > 0 && (cost[lastActive] as number) > maxErrors) lastActive--;
    if (lastActive === length) {
      const match = { start: from[length] as number, end, errors: cost[length] as number };
      const previous = bestByStart.get(match.start);
      if (!previous || match.errors < previous.errors) bestByStart.set(match.start, match);
    }
  }
  return [...bestByStart.values()];
}

/** Levenshtein distance, for scoring the short context around a candidate. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
