/**
 * Turns the raw name lists (mySociety's lookup, Ofsted's spellings) into aliases the detector can use.
 * The raw lists mix proper names with machine forms: lower-cased copies, "Bedford UA", "camden london
 * boro", "Bristol, City of", typos ("aberdeen cuty") and mis-encoded Welsh names. Those would make
 * noisy patterns, so only names a newsroom would write survive, each in its proper capitals.
 */

/** Words that may appear in a name in lower case though no cased name of the council contains them. */
const GENERIC_WORDS: Record<string, string> = {
  council: 'Council',
  city: 'City',
  county: 'County',
  borough: 'Borough',
  metropolitan: 'Metropolitan',
  district: 'District',
  london: 'London',
  royal: 'Royal',
  corporation: 'Corporation',
  of: 'of',
  and: 'and',
  the: 'the',
  upon: 'upon',
};

const MACHINE_FORMS = [
  /\bUA$/i, // ONS unitary-authority labels
  /\blondon boro$/i, // truncated register names
  /\bdistrict$/i, // register forms such as "sefton district"
  /\b(city|county) of$/i, // inverted ONS names: "Bristol, City of"
  /\(city of\)$/i,
  /\bmdc$/i,
  // "Hull City", "Aberdeen City": as often a football club as the council; the full names stay.
  /^[^,]+ City$/,
];

const MIS_ENCODED = /[\uFFFD]|Ã|ï¿|ï¾/;

function tidy(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

function words(name: string): string[] {
  return name.split(/[\s\-,]+/).filter(Boolean);
}

/**
 * Gives a lower-case-only name the capitals its council's proper names use ("kingston-upon-hull city
 * council" → "Kingston-upon-Hull City Council"); undefined when it holds a word none of them has,
 * which in these lists means a typo.
 */
function recase(name: string, casing: Map<string, string>): string | undefined {
  let unknown = false;
  const recased = name.replace(/[a-z0-9']+/g, (word) => {
    const cased = casing.get(word) ?? GENERIC_WORDS[word];
    if (!cased) unknown = true;
    return cased ?? word;
  });
  if (unknown) return undefined;
  return recased.charAt(0).toUpperCase() + recased.slice(1);
}

/** Joins inside a council's name after its leading place: "Brighton and Hove", "Stoke-on-Trent", "Blackburn with Darwen". */
const JOIN = /,\s| and | & | with | upon |-upon-|-on-|-under-/;
/** Leading words that are no place on their own: "Mid and East Antrim" is never "Mid Council". */
const NOT_A_PLACE = /^(?:Mid|North|South|East|West|Central|New|Great|Greater)$/;

/**
 * The leading place of a joined name, which newsrooms write for the council ("Brighton Council", "Stoke
 * Council", "Richmond Council" for Richmond upon Thames); undefined for a name with no join. Two councils
 * that lead with one place ("Newcastle upon Tyne", "Newcastle-under-Lyme") each claim it, so neither
 * keeps it: see withoutSharedAliases.
 */
export function leadingPlace(shortName: string): string | undefined {
  const join = JOIN.exec(shortName);
  const place = join ? shortName.slice(0, join.index).trim() : '';
  return place && !NOT_A_PLACE.test(place) ? place : undefined;
}

export function cleanAliases(rawNames: string[], name: string, shortName: string): string[] {
  const candidates = rawNames.map(tidy).filter((alias) => alias && !MIS_ENCODED.test(alias));
  const cased = candidates.filter((alias) => alias !== alias.toLowerCase());
  const casing = new Map<string, string>();
  for (const alias of [name, shortName, ...cased]) {
    for (const word of words(alias))
      if (!casing.has(word.toLowerCase())) casing.set(word.toLowerCase(), word);
  }
  const seen = new Set([name.toLowerCase(), shortName.toLowerCase()]);
  const aliases: string[] = [];
  for (const alias of candidates) {
    const isLowerOnly = alias === alias.toLowerCase();
    if (isLowerOnly && /[,()]/.test(alias)) continue;
    const proper = isLowerOnly ? recase(alias, casing) : alias;
    if (!proper || MACHINE_FORMS.some((form) => form.test(proper))) continue;
    if (seen.has(proper.toLowerCase())) continue;
    seen.add(proper.toLowerCase());
    aliases.push(proper);
  }
  return aliases.sort((a, b) => a.localeCompare(b));
}
