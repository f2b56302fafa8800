import { useEffect, useRef, useState } from 'preact/hooks';
import { describeStorageError } from '../../lib/notes/errors';
import type { ImportOutcome } from '../../lib/notes/exchange';
import type { Note } from '../../lib/notes/note';
import type { NoteFilters } from '../../lib/notes/search';
import type { NotesStore } from '../../lib/notes/store';
import { downloadFile } from './download';
import { NoteCard } from './NoteCard';
import { UndoDelete } from './UndoDelete';
import './notes.css';

export type NotesLibraryStore = Pick<
  NotesStore,
  'search' | 'facets' | 'recentlyDeleted' | 'remove' | 'restore'
>;

export interface NotesExchange {
  exportJson(): Promise<string>;
  exportMarkdown(): Promise<string>;
  importJson(text: string): Promise<ImportOutcome>;
}

export interface NotesLibraryProps {
  store: NotesLibraryStore;
  exchange: NotesExchange;
  /** The council's name for a GSS code (the code itself when the pack does not know it). */
  councilName: (code: string) => string;
  /** Where a council's record opens on a page of its own; none for a code the pack does not know. */
  recordHref?: (code: string) => string | undefined;
  saveFile?: (fileName: string, contents: string, type: string) => void;
  now?: () => Date;
}

type Notice = { kind: 'done' | 'failed'; text: string };

/** The notes library: every note, found by words, council, site and date; export and import. */
export function NotesLibrary({
  store,
  exchange,
  councilName,
  recordHref = () => undefined,
  saveFile = downloadFile,
  now = () => new Date(),
}: NotesLibraryProps) {
  const councilsOf = (note: Note) =>
    note.authorities.map((code) => ({ name: councilName(code), href: recordHref(code) }));
  const [filters, setFilters] = useState<NoteFilters>({});
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [facets, setFacets] = useState<{ authorities: string[]; sites: string[] }>({
    authorities: [],
    sites: [],
  });
  const [deletedNotes, setDeletedNotes] = useState<Note[]>([]);
  const [lastDeleted, setLastDeleted] = useState<Note | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [changes, setChanges] = useState(0);

  // `changes` is bumped after deletes, restores and imports, to load the lists again.
  useEffect(() => {
    let current = true;
    Promise.all([store.search(filters), store.facets(), store.recentlyDeleted()]).then(
      ([found, available, deleted]) => {
        if (!current) return;
        setNotes(found);
        setFacets(available);
        setDeletedNotes(deleted);
      },
      (error: unknown) => current && setNotice({ kind: 'failed', text: describeStorageError(error) }),
    );
    return () => {
      current = false;
    };
  }, [store, filters, changes]);

  const filter = (change: Partial<NoteFilters>) => setFilters((previous) => ({ ...previous, ...change }));

  const attempt = async (action: () => Promise<Notice | null>) => {
    try {
      setNotice(await action());
    } catch (error) {
      setNotice({ kind: 'failed', text: describeStorageError(error) });
    }
    setChanges((count) => count + 1);
  };

  const remove = (note: Note) =>
    attempt(async () => {
      await store.remove(note.id);
      setLastDeleted(note);
      return null;
    });

  // Undo and Restore take away the focused button: focus goes to the restored note's Delete button once it
  // is listed again.
  const focusOnReturn = useRef<string | null>(null);
  const focusIfRestored = (note: Note) => (button: HTMLButtonElement | null) => {
    if (!button || focusOnReturn.current !== note.id) return;
    focusOnReturn.current = null;
    button.focus();
  };
  const restore = (note: Note) =>
    attempt(async () => {
      await store.restore(note.id);
      focusOnReturn.current = note.id;
      setLastDeleted(null);
      return { kind: 'done', text: 'Note restored.' };
    });

  const exportAs = (format: 'json' | 'markdown') =>
    attempt(async () => {
      const date = now().toISOString().slice(0, 10);
      if (format === 'json') {
        saveFile(`council-lens-notes-${date}.json`, await exchange.exportJson(), 'application/json');
      } else {
        saveFile(`council-lens-notes-${date}.md`, await exchange.exportMarkdown(), 'text/markdown');
      }
      return null;
    });

  const importFile = (input: HTMLInputElement) =>
    attempt(async () => {
      const file = input.files?.[0];
      input.value = '';
      if (!file) return null;
      const outcome = await exchange.importJson(await file.text());
      if (!outcome.ok) return { kind: 'failed', text: outcome.message };
      const { commitments } = outcome;
      const judged =
        commitments.added + commitments.updated + commitments.unchanged > 0
          ? ` Commitments you judged: ${commitments.added} added, ${commitments.updated} taken over from Council Lens's own finds, ${commitments.unchanged} already as you left them.`
          : '';
      return {
        kind: 'done',
        text: `Imported ${file.name}: ${outcome.added} added, ${outcome.updated} updated, ${outcome.unchanged} already up to date.${judged}`,
      };
    });

  const filtered = Object.values(filters).some(Boolean);
  return (
    <main class="notes-library">
      <h1>Your notes</h1>
      <search class="notes-filters">
        <label>
          Search{' '}
          <input
            type="search"
            value={filters.text ?? ''}
            onInput={(event) => filter({ text: event.currentTarget.value })}
          />
        </label>
        <label>
          Council{' '}
          <select
            value={filters.authority ?? ''}
            onChange={(event) => filter({ authority: event.currentTarget.value })}
          >
            <option value="">All councils</option>
            {facets.authorities.map((code) => (
              <option key={code} value={code}>
                {councilName(code)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Site{' '}
          <select
            value={filters.site ?? ''}
            onChange={(event) => filter({ site: event.currentTarget.value })}
          >
            <option value="">All sites</option>
            {facets.sites.map((site) => (
              <option key={site} value={site}>
                {site}
              </option>
            ))}
          </select>
        </label>
        <label>
          Written from{' '}
          <input
            type="date"
            value={filters.from ?? ''}
            onChange={(event) => filter({ from: event.currentTarget.value })}
          />
        </label>
        <label>
          to{' '}
          <input
            type="date"
            value={filters.to ?? ''}
            onChange={(event) => filter({ to: event.currentTarget.value })}
          />
        </label>
      </search>

      {/* The JSON file is the reader's whole copy: their notes, and the commitments they judged. */}
      <section class="notes-exchange" aria-label="Export and import">
        <button type="button" onClick={() => void exportAs('json')}>
          Export JSON
        </button>
        <button type="button" onClick={() => void exportAs('markdown')}>
          Export Markdown
        </button>
        <label>
          Import JSON{' '}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => void importFile(event.currentTarget)}
          />
        </label>
      </section>

      {notice && (
        <p
          role={notice.kind === 'failed' ? 'alert' : 'status'}
          class={notice.kind === 'failed' ? 'notes-error' : ''}
        >
          {notice.text}
        </p>
      )}
      {lastDeleted && <UndoDelete key={lastDeleted.id} inLibrary onUndo={() => void restore(lastDeleted)} />}

      {notes === null ? (
        <p class="muted">Loading your notes…</p>
      ) : notes.length === 0 ? (
        <p>
          {filtered
            ? 'No notes match.'
            : 'No notes yet. Notes you write in the Council Lens sidebar on an article appear here.'}
        </p>
      ) : (
        <>
          <p class="muted">{notes.length === 1 ? '1 note' : `${notes.length} notes`}</p>
          <ul class="notes-list" aria-label="Notes">
            {notes.map((note) => (
              <li key={note.id}>
                <NoteCard note={note} showArticle councils={councilsOf(note)}>
                  <button type="button" ref={focusIfRestored(note)} onClick={() => void remove(note)}>
                    Delete
                  </button>
                </NoteCard>
              </li>
            ))}
          </ul>
        </>
      )}

      {deletedNotes.length > 0 && (
        <details class="notes-deleted">
          <summary>Recently deleted ({deletedNotes.length})</summary>
          <ul class="notes-list" aria-label="Recently deleted notes">
            {deletedNotes.map((note) => (
              <li key={note.id}>
                <NoteCard note={note} showArticle councils={councilsOf(note)}>
                  <button type="button" onClick={() => void restore(note)}>
                    Restore
                  </button>
                </NoteCard>
              </li>
            ))}
          </ul>
        </details>
      )}
    </main>
  );
}
