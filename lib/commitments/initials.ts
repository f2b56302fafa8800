import type { ExtractInput } from './extract';

type FindCouncils = ExtractInput['findCouncils'];
type Mention = ReturnType<FindCouncils>[number];

/** "Wychavon District Council (WDC)": the initials in brackets right after a council's name. */
const INITIALS_AFTER_NAME = /^ \(([A-Z]{2,6})\)/;

/**
 * Adds to what the matcher finds the initials an article gives a council: news copy spells a council out
 * once with its initials in brackets ("Dumfries and Galloway Council (DGC) said…") and then writes only the
 * initials ("DGC said…"), which no gazetteer lists.
 */
export function withInitials(
  paragraphs: string[],
  mentions: Mention[][],
  findCouncils: FindCouncils,
): FindCouncils {
  const initials = new Map<string, string>();
  paragraphs.forEach((paragraph, index) => {
    for (const { code, end } of mentions[index] ?? []) {
      if (end === undefined) continue;
      const found = INITIALS_AFTER_NAME.exec(paragraph.slice(end, end + 10))?.[1];
      if (found && !initials.has(found)) initials.set(found, code);
    }
  });
  if (initials.size === 0) return findCouncils;
  const pattern = new RegExp(`\\b(?:${[...initials.keys()].join('|')})\\b`, 'g');
  return (text) => {
    const byInitials = Array.from(text.matchAll(pattern), (match) => ({
      code: initials.get(match[0]) as string,
      start: match.index,
      end: match.index + match[0].length,
    }));
    const byName = findCouncils(text);
    if (byInitials.length === 0) return byName;
    return [...byName, ...byInitials].sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  };
}
