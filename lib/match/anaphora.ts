import type { CouncilMatch } from './matcher';

const REFERENCES =
  /\b[Tt]he (?:local )?(?:council|authority)\b(?!['\u2019]?s? (?:tax|house|houses|housing|estate|estates))/g;

/**
 * How often an article about one council refers back to it as "the council", "the authority" or "the
 * local authority" after naming it. Articles that name several councils are ambiguous, so they count none.
 * ("The council tax" and "council houses" are about something else.)
 */
export function countReferences(
  text: string,
  mentions: readonly Pick<CouncilMatch, 'code' | 'text'>[],
): Map<string, number> {
  const codes = new Set(mentions.map((mention) => mention.code));
  const [only] = codes;
  if (codes.size !== 1 || !only) return new Map();
  // By text, not offset: callers may find mentions node by node, with offsets into each node.
  const firstNamed = Math.max(0, text.indexOf(mentions[0]?.text ?? ''));
  let count = 0;
  for (const reference of text.matchAll(REFERENCES)) if ((reference.index as number) > firstNamed) count++;
  return new Map([[only, count]]);
}
