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
 * the few words every council mention contains ("council", its initials, "London/Royal Borough of") and
 * reads the words around each one against the name index: a plain article has a handful of such anchors,
 * so the cost is one scan of the text plus a few map look-ups. (Measured against one combined regular expression of
 * every name form: see `npm run bench`.)
 *
 * What counts as a mention: a full council name, or a place the pack knows followed by "Council" with an
 * optional descriptor ("Kent County Council", "Sefton council", "City of Bristol Council") or by its
 * initials ("Suffolk CC", "Kirklees MBC"), or "London Borough of X" / "Royal Borough of X". A bare place
 * name ("Kent") is not a mention; neither is a name the pack does not know ("Cork County Council", "Arts
 * Council England"), a town or parish council ("Maghull Town Council"), nor a body named after a council
 * ("Sefton Council for Voluntary Service").
 */
export function createMatcher(source: readonly MatcherAuthority[] | NameIndex): Matcher {
  const index = Array.isArray(source) ? buildNameIndex(source as MatcherAuthority[]) : (source as NameIndex);
  const full = new Map(index.full);
  const bases = new Map(index.bases);
  const descriptorPattern = new RegExp(`\\s(?:${COUNCIL_DESCRIPTORS.join('|')})$`, 'i');

  const baseCode = (words: string): string | undefined => {
    const withoutDescriptor = words.replace(descriptorPattern, '');
    const candidates = [
      words,
      withoutDescriptor,
      withoutDescriptor.replace(/^City (?:and County )?of /i, ''),
    ];
    for (const candidate of candidates) {
      const code = bases.get(normaliseName(candidate));
      if (code) return code;
    }
    return undefined;
  };

  const beforeCouncil = (text: string, anchor: number, anchorLength: number): CouncilMatch | null => {
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
      const code = full.get(normaliseName(`${phrase} ${councilWord}`)) ?? baseCode(phrase);
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

  const afterBoroughOf = (text: string, anchor: number, anchorLength: number): CouncilMatch | null => {
    const prefix = text.slice(anchor, anchor + anchorLength);
    const words = [
      ...text.slice(anchor + anchorLength, anchor + anchorLength + MAX_NAME_CHARS).matchAll(/\S+/g),
    ];
    for (let last = Math.min(words.length, MAX_NAME_WORDS) - 1; last >= 0; last--) {
      const word = words[last] as RegExpExecArray;
      const trailing = /(?:['\u2019]s)?[.,;:!?)"'\u201d\u2019]*$/.exec(word[0])?.[0].length ?? 0;
      const end = anchor + anchorLength + (word.index as number) + word[0].length - trailing;
      const place = text.slice(anchor + anchorLength, end);
      const code = full.get(normaliseName(`${prefix}${place}`)) ?? bases.get(normaliseName(place));
      if (code) return { start: anchor, end, text: text.slice(anchor, end), code };
    }
    return null;
  };

  return {
    find(text) {
      const matches: CouncilMatch[] = [];
      for (const anchor of text.matchAll(ANCHORS)) {
        const at = anchor.index as number;
        const match = anchor[1]
          ? afterBoroughOf(text, at, anchor[0].length)
          : beforeCouncil(text, at, anchor[0].length);
        if (!match || NAMED_AFTER_COUNCIL.test(text.slice(match.end, match.end + 40))) continue;
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
/** "Council" or its initials after a place (see COUNCIL_INITIALS), or "London/Royal Borough of". */
const ANCHORS = new RegExp(
  `\\b[Cc]ouncil\\b|${COUNCIL_INITIALS_WORD.source}|\\b(London Borough of |Royal Borough of )`,
  'g',
);
/** "Sefton Council for Voluntary Service", "Leeds City Council of Faiths": organisations, not the council. */
const NAMED_AFTER_COUNCIL = /^\s+(?:for|of)\s+[A-Z]/;
