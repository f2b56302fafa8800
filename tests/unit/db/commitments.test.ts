import { afterEach, beforeEach, expect, it } from 'vitest';
import { commitmentsOf, saveExtractedCommitments } from '../../../lib/db/commitments';
import { CouncilLensDatabase } from '../../../lib/db/database';

let db: CouncilLensDatabase;
beforeEach(() => {
  db = new CouncilLensDatabase(`commitments-${Math.random()}`);
});
afterEach(() => db.delete());

const statement = (id: string, publishedDate: string, articleUrl = 'https://news.example/a') => ({
  id,
  authority: 'E99000001',
  quote: `The council said it would do thing ${id}.`,
  kind: 'action' as const,
  articleUrl,
  headline: 'A story',
  publishedDate,
});

it('stores a statement once even when several copies of the story carry it', async () => {
  await saveExtractedCommitments(db, [statement('c1', '2024-01-01')]);
  const again = await saveExtractedCommitments(db, [
    statement('c1', '2024-01-01', 'https://syndicated.example/a'),
  ]);
  expect(again.added).toBe(0);
  expect(await db.commitments.count()).toBe(1);
  expect((await db.commitments.get('c1'))?.articleUrl).toBe('https://news.example/a');
});

it("never overwrites the reader's edits, and a dismissed statement stays dismissed", async () => {
  await saveExtractedCommitments(db, [statement('c1', '2024-01-01'), statement('c2', '2024-02-01')]);
  await db.commitments.update('c1', { quote: 'Edited by the reader', status: 'edited' });
  await db.commitments.update('c2', { status: 'dismissed' });
  await saveExtractedCommitments(db, [statement('c1', '2024-01-01'), statement('c2', '2024-02-01')]);
  expect((await db.commitments.get('c1'))?.quote).toBe('Edited by the reader');
  expect((await commitmentsOf(db, 'E99000001')).map((c) => c.id)).toEqual(['c1']);
});

it("lists a council's commitments newest first", async () => {
  await saveExtractedCommitments(db, [statement('old', '2023-05-01'), statement('new', '2025-05-01')]);
  expect((await commitmentsOf(db, 'E99000001')).map((c) => c.id)).toEqual(['new', 'old']);
});
