// Runs inside a Chromium page: seeds a fresh IndexedDB database from the pack, as the background does.
import { CouncilLensDatabase } from '../../../lib/db/database';
import { readPack, seedPack } from '../../../lib/db/seed';

export async function seedOnce(packJson: unknown): Promise<{ validateMs: number; seedMs: number }> {
  const db = new CouncilLensDatabase(`bench-seed-${Math.random()}`);
  const started = performance.now();
  const pack = readPack(packJson);
  const validated = performance.now();
  await seedPack(db, pack);
  const seeded = performance.now();
  await db.delete();
  return { validateMs: validated - started, seedMs: seeded - validated };
}
