import type { CouncilLensDatabase } from './database';
import type { CommitmentRecord } from './records';

/**
 * Stores what was extracted from an article. A statement already stored (the same story read twice, or
 * syndicated copies of it) is not duplicated, and nothing the reader confirmed, edited or dismissed is
 * overwritten by a new extraction.
 */
export async function saveExtractedCommitments(
  db: CouncilLensDatabase,
  extracted: Omit<CommitmentRecord, 'status' | 'createdAt'>[],
  now = new Date(),
): Promise<{ added: number }> {
  return db.transaction('rw', db.commitments, async () => {
    const existing = await db.commitments.bulkGet(extracted.map((commitment) => commitment.id));
    const fresh = extracted.filter((_, index) => existing[index] === undefined);
    await db.commitments.bulkAdd(
      fresh.map((commitment) => ({
        ...commitment,
        status: 'extracted' as const,
        createdAt: now.toISOString(),
      })),
    );
    return { added: fresh.length };
  });
}

/** A council's commitments the reader has not dismissed, newest statement first. */
export async function commitmentsOf(db: CouncilLensDatabase, authority: string): Promise<CommitmentRecord[]> {
  const all = await db.commitments.where('authority').equals(authority).toArray();
  return all
    .filter((commitment) => commitment.status !== 'dismissed')
    .sort((a, b) => (b.publishedDate ?? b.createdAt).localeCompare(a.publishedDate ?? a.createdAt));
}
