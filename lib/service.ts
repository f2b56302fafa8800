import { summariseAuthority } from './authority-summary';
import { commitmentsOf, saveExtractedCommitments } from './db/commitments';
import type { CouncilLensDatabase } from './db/database';
import { packFromDb } from './db/pack-from-db';
import type { ArticleRecord } from './db/records';
import { PACK_META_KEY, PACK_VERSION_KEY } from './db/seed';
import { buildNameIndex, type NameIndex } from './match/name-index';
import type { Pack, PackMeta } from './pack/schema';
import type { PackInfo, ProtocolMap } from './protocol';
import { councilRecord } from './record/record';

/** The notes store answers 'notes' itself (lib/notes/store.ts). */
type Handlers = {
  [K in Exclude<keyof ProtocolMap, 'notes'>]: (
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
): Handlers {
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

  return {
    async ping() {
      return { extensionVersion };
    },

    async getPackInfo(): Promise<PackInfo | null> {
      const meta = (await db.meta.get(PACK_META_KEY))?.value as PackMeta | undefined;
      return meta ? { version: meta.version, builtAt: meta.builtAt, sources: meta.sources } : null;
    },

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

    async getCouncilRecord(code) {
      const loaded = await current();
      const record = loaded && councilRecord(loaded.pack, code);
      return record && loaded ? { record, meta: loaded.pack.meta } : null;
    },

    async saveCommitments(found) {
      return saveExtractedCommitments(db, found, now());
    },

    async listCommitments(code) {
      return commitmentsOf(db, code);
    },

    async setCommitmentStatus({ id, status }) {
      await db.commitments.update(id, { status });
    },
  };
}
