import * as v from 'valibot';
import { type Pack, PackSchema } from '../pack/schema';
import type { CouncilLensDatabase } from './database';

export const PACK_VERSION_KEY = 'packVersion';
export const PACK_META_KEY = 'packMeta';

/**
 * A pack that failed validation: the message names where, so a maintainer can fix the file; `field` is
 * the first wrong entry ("meta.builtAt"), or undefined when the file is not a pack at all.
 */
export class InvalidPackError extends Error {
  override name = 'InvalidPackError';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Validates untrusted JSON (the bundled file, or a download) as a pack. Throws InvalidPackError. */
export function readPack(json: unknown): Pack {
  const result = v.safeParse(PackSchema, json);
  if (result.success) return result.output;
  const issues = result.issues.slice(0, 3).map((issue) => {
    const path = v.getDotPath(issue) ?? '(top level)';
    return `${path}: ${issue.message}`;
  });
  const first = result.issues[0];
  throw new InvalidPackError(
    `The data pack is not valid: ${issues.join('; ')}`,
    (first && v.getDotPath(first)) ?? undefined,
  );
}

export type SeedOutcome = { seeded: true; version: string } | { seeded: false; version: string };

/**
 * Replaces the pack's tables (authorities, inspections) with this pack, in one transaction, only when
 * its version differs from the one already seeded. The reader's notes, the commitments gathered from
 * reading and the articles seen are never touched: they are not the pack's to replace.
 */
export async function seedPack(db: CouncilLensDatabase, pack: Pack): Promise<SeedOutcome> {
  return db.transaction('rw', db.authorities, db.inspections, db.meta, async () => {
    const current = await db.meta.get(PACK_VERSION_KEY);
    if (current?.value === pack.meta.version) return { seeded: false, version: pack.meta.version };
    await db.authorities.clear();
    await db.inspections.clear();
    await db.authorities.bulkAdd(pack.authorities);
    await db.inspections.bulkAdd(pack.inspections);
    await db.meta.bulkPut([
      { key: PACK_VERSION_KEY, value: pack.meta.version },
      { key: PACK_META_KEY, value: pack.meta },
    ]);
    return { seeded: true, version: pack.meta.version };
  });
}
