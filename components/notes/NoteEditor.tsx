import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { TextQuoteAnchor } from '../../lib/db/records';
import { describeStorageError } from '../../lib/notes/errors';
import type { Note } from '../../lib/notes/note';

export const AUTOSAVE_DELAY_MS = 600;

export interface NoteEditorProps {
  /** The note being edited, or null to write a new one (created on the first save). */
  note: Note | null;
  /** The quote a new note will be attached to. */
  quote?: TextQuoteAnchor | null;
  create: (text: string) => Promise<Note>;
  update: (id: string, text: string) => Promise<Note>;
  /** After each save; `created` is true for the save that created the note. */
  onSaved: (note: Note, created: boolean) => void;
  autosaveDelay?: number;
}

type SaveState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; message: string };

/**
 * A textarea that saves itself: a short pause after typing, on leaving the field, when the tab is
 * hidden or closed, and when the editor goes away. Saves run one after another, so a new note is
 * created once and then updated. A failed save keeps the text and says why.
 */
export function NoteEditor({
  note,
  quote,
  create,
  update,
  onSaved,
  autosaveDelay = AUTOSAVE_DELAY_MS,
}: NoteEditorProps) {
  const [text, setText] = useState(note?.text ?? '');
  const [state, setState] = useState<SaveState>({ kind: note ? 'saved' : 'idle' });
  const noteId = useRef(note?.id ?? null);
  const unsaved = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const queue = useRef<Promise<void>>(Promise.resolve());
  // The latest callbacks, for saves that run after a re-render or after the editor has gone.
  const actions = useRef({ create, update, onSaved });
  actions.current = { create, update, onSaved };

  const flush = () => {
    clearTimeout(timer.current);
    const value = unsaved.current;
    if (value === null) return;
    unsaved.current = null;
    queue.current = queue.current.then(async () => {
      const id = noteId.current;
      if (id === null && value.trim() === '') return;
      setState({ kind: 'saving' });
      try {
        const saved =
          id === null ? await actions.current.create(value) : await actions.current.update(id, value);
        noteId.current = saved.id;
        setState({ kind: 'saved' });
        actions.current.onSaved(saved, id === null);
      } catch (error) {
        // Kept for the next attempt unless newer text is already waiting.
        unsaved.current ??= value;
        setState({ kind: 'failed', message: describeStorageError(error) });
      }
    });
  };

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  const onInput = (value: string) => {
    setText(value);
    unsaved.current = value;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, autosaveDelay);
  };

  const fieldId = useId();
  const label = note ? 'Edit note' : quote ? 'Your note on the selected quote' : 'New note';
  return (
    <div class="note-editor">
      {quote && !note && <blockquote class="note-quote">{quote.exact}</blockquote>}
      <label for={fieldId}>{label}</label>
      <textarea
        id={fieldId}
        value={text}
        rows={4}
        placeholder="Write a note; it saves as you type."
        onInput={(event) => onInput(event.currentTarget.value)}
        onBlur={flush}
      />
      <SaveStatus state={state} onRetry={flush} />
    </div>
  );
}

function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  if (state.kind === 'failed') {
    return (
      <div role="alert" class="note-save-failed">
        <p>Not saved. {state.message}</p>
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <p role="status" class="note-save-status muted">
      {state.kind === 'saving' ? 'Saving…' : state.kind === 'saved' ? 'Saved' : ''}
    </p>
  );
}
