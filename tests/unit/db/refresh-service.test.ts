import { afterEach, expect, it } from 'vitest';
import { CouncilLensDatabase } from '../../../lib/db/database';
import { createService } from '../../../lib/service';
import { tinyPack } from '../../fixtures/tiny-pack';

let db: CouncilLensDatabase;
afterEach(() => db?.delete());

/** A stand-in for the network: answers with this body and status, and records the requests. */
function fakeFetch(body: string, status = 200, etag?: string) {
  const requests: RequestInit[] = [];
  const implementation = (async (_url: string, init: RequestInit) => {
    requests.push(init);
    return new Response(status === 304 ? null : body, { status, headers: etag ? { etag } : {} });
  }) as unknown as typeof fetch;
  return { implementation, requests };
}

it('refreshes to a newer pack, keeps the notes, and is not overwritten later by the older bundled pack', async () => {
  db = new CouncilLensDatabase(`refresh-${Math.random()}`);
  const network = fakeFetch(JSON.stringify(tinyPack('2026.09.01-new')), 200, '"etag-1"');
  const service = createService(db, '1.0.0', () => new Date('2026-11-22T10:00:00Z'), network.implementation);
  await service.seedBundled(tinyPack('2026.08.20-bundled'));
  await db.notes.add({ id: 'n1', text: 'mine', authorities: [], createdAt: 'x', updatedAt: 'x' });

  expect(await service.setRefreshUrl('http://data.example/pack.json')).toMatch(/https/);
  expect(await service.setRefreshUrl('https://data.example/pack.json')).toBeNull();
  expect(await service.refreshPack()).toEqual({
    status: 'updated',
    message: 'Updated to data version 2026.09.01-new.',
  });
  expect(await service.getDataSettings()).toMatchObject({
    pack: { version: '2026.09.01-new' },
    source: 'refreshed',
    refreshUrl: 'https://data.example/pack.json',
    lastChecked: '2026-11-22T10:00:00.000Z',
  });
  expect(await db.notes.get('n1')).toMatchObject({ text: 'mine' });

  // An extension update that ships older data leaves the newer refreshed pack in place.
  expect(await service.seedBundled(tinyPack('2026.08.20-bundled'))).toEqual({ seeded: false });
  expect((await service.getPackInfo())?.version).toBe('2026.09.01-new');
});

it('asks with the ETag it was given, and a failed download changes nothing', async () => {
  db = new CouncilLensDatabase(`refresh-${Math.random()}`);
  const unchanged = fakeFetch('', 304);
  const service = createService(db, '1.0.0', undefined, unchanged.implementation);
  await service.seedBundled(tinyPack('2026.08.20-bundled'));
  await service.setRefreshUrl('https://data.example/pack.json');
  expect((await service.refreshPack()).message).toBe('Your data is up to date.');

  const broken = createService(db, '1.0.0', undefined, fakeFetch('{"meta": {', 200).implementation);
  const result = await broken.refreshPack();
  expect(result.status).toBe('failed');
  expect(result.message).toMatch(/not valid JSON.*Your current data is unchanged/);
  expect((await broken.getPackInfo())?.version).toBe('2026.08.20-bundled');
  expect(await db.authorities.count()).toBe(2);

  const notAPack = createService(db, '1.0.0', undefined, fakeFetch('{"bookmarks": []}', 200).implementation);
  expect(await notAPack.refreshPack()).toEqual({
    status: 'failed',
    message:
      'The file at https://data.example/pack.json is not a Council Lens data pack (its "meta" entry is missing or wrong). Your current data is unchanged.',
    detail: expect.stringMatching(/^The data pack is not valid: meta: /),
  });
});
