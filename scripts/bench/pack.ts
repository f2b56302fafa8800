import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { bundleForPage } from './bundle';
import { type BenchRow, median } from './stats';

const PACK_FILE = resolve(import.meta.dirname, '../../public/data/pack.json');
const RUNS = 7;

/** The pack's size as shipped, and the time to validate and seed it into a real IndexedDB. */
export async function benchPack(context: BrowserContext, origin: string): Promise<BenchRow[]> {
  const packText = readFileSync(PACK_FILE, 'utf8');
  const script = await bundleForPage(resolve(import.meta.dirname, 'entries/seed.ts'), 'councilLensSeedBench');
  const page = await context.newPage();
  await page.goto(`${origin}/blank`);
  await page.addScriptTag({ content: script });
  const runs: { validateMs: number; seedMs: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    runs.push(
      await page.evaluate(
        (text) =>
          (
            window as unknown as {
              councilLensSeedBench: {
                seedOnce(json: unknown): Promise<{ validateMs: number; seedMs: number }>;
              };
            }
          ).councilLensSeedBench.seedOnce(JSON.parse(text)),
        packText,
      ),
    );
  }
  await page.close();
  return [
    { measure: 'data pack size (raw)', value: Buffer.byteLength(packText) / 1024, unit: 'KB' },
    { measure: 'data pack size (gzipped)', value: gzipSync(packText).byteLength / 1024, unit: 'KB' },
    {
      measure: `pack validation (median of ${RUNS})`,
      value: median(runs.map((r) => r.validateMs)),
      unit: 'ms',
    },
    {
      measure: `seeding IndexedDB (median of ${RUNS})`,
      value: median(runs.map((r) => r.seedMs)),
      unit: 'ms',
    },
  ];
}
