// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { type NotesExchange, NotesLibrary } from '../../../components/notes/NotesLibrary';
import { CouncilLensDatabase } from '../../../lib/db/database';
import { exportNotesJson, exportNotesMarkdown, importNotesJson } from '../../../lib/notes/exchange';
import { createNotesStore, type NotesStore, notesTable } from '../../../lib/notes/store';
import { SAMPLE_NOTES } from '../../fixtures/notes/notes';

const NAMES: Record<string, string> = { E99000001: 'Northmere', E99000002: 'Southvale' };
const councilName = (code: string) => NAMES[code] ?? code;

let db: CouncilLensDatabase;
let store: NotesStore;
let exchange: NotesExchange;
beforeEach(async () => {
  db = new CouncilLensDatabase(`notes-library-${Math.random()}`);
  store = createNotesStore(db);
  exchange = {
    exportJson: () => exportNotesJson(db),
    exportMarkdown: () => exportNotesMarkdown(db, councilName),
    importJson: (text) => importNotesJson(db, text),
  };
  await notesTable(db).bulkAdd(structuredClone(SAMPLE_NOTES));
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await db.delete();
});

const renderLibrary = (saveFile = vi.fn()) =>
  render(
    <NotesLibrary
      store={store}
      exchange={exchange}
      councilName={councilName}
      saveFile={saveFile}
      now={() => new Date('2026-03-10T12:00:00Z')}
    />,
  );
const listed = async () => {
  const list = await screen.findByRole('list', { name: 'Notes' });
  return within(list)
    .getAllByRole('article')
    .map((card) => card.querySelector('.note-text')?.textContent);
};
const importFile = (contents: string, name = 'notes.json') => {
  const input = screen.getByLabelText('Import JSON') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([contents], name)], configurable: true });
  fireEvent.change(input);
};

it('lists every note with its quote, councils and a link back to its article', async () => {
  renderLibrary();
  expect(await listed()).toHaveLength(3);
  const list = screen.getByRole('list', { name: 'Notes' });
  const link = within(list).getByRole('link', { name: "Council sets aside money for children's homes" });
  expect(link.getAttribute('href')).toBe('https://bbc.co.uk/news/articles/c0000000000o');
  expect(within(list).getByText("spend £10m on two new children's homes").tagName).toBe('BLOCKQUOTE');
  expect(within(list).getByText(/Northmere, Southvale/)).toBeTruthy();
});

it("links each note's councils to their records, where the pack knows them", async () => {
  render(
    <NotesLibrary
      store={store}
      exchange={exchange}
      councilName={councilName}
      recordHref={(code) => (NAMES[code] ? `sidebar.html?authority=${code}` : undefined)}
    />,
  );
  await listed();
  const list = screen.getByRole('list', { name: 'Notes' });
  const [northmere] = within(list).getAllByRole('link', { name: 'Northmere' });
  expect(northmere?.getAttribute('href')).toBe('sidebar.html?authority=E99000001');
  expect(northmere?.getAttribute('target')).toBe('_blank');
});

it('finds notes by words and narrows by council, site and date', async () => {
  renderLibrary();
  await listed();
  fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'monitoring' } });
  await waitFor(async () => expect(await listed()).toEqual([expect.stringMatching(/^Second inadequate/)]));

  fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: '' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'Council' }), { target: { value: 'E99000002' } });
  await waitFor(async () => expect(await listed()).toHaveLength(2));

  fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: 'theguardian.com' } });
  await waitFor(async () => expect(await listed()).toEqual([expect.stringMatching(/^Second inadequate/)]));

  fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: '' } });
  fireEvent.change(screen.getByLabelText('Written from'), { target: { value: '2026-03-04' } });
  expect(await screen.findByText('No notes match.')).toBeTruthy();
});

it('lists a note under the councils it was filed under, not every council its article names', async () => {
  // The article names both councils; its note was written in Northmere's record, so it is not Southvale's.
  await db.articles.put({
    url: 'https://bbc.co.uk/news/articles/c0000000000o',
    headline: "Council sets aside money for children's homes",
    authorities: ['E99000001', 'E99000002'],
    firstSeenAt: '2026-03-02T11:00:00.000Z',
    lastSeenAt: '2026-03-02T11:00:00.000Z',
  });
  renderLibrary();
  await listed();
  fireEvent.change(screen.getByRole('combobox', { name: 'Council' }), { target: { value: 'E99000002' } });
  await waitFor(async () =>
    expect(await listed()).toEqual([
      expect.stringMatching(/^Second inadequate/),
      expect.stringMatching(/^Scrutiny committee/),
    ]),
  );
  fireEvent.change(screen.getByRole('combobox', { name: 'Council' }), { target: { value: 'E99000001' } });
  await waitFor(async () =>
    expect(await listed()).toEqual([
      expect.stringMatching(/^Second inadequate/),
      expect.stringMatching(/^Ask about the £10m/),
    ]),
  );
});

it('exports complete JSON and readable Markdown as files', async () => {
  const saveFile = vi.fn();
  renderLibrary(saveFile);
  await listed();
  fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
  await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1));
  const [fileName, contents, type] = saveFile.mock.calls[0] as [string, string, string];
  expect([fileName, type]).toEqual(['council-lens-notes-2026-03-10.json', 'application/json']);
  expect(JSON.parse(contents).notes).toHaveLength(4);

  fireEvent.click(screen.getByRole('button', { name: 'Export Markdown' }));
  await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(2));
  expect(saveFile.mock.calls[1]?.[0]).toBe('council-lens-notes-2026-03-10.md');
  expect(saveFile.mock.calls[1]?.[1]).toMatch(/^# Council Lens notes/);
});

it('downloads through a Blob URL when no saver is given', async () => {
  const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:notes');
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  render(<NotesLibrary store={store} exchange={exchange} councilName={councilName} />);
  await listed();
  fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
  await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
  const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
  expect(JSON.parse(await blob.text()).format).toBe('council-lens-notes');
  expect((click.mock.instances[0] as unknown as HTMLAnchorElement).download).toMatch(
    /^council-lens-notes-.*\.json$/,
  );
});

it('imports an export and says what it added and updated', async () => {
  const exported = JSON.parse(await exportNotesJson(db));
  exported.notes.push({ ...exported.notes[0], id: 'from-laptop', text: 'Written on the laptop' });
  renderLibrary();
  await listed();
  importFile(JSON.stringify(exported), 'laptop-notes.json');
  expect((await screen.findByRole('status')).textContent).toBe(
    'Imported laptop-notes.json: 1 added, 0 updated, 4 already up to date.',
  );
  await waitFor(async () => expect(await listed()).toContain('Written on the laptop'));
});

it('says what it did with the commitments the file holds, when it holds some', async () => {
  const exported = JSON.parse(await exportNotesJson(db));
  exported.commitments = [
    {
      id: 'E99000001:kept',
      authority: 'E99000001',
      quote: 'Northmere Council said it would reopen the library.',
      kind: 'action',
      articleUrl: 'https://news.example/northmere',
      headline: 'Library to reopen',
      status: 'confirmed',
      createdAt: '2026-03-02T12:00:00.000Z',
    },
  ];
  renderLibrary();
  await listed();
  importFile(JSON.stringify(exported), 'laptop-notes.json');
  expect((await screen.findByRole('status')).textContent).toBe(
    "Imported laptop-notes.json: 0 added, 0 updated, 4 already up to date. Commitments you judged: 1 added, 0 taken over from Council Lens's own finds, 0 already as you left them.",
  );
  expect((await db.commitments.get('E99000001:kept'))?.status).toBe('confirmed');
});

it('refuses a malformed file with a clear message and changes nothing', async () => {
  const before = await notesTable(db).toArray();
  renderLibrary();
  await listed();
  importFile(
    '{"format": "council-lens-notes", "version": 1, "exportedAt": "2026-03-10T00:00:00Z", "notes": [{}]}',
  );
  expect((await screen.findByRole('alert')).textContent).toMatch(
    /^Note 1 in the file is damaged: it has no id\. Nothing was imported\. .*export them again/,
  );
  expect(await notesTable(db).toArray()).toStrictEqual(before);
});

it('deletes with Undo, and restores from Recently deleted', async () => {
  renderLibrary();
  await listed();
  const card = screen
    .getByText('Scrutiny committee meets on the first Monday of the month.')
    .closest('article');
  fireEvent.click(within(card as HTMLElement).getByRole('button', { name: 'Delete' }));
  await waitFor(async () => expect(await listed()).toHaveLength(2));
  // The reader is in the library: Undo's note points to the list on this page, not to "the notes library".
  const undo = screen.getByRole('button', { name: 'Undo' }).closest('p') as HTMLElement;
  expect(undo.textContent).not.toMatch(/notes library/);
  expect(undo.textContent).toMatch(/Recently deleted below for 30 days/);
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  await waitFor(async () => expect(await listed()).toHaveLength(3));

  const deleted = screen.getByRole('list', { name: 'Recently deleted notes' });
  fireEvent.click(within(deleted).getByRole('button', { name: 'Restore' }));
  await waitFor(async () => expect(await listed()).toContain('Duplicate of my other note'));
  expect(screen.queryByRole('list', { name: 'Recently deleted notes' })).toBeNull();
  // Restore took away the focused button: focus is on the restored note's Delete button, not the page's top.
  const restored = screen.getByText('Duplicate of my other note').closest('article') as HTMLElement;
  await waitFor(() =>
    expect(document.activeElement).toBe(within(restored).getByRole('button', { name: 'Delete' })),
  );
});

it("keeps the keyboard reader in place: Delete moves focus to Undo, Undo to the note's Delete button", async () => {
  renderLibrary();
  await listed();
  const cardOf = () =>
    screen
      .getByText('Scrutiny committee meets on the first Monday of the month.')
      .closest('article') as HTMLElement;
  fireEvent.click(within(cardOf()).getByRole('button', { name: 'Delete' }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' })));
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  await waitFor(() =>
    expect(document.activeElement).toBe(within(cardOf()).getByRole('button', { name: 'Delete' })),
  );
});

it('shows a storage failure instead of an empty library', async () => {
  const broken = { ...store, search: async () => Promise.reject(new DOMException('closed', 'VersionError')) };
  render(<NotesLibrary store={broken} exchange={exchange} councilName={councilName} />);
  expect((await screen.findByRole('alert')).textContent).toMatch(/newer version of Council Lens/);
});
