import { type ComponentChildren, Fragment } from 'preact';
import type { Note } from '../../lib/notes/note';
import { siteOfNote } from '../../lib/notes/search';
import { formatNoteDate } from './format';

export interface NoteCardProps {
  note: Note;
  /** The caller tried to place the note's quote on this page and could not. */
  quoteNotFound?: boolean;
  /** Show which article the note is on, linked (the library, or council notes in the sidebar). */
  showArticle?: boolean;
  /**
   * The councils the note is listed under, when the context does not already say, each linked to its
   * record where the context can open one.
   */
  councils?: { name: string; href?: string }[];
  /** Actions such as Edit and Delete. */
  children?: ComponentChildren;
}

/** One note as the reader sees it, in the sidebar and in the library alike. */
export function NoteCard({
  note,
  quoteNotFound = false,
  showArticle = false,
  councils = [],
  children,
}: NoteCardProps) {
  const edited = note.updatedAt !== note.createdAt;
  return (
    <article class="note-card" aria-label={`Note: ${note.text.slice(0, 60) || 'no text'}`}>
      {showArticle && note.articleUrl && (
        <p class="note-article">
          <a href={note.articleUrl} target="_blank" rel="noopener noreferrer">
            {note.articleHeadline || note.articleUrl}
          </a>{' '}
          <span class="muted">{siteOfNote(note)}</span>
        </p>
      )}
      {note.quote && <blockquote class="note-quote">{note.quote.exact}</blockquote>}
      {note.quote && quoteNotFound && (
        <p class="note-quote-missing">Quote not found on this page. The article may have changed.</p>
      )}
      <p class="note-text">{note.text.trim() === '' ? <em>No text</em> : note.text}</p>
      <p class="note-dates muted">
        Written {formatNoteDate(note.createdAt)}
        {edited && `, changed ${formatNoteDate(note.updatedAt)}`}
        {councils.map(({ name, href }, index) => (
          <Fragment key={name}>
            {index === 0 ? ' · ' : ', '}
            {href ? (
              <a href={href} target="_blank" rel="noopener">
                {name}
              </a>
            ) : (
              name
            )}
          </Fragment>
        ))}
      </p>
      {children && <div class="note-actions">{children}</div>}
    </article>
  );
}
