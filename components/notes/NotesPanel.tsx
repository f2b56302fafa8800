import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TextQuoteAnchor } from '../../lib/db/records';
import { describeStorageError } from '../../lib/notes/errors';
import type { Note } from '../../lib/notes/note';
import type { NotesStore } from '../../lib/notes/store';
import { NoteCard } from './NoteCard';
import { NoteEditor } from './NoteEditor';
import { UndoDelete } from './UndoDelete';
import './notes.css';

/** What the panel needs from the notes store; every call is plain JSON, so it may cross messaging. */
export type NotesPanelStore = Pick<
  NotesStore,
  'forArticle' | 'forAuthorities' | 'create' | 'updateText' | 'remove' | 'restore'
>;

export interface NotesPanelProps {
  /** The article open in the tab, or null when the sidebar shows a council on its own. */
  article: { url: string; headline: string } | null;
  /**
   * The council the sidebar shows, or null when it shows none. A new note is filed under it alone, not under
   * every council the article names: a story about Sefton that mentions Knowsley once should not put the
   * reader's Sefton notes in Knowsley's record.
   */
  council: string | null;
  /** Text the reader selected on the page; the next new note is attached to it. */
  pendingQuote?: TextQuoteAnchor | null;
  /** Called once the pending quote is attached to a saved note, so the caller can clear it. */
  onPendingQuoteUsed?: () => void;
  /** Notes whose quote the caller could not place on the page; they stay listed and say so. */
  unplacedNoteIds?: readonly string[];
  /** The article's notes after every change, for the caller to highlight their quotes. */
  onArticleNotesChange?: (notes: Note[]) => void;
  store: NotesPanelStore;
  autosaveDelay?: number;
}

interface EditorSession {
  /** A new session gives a fresh editor; the old one saves whatever it still holds as it goes. */
  key: number;
  note: Note | null;
  quote: TextQuoteAnchor | null;
}

export function NotesPanel({
  article,
  council,
  pendingQuote = null,
  onPendingQuoteUsed,
  unplacedNoteIds = [],
  onArticleNotesChange,
  store,
  autosaveDelay,
}: NotesPanelProps) {
  const [articleNotes, setArticleNotes] = useState<Note[]>([]);
  const [otherNotes, setOtherNotes] = useState<Note[]>([]);
  const [session, setSession] = useState<EditorSession>({ key: 0, note: null, quote: pendingQuote });
  const [currentNoteId, setCurrentNoteId] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [error, setError] = useState<string | null>(null);

  const articleUrl = article?.url ?? null;
  const startSession = (note: Note | null, quote: TextQuoteAnchor | null) => {
    setSession((previous) => ({ key: previous.key + 1, note, quote }));
    setCurrentNoteId(note?.id ?? null);
  };

  // Only the newest refresh may set the lists, or a slow answer for the previous article could win.
  const generation = useRef(0);
  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const [onArticle, underCouncils] = await Promise.all([
        articleUrl ? store.forArticle(articleUrl) : Promise.resolve([]),
        council ? store.forAuthorities([council]) : Promise.resolve([]),
      ]);
      if (mine !== generation.current) return;
      const onArticleIds = new Set(onArticle.map((note) => note.id));
      setArticleNotes(onArticle);
      setOtherNotes(underCouncils.filter((note) => !onArticleIds.has(note.id)));
      onArticleNotesChange?.(onArticle);
    } catch (failure) {
      setError(describeStorageError(failure));
    }
  }, [store, articleUrl, council]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // A new article starts a new, empty note.
  useEffect(() => {
    startSession(null, null);
  }, [articleUrl]);

  // Only a newly selected quote starts a new note; clearing it leaves the editor alone.
  useEffect(() => {
    if (pendingQuote) startSession(null, pendingQuote);
  }, [pendingQuote]);

  // An editor's last save can finish after the reader moved on to another note or article.
  const latest = useRef({ sessionKey: session.key, pendingQuote, refresh });
  latest.current = { sessionKey: session.key, pendingQuote, refresh };
  const savedIn = (forSession: EditorSession) => (note: Note, created: boolean) => {
    setError(null);
    if (created && forSession.quote && forSession.quote === latest.current.pendingQuote)
      onPendingQuoteUsed?.();
    if (forSession.key === latest.current.sessionKey) setCurrentNoteId(note.id);
    void latest.current.refresh();
  };

  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setError(null);
    } catch (failure) {
      setError(describeStorageError(failure));
    }
    await refresh();
  };

  const remove = (note: Note) =>
    run(async () => {
      await store.remove(note.id);
      setDeleted(note);
      if (note.id === currentNoteId) startSession(null, null);
    });

  // Undo takes away the focused button: focus goes to the restored note's Edit button once it is listed again.
  const focusOnReturn = useRef<string | null>(null);
  const undo = (note: Note) =>
    run(async () => {
      await store.restore(note.id);
      focusOnReturn.current = note.id;
      setDeleted(null);
    });
  const focusIfRestored = (note: Note) => (button: HTMLButtonElement | null) => {
    if (!button || focusOnReturn.current !== note.id) return;
    focusOnReturn.current = null;
    button.focus();
  };

  if (!articleUrl && !council) {
    return <p class="muted">Open an article or a council to write notes.</p>;
  }

  const card = (note: Note, showArticle: boolean) => (
    <li key={note.id} class={note.id === currentNoteId ? 'note-current' : undefined}>
      <NoteCard note={note} showArticle={showArticle} quoteNotFound={unplacedNoteIds.includes(note.id)}>
        <button
          type="button"
          ref={focusIfRestored(note)}
          onClick={() => startSession(note, null)}
          disabled={note.id === currentNoteId}
        >
          Edit
        </button>
        <button type="button" onClick={() => void remove(note)}>
          Delete
        </button>
      </NoteCard>
    </li>
  );

  return (
    <section class="notes-panel" aria-label="Your notes">
      {error && (
        <p role="alert" class="notes-error">
          {error}
        </p>
      )}
      <NoteEditor
        key={session.key}
        note={session.note}
        quote={session.quote}
        create={(text) =>
          store.create({
            text,
            authorities: council ? [council] : [],
            articleUrl: article?.url,
            articleHeadline: article?.headline,
            quote: session.quote ?? undefined,
          })
        }
        update={(id, text) => store.updateText(id, text)}
        onSaved={savedIn(session)}
        autosaveDelay={autosaveDelay}
      />
      {currentNoteId && (
        <button type="button" onClick={() => startSession(null, null)}>
          Start another note
        </button>
      )}
      {deleted && <UndoDelete key={deleted.id} onUndo={() => void undo(deleted)} />}
      {articleUrl && (
        <>
          <h3>On this article</h3>
          {articleNotes.length === 0 ? (
            <p class="muted">No notes on this article yet.</p>
          ) : (
            <ul class="notes-list" aria-label="Notes on this article">
              {articleNotes.map((note) => card(note, false))}
            </ul>
          )}
        </>
      )}
      {council && (
        <>
          <h3>{articleUrl ? 'Your other notes on this council' : 'Your notes on this council'}</h3>
          {otherNotes.length === 0 ? (
            <p class="muted">None yet.</p>
          ) : (
            <ul
              class="notes-list"
              aria-label={articleUrl ? 'Other notes on this council' : 'Notes on this council'}
            >
              {otherNotes.map((note) => card(note, true))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
