/**
 * Name keys: the form in which two spellings of one council's name compare equal. Shared by the data
 * build (matching Ofsted's names to the gazetteer) and by lookups in the extension and the CLI, so the
 * same query resolves the same way everywhere.
 */

const PREFIXES = [
  'the ',
  'london borough of ',
  'royal borough of ',
  'borough of ',
  'city and county of ',
  'county of ',
];
const SUFFIXES = [
  ' council',
  ' corporation',
  ' metropolitan borough',
  ' metropolitan district',
  ' county borough',
  ' borough',
  ' city of',
  ' county of',
  ' city',
  ' district',
  ' london boro',
  ' mdc',
  ' ua',
];

/**
 * "Sefton Metropolitan Borough Council", "sefton council" and "Sefton" share the key "sefton";
 * "Telford & Wrekin" and "Telford and Wrekin" share "telford and wrekin"; "Bristol, City of" and
 * "City of Bristol" share "bristol". "City of London" keeps its prefix: "London" is not that council.
 */
export function nameKey(name: string): string {
  let key = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  let changed = true;
  while (changed) {
    changed = false;
    for (const prefix of PREFIXES) {
      if (key.startsWith(prefix) && key.length > prefix.length) {
        key = key.slice(prefix.length);
        changed = true;
      }
    }
    if (key.startsWith('city of ') && key !== 'city of london') {
      key = key.slice('city of '.length);
      changed = true;
    }
    for (const suffix of SUFFIXES) {
      if (key.endsWith(suffix) && key.length > suffix.length) {
        key = key.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return key;
}
