import {
  buildNameIndex,
  COUNCIL_DESCRIPTORS,
  COUNCIL_INITIALS_WORD,
  type MatcherAuthority,
  type NameIndex,
  normaliseName,
} from './name-index';

export interface CouncilMatch {
  start: number;
  end: number;
  text: string;
  code: string;
}

export interface Matcher {
  find(text: string): CouncilMatch[];
}

/**
 * Finds council names in one pass. Rather than trying a thousand names at every position, it looks for
 * the few words every council mention contains ("council", its initials, "Borough of", "Corporation") and
 * reads the words around each one against the name index: a plain article has a handful of such anchors,
 * so the cost is one scan of the text plus a few map look-ups. (Measured against one combined regular expression of
 * every name form: see `npm run bench`.)
 *
 * What counts as a mention: a full council name, or a place the pack knows followed by "Council" with an
 * optional descriptor ("Kent County Council", "Sefton council", "City of Bristol Council") or by its
 * initials ("Suffolk CC", "Kirklees MBC"), or "London Borough of X" / "Royal Borough of X". The official
 * "X of Y" forms are read forwards from their anchor: "Council of the Isles of Scilly" and "Borough Council
 * of King's Lynn and West Norfolk" (a place the pack knows after "Council of", or the pack's own name),
 * and "Borough of Poole" only where the pack has that very name. "Corporation" ends a mention only as the
 * pack's full name ("City of London Corporation"). A bare place name ("Kent") is not a mention; neither is
 * a name the pack does not know ("Cork County Council", "Arts Council England", "Council of Europe"), a
 * town or parish council ("Maghull Town Council"), nor a body named after a council ("Sefton Council for
 * Voluntary Service", "Leeds City Council of Faiths", "Muslim Council of Britain": a "Council of" form
 * never follows another capitalised word but "The").
 */
export function createMatcher(source: readonly MatcherAuthority[] | NameIndex): Matcher {
  const index = Array.isArray(source) ? buildNameIndex(source as MatcherAuthority[]) : (source as NameIndex);
  const full = new Map(index.full);
  const bases = new Map(index.bases);
  const descriptorPattern = new RegExp(`\\s(?:${COUNCIL_DESCRIPTORS.join('|')})$`, 'i');
  // Capitalised, as in an official name: "Borough Council of", not "the borough council of".
  const descriptorBefore = new RegExp(`(?:^|\\s)((?:${COUNCIL_DESCRIPTORS.join('|')}) )$`);

  /** The code of the first of these spellings that is a place the pack knows. */
  const firstBaseCode = (candidates: string[]): string | undefined => {
    for (const candidate of candidates) {
      const code = bases.get(normaliseName(candidate));
      if (code) return code;
    }
    return undefined;
  };

  const baseCode = (words: string): string | undefined => {
    const withoutDescriptor = words.replace(descriptorPattern, '');
    return firstBaseCode([
      words,
      withoutDescriptor,
      withoutDescriptor.replace(/^City (?:and County )?of /i, ''),
    ]);
  };

  /** "<name> Council", "<place> CC", "<name> Corporation" (full names only: `basesToo` false). */
  const beforeCouncil = (
    text: string,
    anchor: number,
    anchorLength: number,
    basesToo: boolean,
  ): CouncilMatch | null => {
    const windowStart = Math.max(0, anchor - MAX_NAME_CHARS);
    const window = text.slice(windowStart, anchor);
    if (!/\s$/.test(window)) return null;
    const words = [...window.matchAll(/\S+/g)].slice(-MAX_NAME_WORDS);
    const councilWord = text.slice(anchor, anchor + anchorLength);
    for (let first = 0; first < words.length; first++) {
      const word = words[first] as RegExpExecArray;
      const lead = /^[("'\u201c\u2018[]*/.exec(word[0])?.[0].length ?? 0;
      const start = windowStart + (word.index as number) + lead;
      if (!/^[A-Z]/.test(text[start] ?? '')) continue;
      const phrase = text.slice(start, anchor).trimEnd();
      if (SENTENCE_BREAK.test(phrase)) continue; // a name never spans a sentence
      const code =
        full.get(normaliseName(`${phrase} ${councilWord}`)) ?? (basesToo ? baseCode(phrase) : undefined);
      if (code)
        return {
          start,
          end: anchor + anchorLength,
          text: text.slice(start, anchor + anchorLength),
          code,
        };
    }
    return null;
  };

  /** A place in an "of" form: as written, without "the", or without "the City of" ("Council of the City of X"). */
  const placeCode = (place: string): string | undefined => {
    const withoutThe = place.replace(/^the /i, '');
    return firstBaseCode([place, withoutThe, withoutThe.replace(PLACE_DESCRIPTOR_OF, '')]);
  };

  /**
   * An "of" form read forwards, longest first: the words from `start` to `placeStart` ("London Borough of ",
   * "Borough Council of ") then a place. The pack's full name, or with `places`, a place it knows; with
   * 'whole', only a place no capitalised word carries on ("Council of Cardiff University" is no council).
   */
  const afterOf = (
    text: string,
    start: number,
    placeStart: number,
    places: 'none' | 'any' | 'whole',
  ): CouncilMatch | null => {
    const prefix = text.slice(start, placeStart);
    const words = [...text.slice(placeStart, placeStart + MAX_NAME_CHARS).matchAll(/\S+/g)];
    for (let last = Math.min(words.length, MAX_NAME_WORDS) - 1; last >= 0; last--) {
      const word = words[last] as RegExpExecArray;
      const trailing = /(?:['\u2019]s)?[.,;:!?)"'\u201d\u2019]*$/.exec(word[0])?.[0].length ?? 0;
      const end = placeStart + (word.index as number) + word[0].length - trailing;
      const place = text.slice(placeStart, end);
      const code =
        full.get(normaliseName(`${prefix}${place}`)) ??
        (places === 'any' || (places === 'whole' && !/^\s+[A-Z]/.test(text.slice(end, end + 2)))
          ? placeCode(place)
          : undefined);
      if (code) return { start, end, text: text.slice(start, end), code };
    }
    return null;
  };

  /** "Council of the Isles of Scilly", "Borough Council of King's Lynn and West Norfolk", from "Council". */
  const councilOf = (text: string, anchor: number): CouncilMatch | null => {
    const of = /^Council\s+of\s+/.exec(text.slice(anchor, anchor + 20));
    if (!of) return null;
    const descriptor = descriptorBefore.exec(text.slice(Math.max(0, anchor - 30), anchor))?.[1] ?? '';
    const start = anchor - descriptor.length;
    // The name's first word: after another capitalised word it is some body's ("Muslim Council of Britain").
    const previous = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 40), start))?.[1];
    if (previous && /^[("'\u201c\u2018]*(?!The$)[A-Z][\w'\u2019&-]*$/.test(previous)) return null;
    return afterOf(text, start, anchor + of[0].length, 'whole');
  };

  return {
    find(text) {
      const matches: CouncilMatch[] = [];
      for (const anchor of text.matchAll(ANCHORS)) {
        const at = anchor.index as number;
        const word = anchor[0];
        const named = (match: CouncilMatch | null) =>
          match && !NAMED_AFTER_COUNCIL.test(text.slice(match.end, match.end + 40)) ? match : null;
        const match = anchor[1]
          ? // Plain "Borough of" only as the pack's name ("Borough of Poole"): "the Borough of Sefton" is a place.
            named(afterOf(text, at, at + word.length, word === 'Borough of ' ? 'none' : 'any'))
          : (named(beforeCouncil(text, at, word.length, word !== 'Corporation')) ??
            (word === 'Council' ? named(councilOf(text, at)) : null));
        if (!match) continue;
        const previous = matches.at(-1);
        if (previous && match.start < previous.end) continue;
        matches.push(match);
      }
      return matches;
    },
  };
}

const MAX_NAME_WORDS = 9;
const MAX_NAME_CHARS = 90;
/** A full stop that ends a sentence, not the one in "St. Helens". */
const SENTENCE_BREAK = /(?<!\b(?:St|Mr|Mrs|Ms|Dr|Cllr))[.!?;:]\s/;
/**
 * "Council" (before a place, or "Council of" before one), its initials after a place (see COUNCIL_INITIALS),
 * "Corporation" after a full name, or "(London/Royal) Borough of" before a place (group 1). The annotator's
 * `mayMention` must let through every text holding one of these.
 */
const ANCHORS = new RegExp(
  `\\b[Cc]ouncil\\b|\\bCorporation\\b|${COUNCIL_INITIALS_WORD.source}|\\b((?:London |Royal )?Borough of )`,
  'g',
);
/** What comes before the place in "Council of the City of X", "Council of the Borough of X". */
const PLACE_DESCRIPTOR_OF = /^(?:City and County|City|County|Borough) of (?:the )?/i;
/** "Sefton Council for Voluntary Service", "Leeds City Council of Faiths": organisations, not the council. */
const NAMED_AFTER_COUNCIL = /^\s+(?:for|of)\s+[A-Z]/;
