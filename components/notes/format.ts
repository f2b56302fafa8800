/**
 * Dates of the reader's own notes, in the reader's time zone (unlike pack dates, which are calendar
 * dates shown in UTC), so "written 2 March" agrees with the library's date filter.
 */
const NOTE_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function formatNoteDate(timestamp: string): string {
  return NOTE_DATE.format(new Date(timestamp));
}
