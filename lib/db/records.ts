/** What the reader's database holds besides the pack: gathered while reading, or written by the reader. */

/** An article the reader opened on which Council Lens found councils. Keyed by canonical URL. */
export interface ArticleRecord {
  url: string;
  headline: string;
  publisher?: string;
  publishedDate?: string;
  /** GSS codes of the councils the article mentions. */
  authorities: string[];
  firstSeenAt: string;
  lastSeenAt: string;
}

export type CommitmentKind = 'money' | 'staffing' | 'action' | 'acknowledgement' | 'apology';

/** A promise a council stated in coverage, with the article it came from. */
export interface CommitmentRecord {
  id: string;
  authority: string;
  quote: string;
  kind: CommitmentKind;
  amount?: number;
  amountUnspecified?: boolean;
  speaker?: string;
  articleUrl: string;
  headline: string;
  publisher?: string;
  publishedDate?: string;
  /**
   * 'extracted' by Council Lens as a commitment; 'statement': something else the council was heard saying,
   * offered for the reader to keep; 'confirmed' or 'edited' by the reader, 'manual' (added by hand), or
   * 'dismissed' (deleted by the reader: kept as a tombstone so re-reading the article does not bring it back).
   */
  status: 'extracted' | 'statement' | 'confirmed' | 'edited' | 'manual' | 'dismissed';
  createdAt: string;
}

/** The quote a note is anchored to: exact text with a little context, found again after small edits. */
export interface TextQuoteAnchor {
  exact: string;
  prefix: string;
  suffix: string;
}

/** The reader's own note: on an article (optionally anchored to a quote) or on a council directly. */
export interface NoteRecord {
  id: string;
  text: string;
  /** Canonical article URL, absent for a note written on a council. */
  articleUrl?: string;
  articleHeadline?: string;
  quote?: TextQuoteAnchor;
  /** Councils the note is listed under. */
  authorities: string[];
  createdAt: string;
  updatedAt: string;
}

/** Small key-value facts about the database itself, such as the seeded pack version. */
export interface MetaRecord {
  key: string;
  value: unknown;
}
