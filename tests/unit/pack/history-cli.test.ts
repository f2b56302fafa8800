import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../scripts/cli/history';
import { lookupPack } from './lookup-fixture';

const dir = mkdtempSync(path.join(tmpdir(), 'council-lens-history-'));
const packFile = path.join(dir, 'pack.json');
writeFileSync(packFile, JSON.stringify(lookupPack()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let out: string[];
let err: string[];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...args) => void out.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args) => void err.push(args.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

const history = (...args: string[]) => run([...args, '--pack', packFile]);

describe('council-lens history', () => {
  it('prints a council’s record with each inspection’s judgements and sources', async () => {
    expect(await history('Alderbury', 'Council')).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('Alderbury Metropolitan Borough Council (Alderbury): E99000001');
    expect(text).toContain('inspected 21 Feb 2022, published 9 May 2022: Full inspection (ILACS standard)');
    expect(text).toContain('Overall effectiveness: Inadequate');
    expect(text).toContain(
      'Source: Council Lens tests, “Invented official file” (25 Sep 2025): History row 4',
    );
    expect(text).toContain(
      'published 27 Jun 2016 (inspection date not in the files): Single inspection (SIF)',
    );
    expect(text).toContain('Monitoring visit: Front door');
    expect(text).toMatch(/Full inspection \(ILACS standard\) {2}\[UNOFFICIAL: scraped index\]/);
    expect(text).toContain('This pack is invented for tests.');
  });

  it('says which county runs a district’s children’s services and prints the county’s record', async () => {
    expect(await history('Brookfield')).toBe(0);
    const text = out.join('\n');
    expect(text).toContain(
      "Brookfield does not run children's services: Ashshire County Council (E99000002) does.",
    );
    expect(text).toContain('Overall effectiveness: Outstanding');
  });

  it('names the inspectorate for a Welsh council', async () => {
    expect(await history('Cwm')).toBe(0);
    expect(out.join('\n')).toContain(
      'Inspectorate: Care Inspectorate Wales (https://www.careinspectorate.wales)',
    );
  });

  it('says that councils in Northern Ireland do not run children’s services, and who does', async () => {
    expect(await history('Lough')).toBe(0);
    expect(out.join('\n')).toContain(
      "Councils in Northern Ireland do not run children's services: they are run by Health and Social Care Trusts. Ofsted does not inspect children's services in Northern Ireland. Inspectorate: RQIA",
    );
    // The known gaps are England's Ofsted files', not this council's.
    expect(out.join('\n')).not.toContain('Known gaps');
  });

  it('says what replaced a former council', async () => {
    expect(await history('E99000004')).toBe(0);
    expect(out.join('\n')).toContain(
      'was abolished on 31 Mar 2019; replaced by New Shire Council (E99000005)',
    );
  });

  it('prints JSON with the record, the latest judgement and the sources used', async () => {
    expect(await history('E99000001', '--json')).toBe(0);
    const json = JSON.parse(out.join('\n'));
    expect(json.authority.code).toBe('E99000001');
    expect(json.responsible).toEqual({
      kind: 'self',
      code: 'E99000001',
      name: 'Alderbury Metropolitan Borough Council',
    });
    expect(json.latestJudgement.judgement).toBe('Good');
    expect(json.inspections).toHaveLength(4);
    expect(json.sources.map((source: { id: string }) => source.id).sort()).toEqual(['invented', 'scraped']);
  });

  it('exits 1 with the closest names when nothing matches', async () => {
    expect(await history('Aldebury')).toBe(1);
    expect(err.join('\n')).toMatch(/^No council matches "Aldebury"\. Closest names: Alderbury \(E99000001\)/);
    expect(out).toEqual([]);
  });

  it('shows usage without a query and explains an unreadable pack', async () => {
    expect(await run([])).toBe(2);
    expect(err.join('\n')).toContain('Usage: council-lens history');
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{"meta":{}}');
    expect(await run(['Alderbury', '--pack', broken])).toBe(1);
    expect(err.join('\n')).toContain('is not a valid data pack; rebuild it with `npm run data`');
  });
});
