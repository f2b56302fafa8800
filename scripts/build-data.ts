/**
 * `npm run data [-- --input DIR] [-- --out DIR]`: builds public/data/pack.json from the raw official
 * files (default input ../shared/data/raw; see lib/pack/build for the logic and the README for where
 * each file is published). Prints a report of counts and of every place two sources disagree.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import { buildPack, type RawInputs } from '../lib/pack/build/build';
import { BuildError } from '../lib/pack/build/errors';
import { OFSTED_WORKBOOKS, SOURCES } from '../lib/pack/build/sources';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function readRaw(input: string): RawInputs {
  const file = (relative: string) => {
    const full = path.join(input, relative);
    if (!existsSync(full)) throw new BuildError(`Missing raw file ${full}`);
    return readFileSync(full);
  };
  const workbook = (key: (typeof OFSTED_WORKBOOKS)[number]) => {
    const source = SOURCES[key];
    // SheetJS warns on every ODS number format it simplifies; the build reads cell values, not formats.
    const warn = console.error;
    console.error = (...args: unknown[]) => {
      if (!String(args[0]).startsWith('ODS number format')) warn(...args);
    };
    try {
      return XLSX.read(file(source.file), {
        type: 'buffer',
        cellFormula: true,
        sheets: source.sheets.map(([sheet]) => sheet),
      });
    } finally {
      console.error = warn;
    }
  };
  const text = (key: keyof RawInputs['csv']) => file(SOURCES[key].file).toString('utf8');
  return {
    workbooks: Object.fromEntries(
      OFSTED_WORKBOOKS.map((key) => [key, workbook(key)]),
    ) as RawInputs['workbooks'],
    csv: {
      scrapedHistory: text('scrapedHistory'),
      scrapedLookup: text('scrapedLookup'),
      gazetteer: text('gazetteer'),
      gazetteerNames: text('gazetteerNames'),
    },
  };
}

/** Builds the pack into `out`; returns the path written, or the existing one when the version is unchanged. */
export function buildInto(input: string, out: string, log: (line: string) => void = console.log): string {
  const { pack, report } = buildPack(readRaw(input), new Date().toISOString());
  log(report.format());
  const target = path.join(out, 'pack.json');
  const previous = existsSync(target) ? JSON.parse(readFileSync(target, 'utf8')) : undefined;
  const json = JSON.stringify(pack);
  const size = `${Buffer.byteLength(json)} bytes raw, ${gzipSync(json).length} bytes gzipped`;
  if (previous?.meta?.version === pack.meta.version) {
    log(`\nPack unchanged (version ${pack.meta.version}, ${size}); ${target} left as it was.`);
    return target;
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(target, json);
  log(`\nWrote ${target}: version ${pack.meta.version}, ${size}.`);
  return target;
}

function main(): number {
  const args = process.argv.slice(2);
  const input = path.resolve(option(args, '--input') ?? path.join(repo, '../shared/data/raw'));
  const out = path.resolve(option(args, '--out') ?? path.join(repo, 'public/data'));
  try {
    buildInto(input, out);
    return 0;
  } catch (error) {
    if (error instanceof BuildError) {
      console.error(`\nData build failed: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = main();
