import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInto } from '../../scripts/build-data';

const repo = path.resolve(import.meta.dirname, '../..');
const shared = process.env.COUNCIL_LENS_SHARED ?? path.resolve(repo, '../shared');
const raw = path.join(shared, 'data/raw');
if (!existsSync(raw)) console.log(`Skipping the pack rebuild test: ${raw} is absent.`);

describe.skipIf(!existsSync(raw))('rebuilding the pack from the raw files', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'council-lens-pack-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('gives exactly the committed pack, so a stale committed pack is caught', () => {
    const log: string[] = [];
    const built = JSON.parse(
      readFileSync(
        buildInto(raw, out, (line) => log.push(line)),
        'utf8',
      ),
    );
    const committed = JSON.parse(readFileSync(path.join(repo, 'public/data/pack.json'), 'utf8'));
    // Only the build time may differ; the version is derived from the content.
    for (const pack of [built, committed]) delete pack.meta.builtAt;
    expect(built.meta.version, 'run `npm run data` and commit public/data/pack.json').toBe(
      committed.meta.version,
    );
    expect(built).toEqual(committed);
    expect(log.join('\n')).toContain('Names that could not be matched: none');
  }, 120_000);
});
