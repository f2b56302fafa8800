/**
 * Durability of the reader's notes across schema versions. Each version that has shipped is frozen
 * below exactly as it was written to readers' disks; a database is built from that frozen layout with
 * raw IndexedDB (not with today's code) and then opened with today's CouncilLensDatabase.
 *
 * When a version is added: freeze its layout here (the first test fails until you do), keep every
 * earlier entry untouched, and the upgrade tests run for all of them.
 */
import type Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CouncilLensDatabase } from '../../../lib/db/database';
import type { ArticleRecord } from '../../../lib/db/records';
import { describeStorageError } from '../../../lib/notes/errors';
import { createNotesStore, notesTable } from '../../../lib/notes/store';
import { SAMPLE_NOTES } from '../../fixtures/notes/notes';

interface StoreLayout {
  keyPath: string;
  indexes: Record<string, { multiEntry: boolean }>;
}
type DatabaseLayout = Record<string, StoreLayout>;

const plain = { multiEntry: false };
const multiEntry = { multiEntry: true };

const SHIPPED_LAYOUTS: Record<number, DatabaseLayout> = {
  1: {
    authorities: { keyPath: 'code', indexes: { shortName: plain, formerCodes: multiEntry } },
    inspections: { keyPath: 'id', indexes: { authority: plain, publishedDate: plain } },
    commitments: { keyPath: 'id', indexes: { authority: plain, articleUrl: plain, publishedDate: plain } },
    notes: { keyPath: 'id', indexes: { articleUrl: plain, authorities: multiEntry, updatedAt: plain } },
    articles: { keyPath: 'url', indexes: { authorities: multiEntry, lastSeenAt: plain } },
    meta: { keyPath: 'key', indexes: {} },
  },
};
const SHIPPED_VERSIONS = Object.keys(SHIPPED_LAYOUTS).map(Number);

// Dexie stores version n as IndexedDB version n * 10.
const nativeVersion = (version: number) => version * 10;

const ARTICLE: ArticleRecord = {
  url: 'https://bbc.co.uk/news/articles/c0000000000o',
  headline: "Council sets aside money for children's homes",
  authorities: ['E99000001', 'E99000003'],
  firstSeenAt: '2026-03-02T09:00:00.000Z',
  lastSeenAt: '2026-03-02T09:30:00.000Z',
};

const request = <T>(req: IDBRequest<T> | IDBOpenDBRequest) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error);
  });

/** A database as the given shipped version left it, holding `rows`, written with raw IndexedDB. */
async function writeShippedDatabase(name: string, version: number, rows: Record<string, unknown[]>) {
  const layout = SHIPPED_LAYOUTS[version] as DatabaseLayout;
  const open = indexedDB.open(name, nativeVersion(version));
  open.onupgradeneeded = () => {
    for (const [storeName, store] of Object.entries(layout)) {
      const created = open.result.createObjectStore(storeName, { keyPath: store.keyPath });
      for (const [index, options] of Object.entries(store.indexes))
        created.createIndex(index, index, options);
    }
  };
  const idb = await request<IDBDatabase>(open);
  const transaction = idb.transaction(Object.keys(rows), 'readwrite');
  for (const [storeName, records] of Object.entries(rows)) {
    for (const record of records) transaction.objectStore(storeName).add(structuredClone(record));
  }
  await new Promise((resolve, reject) => {
    transaction.oncomplete = resolve;
    transaction.onerror = () => reject(transaction.error);
  });
  idb.close();
}

function layoutOf(idb: IDBDatabase): DatabaseLayout {
  const names = [...idb.objectStoreNames];
  const transaction = idb.transaction(names);
  return Object.fromEntries(
    names.map((name) => {
      const store = transaction.objectStore(name);
      const indexes = [...store.indexNames].map((index) => [
        index,
        { multiEntry: store.index(index).multiEntry },
      ]);
      return [name, { keyPath: store.keyPath as string, indexes: Object.fromEntries(indexes) }];
    }),
  );
}

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});
const openCurrent = async (name: string) => {
  const db = new CouncilLensDatabase(name);
  opened.push(db);
  await db.open();
  return db;
};
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('schema versions', () => {
  it('has a frozen layout for every version up to the current one, and the current code matches it', async () => {
    const db = await openCurrent(`migrations-layout-${Math.random()}`);
    expect(SHIPPED_VERSIONS).toEqual(Array.from({ length: db.verno }, (_, index) => index + 1));
    // Fails if a shipped version was edited in place instead of adding a new version.
    expect(layoutOf(db.backendDB())).toEqual(SHIPPED_LAYOUTS[db.verno]);
  });

  describe.each(SHIPPED_VERSIONS)('a database written by version %i', (version) => {
    it('opens with every note, deleted ones included, exactly as it was', async () => {
      const name = `migrations-v${version}-${Math.random()}`;
      await writeShippedDatabase(name, version, { notes: SAMPLE_NOTES, articles: [ARTICLE] });
      const db = await openCurrent(name);
      expect(byId(await notesTable(db).toArray())).toStrictEqual(byId(SAMPLE_NOTES));
      expect(await db.articles.toArray()).toStrictEqual([ARTICLE]);
    });

    it('still finds the notes by article and by council after the upgrade', async () => {
      const name = `migrations-v${version}-lists-${Math.random()}`;
      await writeShippedDatabase(name, version, { notes: SAMPLE_NOTES, articles: [ARTICLE] });
      const store = createNotesStore(await openCurrent(name));
      expect((await store.forArticle(ARTICLE.url)).map((note) => note.id)).toEqual(['note-article-quote']);
      expect((await store.forAuthorities(['E99000001'])).map((note) => note.id).sort()).toEqual([
        'note-article-plain',
        'note-article-quote',
      ]);
      expect((await store.forAuthorities(['E99000002'])).map((note) => note.id).sort()).toEqual([
        'note-article-plain',
        'note-council',
      ]);
      expect((await store.recentlyDeleted()).map((note) => note.id)).toEqual(['note-deleted']);
    });
  });

  it('explains an upgrade that another open tab is blocking', async () => {
    const name = `migrations-blocked-${Math.random()}`;
    await writeShippedDatabase(name, 1, { notes: SAMPLE_NOTES });
    // An old page that holds the database open and ignores requests to close it.
    const oldPage = await request<IDBDatabase>(indexedDB.open(name, nativeVersion(1)));
    oldPage.onversionchange = () => {};
    const nextVersion = new CouncilLensDatabase(name);
    nextVersion.version(nextVersion.verno + 1).stores({});
    const blocked = new Promise<unknown>((resolve) => nextVersion.on('blocked', resolve));
    const opening = nextVersion.open();
    expect(describeStorageError(await blocked)).toMatch(/another tab still has them open/);
    oldPage.close();
    await opening;
    expect(byId(await notesTable(nextVersion).toArray())).toStrictEqual(byId(SAMPLE_NOTES));
    opened.push(nextVersion);
  });
});
