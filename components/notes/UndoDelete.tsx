import { useEffect, useRef } from 'preact/hooks';
import { DELETED_NOTE_RETENTION_DAYS } from '../../lib/notes/note';

/**
 * Shown after a deletion: the way back, right there and for the next days in the library. Deleting takes
 * away the button the reader pressed, so focus moves to Undo rather than falling to the page's top. Give it a
 * key per deleted note, so that each deletion moves focus again.
 */
export function UndoDelete({ onUndo, inLibrary = false }: { onUndo: () => void; inLibrary?: boolean }) {
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    undoButton.current?.focus();
  }, []);
  return (
    <p class="notes-undo" role="status">
      Note deleted.{' '}
      <button type="button" ref={undoButton} onClick={onUndo}>
        Undo
      </button>{' '}
      {/* In the library itself, "the notes library" would send the reader to the page they are on. */}
      <span class="muted">
        {inLibrary
          ? `(It stays under Recently deleted below for ${DELETED_NOTE_RETENTION_DAYS} days.)`
          : `(It can also be restored from the notes library for ${DELETED_NOTE_RETENTION_DAYS} days.)`}
      </span>
    </p>
  );
}
