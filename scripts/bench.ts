/**
 * `npm run bench`: speed and size, measured in real Chromium, with every baseline measured in the same run
 * (these machines are noisy: compare ratios, not absolute numbers across runs). Prints a table and writes
 * bench-results/bench.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { benchAnnotate } from './bench/annotate';
import { benchHugePage } from './bench/huge-page';
import { benchStandbyMemory } from './bench/memory';
import { benchPack } from './bench/pack';
import { benchSidebar } from './bench/sidebar';
import { type BenchRow, printTable } from './bench/stats';
import { findChromium, OFFLINE_CHROMIUM_ARGS } from './browser/launch';

const ORIGIN = 'http://127.0.0.1:8787';
const outDir = resolve(import.meta.dirname, '../bench-results');

execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

// Plain pages for measuring library code: no extension, every request answered locally.
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'council-lens-bench-')), {
  executablePath: findChromium(),
  headless: true,
  args: OFFLINE_CHROMIUM_ARGS,
});
await context.route(/^https?:/, (route) =>
  route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
);

const rows: BenchRow[] = [];
rows.push(...(await benchPack(context, ORIGIN)));
const annotation = await benchAnnotate(context, ORIGIN);
rows.push(...annotation.rows);
await context.close();
rows.push(...(await benchHugePage()));
rows.push(...(await benchSidebar()));
rows.push(...(await benchStandbyMemory()));

printTable(rows);
mkdirSync(outDir, { recursive: true });
const jsonPath = join(outDir, 'bench.json');
writeFileSync(
  jsonPath,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), rows, pages: annotation.pages }, null, 2)}\n`,
);
console.log(`\nWrote ${jsonPath}`);
