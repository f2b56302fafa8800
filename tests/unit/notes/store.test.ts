import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CouncilLensDatabase } from '../../../lib/db/database';
import { createNotesStore, MissingNoteError, notesTable, purgeDeletedNotes } from '../../../lib/notes/store';

let db: CouncilLensDatabase;
let name: string;
let clock: Date;
const store = () => createNotesStore(db, { now: () => clock });

beforeEach(() => {
  name = `notes-store-${Math.random()}`;
  db = new CouncilLensDatabase(name);
  clock = new Date('2026-03-02T09:00:00.000Z');
});
afterEach(() => db.delete());

const later = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

const articleDraft = {
  text: 'Ask about the £10m',
  articleUrl: 'https://www.bbc.co.uk/news/articles/c0000000000o?at_medium=RSS#top',
  articleHeadline: "Council sets aside money for children's homes",
  quote: { exact: 'spend £10m', prefix: 'it would ', suffix: ' on two' },
  authorities: ['E99000002', 'E99000001', 'E99000001'],
};

describe('writing notes', () => {
  it('stores a note under the canonical article URL with its quote and councils', async () => {
    const note = await store().create(articleDraft);
    expect(await notesTable(db).get(note.id)).toEqual({
      id: note.id,
      text: 'Ask about the £10m',
      articleUrl: 'https://bbc.co.uk/news/articles/c0000000000o',
      articleHeadline: "Council sets aside money for children's homes",
      quote: { exact: 'spend £10m', prefix: 'it would ', suffix: ' on two' },
      authorities: ['E99000001', 'E99000002'],
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
    });
    expect(Object.keys(await store().create({ text: 'On the council', authorities: ['E99000001'] }))).toEqual(
      ['id', 'text', 'authorities', 'createdAt', 'updatedAt'],
    );
  });

  it('finds an article’s notes from any form of its URL, in the order they were written', async () => {
    const first = await store().create(articleDraft);
    later(1);
    const second = await store().create({ ...articleDraft, text: 'Second thought' });
    const found = await store().forArticle('https://www.bbc.com/news/articles/c0000000000o.amp');
    expect(found.map((note) => note.id)).toEqual([first.id, second.id]);
  });

  it('autosaves text, moving updatedAt only when the text changed', async () => {
    const note = await store().create(articleDraft);
    later(2);
    const edited = await store().updateText(note.id, 'Ask about the £10m and the staffing');
    expect(edited.updatedAt).toBe('2026-03-02T09:02:00.000Z');
    later(2);
    expect((await store().updateText(note.id, 'Ask about the £10m and the staffing')).updatedAt).toBe(
      '2026-03-02T09:02:00.000Z',
    );
    expect((await store().forArticle(articleDraft.articleUrl))[0]?.text).toBe(
      'Ask about the £10m and the staffing',
    );
  });

  it('refuses to save a note that no longer exists', async () => {
    await expect(store().updateText('gone', 'text')).rejects.toBeInstanceOf(MissingNoteError);
  });
});

describe('deleting notes', () => {
  it('hides a deleted note everywhere but keeps it restorable after the tab is closed', async () => {
    const note = await store().create(articleDraft);
    later(5);
    await store().remove(note.id);
    expect(await store().forArticle(articleDraft.articleUrl)).toEqual([]);
    expect(await store().forAuthorities(['E99000001'])).toEqual([]);
    expect(await store().search({})).toEqual([]);

    db.close();
    db = new CouncilLensDatabase(name);
    const [deleted] = await store().recentlyDeleted();
    expect(deleted?.id).toBe(note.id);

    later(5);
    const restored = await store().restore(note.id);
    expect(restored).toEqual({ ...note, updatedAt: '2026-03-02T09:10:00.000Z' });
    expect(await store().forArticle(articleDraft.articleUrl)).toEqual([restored]);
    expect(await store().recentlyDeleted()).toEqual([]);
  });

  it('purges deleted notes only after the retention period', async () => {
    const kept = await store().create(articleDraft);
    const deleted = await store().create({ ...articleDraft, text: 'To delete' });
    await store().remove(deleted.id);
    expect(await purgeDeletedNotes(db, new Date('2026-03-31T09:00:00.000Z'))).toBe(0);
    expect(await purgeDeletedNotes(db, new Date('2026-04-01T09:00:01.000Z'))).toBe(1);
    expect(await notesTable(db).toCollection().primaryKeys()).toEqual([kept.id]);
  });
});

describe('listing notes under councils', () => {
  it('lists a note under the council it was filed under, not under every council its article names', async () => {
    const onArticle = await store().create({ ...articleDraft, authorities: ['E99000001'] });
    const onCouncil = await store().create({ text: 'Scrutiny on Mondays', authorities: ['E99000003'] });
    await store().create({ text: 'Another council', authorities: ['E99000009'] });
    // The article names a second council: the note written in the first council's record stays the first's.
    await db.articles.put({
      url: 'https://www.bbc.co.uk/news/articles/c0000000000o',
      headline: articleDraft.articleHeadline,
      authorities: ['E99000001', 'E99000003'],
      firstSeenAt: clock.toISOString(),
      lastSeenAt: clock.toISOString(),
    });
    expect((await store().forAuthorities(['E99000001'])).map((note) => note.id)).toEqual([onArticle.id]);
    const underThird = await store().forAuthorities(['E99000003']);
    expect(underThird.map((note) => note.id)).toEqual([onCouncil.id]);
    expect(await store().forAuthorities([])).toEqual([]);
  });
});

describe('searching notes', () => {
  beforeEach(async () => {
    // Midday, so each note's local date is the same in every time zone the tests may run in.
    clock = new Date('2026-03-02T12:00:00.000Z');
    await store().create({ ...articleDraft, text: 'Ask about the Café budget' });
    later(60 * 24 * 3);
    await store().create({
      text: 'Leader resigned',
      articleUrl: 'https://www.theguardian.com/society/2026/mar/05/council-leader',
      articleHeadline: 'Council leader steps down after report',
      authorities: ['E99000003'],
    });
    later(60 * 24 * 3);
    await store().create({ text: 'Council-level reminder', authorities: ['E99000001'] });
  });

  const texts = async (filters: Parameters<ReturnType<typeof store>['search']>[0]) =>
    (await store().search(filters)).map((note) => note.text);

  it('matches every word in any case and without accents, in the note, its quote or headline', async () => {
    expect(await texts({ text: 'cafe BUDGET' })).toEqual(['Ask about the Café budget']);
    expect(await texts({ text: '£10m' })).toEqual(['Ask about the Café budget']);
    expect(await texts({ text: 'steps down' })).toEqual(['Leader resigned']);
    expect(await texts({ text: 'budget resigned' })).toEqual([]);
    expect(await texts({})).toEqual([
      'Council-level reminder',
      'Leader resigned',
      'Ask about the Café budget',
    ]);
  });

  it('filters by council, site and the dates written (inclusive)', async () => {
    expect(await texts({ authority: 'E99000001' })).toEqual([
      'Council-level reminder',
      'Ask about the Café budget',
    ]);
    expect(await texts({ site: 'theguardian.com' })).toEqual(['Leader resigned']);
    expect(await texts({ from: '2026-03-05', to: '2026-03-05' })).toEqual(['Leader resigned']);
    expect(await texts({ from: '2026-03-05' })).toEqual(['Council-level reminder', 'Leader resigned']);
    expect(await texts({ to: '2026-03-02', authority: 'E99000001' })).toEqual(['Ask about the Café budget']);
  });

  it('offers the councils and sites that have notes as filters', async () => {
    expect(await store().facets()).toEqual({
      authorities: ['E99000001', 'E99000002', 'E99000003'],
      sites: ['bbc.co.uk', 'theguardian.com'],
    });
  });
});
