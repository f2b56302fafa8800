import type { WorkBook } from '@e965/xlsx';
import * as v from 'valibot';
import { type Authority, type Inspection, type Pack, PackSchema } from '../schema';
import { buildAuthorities, Gazetteer, linkProviders, reassignToPredecessors } from './authorities';
import { BuildError } from './errors';
import type { Observation } from './events';
import { type Council, parseCouncils, parseNameLookup, parseProviderLookup } from './gazetteer';
import { mergeObservations } from './merge';
import { NameIndex } from './name-index';
import { observationsFromTable, type ResolveAuthority } from './ofsted';
import { BuildReport } from './report';
import { observationsFromScraped } from './scraped';
import {
  OFFICIAL_COVERAGE,
  OFSTED_WORKBOOKS,
  type OfstedWorkbook,
  packSources,
  SOURCE_PRIORITY,
  SOURCES,
} from './sources';
import { tableFromCsv, tablesInSheet } from './table';
import { packVersion } from './version';

export const KNOWN_GAPS = [
  'Focused visits and monitoring visits before April 2021 are not in these files (Ofsted’s 2019 to 2021 editions were not available), so a council can have had visits before then that this record does not show.',
  'Joint targeted area inspections (JTAIs) are not in these files.',
  'Inspections under the older frameworks (2009 to 2023 history: SLAC, CPI, TLAC, SIF and SIF re-inspections) are dated by when Ofsted published the report; the inspection itself took place weeks earlier. An inspection date is shown only where a later Ofsted file gives one.',
  'Ofsted’s history tables word the older frameworks’ grades on today’s 4-point scale (for example SLAC grades as “Requires improvement to be good”); the pack keeps the file’s words.',
  'Inspections after the April 2026 reform produce report cards with no single overall grade.',
  'Inspections reported after Ofsted’s “as at 31 March 2025” statistics come from an unofficial index scraped from Ofsted’s report PDFs and are marked unofficial until Ofsted’s own statistics include them.',
  'Links to individual reports come from that unofficial index; Ofsted’s statistics link only to each council’s page on the Ofsted reports site.',
];

/** The raw files, already read: workbooks (only the sheets the build uses) and CSV texts. */
export interface RawInputs {
  workbooks: Record<OfstedWorkbook, WorkBook>;
  csv: Record<'scrapedHistory' | 'scrapedLookup' | 'gazetteer' | 'gazetteerNames', string>;
}

export interface BuildResult {
  pack: Pack;
  report: BuildReport;
}

/** Builds and validates the pack from the raw files. Throws BuildError on anything it cannot stand behind. */
export function buildPack(raw: RawInputs, builtAt: string): BuildResult {
  const report = new BuildReport();
  const csv = (key: keyof RawInputs['csv']) => tableFromCsv(raw.csv[key], SOURCES[key].file);

  const councils = parseCouncils(csv('gazetteer'));
  const gazetteer = new Gazetteer(councils);
  const nameLookup = parseNameLookup(csv('gazetteerNames'));
  const names = new NameIndex(councils, nameLookup);
  const providers = linkProviders(parseProviderLookup(csv('scrapedLookup')), gazetteer, names, report);
  const providerByGss = new Map(providers.map((provider) => [provider.council.gss, provider]));
  const dfeOf = (council: Council) => providerByGss.get(council.gss)?.dfeCode ?? council.oldOnsCode;
  report.count('gazetteer: councils read (current and former)', councils.length);
  report.count('URN lookup: rows', providers.length);

  const ofstedNames = new Map<string, Set<string>>();
  const resolve: ResolveAuthority = (row, name, code, former) => {
    const council = code ? gazetteer.byCode(code) : names.resolve(name, { former, where: row.where });
    if (!council) {
      report.unmatchedNames.push(
        `"${name}"${code ? ` (${code})` : ''} in ${row.where.file}, ${row.where.sheet}, row ${row.where.row}`,
      );
      return undefined;
    }
    if (code) {
      const byName = names.resolve(name, { former, where: row.where });
      if (byName !== council) {
        report.disagree(
          `${row.where.sheet} row ${row.where.row}: code ${code} is ${council.niceName}, name "${name}" is ${byName?.niceName ?? 'no council'}`,
        );
      }
    }
    ofstedNames.set(council.registryCode, (ofstedNames.get(council.registryCode) ?? new Set()).add(name));
    return council.gss;
  };
  // Ofsted's web links give a DfE number or URN per row; where they differ from the URN lookup the
  // sheet is reported once (the 2022 in-year sheet's links slip by a row from row 83 on).
  const linkMismatches = new Map<string, string[]>();
  const checkLink = (authority: string, url: string, row: { where: { sheet?: string; row?: number } }) => {
    const number = url.match(/\/provider\/44\/(\d+)\/?$/)?.[1];
    const provider = providerByGss.get(authority);
    if (!number || !provider) return;
    const expected = number.length === 3 ? provider.dfeCode : provider.urn;
    if (number === expected) return;
    const key = row.where.sheet ?? '';
    linkMismatches.set(key, [
      ...(linkMismatches.get(key) ?? []),
      `r${row.where.row} ${provider.council.niceName} → ${number} (lookup ${expected})`,
    ]);
  };

  const observations: Observation[] = [];
  for (const key of OFSTED_WORKBOOKS) {
    const source = SOURCES[key];
    for (const [sheetName, layout] of source.sheets) {
      const sheet = raw.workbooks[key].Sheets[sheetName];
      const where = { file: source.file, sheet: sheetName };
      if (!sheet) throw new BuildError(`Sheet "${sheetName}" not found`, where);
      for (const table of tablesInSheet(sheet, where)) {
        const found = observationsFromTable({
          table,
          layout,
          source: source.id,
          resolve,
          onLink: checkLink,
          onNote: (message) => report.note(message),
        });
        observations.push(...found);
        report.count(`${source.id} / ${sheetName}: statements`, found.length);
      }
    }
  }
  for (const [sheet, rows] of linkMismatches) {
    report.disagree(
      `${sheet}: ${rows.length} web links point at another provider number than the URN lookup: ${rows.join('; ')}`,
    );
  }
  if (report.unmatchedNames.length) {
    throw new BuildError(
      `${report.unmatchedNames.length} authority names match no council:\n  ${report.unmatchedNames.join('\n  ')}`,
    );
  }

  const urnToGss = new Map(providers.map((provider) => [provider.urn, provider.council.gss]));
  const scraped = observationsFromScraped(csv('scrapedHistory'), SOURCES.scrapedHistory.id, (urn) =>
    urnToGss.get(urn),
  );
  observations.push(...scraped);
  report.count(`${SOURCES.scrapedHistory.id}: reports`, scraped.length);

  const nameOf = (gss: string) => gazetteer.byCode(gss)?.niceName ?? gss;
  const official = new Set<string>(
    packSources()
      .filter((source) => source.official)
      .map((source) => source.id),
  );
  const inspections = mergeObservations(
    reassignToPredecessors(observations, gazetteer, dfeOf, report),
    { priority: SOURCE_PRIORITY, official, coverage: OFFICIAL_COVERAGE, nameOf },
    report,
  );
  const formerInHistory = new Set(
    inspections
      .map((inspection) => gazetteer.byCode(inspection.authority))
      .filter((council) => council && !council.current)
      .map((council) => council?.registryCode as string),
  );
  const authorities = buildAuthorities(
    { gazetteer, nameLookup, providers, ofstedNames, formerInHistory },
    report,
  );
  countPack(authorities, inspections, report);

  const content = { authorities, inspections, meta: { sources: packSources(), knownGaps: KNOWN_GAPS } };
  const pack: Pack = {
    meta: { version: packVersion(content), builtAt, ...content.meta },
    authorities,
    inspections,
  };
  return { pack: validated(pack), report };
}

function countPack(authorities: Authority[], inspections: Inspection[], report: BuildReport): void {
  for (const authority of authorities) {
    const role = authority.ended ? 'former' : authority.childrensServices.kind;
    report.count(`pack: authorities (${authority.nation}, ${role})`);
  }
  for (const inspection of inspections) {
    report.count(
      `pack: inspections ${inspection.official ? 'official' : 'UNOFFICIAL'} ${inspection.framework} / ${inspection.label}`,
    );
  }
  report.count('pack: inspections total', inspections.length);
}

/** Validates against the schema the extension loads with; strips undefined fields as JSON would. */
function validated(pack: Pack): Pack {
  const result = v.safeParse(PackSchema, JSON.parse(JSON.stringify(pack)));
  if (result.success) return result.output;
  const issues = result.issues
    .slice(0, 10)
    .map((issue) => `${v.getDotPath(issue) ?? '(top)'}: ${issue.message}`);
  throw new BuildError(`The built pack does not match the schema:\n  ${issues.join('\n  ')}`);
}
