import type { Pack, PackMeta } from '../pack/schema';
import type { CouncilLensDatabase } from './database';
import { PACK_META_KEY } from './seed';

/**
 * The pack as the database holds it now (the bundled one, or a newer one the reader's options fetched),
 * for the lookups in lib/pack. Null before the first seed.
 */
export async function packFromDb(db: CouncilLensDatabase): Promise<Pack | null> {
  return db.transaction('r', db.authorities, db.inspections, db.meta, async () => {
    const meta = (await db.meta.get(PACK_META_KEY))?.value as PackMeta | undefined;
    if (!meta) return null;
    const [authorities, inspections] = await Promise.all([
      db.authorities.toArray(),
      db.inspections.toArray(),
    ]);
    return { meta, authorities, inspections };
  });
}
