import { afterEach, expect, it } from 'vitest';
import { CouncilLensDatabase } from '../../../lib/db/database';
import { seedPack } from '../../../lib/db/seed';
import { createService } from '../../../lib/service';
import { tinyPack } from '../../fixtures/tiny-pack';

let db: CouncilLensDatabase;
afterEach(() => db?.delete());

it('reports the seeded pack version, or null before the first seed', async () => {
  db = new CouncilLensDatabase(`service-${Math.random()}`);
  const service = createService(db, '1.2.3');
  expect(await service.getPackInfo()).toBeNull();
  await seedPack(db, tinyPack('v7'));
  expect(await service.getPackInfo()).toMatchObject({ version: 'v7' });
  expect(await service.ping()).toEqual({ extensionVersion: '1.2.3' });
});

it('records an article once and keeps when it was first seen', async () => {
  db = new CouncilLensDatabase(`service-${Math.random()}`);
  let clock = new Date('2026-03-01T10:00:00Z');
  const service = createService(db, '1.0.0', () => clock);
  const article = { url: 'https://example.test/a', headline: 'A story', authorities: ['E99000001'] };
  await service.recordArticle(article);
  clock = new Date('2026-03-02T10:00:00Z');
  const again = await service.recordArticle(article);
  expect(again).toMatchObject({
    firstSeenAt: '2026-03-01T10:00:00.000Z',
    lastSeenAt: '2026-03-02T10:00:00.000Z',
  });
  expect(await db.articles.count()).toBe(1);
  expect(await service.getArticle('https://example.test/missing')).toBeNull();
});

it('describes the councils a page asks about, leaving out codes it does not know', async () => {
  db = new CouncilLensDatabase(`service-${Math.random()}`);
  const service = createService(db, '1.0.0');
  expect(await service.describeAuthorities(['E99000001'])).toEqual([]);
  await seedPack(db, tinyPack('v1'));
  const summaries = await service.describeAuthorities(['E99000002', 'E00000000']);
  expect((await service.getNameIndex())?.full).toContainEqual(['alderbury council', 'E99000001']);
  expect(summaries).toHaveLength(1);
  expect(summaries[0]).toMatchObject({
    shortName: 'Brookfield',
    responsible: { kind: 'county', code: 'E99000001' },
    latest: { judgement: 'Inadequate', of: 'Alderbury Metropolitan Borough Council' },
  });
});

it('finds the councils a typed name may mean, the one it names exactly first', async () => {
  db = new CouncilLensDatabase(`service-${Math.random()}`);
  const service = createService(db, '1.0.0');
  await seedPack(db, tinyPack('v1'));
  const names = async (query: string) =>
    (await service.findCouncils(query)).map(({ shortName }) => shortName);
  expect(await names('Brookfield District Council')).toEqual(['Brookfield']);
  expect(await names('alder')).toEqual(['Alderbury']);
  expect(await names('Aldrbury')).toEqual(['Alderbury']);
  expect(await names('E99000002')).toEqual(['Brookfield']);
  expect(await names('Zennor')).toEqual([]);
  // One letter means too many councils to be worth listing.
  expect(await names('a')).toEqual([]);
  // Nor does a pasted paragraph, which would cost a comparison of every name with all of it.
  expect(await names('Alderbury '.repeat(50))).toEqual([]);
  const [alderbury] = await service.findCouncils('Alderbury Council');
  expect(alderbury).toMatchObject({ code: 'E99000001', latest: { judgement: 'Inadequate' } });
});
