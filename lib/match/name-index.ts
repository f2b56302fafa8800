import type { Authority } from '../pack/schema';

/** What the matcher needs of each council: small enough to send to a content script by message. */
export type MatcherAuthority = Pick<Authority, 'code' | 'name' | 'shortName' | 'aliases' | 'ended'>;

/**
 * The names the matcher knows, as plain JSON: `full` are complete council names ("Kent County Council",
 * "London Borough of Hackney"); `bases` are the place parts that newsroom forms are built on ("Kent",
 * "Kingston upon Hull", "Hull"). Each maps a normalised name to a GSS code.
 */
export interface NameIndex {
  full: [string, string][];
  bases: [string, string][];
}

/**
 * The initials trade and local papers write for "Council" after a place ("Suffolk CC", "Kirklees MBC"). A
 * place must come before them, so "Washington DC" or "300 BC" is no council.
 */
export const COUNCIL_INITIALS = ['CC', 'MBC', 'MDC', 'CBC', 'BC', 'DC'];
/** Any of them as a word: the matcher's anchor, and the annotator's test for text worth reading. */
export const COUNCIL_INITIALS_WORD = new RegExp(`\\b(?:${COUNCIL_INITIALS.join('|')})\\b`);

/** Words newsrooms put between a place and "Council": "Kent County Council", "Sefton Metropolitan Borough Council". */
export const COUNCIL_DESCRIPTORS = [
  'Metropolitan Borough',
  'Metropolitan District',
  'County Borough',
  'City and District',
  'City',
  'County',
  'Borough',
  'District',
];

/**
 * True of text that normaliseName's replacements leave as it is: printable ASCII but "&", "-" and "." (so no
 * curly quote, "St." or other whitespace), with no two spaces together. The matcher normalises a few phrases
 * around every "council" it reads, and on a fresh page the five regular expressions below are compiled
 * before their first use (about 0.25 ms together, on each page); most phrases never need them.
 */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (text.charCodeAt(i + 1) === 0x20) return false;
    } else if (
      code < 0x21 ||
      code > 0x7e ||
      code === 0x26 /* & */ ||
      code === 0x2d /* - */ ||
      code === 0x2e /* . */
    )
      return false;
  }
  return true;
}

/** Lower-cases and folds the spellings that vary between newsrooms: "&"/"and", curly quotes, "St."/"St". */
export function normaliseName(text: string): string {
  if (isPlain(text)) return text.trim().toLowerCase();
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\bSt\.\s*/g, 'St ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A council's official "X of Y" forms, with the place after "of": "Council of the Isles of Scilly", "Borough
 * Council of King's Lynn and West Norfolk" (a descriptor before "Council"), "Borough of Poole", "London
 * Borough of Hackney". Group 1 is the place.
 */
export const OFFICIAL_OF_FORM = new RegExp(
  `^(?:(?:London |Royal )?Borough of |(?:(?:${COUNCIL_DESCRIPTORS.join('|')}) )?Council of (?:the )?)(.+)$`,
);

/** A complete council name rather than a place: "Kent County Council", "City of London Corporation", the "of" forms. */
function isFullName(name: string): boolean {
  return /\b(?:Council|Corporation)$/.test(name) || OFFICIAL_OF_FORM.test(name);
}

/** The place a full name is built on, where it names one: "Hackney", "Isles of Scilly", "City of London". */
function placeOf(name: string): string | undefined {
  return OFFICIAL_OF_FORM.exec(name)?.[1] ?? /^(.+) Corporation$/.exec(name)?.[1];
}

export function buildNameIndex(authorities: readonly MatcherAuthority[]): NameIndex {
  const full = new Map<string, string>();
  const bases = new Map<string, string>();
  // Current councils first: a former council never takes a name a current one uses.
  const currentFirst = [...authorities].sort((a, b) => Number(Boolean(a.ended)) - Number(Boolean(b.ended)));
  for (const authority of currentFirst) {
    for (const name of [authority.name, authority.shortName, ...authority.aliases]) {
      const key = normaliseName(name);
      const fullName = isFullName(name);
      const target = fullName ? full : bases;
      if (!target.has(key)) target.set(key, authority.code);
      // "London Borough of Hackney" also gives the base "Hackney" for "Hackney Council".
      const place = fullName ? placeOf(name) : undefined;
      if (place && !bases.has(normaliseName(place))) bases.set(normaliseName(place), authority.code);
    }
  }
  return { full: [...full], bases: [...bases] };
}
