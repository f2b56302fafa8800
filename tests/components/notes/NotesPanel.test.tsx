// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { NotesPanel, type NotesPanelStore } from '../../../components/notes/NotesPanel';
import { CouncilLensDatabase } from '../../../lib/db/database';
import { createNotesStore, type NotesStore, notesTable } from '../../../lib/notes/store';

let db: CouncilLensDatabase;
let store: NotesStore;
beforeEach(() => {
  db = new CouncilLensDatabase(`notes-panel-${Math.random()}`);
  store = createNotesStore(db);
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

const article = {
  url: 'https://www.bbc.co.uk/news/articles/c0000000000o',
  headline: 'Council sets aside money',
};
const quote = { exact: 'spend £10m on two new homes', prefix: 'it would ', suffix: ' over the next' };

const type = (text: string, name: RegExp = /note/i) =>
  fireEvent.input(screen.getByRole('textbox', { name }), { target: { value: text } });
const saved = () => waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
const stored = () => notesTable(db).toArray();

it('autosaves while typing: one note, created once, then updated, with a visible "Saved"', async () => {
  render(<NotesPanel article={article} council="E99000001" store={store} autosaveDelay={20} />);
  expect(await screen.findByText('No notes on this article yet.')).toBeTruthy();
  type('Ask about');
  type('Ask about the £10m');
  await saved();
  type('Ask about the £10m on Thursday');
  await waitFor(async () => expect((await stored())[0]?.text).toBe('Ask about the £10m on Thursday'));
  expect(await stored()).toHaveLength(1);
  expect((await stored())[0]).toMatchObject({
    articleUrl: 'https://bbc.co.uk/news/articles/c0000000000o',
    articleHeadline: 'Council sets aside money',
    authorities: ['E99000001'],
  });
  const list = await screen.findByRole('list', { name: 'Notes on this article' });
  await waitFor(() => expect(within(list).getByText('Ask about the £10m on Thursday')).toBeTruthy());
});

it('starts a second note only when the reader asks for another', async () => {
  render(<NotesPanel article={article} council={null} store={store} autosaveDelay={20} />);
  type('First point');
  await saved();
  fireEvent.click(screen.getByRole('button', { name: 'Start another note' }));
  expect((screen.getByRole('textbox', { name: 'New note' }) as HTMLTextAreaElement).value).toBe('');
  type('Second point');
  await waitFor(async () =>
    expect((await stored()).map((note) => note.text).sort()).toEqual(['First point', 'Second point']),
  );
});

it('saves what was typed when the reader leaves the field, without waiting for the pause', async () => {
  render(<NotesPanel article={article} council="E99000001" store={store} autosaveDelay={60_000} />);
  type('Written just before closing');
  fireEvent.blur(screen.getByRole('textbox', { name: /note/i }));
  await saved();
  expect((await stored()).map((note) => note.text)).toEqual(['Written just before closing']);
});

it('saves what was typed when the panel goes away (the sidebar or tab closes)', async () => {
  const { unmount } = render(
    <NotesPanel article={article} council="E99000001" store={store} autosaveDelay={60_000} />,
  );
  type('Closed mid-thought');
  unmount();
  await waitFor(async () =>
    expect((await stored()).map((note) => note.text)).toEqual(['Closed mid-thought']),
  );
});

it('attaches a selected quote to the new note and tells the caller it was used', async () => {
  const onPendingQuoteUsed = vi.fn();
  render(
    <NotesPanel
      article={article}
      council="E99000001"
      pendingQuote={quote}
      onPendingQuoteUsed={onPendingQuoteUsed}
      store={store}
      autosaveDelay={20}
    />,
  );
  expect(screen.getAllByText('spend £10m on two new homes')).toHaveLength(1);
  type('Is this new money?', /selected quote/);
  await saved();
  expect((await stored())[0]?.quote).toEqual(quote);
  expect(onPendingQuoteUsed).toHaveBeenCalledTimes(1);
});

it('hands the article notes to the caller to highlight, and lists one whose quote could not be placed', async () => {
  const note = await store.create({
    text: 'Check the figure',
    articleUrl: article.url,
    quote,
    authorities: [],
  });
  const onArticleNotesChange = vi.fn();
  render(
    <NotesPanel
      article={article}
      council={null}
      unplacedNoteIds={[note.id]}
      onArticleNotesChange={onArticleNotesChange}
      store={store}
    />,
  );
  expect(await screen.findByText('Check the figure')).toBeTruthy();
  expect(onArticleNotesChange).toHaveBeenLastCalledWith([note]);
  expect(screen.getByText(/Quote not found on this page/)).toBeTruthy();
  expect(screen.getByText('spend £10m on two new homes')).toBeTruthy();
});

it('deletes a note and brings it back with Undo', async () => {
  await store.create({ text: 'Keep me', articleUrl: article.url, authorities: ['E99000001'] });
  render(<NotesPanel article={article} council="E99000001" store={store} />);
  await screen.findByText('Keep me');
  fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
  await waitFor(() => expect(screen.queryByText('Keep me')).toBeNull());
  expect(screen.getByText(/restored from the notes library for 30 days/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  expect(await screen.findByText('Keep me')).toBeTruthy();
  expect((await stored())[0]?.deletedAt).toBeUndefined();
});

it("keeps the keyboard reader in place: Delete moves focus to Undo, Undo to the note's Edit button", async () => {
  await store.create({ text: 'Keep me', articleUrl: article.url, authorities: ['E99000001'] });
  render(<NotesPanel article={article} council="E99000001" store={store} />);
  await screen.findByText('Keep me');
  fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' })));
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit' })));
});

it('edits an existing note in place', async () => {
  const note = await store.create({ text: 'First draft', articleUrl: article.url, authorities: [] });
  render(<NotesPanel article={article} council={null} store={store} autosaveDelay={20} />);
  await screen.findByText('First draft');
  fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
  const field = screen.getByRole('textbox', { name: 'Edit note' }) as HTMLTextAreaElement;
  expect(field.value).toBe('First draft');
  type('Second draft', /Edit note/);
  await waitFor(async () => expect((await notesTable(db).get(note.id))?.text).toBe('Second draft'));
  expect(await stored()).toHaveLength(1);
});

it("lists the reader's other notes on the council the sidebar shows", async () => {
  await store.create({
    text: 'From an older story',
    articleUrl: 'https://www.theguardian.com/society/2026/jan/01/older',
    articleHeadline: 'An older story',
    authorities: ['E99000001'],
  });
  await store.create({ text: 'On the council itself', authorities: ['E99000001'] });
  await store.create({ text: 'Elsewhere', authorities: ['E99000009'] });
  render(<NotesPanel article={article} council="E99000001" store={store} />);
  const others = await screen.findByRole('list', { name: 'Other notes on this council' });
  await waitFor(() => expect(within(others).getAllByRole('article')).toHaveLength(2));
  expect(within(others).getByRole('link', { name: 'An older story' }).getAttribute('href')).toBe(
    'https://theguardian.com/society/2026/jan/01/older',
  );
  expect(screen.queryByText('Elsewhere')).toBeNull();
});

it('writes a note on a council when there is no article', async () => {
  render(<NotesPanel article={null} council="E99000002" store={store} autosaveDelay={20} />);
  type('Ask at scrutiny');
  await saved();
  const [note] = await stored();
  expect(note).toMatchObject({ text: 'Ask at scrutiny', authorities: ['E99000002'] });
  expect(note?.articleUrl).toBeUndefined();
  const list = await screen.findByRole('list', { name: 'Notes on this council' });
  await waitFor(() => expect(within(list).getByText('Ask at scrutiny')).toBeTruthy());
});

it('shows a storage failure, keeps the text, and saves it when trying again succeeds', async () => {
  let full = true;
  const failing: NotesPanelStore = {
    ...store,
    create: async (draft) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return store.create(draft);
    },
  };
  render(<NotesPanel article={article} council={null} store={failing} autosaveDelay={20} />);
  type('Important thought');
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/Not saved\. .*run out of storage space/);
  expect((screen.getByRole('textbox', { name: /note/i }) as HTMLTextAreaElement).value).toBe(
    'Important thought',
  );
  full = false;
  fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
  await saved();
  expect((await stored()).map((note) => note.text)).toEqual(['Important thought']);
});
