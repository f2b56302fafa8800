import { type ArticleStatements, commitmentId } from '../commitments/extract';
import type { CouncilLensDatabase } from './database';
import type { CommitmentRecord } from './records';

/** What Council Lens sets on a statement by itself; the reader's own choices are never overwritten. */
const FOUND_STATUSES = new Set<CommitmentRecord['status']>(['extracted', 'statement']);

/**
 * Stores what was found in an article: its commitments, and the council's other statements. A statement
 * already stored (the same story read twice, or syndicated copies of it) is not duplicated, and nothing the
 * reader confirmed, edited or dismissed is overwritten by a new extraction. A statement read again by newer
 * rules takes their judgement, commitment or not.
 */
export async function saveArticleStatements(
  db: CouncilLensDatabase,
  found: ArticleStatements,
  now = new Date(),
): Promise<{ added: number }> {
  const judged = [
    ...found.commitments.map((commitment) => ({ ...commitment, status: 'extracted' as const })),
    ...found.otherStatements.map((statement) => ({ ...statement, status: 'statement' as const })),
  ];
  return db.transaction('rw', db.commitments, async () => {
    const existing = await db.commitments.bulkGet(judged.map((statement) => statement.id));
    const fresh = judged.filter((_, index) => existing[index] === undefined);
    await db.commitments.bulkAdd(fresh.map((statement) => ({ ...statement, createdAt: now.toISOString() })));
    const rejudged = judged.filter((statement, index) => {
      const stored = existing[index];
      return stored !== undefined && FOUND_STATUSES.has(stored.status) && stored.status !== statement.status;
    });
    await db.commitments.bulkUpdate(rejudged.map(({ id, status }) => ({ key: id, changes: { status } })));
    return { added: fresh.length };
  });
}

/** A council's commitments and other statements the reader has not dismissed, newest statement first. */
export async function commitmentsOf(db: CouncilLensDatabase, authority: string): Promise<CommitmentRecord[]> {
  const all = await db.commitments.where('authority').equals(authority).toArray();
  return all
    .filter((commitment) => commitment.status !== 'dismissed')
    .sort((a, b) => (b.publishedDate ?? b.createdAt).localeCompare(a.publishedDate ?? a.createdAt));
}

/** What the reader can set on a commitment: the quote stays as the article printed it. */
export type CommitmentDetails = Pick<CommitmentRecord, 'kind' | 'amount' | 'amountUnspecified' | 'speaker'>;

/** The reader's correction of a captured commitment; marked as edited, so it is never re-extracted over. */
export async function editCommitment(
  db: CouncilLensDatabase,
  id: string,
  details: CommitmentDetails,
): Promise<void> {
  // Dexie deletes a property set to undefined: a cleared amount or speaker is removed, not kept.
  const changed = await db.commitments.update(id, {
    kind: details.kind,
    amount: details.amount,
    amountUnspecified: details.amountUnspecified,
    speaker: details.speaker,
    status: 'edited',
  });
  if (changed === 0) throw new Error('That commitment is no longer stored.');
}

export interface ManualCommitment extends CommitmentDetails {
  authority: string;
  quote: string;
  articleUrl: string;
  headline: string;
}

/**
 * A commitment the reader added by hand from text they selected. Its source is the article it was
 * selected in, with the publisher and date Council Lens recorded when the article was read.
 */
export async function addManualCommitment(
  db: CouncilLensDatabase,
  draft: ManualCommitment,
  now = new Date(),
): Promise<CommitmentRecord> {
  const article = await db.articles.get(draft.articleUrl);
  const record: CommitmentRecord = {
    ...draft,
    quote: draft.quote.replace(/\s+/g, ' ').trim(),
    id: commitmentId(draft.authority, draft.quote),
    publisher: article?.publisher,
    publishedDate: article?.publishedDate,
    status: 'manual',
    createdAt: now.toISOString(),
  };
  await db.commitments.put(record);
  return record;
}
