import { afterEach, describe, expect, it } from 'vitest';
import { CouncilLensDatabase } from '../../../lib/db/database';
import { packFromDb } from '../../../lib/db/pack-from-db';
import { InvalidPackError, readPack, seedPack } from '../../../lib/db/seed';
import { tinyPack } from '../../fixtures/tiny-pack';

let db: CouncilLensDatabase;
const open = () => {
  db = new CouncilLensDatabase(`seed-test-${Math.random()}`);
  return db;
};
afterEach(() => db?.delete());

describe('seeding the database from the pack', () => {
  it('fills authorities and inspections and remembers the version', async () => {
    const outcome = await seedPack(open(), tinyPack('v1'));
    expect(outcome).toEqual({ seeded: true, version: 'v1' });
    expect(await db.authorities.count()).toBe(2);
    expect((await db.inspections.get('E99000001:full:2022-02-21'))?.overall).toBe('Inadequate');
  });

  it('gives back the same pack it was seeded with', async () => {
    expect(await packFromDb(open())).toBeNull();
    await seedPack(db, tinyPack('v1'));
    const pack = await packFromDb(db);
    expect(pack?.meta.version).toBe('v1');
    expect(pack?.authorities.map((authority) => authority.code).sort()).toEqual(['E99000001', 'E99000002']);
    expect(pack?.inspections).toHaveLength(1);
  });

  it('does nothing when the same version is already seeded', async () => {
    await seedPack(open(), tinyPack('v1'));
    await db.authorities.delete('E99000002');
    expect(await seedPack(db, tinyPack('v1'))).toEqual({ seeded: false, version: 'v1' });
    expect(await db.authorities.count()).toBe(1);
  });

  it("replaces the pack's tables on a new version without touching the reader's notes or commitments", async () => {
    await seedPack(open(), tinyPack('v1'));
    const note = {
      id: 'n1',
      text: 'Ask about the budget',
      authorities: ['E99000001'],
      createdAt: '2026-01-02T00:00:00Z',
      updatedAt: '2026-01-02T00:00:00Z',
    };
    await db.notes.add(note);
    const next = tinyPack('v2');
    next.authorities = next.authorities.slice(0, 1);
    await seedPack(db, next);
    expect(await db.authorities.count()).toBe(1);
    expect(await db.notes.get('n1')).toEqual(note);
  });

  it('leaves the previous data in place when a seed fails half way', async () => {
    await seedPack(open(), tinyPack('v1'));
    const broken = tinyPack('v2');
    broken.inspections.push({ ...(broken.inspections[0] as (typeof broken.inspections)[0]) }); // duplicate id
    await expect(seedPack(db, broken)).rejects.toThrow();
    expect(await db.authorities.count()).toBe(2);
    expect((await db.meta.get('packVersion'))?.value).toBe('v1');
  });
});

describe('reading a pack file', () => {
  it('accepts a valid pack', () => {
    expect(readPack(JSON.parse(JSON.stringify(tinyPack()))).meta.version).toBe('test-1');
  });

  it('rejects a malformed pack with a message that says where', () => {
    const broken = JSON.parse(JSON.stringify(tinyPack())) as { authorities: { code?: string }[] };
    delete broken.authorities[1]?.code;
    expect(() => readPack(broken)).toThrow(InvalidPackError);
    expect(() => readPack(broken)).toThrow(/authorities\.1\.code/);
    expect(() => readPack('not json at all')).toThrow(/not valid/);
  });
});
