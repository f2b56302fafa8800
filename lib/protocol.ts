/**
 * The messages content scripts and extension pages send to the background, which owns the database.
 * Types only: the wiring is in utils/messaging.ts. Every reply is plain JSON (structured-clone safe).
 */
import type { AuthoritySummary } from './authority-summary';
import type { ArticleStatements } from './commitments/extract';
import type { CommitmentDetails, ManualCommitment } from './db/commitments';
import type { ArticleRecord, CommitmentRecord, TextQuoteAnchor } from './db/records';
import type { NameIndex } from './match/name-index';
import type { NotesStore } from './notes/store';
import type { PackMeta } from './pack/schema';
import type { CouncilRecord } from './record/record';

export interface PackInfo {
  version: string;
  builtAt: string;
  sources: PackMeta['sources'];
}

/** The note operations pages need; each takes and returns plain JSON, so they cross messaging as they are. */
export type RemoteNoteMethods = Pick<
  NotesStore,
  'forArticle' | 'forAuthorities' | 'create' | 'updateText' | 'remove' | 'restore'
>;
export type NotesCall = {
  [K in keyof RemoteNoteMethods]: { method: K; args: Parameters<RemoteNoteMethods[K]> };
}[keyof RemoteNoteMethods];

export interface DataSettings {
  pack: PackInfo | null;
  /** Where the installed pack came from: the one bundled with the extension, or the refresh address. */
  source: 'bundled' | 'refreshed';
  refreshUrl?: string;
  lastChecked?: string;
}

/**
 * A council's record on a page of its own: the sidebar's page given only the council, as a path from the
 * extension's root. The popup's lookup, the notes library and the sidebar's "Open in a tab" open it; on
 * that page, another council is pushed to the history by it.
 */
export const recordPagePath = (code: string): `sidebar.html?${string}` =>
  `sidebar.html?authority=${encodeURIComponent(code)}`;

/** The sidebar's User Timing mark once a council's history is drawn (devtools, and `npm run bench`). */
export const HISTORY_DRAWN_MARK = 'council-lens:history-drawn';

/**
 * Posted by the page to its sidebar, with a `SidebarView`, whenever what it should show changes. The page
 * keeps one sidebar frame and re-aims it rather than loading another: loading an extension page in a frame
 * takes Chromium about 200 ms, more than the 150 ms a click may take (issue 5), while a sidebar already
 * loaded switches council in one message to the background.
 */
export const SIDEBAR_VIEW_MESSAGE = 'council-lens:view';

export interface SidebarView {
  authority: string;
  /** False while the page holds the sidebar out of sight, ready for a click. */
  onScreen: boolean;
  /** Text the reader selected before opening, offered as the quote of a new note. */
  quote: TextQuoteAnchor | null;
  /** Notes on this article whose quote could not be found on the page. */
  unplacedNoteIds: string[];
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** A view as posted by the page, or null for anything else (the page is the only sender, but check). */
export function readSidebarView(data: Record<string, unknown>): SidebarView | null {
  const { authority, onScreen, quote, unplacedNoteIds } = data;
  const quoteIsValid =
    quote === null ||
    (typeof quote === 'object' &&
      ['exact', 'prefix', 'suffix'].every(
        (key) => typeof (quote as Record<string, unknown>)[key] === 'string',
      ));
  if (typeof authority !== 'string' || typeof onScreen !== 'boolean' || !quoteIsValid) return null;
  if (!isStringArray(unplacedNoteIds)) return null;
  return { authority, onScreen, quote: quote as TextQuoteAnchor | null, unplacedNoteIds };
}

/**
 * Posted by the sidebar to its page, with the `authority` it now shows (its history, or why there is none).
 * A sidebar readied for one council and re-aimed at another by a click still shows the first until the
 * message reaches it and it draws the second; the page keeps it out of sight until then, so the reader
 * never sees one council's history under a click on another.
 */
export const SIDEBAR_SHOWING_MESSAGE = 'council-lens:showing';

/**
 * Posted by the page to its sidebar once the commitments it found in the article are stored: a sidebar
 * loaded while they were still on their way (a reader quick to point or click) lists them again.
 */
export const COMMITMENTS_SAVED_MESSAGE = 'council-lens:commitments-saved';

/**
 * Posted by the page to its sidebar, with `authorities`, whenever the councils the article names change: a
 * sidebar opened while the page was still marking (or before a live blog named another council) would
 * otherwise switch only between the councils marked when it was opened.
 */
export const ARTICLE_COUNCILS_MESSAGE = 'council-lens:article-councils';

export interface ProtocolMap {
  /**
   * Asked of a tab's content script by the popup (the one message not for the background): the page's
   * address, for a popup opened without a click on the toolbar button, which alone grants activeTab.
   */
  pageAddress(): string;
  /** Liveness check; the reply carries the extension version. */
  ping(): { extensionVersion: string };
  /** The seeded pack's version and sources, or null while the first seed has not finished. */
  getPackInfo(): PackInfo | null;
  /** Records that the reader opened an article naming councils; returns the stored record. */
  recordArticle(article: Omit<ArticleRecord, 'firstSeenAt' | 'lastSeenAt'>): ArticleRecord;
  getArticle(url: string): ArticleRecord | null;
  /** The council names to look for on a page, compiled once by the background from the pack. */
  getNameIndex(): NameIndex | null;
  /** What a page shows about each council at a glance; unknown codes are left out. */
  describeAuthorities(codes: string[]): AuthoritySummary[];
  /**
   * The councils a reader's typed name may mean, for looking one up without an article: the council it
   * names exactly first ("Hull", "Sefton Council", a GSS code), then the closest names.
   */
  findCouncils(query: string): AuthoritySummary[];
  /**
   * A council's whole record for the sidebar. The sidebar is an extension page, but framed in a news site
   * its storage is partitioned (Chrome denies it IndexedDB), so it too asks the background.
   */
  getCouncilRecord(code: string): { record: CouncilRecord; meta: PackMeta } | null;
  /** Stores an article's commitments and other statements; one already stored, edited or dismissed is left as it is. */
  saveStatements(found: ArticleStatements): { added: number };
  listCommitments(code: string): CommitmentRecord[];
  /** Confirm, remove (kept as a tombstone so re-reading does not bring it back), or undo either. */
  setCommitmentStatus(change: { id: string; status: CommitmentRecord['status'] }): void;
  editCommitment(change: { id: string; details: CommitmentDetails }): void;
  /** A commitment the reader added from a selection; the reply is the stored record with its source. */
  addCommitment(draft: ManualCommitment): CommitmentRecord;
  getDataSettings(): DataSettings;
  /** Saves the refresh address; the reply is a problem with it in plain words, or null. */
  setRefreshUrl(url: string): string | null;
  /** Checks the refresh address for a newer pack; the reply says what happened in plain words. */
  refreshPack(): {
    status: 'updated' | 'not-modified' | 'failed';
    message: string;
    /** For a failure, the technical particulars (schema errors), for whoever made the file. */
    detail?: string;
  };
  /** The reader's notes, for the sidebar and the page's highlights (neither may open the database). */
  notes(call: NotesCall): unknown;
}
