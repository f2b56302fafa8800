import { DELETED_NOTE_RETENTION_DAYS } from '../../lib/notes/note';

/** Shown after a deletion: the way back, right there and for the next days in the library. */
export function UndoDelete({ onUndo }: { onUndo: () => void }) {
  return (
    <p class="notes-undo" role="status">
      Note deleted.{' '}
      <button type="button" onClick={onUndo}>
        Undo
      </button>{' '}
      <span class="muted">
        (It can also be restored from the notes library for {DELETED_NOTE_RETENTION_DAYS} days.)
      </span>
    </p>
  );
}
