import { afterEach, beforeEach, expect, it } from 'vitest';
import { type ExtractedCommitment, extractCommitments } from '../../../lib/commitments/extract';
import {
  addManualCommitment,
  commitmentsOf,
  editCommitment,
  saveArticleStatements,
} from '../../../lib/db/commitments';
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

/** An article's commitments, and no other statements. */
const found = (commitments: ExtractedCommitment[]) => ({ commitments, otherStatements: [] });

it('stores a statement once even when several copies of the story carry it', async () => {
  await saveArticleStatements(db, found([statement('c1', '2024-01-01')]));
  const again = await saveArticleStatements(
    db,
    found([statement('c1', '2024-01-01', 'https://syndicated.example/a')]),
  );
  expect(again.added).toBe(0);
  expect(await db.commitments.count()).toBe(1);
  expect((await db.commitments.get('c1'))?.articleUrl).toBe('https://news.example/a');
});

it("never overwrites the reader's edits, and a dismissed statement stays dismissed", async () => {
  await saveArticleStatements(db, found([statement('c1', '2024-01-01'), statement('c2', '2024-02-01')]));
  await db.commitments.update('c1', { quote: 'Edited by the reader', status: 'edited' });
  await db.commitments.update('c2', { status: 'dismissed' });
  await saveArticleStatements(db, found([statement('c1', '2024-01-01'), statement('c2', '2024-02-01')]));
  expect((await db.commitments.get('c1'))?.quote).toBe('Edited by the reader');
  expect((await commitmentsOf(db, 'E99000001')).map((c) => c.id)).toEqual(['c1']);
});

it("lists a council's commitments newest first", async () => {
  await saveArticleStatements(db, found([statement('old', '2023-05-01'), statement('new', '2025-05-01')]));
  expect((await commitmentsOf(db, 'E99000001')).map((c) => c.id)).toEqual(['new', 'old']);
});

it("keeps the reader's correction, and removes an amount or speaker they cleared", async () => {
  await saveArticleStatements(
    db,
    found([{ ...statement('c1', '2024-01-01'), amount: 5e6, speaker: 'A spokesman' }]),
  );
  await editCommitment(db, 'c1', { kind: 'money', amount: 6e6 });
  expect(await db.commitments.get('c1')).toMatchObject({ kind: 'money', amount: 6e6, status: 'edited' });
  expect((await db.commitments.get('c1'))?.speaker).toBeUndefined();
  await expect(editCommitment(db, 'gone', { kind: 'action' })).rejects.toThrow(/no longer stored/);
});

it('adds a commitment by hand with its source from the article as it was read', async () => {
  const articleUrl = 'https://news.example/alderbury-fostering';
  await db.articles.put({
    url: articleUrl,
    headline: 'Alderbury promises more for fostering',
    publisher: 'Example News',
    publishedDate: '2026-03-02',
    authorities: ['E99000001'],
    firstSeenAt: '2026-03-02T12:00:00Z',
    lastSeenAt: '2026-03-02T12:00:00Z',
  });
  const quote = 'Alderbury Council   said it would open two new children’s homes.';
  const added = await addManualCommitment(
    db,
    {
      authority: 'E99000001',
      quote,
      kind: 'action',
      articleUrl,
      headline: 'Alderbury promises more for fostering',
    },
    new Date('2026-03-03T09:00:00Z'),
  );
  expect(added).toMatchObject({
    quote: 'Alderbury Council said it would open two new children’s homes.',
    publisher: 'Example News',
    publishedDate: '2026-03-02',
    status: 'manual',
  });
  // Reading the article again finds the same statement: the reader's own entry stays as it is.
  const extracted = extractCommitments({
    paragraphs: [quote],
    findCouncils: (text) => (text.includes('Alderbury Council') ? [{ code: 'E99000001' }] : []),
    article: { url: articleUrl, headline: 'Alderbury promises more for fostering' },
  });
  expect(extracted.map((commitment) => commitment.id)).toContain(added.id);
  expect((await saveArticleStatements(db, found(extracted))).added).toBe(0);
  expect((await db.commitments.get(added.id))?.status).toBe('manual');
});

it("keeps the council's other statements apart from its commitments, rejudged when the rules change", async () => {
  const disappointed = { ...statement('s1', '2024-01-01'), quote: 'The council said it was disappointed.' };
  await saveArticleStatements(db, {
    commitments: [statement('c1', '2024-02-01')],
    otherStatements: [disappointed],
  });
  expect((await commitmentsOf(db, 'E99000001')).map(({ id, status }) => ({ id, status }))).toEqual([
    { id: 'c1', status: 'extracted' },
    { id: 's1', status: 'statement' },
  ]);
  // Newer rules read the same story the other way round.
  const again = await saveArticleStatements(db, {
    commitments: [disappointed],
    otherStatements: [statement('c1', '2024-02-01')],
  });
  expect(again.added).toBe(0);
  expect((await db.commitments.get('s1'))?.status).toBe('extracted');
  expect((await db.commitments.get('c1'))?.status).toBe('statement');
});

it('never takes back a statement the reader kept or hid', async () => {
  await saveArticleStatements(db, {
    commitments: [],
    otherStatements: [statement('kept', '2024-01-01'), statement('hidden', '2024-01-02')],
  });
  await db.commitments.update('kept', { status: 'confirmed' });
  await db.commitments.update('hidden', { status: 'dismissed' });
  await saveArticleStatements(db, {
    commitments: [statement('hidden', '2024-01-02')],
    otherStatements: [statement('kept', '2024-01-01')],
  });
  expect((await db.commitments.get('kept'))?.status).toBe('confirmed');
  expect((await db.commitments.get('hidden'))?.status).toBe('dismissed');
});
