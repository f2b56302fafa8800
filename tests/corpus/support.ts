import { existsSync } from 'node:fs';
import path from 'node:path';

/** The shared folder of real third-party material; absent on a machine without it. */
export const SHARED_DIR =
  process.env.COUNCIL_LENS_SHARED ?? path.resolve(import.meta.dirname, '../../../shared');
export const hasShared = existsSync(SHARED_DIR);

export function skipNoteIfNoShared(what: string): void {
  if (!hasShared)
    console.warn(`SKIPPED: ${what} needs ${SHARED_DIR} (set COUNCIL_LENS_SHARED), which is not here.`);
}
