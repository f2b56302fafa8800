/** Finding notes again: which councils a note is listed under, and the notes library's filters. */
import { siteOf } from '../site-settings';
import type { Note } from './note';

export interface NoteFilters {
  /** Words that must all appear in the note, its quote or its article's headline (any case, any accents). */
  text?: string;
  /** A council's GSS code. */
  authority?: string;
  /** A site key as siteOf gives it ("bbc.co.uk"). */
  site?: string;
  /** Inclusive local dates (YYYY-MM-DD) the note was written between. */
  from?: string;
  to?: string;
}

/**
 * A note is listed under the councils it was filed under, not under every council its article mentions: a
 * note written in Sefton's record on a story that also names Liverpool and Knowsley is not one of Liverpool's
 * notes. New notes have the one council whose record was open; older notes keep the councils stored with them.
 */
export function councilsOfNote(note: Note): readonly string[] {
  return note.authorities;
}

export function siteOfNote(note: Note): string | null {
  return note.articleUrl ? siteOf(note.articleUrl) : null;
}

export function filterNotes(notes: Note[], filters: NoteFilters): Note[] {
  const words = searchable(filters.text ?? '')
    .split(' ')
    .filter((word) => word !== '');
  return notes.filter((note) => {
    if (filters.authority && !councilsOfNote(note).includes(filters.authority)) return false;
    if (filters.site && siteOfNote(note) !== filters.site) return false;
    const written = localDate(note.createdAt);
    if (filters.from && written < filters.from) return false;
    if (filters.to && written > filters.to) return false;
    if (words.length === 0) return true;
    const haystack = searchable([note.text, note.quote?.exact, note.articleHeadline].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/** Lower case without accents, so "Sefton" finds "sefton" and "cafe" finds "café". */
function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The reader's calendar date of a timestamp, as YYYY-MM-DD (what a date input gives). */
export function localDate(timestamp: string): string {
  const date = new Date(timestamp);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
