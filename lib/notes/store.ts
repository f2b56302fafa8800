/**
 * The reader's notes over the database. Every method returns plain JSON, so the same interface can be
 * served across extension messaging as well as called directly.
 */
import type { Table } from 'dexie';
import type { CouncilLensDatabase } from '../db/database';
import type { TextQuoteAnchor } from '../db/records';
import { canonicalArticleUrl } from './canonical-url';
import { DELETED_NOTE_RETENTION_DAYS, isDeleted, type Note, timeOf } from './note';
import { councilsOfNote, filterNotes, type NoteFilters, siteOfNote } from './search';

export interface NoteDraft {
  text: string;
  /** The article's URL (any form: it is stored under its canonical key); absent for a note on a council. */
  articleUrl?: string;
  articleHeadline?: string;
  quote?: TextQuoteAnchor;
  /** The councils to file the note under: the council whose record is open when it is written. */
  authorities: string[];
}

export interface NotesStore {
  /** The article's notes, oldest first (the order they were written in). */
  forArticle(articleUrl: string): Promise<Note[]>;
  /** Notes filed under any of these councils (not every note on an article that names one), newest first. */
  forAuthorities(codes: string[]): Promise<Note[]>;
  create(draft: NoteDraft): Promise<Note>;
  /** Autosave: stores the text and moves updatedAt, or does nothing when the text is unchanged. */
  updateText(id: string, text: string): Promise<Note>;
  /** Deletes a note in a way that `restore` can undo for DELETED_NOTE_RETENTION_DAYS. */
  remove(id: string): Promise<Note>;
  restore(id: string): Promise<Note>;
  /** Every note the filters let through, newest change first. */
  search(filters: NoteFilters): Promise<Note[]>;
  /** Notes deleted within the retention period, most recently deleted first. */
  recentlyDeleted(): Promise<Note[]>;
  /** Every council and site that has notes, for the library's filters. */
  facets(): Promise<{ authorities: string[]; sites: string[] }>;
}

export class MissingNoteError extends Error {
  override name = 'MissingNoteError';
  constructor(id: string) {
    super(`There is no note ${id}.`);
  }
}

export interface StoreOptions {
  now?: () => Date;
  newId?: () => string;
}

/** The notes table with the soft-delete mark in its type (an optional property; see note.ts). */
export function notesTable(db: CouncilLensDatabase): Table<Note, string> {
  return db.notes as unknown as Table<Note, string>;
}

export function createNotesStore(db: CouncilLensDatabase, options: StoreOptions = {}): NotesStore {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const notes = notesTable(db);

  const change = (id: string, edit: (note: Note) => Note | null) =>
    db.transaction('rw', notes, async () => {
      const note = await notes.get(id);
      if (!note) throw new MissingNoteError(id);
      const changed = edit(note);
      if (!changed) return note;
      await notes.put(changed);
      return changed;
    });

  const live = (list: Note[]) => list.filter((note) => !isDeleted(note));

  return {
    async forArticle(articleUrl) {
      const found = await notes.where('articleUrl').equals(canonicalArticleUrl(articleUrl)).toArray();
      return live(found).sort(byCreatedAt);
    },

    async forAuthorities(codes) {
      if (codes.length === 0) return [];
      // The note's own councils only, not every council its article names: a Sefton note on a story that
      // mentions Liverpool once is not Liverpool's (a review found it listed there).
      return live(await notes.where('authorities').anyOf(codes).toArray()).sort(byUpdatedAtDescending);
    },

    async create(draft) {
      const stamp = now();
      const note: Note = {
        id: newId(),
        text: draft.text,
        authorities: [...new Set(draft.authorities)].sort(),
        createdAt: stamp,
        updatedAt: stamp,
      };
      // Optional fields are left out rather than stored as undefined, so an export round trip is exact.
      if (draft.articleUrl !== undefined) note.articleUrl = canonicalArticleUrl(draft.articleUrl);
      if (draft.articleHeadline !== undefined) note.articleHeadline = draft.articleHeadline;
      if (draft.quote !== undefined) note.quote = draft.quote;
      await notes.add(note);
      return note;
    },

    updateText(id, text) {
      return change(id, (note) => (note.text === text ? null : { ...note, text, updatedAt: now() }));
    },

    remove(id) {
      return change(id, (note) => {
        if (isDeleted(note)) return null;
        const stamp = now();
        return { ...note, deletedAt: stamp, updatedAt: stamp };
      });
    },

    restore(id) {
      return change(id, (note) => {
        if (!isDeleted(note)) return null;
        const { deletedAt: _, ...restored } = note;
        return { ...restored, updatedAt: now() };
      });
    },

    async search(filters) {
      return filterNotes(live(await notes.toArray()), filters).sort(byUpdatedAtDescending);
    },

    async recentlyDeleted() {
      const all = await notes.toArray();
      return all.filter(isDeleted).sort((a, b) => timeOf(b.deletedAt) - timeOf(a.deletedAt));
    },

    async facets() {
      const all = await notes.toArray();
      const authorities = new Set<string>();
      const sites = new Set<string>();
      for (const note of live(all)) {
        for (const code of councilsOfNote(note)) authorities.add(code);
        const site = siteOfNote(note);
        if (site) sites.add(site);
      }
      return { authorities: [...authorities].sort(), sites: [...sites].sort() };
    },
  };
}

/** Removes for good the notes deleted longer ago than the retention period; returns how many. */
export async function purgeDeletedNotes(db: CouncilLensDatabase, now = new Date()): Promise<number> {
  const cutoff = now.getTime() - DELETED_NOTE_RETENTION_DAYS * 24 * 60 * 60 * 1000;
  return notesTable(db)
    .filter((note) => note.deletedAt !== undefined && timeOf(note.deletedAt) < cutoff)
    .delete();
}

const byCreatedAt = (a: Note, b: Note) => timeOf(a.createdAt) - timeOf(b.createdAt);
const byUpdatedAtDescending = (a: Note, b: Note) => timeOf(b.updatedAt) - timeOf(a.updatedAt);
