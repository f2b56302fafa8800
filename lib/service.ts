import { summariseAuthority } from './authority-summary';
import { addManualCommitment, commitmentsOf, editCommitment, saveArticleStatements } from './db/commitments';
import type { CouncilLensDatabase } from './db/database';
import { packFromDb } from './db/pack-from-db';
import type { ArticleRecord } from './db/records';
import { PACK_META_KEY, PACK_VERSION_KEY, readPack, seedPack } from './db/seed';
import { buildNameIndex, type NameIndex } from './match/name-index';
import { resolveAuthority, suggestAuthorities } from './pack/lookup';
import { checkRefreshUrl, fetchPack, isNewerPack } from './pack/refresh';
import type { Pack, PackMeta } from './pack/schema';
import type { PackInfo, ProtocolMap } from './protocol';
import { councilRecord } from './record/record';

const PACK_SOURCE_KEY = 'packSource';
const REFRESH_URL_KEY = 'refreshUrl';
const REFRESH_ETAG_KEY = 'refreshEtag';
const LAST_CHECKED_KEY = 'refreshLastChecked';
/** As many as a popup shows without scrolling. */
const COUNCILS_SUGGESTED = 5;
const LONGEST_QUERY = 100;
/**
 * How far a name may be from the typed one to be offered too: one slip in a short word ("Seftn" finds
 * Sefton; "Sefton" does not offer Melton or Merton), two in a longer one.
 */
const typingSlips = (query: string) => (query.trim().length >= 8 ? 2 : 1);

/** The notes store answers 'notes' itself (lib/notes/store.ts); a page's content script, 'pageAddress'. */
export type Handlers = {
  [K in Exclude<keyof ProtocolMap, 'notes' | 'pageAddress'>]: (
    ...data: Parameters<ProtocolMap[K]>
  ) => Promise<ReturnType<ProtocolMap[K]>>;
};

/**
 * What the background answers, as plain functions over the database, so the same code is unit-tested
 * in Node and wired to runtime messaging in entrypoints/background.
 */
export function createService(
  db: CouncilLensDatabase,
  extensionVersion: string,
  now = () => new Date(),
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): Handlers & { seedBundled(json: unknown): Promise<{ seeded: boolean }> } {
  // The pack is read from the database once and kept while its version stays the same.
  let cached: { pack: Pack; names: NameIndex } | null = null;
  const current = async () => {
    const version = (await db.meta.get(PACK_VERSION_KEY))?.value;
    if (cached?.pack.meta.version !== version) {
      const pack = await packFromDb(db);
      cached = pack && { pack, names: buildNameIndex(pack.authorities) };
    }
    return cached;
  };

  const metaValue = async <T>(key: string) => (await db.meta.get(key))?.value as T | undefined;
  const packInfo = async (): Promise<PackInfo | null> => {
    const meta = await metaValue<PackMeta>(PACK_META_KEY);
    return meta ? { version: meta.version, builtAt: meta.builtAt, sources: meta.sources } : null;
  };

  return {
    /** Seeds the pack bundled with the extension, unless the reader already has newer data. */
    async seedBundled(json: unknown) {
      const pack = readPack(json);
      if (!isNewerPack(pack.meta.version, await metaValue<string>(PACK_VERSION_KEY)))
        return { seeded: false };
      const outcome = await seedPack(db, pack);
      await db.meta.put({ key: PACK_SOURCE_KEY, value: 'bundled' });
      return outcome;
    },

    async getDataSettings() {
      return {
        pack: await packInfo(),
        source: (await metaValue<'bundled' | 'refreshed'>(PACK_SOURCE_KEY)) ?? 'bundled',
        refreshUrl: await metaValue<string>(REFRESH_URL_KEY),
        lastChecked: await metaValue<string>(LAST_CHECKED_KEY),
      };
    },

    async setRefreshUrl(url) {
      const trimmed = url.trim();
      const problem = trimmed ? checkRefreshUrl(trimmed) : null;
      if (problem) return problem;
      await db.meta.bulkPut([
        { key: REFRESH_URL_KEY, value: trimmed || undefined },
        { key: REFRESH_ETAG_KEY, value: undefined },
      ]);
      return null;
    },

    async refreshPack() {
      const url = await metaValue<string>(REFRESH_URL_KEY);
      if (!url) return { status: 'failed' as const, message: 'Set an address to check first.' };
      const result = await fetchPack({
        url,
        etag: await metaValue<string>(REFRESH_ETAG_KEY),
        currentVersion: await metaValue<string>(PACK_VERSION_KEY),
        fetch: fetchImpl,
      });
      await db.meta.put({ key: LAST_CHECKED_KEY, value: now().toISOString() });
      if (result.status === 'failed') {
        return {
          status: 'failed' as const,
          message: `${result.reason} Your current data is unchanged.`,
          ...(result.detail && { detail: result.detail }),
        };
      }
      if (result.status === 'not-modified')
        return { status: 'not-modified' as const, message: 'Your data is up to date.' };
      await seedPack(db, result.pack);
      await db.meta.bulkPut([
        { key: PACK_SOURCE_KEY, value: 'refreshed' },
        { key: REFRESH_ETAG_KEY, value: result.etag },
      ]);
      return { status: 'updated' as const, message: `Updated to data version ${result.pack.meta.version}.` };
    },

    async ping() {
      return { extensionVersion };
    },

    getPackInfo: packInfo,

    async recordArticle(article) {
      const seenAt = now().toISOString();
      return db.transaction('rw', db.articles, async () => {
        const previous = await db.articles.get(article.url);
        const record: ArticleRecord = {
          ...article,
          firstSeenAt: previous?.firstSeenAt ?? seenAt,
          lastSeenAt: seenAt,
        };
        await db.articles.put(record);
        return record;
      });
    },

    async getArticle(url) {
      return (await db.articles.get(url)) ?? null;
    },

    async getNameIndex() {
      return (await current())?.names ?? null;
    },

    async describeAuthorities(codes) {
      const loaded = await current();
      if (!loaded) return [];
      return codes.flatMap((code) => summariseAuthority(loaded.pack, code) ?? []);
    },

    async findCouncils(query) {
      const loaded = await current();
      // No council's name is longer than this: a longer query (a pasted paragraph) names none.
      if (!loaded || query.trim().length < 2 || query.length > LONGEST_QUERY) return [];
      const exact = resolveAuthority(loaded.pack, query);
      const codes = [
        exact,
        ...suggestAuthorities(loaded.pack, query, COUNCILS_SUGGESTED, typingSlips(query)),
      ].flatMap((authority) => (authority ? [authority.code] : []));
      return [...new Set(codes)]
        .slice(0, COUNCILS_SUGGESTED)
        .flatMap((code) => summariseAuthority(loaded.pack, code) ?? []);
    },

    async getCouncilRecord(code) {
      const loaded = await current();
      const record = loaded && councilRecord(loaded.pack, code);
      return record && loaded ? { record, meta: loaded.pack.meta } : null;
    },

    async saveStatements(found) {
      return saveArticleStatements(db, found, now());
    },

    async listCommitments(code) {
      return commitmentsOf(db, code);
    },

    async editCommitment({ id, details }) {
      await editCommitment(db, id, details);
    },

    async addCommitment(draft) {
      return addManualCommitment(db, draft, now());
    },

    async setCommitmentStatus({ id, status }) {
      await db.commitments.update(id, { status });
    },
  };
}
