import type { NoteRecord } from '../db/records';

/**
 * A note as stored. Deleting only marks it (`deletedAt`, which also moves `updatedAt`), so the reader
 * can undo the deletion after closing the tab, and an export taken meanwhile carries the deletion
 * instead of bringing the note back on import. Marked notes are purged after the retention period.
 *
 * The mark is a plain optional property: it needs no index, so the schema stays at version 1.
 */
export type Note = NoteRecord & { deletedAt?: string };

export const DELETED_NOTE_RETENTION_DAYS = 30;

export function isDeleted(note: Note): boolean {
  return note.deletedAt !== undefined;
}

/** Timestamps compared as instants: an imported note may write them with an offset instead of Z. */
export function timeOf(timestamp: string | undefined): number {
  return Date.parse(timestamp ?? '');
}
