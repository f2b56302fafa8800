/**
 * `npx council-lens history <name or code> [--json] [--pack FILE]`: one council's children's services
 * inspection record from the bundled pack, each fact with its source. For a district or a council
 * outside England it says who runs or inspects its children's services.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import {
  inspectionsOf,
  latestJudgement,
  type Responsibility,
  resolveAuthority,
  responsibleFor,
  suggestAuthorities,
} from '../../lib/pack/lookup';
import { type Authority, type Inspection, type Pack, PackSchema } from '../../lib/pack/schema';

const DEFAULT_PACK = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../public/data/pack.json',
);
const USAGE = 'Usage: council-lens history <name or code> [--json] [--pack FILE]';

function readPack(file: string): Pack {
  const result = v.safeParse(PackSchema, JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file} is not a valid data pack; rebuild it with \`npm run data\``);
  return result.output;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "9 May 2022". Written out by hand: month abbreviations differ between ICU versions. */
function formatDate(iso: string | undefined): string {
  const [year, month, day] = (iso ?? '').split('-').map(Number);
  if (!year || !month || !day) return 'date unknown';
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

function when(inspection: Inspection): string {
  const published = inspection.publishedDate
    ? `published ${formatDate(inspection.publishedDate)}`
    : undefined;
  if (!inspection.startDate)
    return published ? `${published} (inspection date not in the files)` : 'date unknown';
  const inspected = inspection.endDate
    ? `inspected ${formatDate(inspection.startDate)} to ${formatDate(inspection.endDate)}`
    : `inspected ${formatDate(inspection.startDate)}`;
  return [inspected, published].filter(Boolean).join(', ');
}

function describeAuthority(authority: Authority): string {
  const place = [authority.region, authority.nation].filter(Boolean).join(', ');
  return `${authority.name} (${authority.shortName}): ${authority.code}, ${authority.type}, ${place}`;
}

function inspectionLines(pack: Pack, inspection: Inspection): string[] {
  const title = inspection.theme ? `${inspection.label}: ${inspection.theme}` : inspection.label;
  const lines = [
    `  ${when(inspection)}: ${title}${inspection.official ? '' : '  [UNOFFICIAL: scraped index]'}`,
  ];
  if (inspection.overall) lines.push(`      Overall effectiveness: ${inspection.overall}`);
  else if (inspection.noOverallGrade) lines.push('      No single overall grade');
  for (const { area, judgement } of inspection.subJudgements) lines.push(`      ${area}: ${judgement}`);
  if (inspection.reportUrl) lines.push(`      Report: ${inspection.reportUrl}`);
  const places = new Map<string, string[]>();
  for (const ref of inspection.sources) {
    const where = [ref.sheet, ref.row && `row ${ref.row}`].filter(Boolean).join(' ');
    places.set(ref.source, [...(places.get(ref.source) ?? []), ...(where ? [where] : [])]);
  }
  for (const [id, where] of places) {
    const source = pack.meta.sources.find((candidate) => candidate.id === id);
    const name = source ? `${source.publisher}, “${source.title}” (${formatDate(source.published)})` : id;
    lines.push(`      Source: ${name}${where.length ? `: ${where.join('; ')}` : ''}`);
  }
  return lines;
}

function recordLines(pack: Pack, authority: Authority): string[] {
  const services = authority.childrensServices;
  const lines: string[] = [];
  if (services.kind === 'self') {
    const ids = [
      services.ofstedUrn && `Ofsted URN ${services.ofstedUrn}`,
      services.dfeCode && `DfE ${services.dfeCode}`,
    ];
    lines.push(`Ofsted: ${[...ids.filter(Boolean), services.ofstedUrl].filter(Boolean).join(', ')}`);
  }
  const latest = latestJudgement(pack, authority.code);
  const latestOfficial = latestJudgement(pack, authority.code, { officialOnly: true });
  for (const [label, found] of [
    ['Latest overall judgement', latest],
    ['Latest in Ofsted’s official statistics', latestOfficial],
  ] as const) {
    if (!found || (label !== 'Latest overall judgement' && found.inspection === latest?.inspection)) continue;
    const note = found.inspection.official ? '' : ' [UNOFFICIAL: scraped index]';
    lines.push(`${label}: ${found.judgement} (${found.inspection.label}, ${when(found.inspection)})${note}`);
  }
  const inspections = inspectionsOf(pack, authority.code);
  lines.push('', `Inspections and visits, oldest first (${inspections.length}):`);
  if (inspections.length === 0) lines.push('  None in the pack.');
  for (const inspection of inspections) lines.push(...inspectionLines(pack, inspection));
  return lines;
}

function responsibilityLine(
  pack: Pack,
  authority: Authority,
  responsible: Responsibility,
): string | undefined {
  if (responsible.kind === 'inspectorate') {
    const runBy = responsible.runBy
      ? `Councils in ${authority.nation} do not run children's services: they are run by ${responsible.runBy}. `
      : '';
    return `${runBy}Ofsted does not inspect children's services in ${authority.nation}. Inspectorate: ${responsible.name} (${responsible.url}). The pack holds no inspections for ${authority.shortName}.`;
  }
  if (responsible.kind === 'county') {
    return `${authority.shortName} does not run children's services: ${responsible.authority.name} (${responsible.authority.code}) does. Its record follows.`;
  }
  if (authority.ended) {
    const successors = authority.ended.replacedBy.map((code) => {
      const next = pack.authorities.find((candidate) => candidate.code === code);
      return next ? `${next.name} (${code})` : code;
    });
    return `${authority.name} was abolished on ${formatDate(authority.ended.date)}; replaced by ${successors.join(' and ')}.`;
  }
  return undefined;
}

function textReport(pack: Pack, authority: Authority): string {
  const responsible = responsibleFor(pack, authority);
  const lines = [describeAuthority(authority)];
  const responsibility = responsibilityLine(pack, authority, responsible);
  if (responsibility) lines.push(responsibility);
  if (responsible.kind === 'county') lines.push('', describeAuthority(responsible.authority));
  if (responsible.kind !== 'inspectorate') lines.push(...recordLines(pack, responsible.authority));
  if (responsible.kind !== 'inspectorate') {
    lines.push('', 'Known gaps in this data:', ...pack.meta.knownGaps.map((gap) => `  - ${gap}`));
  }
  lines.push('', `Data pack ${pack.meta.version}.`);
  return lines.join('\n');
}

function jsonReport(pack: Pack, authority: Authority): string {
  const responsible = responsibleFor(pack, authority);
  const record = responsible.kind === 'inspectorate' ? undefined : responsible.authority;
  const inspections = record ? inspectionsOf(pack, record.code) : [];
  const used = new Set(inspections.flatMap((inspection) => inspection.sources.map((ref) => ref.source)));
  return JSON.stringify(
    {
      authority,
      responsible:
        responsible.kind === 'inspectorate'
          ? responsible
          : { kind: responsible.kind, code: responsible.authority.code, name: responsible.authority.name },
      latestJudgement: record ? (latestJudgement(pack, record.code) ?? null) : null,
      inspections,
      sources: pack.meta.sources.filter((source) => used.has(source.id)),
      knownGaps: record ? pack.meta.knownGaps : [],
      packVersion: pack.meta.version,
    },
    null,
    2,
  );
}

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const packIndex = args.indexOf('--pack');
  const packFile = packIndex >= 0 ? args[packIndex + 1] : DEFAULT_PACK;
  const query = args
    .filter((arg, i) => arg !== '--json' && arg !== '--pack' && (packIndex < 0 || i !== packIndex + 1))
    .join(' ')
    .trim();
  if (!query || !packFile) {
    console.error(USAGE);
    return 2;
  }
  let pack: Pack;
  try {
    pack = readPack(packFile);
  } catch (error) {
    console.error(`Could not read the data pack: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const authority = resolveAuthority(pack, query);
  if (!authority) {
    const closest = suggestAuthorities(pack, query).map(
      (candidate) => `${candidate.shortName} (${candidate.code})`,
    );
    console.error(`No council matches "${query}". Closest names: ${closest.join(', ')}.`);
    return 1;
  }
  console.log(json ? jsonReport(pack, authority) : textReport(pack, authority));
  return 0;
}
