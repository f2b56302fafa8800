import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CouncilLensDatabase } from '../../../lib/db/database';
import type { CommitmentRecord } from '../../../lib/db/records';
import {
  EXPORT_FORMAT,
  exportNotesJson,
  exportNotesMarkdown,
  importNotesJson,
  MAX_IMPORT_CHARACTERS,
} from '../../../lib/notes/exchange';
import type { Note } from '../../../lib/notes/note';
import { notesTable } from '../../../lib/notes/store';
import { SAMPLE_NOTES } from '../../fixtures/notes/notes';

let db: CouncilLensDatabase;
beforeEach(async () => {
  db = new CouncilLensDatabase(`notes-exchange-${Math.random()}`);
  await notesTable(db).bulkAdd(structuredClone(SAMPLE_NOTES));
});
afterEach(() => db.delete());

const NONE = { added: 0, updated: 0, unchanged: 0 };
const byCommitmentId = (list: CommitmentRecord[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
const byId = (notes: Note[]) => [...notes].sort((a, b) => a.id.localeCompare(b.id));
const storedNotes = async () => byId(await notesTable(db).toArray());
const exportFile = async () => JSON.parse(await exportNotesJson(db, new Date('2026-03-10T00:00:00Z')));
const exportedNote = async (id: string) => (await exportFile()).notes.find((note: Note) => note.id === id);

describe('JSON export and import', () => {
  it('gives back identical notes after export, clearing the database and import', async () => {
    const before = await storedNotes();
    const json = await exportNotesJson(db);
    await notesTable(db).clear();
    expect(await importNotesJson(db, json)).toEqual({
      ok: true,
      added: 4,
      updated: 0,
      unchanged: 0,
      commitments: NONE,
    });
    expect(await storedNotes()).toStrictEqual(before);
  });

  it('writes a versioned file that includes deleted notes still within their undo period', async () => {
    const file = await exportFile();
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 2, exportedAt: '2026-03-10T00:00:00.000Z' });
    expect(file.notes.find((note: Note) => note.id === 'note-deleted')?.deletedAt).toBe(
      '2026-03-04T12:00:00.000Z',
    );
  });

  it('merges by id: adds new notes, takes newer versions, keeps what is newer here', async () => {
    const file = await exportFile();
    const [first, second, third] = file.notes as Note[];
    const newerHere = {
      ...(first as Note),
      text: 'Edited here later',
      updatedAt: '2026-03-09T00:00:00.000Z',
    };
    await notesTable(db).put(newerHere);
    const newerThere = {
      ...(second as Note),
      text: 'Edited in the file',
      updatedAt: '2026-03-09T00:00:00.000Z',
    };
    const brandNew = { ...(third as Note), id: 'note-from-other-computer' };
    file.notes = [first, newerThere, third, brandNew];

    expect(await importNotesJson(db, JSON.stringify(file))).toEqual({
      ok: true,
      added: 1,
      updated: 1,
      unchanged: 2,
      commitments: NONE,
    });
    expect((await notesTable(db).get(newerHere.id))?.text).toBe('Edited here later');
    expect((await notesTable(db).get(newerThere.id))?.text).toBe('Edited in the file');
    expect(await notesTable(db).get('note-from-other-computer')).toEqual(brandNew);
    expect(await notesTable(db).count()).toBe(5);

    expect(await importNotesJson(db, JSON.stringify(file))).toEqual({
      ok: true,
      added: 0,
      updated: 0,
      unchanged: 4,
      commitments: NONE,
    });
    expect(await notesTable(db).count()).toBe(5);
  });

  it('carries a deletion made elsewhere instead of bringing the note back', async () => {
    const file = await exportFile();
    const deletedThere = {
      ...file.notes[0],
      deletedAt: '2026-03-09T00:00:00.000Z',
      updatedAt: '2026-03-09T00:00:00.000Z',
    };
    file.notes = [deletedThere];
    expect(await importNotesJson(db, JSON.stringify(file))).toMatchObject({ ok: true, updated: 1 });
    expect((await notesTable(db).get(deletedThere.id))?.deletedAt).toBe('2026-03-09T00:00:00.000Z');
  });

  it('stores imported notes under canonical article URLs', async () => {
    const file = await exportFile();
    file.notes = [
      { ...file.notes[1], id: 'amp-note', articleUrl: 'https://amp.theguardian.com/a/b?CMP=share' },
    ];
    await importNotesJson(db, JSON.stringify(file));
    expect((await notesTable(db).get('amp-note'))?.articleUrl).toBe('https://theguardian.com/a/b');
  });
});

describe('the commitments the reader judged, in the same file', () => {
  const commitment = (id: string, status: CommitmentRecord['status']): CommitmentRecord => ({
    id,
    authority: 'E99000001',
    quote: `Northmere Council said it would ${id}.`,
    kind: 'action',
    articleUrl: 'https://news.example/northmere',
    headline: 'Northmere promises',
    publishedDate: '2026-03-02',
    status,
    createdAt: '2026-03-02T12:00:00.000Z',
  });
  const stored = async () => (await db.commitments.toArray()).map(({ id, status }) => [id, status]).sort();

  it('exports those confirmed, edited, added or removed, not what Council Lens found alone, and gives them back', async () => {
    await db.commitments.bulkAdd([
      commitment('found', 'extracted'),
      commitment('said', 'statement'),
      commitment('kept', 'confirmed'),
      { ...commitment('corrected', 'edited'), kind: 'money', amount: 17.5 },
      commitment('added', 'manual'),
      commitment('removed', 'dismissed'),
    ]);
    const file = await exportFile();
    expect(file.commitments.map(({ id }: CommitmentRecord) => id).sort()).toEqual([
      'added',
      'corrected',
      'kept',
      'removed',
    ]);
    const judged = (await db.commitments.toArray()).filter(({ id }) =>
      file.commitments.some((c: CommitmentRecord) => c.id === id),
    );
    await db.commitments.clear();
    expect(await importNotesJson(db, JSON.stringify(file))).toMatchObject({
      ok: true,
      commitments: { added: 4, updated: 0, unchanged: 0 },
    });
    expect(byCommitmentId(await db.commitments.toArray())).toStrictEqual(byCommitmentId(judged));
  });

  it("takes the reader's judgement over Council Lens's own find, and keeps one the reader judged here", async () => {
    await db.commitments.bulkAdd([commitment('found', 'extracted'), commitment('corrected', 'edited')]);
    const file = {
      ...(await exportFile()),
      commitments: [commitment('found', 'confirmed'), commitment('corrected', 'dismissed')],
    };
    expect(await importNotesJson(db, JSON.stringify(file))).toMatchObject({
      commitments: { added: 0, updated: 1, unchanged: 1 },
    });
    expect(await stored()).toEqual([
      ['corrected', 'edited'],
      ['found', 'confirmed'],
    ]);
  });

  it('imports a file of the first format, which holds notes only', async () => {
    const { commitments: _, ...rest } = await exportFile();
    await notesTable(db).clear();
    expect(await importNotesJson(db, JSON.stringify({ ...rest, version: 1 }))).toEqual({
      ok: true,
      added: 4,
      updated: 0,
      unchanged: 0,
      commitments: NONE,
    });
  });

  it('refuses a damaged commitment, saying which, and changes nothing', async () => {
    const before = await storedNotes();
    await notesTable(db).clear();
    const file = {
      ...(await exportFile()),
      commitments: [{ ...commitment('kept', 'confirmed'), kind: 'promise' }],
    };
    file.notes = before;
    const outcome = await importNotesJson(db, JSON.stringify(file));
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^Commitment 1 in the file \(id kept\) is damaged: its kind is not in the expected form\. Nothing was imported\./,
      ),
    });
    expect(await notesTable(db).count()).toBe(0);
    expect(await db.commitments.count()).toBe(0);
  });
});

describe('a bad import changes nothing', () => {
  const withNotes = async (notes: unknown[]) => JSON.stringify({ ...(await exportFile()), notes });

  const cases: [string, () => Promise<string>, RegExp][] = [
    ['not JSON', async () => 'Ask about the £10m', /not a Council Lens notes export \(it is not JSON\)/],
    [
      'JSON from something else',
      async () => JSON.stringify({ bookmarks: [] }),
      /not a Council Lens notes export/,
    ],
    ['a JSON list', async () => '[1, 2, 3]', /not a Council Lens notes export/],
    [
      'a newer format',
      async () => JSON.stringify({ ...(await exportFile()), version: 3 }),
      /newer version.*format 3/,
    ],
    [
      'a note missing its text',
      async () => {
        const { text: _, ...withoutText } = await exportedNote('note-article-plain');
        const changed = {
          ...(await exportedNote('note-council')),
          text: 'Changed',
          updatedAt: '2030-01-01T00:00:00Z',
        };
        return withNotes([changed, withoutText]);
      },
      /^Note 2 in the file \(id note-article-plain\) is damaged: it has no text\. Nothing was imported\. .*export them again/,
    ],
    [
      'a wrongly typed field',
      async () => withNotes([{ ...(await exportedNote('note-article-quote')), authorities: 'E99000001' }]),
      /Note 1 in the file \(id note-article-quote\) is damaged: its list of councils is not a list\./,
    ],
    [
      'a date that is not a date',
      async () => withNotes([{ ...(await exportFile()).notes[0], updatedAt: 'yesterday' }]),
      /its date last edited is not a date and time\./,
    ],
    [
      'the same id twice',
      async () => {
        const { notes } = await exportFile();
        return withNotes([
          { ...notes[0], id: 'fresh' },
          { ...notes[1], id: 'fresh' },
        ]);
      },
      /holds note fresh twice/,
    ],
    [
      'notes that are not a list',
      async () => JSON.stringify({ ...(await exportFile()), notes: {} }),
      /^This is not a Council Lens notes export \(its list of notes is not a list\)\. Nothing was imported\.$/,
    ],
    [
      'a file without its export date',
      async () => {
        const { exportedAt: _, ...undated } = await exportFile();
        return JSON.stringify(undated);
      },
      /^This is not a Council Lens notes export \(it lacks the export date\)\. Nothing was imported\.$/,
    ],
    ['a huge file', async () => ' '.repeat(MAX_IMPORT_CHARACTERS + 1), /too large \(20 MB\)/],
  ];

  for (const [what, makeFile, message] of cases) {
    it(`refuses ${what} with a clear message`, async () => {
      const before = await storedNotes();
      const outcome = await importNotesJson(db, await makeFile());
      expect(outcome.ok).toBe(false);
      // What is wrong, then that nothing changed (and what to do about it, where anything can be done).
      expect(outcome.ok === false && outcome.message).toMatch(/\. Nothing was imported\.( [A-Z].*)?$/);
      expect(outcome.ok === false && outcome.message).not.toMatch(/should be|invalid|exportedAt|updatedAt/);
      expect(outcome.ok === false && outcome.message).toMatch(message);
      expect(await storedNotes()).toStrictEqual(before);
    });
  }

  it('rolls back every note when the database fails part-way through', async () => {
    const before = await storedNotes();
    const file = await exportFile();
    file.notes = file.notes.map((note: Note) => ({ ...note, id: `copy-${note.id}` }));
    notesTable(db).hook('creating', (_key, note) => {
      if (note.id === 'copy-note-council')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const outcome = await importNotesJson(db, JSON.stringify(file));
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringMatching(/^Nothing was imported\. .*out of storage space/),
    });
    expect(await storedNotes()).toStrictEqual(before);
  });
});

describe('Markdown export', () => {
  it('groups notes by article with quotes as blockquotes, then notes on councils, leaving out deleted ones', async () => {
    const names: Record<string, string> = { E99000001: 'Northmere', E99000002: 'Southvale' };
    const markdown = await exportNotesMarkdown(
      db,
      (code) => names[code] ?? code,
      new Date('2026-03-10T12:00:00Z'),
    );
    expect(markdown).toBe(`# Council Lens notes

Exported 10 March 2026: 3 notes.

## [Council sets aside money for children's homes](<https://bbc.co.uk/news/articles/c0000000000o>)

bbc.co.uk · Northmere

> spend £10m on two new children's homes

Ask about the £10m at Thursday's meeting

*Written 2 March 2026, edited 2 March 2026*

## [Inspectors find failings in care for children](<https://theguardian.com/society/2026/mar/03/council-inspection>)

theguardian.com · Northmere, Southvale

Second inadequate rating in four years.
Check the monitoring visit letters.

*Written 3 March 2026*

## Notes on councils

### Southvale

Scrutiny committee meets on the first Monday of the month.

*Written 20 February 2026, edited 21 February 2026*
`);
  });
});
