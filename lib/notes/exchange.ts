/**
 * Export and import of the reader's notes, and of the commitments the reader judged (confirmed, edited,
 * added by hand or removed). JSON is the complete, re-importable copy (deleted notes still within their
 * undo period included, so a round trip loses nothing); Markdown is for reading. An import either merges
 * the whole file or changes nothing.
 */
import * as v from 'valibot';
import type { CouncilLensDatabase } from '../db/database';
import type { CommitmentRecord } from '../db/records';
import { canonicalArticleUrl } from './canonical-url';
import { describeStorageError } from './errors';
import { isDeleted, type Note, timeOf } from './note';
import { siteOfNote } from './search';
import { notesTable } from './store';

export const EXPORT_FORMAT = 'council-lens-notes';
/** 2 added the reader's commitments; a file of version 1 (notes only) still imports. */
export const EXPORT_VERSION = 2;
/** Far above any real collection of notes (a million characters is several hundred long notes). */
export const MAX_IMPORT_CHARACTERS = 20_000_000;

// Each check's message finishes "… is not valid: it ___", for the reader (see describeIssue).
const TOO_LONG = 'is far too long';
const EMPTY = 'is empty';
const Timestamp = v.pipe(v.string(), v.isoTimestamp('is not a date and time'));
/** Text of at most `most` characters, which may be empty ("Text") or may not ("Filled"). */
const Text = (most: number) => v.pipe(v.string(), v.maxLength(most, TOO_LONG));
const Filled = (most: number) => v.pipe(v.string(), v.nonEmpty(EMPTY), v.maxLength(most, TOO_LONG));
const NoteSchema = v.object({
  id: Filled(200),
  text: Text(200_000),
  articleUrl: v.optional(Filled(4000)),
  articleHeadline: v.optional(Text(2000)),
  quote: v.optional(
    v.object({
      exact: Filled(100_000),
      prefix: Text(1000),
      suffix: Text(1000),
    }),
  ),
  authorities: v.array(v.pipe(v.string(), v.nonEmpty(EMPTY))),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: v.optional(Timestamp),
});
/** What the reader decided about a commitment; Council Lens's own finds are found again by reading. */
const READERS_STATUSES = ['confirmed', 'edited', 'manual', 'dismissed'] as const;
const CommitmentSchema = v.object({
  id: Filled(400),
  authority: Filled(20),
  quote: Filled(100_000),
  kind: v.picklist(['money', 'staffing', 'action', 'acknowledgement', 'apology']),
  amount: v.optional(v.pipe(v.number(), v.minValue(0))),
  amountUnspecified: v.optional(v.boolean()),
  speaker: v.optional(Text(2000)),
  articleUrl: Filled(4000),
  headline: Text(2000),
  publisher: v.optional(Text(2000)),
  publishedDate: v.optional(Text(40)),
  status: v.picklist(READERS_STATUSES),
  createdAt: Timestamp,
});
const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.union([v.literal(1), v.literal(EXPORT_VERSION)]),
  exportedAt: Timestamp,
  notes: v.array(NoteSchema),
  commitments: v.optional(v.array(CommitmentSchema), []),
});

export type NotesExport = v.InferOutput<typeof ExportSchema>;

interface Merged {
  added: number;
  updated: number;
  unchanged: number;
}

/** Counts for the notes, and for the commitments the file holds (none in a file of version 1). */
export type ImportOutcome =
  | ({ ok: true } & Merged & { commitments: Merged })
  | { ok: false; message: string };

export async function exportNotesJson(db: CouncilLensDatabase, now = new Date()): Promise<string> {
  const notes = (await notesTable(db).toArray()).sort((a, b) => timeOf(a.createdAt) - timeOf(b.createdAt));
  const commitments = (await db.commitments.toArray())
    .filter(judgedByReader)
    .sort((a, b) => timeOf(a.createdAt) - timeOf(b.createdAt));
  const file: NotesExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    notes,
    commitments,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

type ReadersStatus = (typeof READERS_STATUSES)[number];
const judgedByReader = (
  commitment: CommitmentRecord,
): commitment is CommitmentRecord & { status: ReadersStatus } =>
  (READERS_STATUSES as readonly string[]).includes(commitment.status);

/**
 * Merges a JSON export into the database by id. A note not yet stored is added, a stored one is replaced
 * only by a newer version (later updatedAt, deletions included), anything else is kept. A commitment not
 * yet stored is added, and one Council Lens found here takes the reader's judgement from the file; one
 * the reader has judged here stays as they left it (a commitment keeps no date of its last change).
 */
export async function importNotesJson(db: CouncilLensDatabase, text: string): Promise<ImportOutcome> {
  const parsed = parseExport(text);
  if (!parsed.ok) return { ok: false, message: parsed.problem };
  const incoming = parsed.notes.map((note) =>
    note.articleUrl === undefined ? note : { ...note, articleUrl: canonicalArticleUrl(note.articleUrl) },
  );
  const notes = notesTable(db);
  try {
    return await db.transaction('rw', notes, db.commitments, async () => {
      const noteCounts = merge(
        incoming,
        await notes.bulkGet(incoming.map((note) => note.id)),
        (note, current) => timeOf(note.updatedAt) > timeOf(current.updatedAt),
      );
      await notes.bulkPut(noteCounts.changes);
      const commitmentCounts = merge(
        parsed.commitments,
        await db.commitments.bulkGet(parsed.commitments.map((commitment) => commitment.id)),
        (_commitment, current) => !judgedByReader(current),
      );
      await db.commitments.bulkPut(commitmentCounts.changes);
      return { ok: true as const, ...noteCounts.counts, commitments: commitmentCounts.counts };
    });
  } catch (error) {
    return { ok: false, message: `Nothing was imported. ${describeStorageError(error)}` };
  }
}

/** What of `incoming` to store, given what is stored under the same ids, and how many of each. */
function merge<T>(
  incoming: T[],
  stored: (T | undefined)[],
  replaces: (item: T, current: T) => boolean,
): { changes: T[]; counts: Merged } {
  const counts = { added: 0, updated: 0, unchanged: 0 };
  const changes = incoming.filter((item, index) => {
    const current = stored[index];
    if (!current) counts.added++;
    else if (replaces(item, current)) counts.updated++;
    else {
      counts.unchanged++;
      return false;
    }
    return true;
  });
  return { changes, counts };
}

type Parsed = { ok: true; notes: Note[]; commitments: CommitmentRecord[] } | { ok: false; problem: string };

const NOTHING = 'Nothing was imported.';
const NOT_AN_EXPORT = 'This is not a Council Lens notes export';
const EXPORT_AGAIN =
  'The file may have been changed since it was exported: if you still have the notes where it came from, export them again and import the new file.';

/** Each message says what is wrong with the file, that nothing changed, and what the reader can do. */
function parseExport(text: string): Parsed {
  if (text.length > MAX_IMPORT_CHARACTERS) {
    const megabytes = Math.round(text.length / 1_000_000);
    return {
      ok: false,
      problem: `This file is too large (${megabytes} MB) to be a Council Lens notes export. ${NOTHING}`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problem: `${NOT_AN_EXPORT} (it is not JSON). ${NOTHING} Only the JSON export can be imported, not the Markdown one.`,
    };
  }
  const header = data as { format?: unknown; version?: unknown } | null;
  if (typeof header !== 'object' || header === null || header.format !== EXPORT_FORMAT) {
    return { ok: false, problem: `${NOT_AN_EXPORT}. ${NOTHING}` };
  }
  if (typeof header.version === 'number' && header.version > EXPORT_VERSION) {
    return {
      ok: false,
      problem: `This file comes from a newer version of Council Lens (format ${header.version}). ${NOTHING} Update the extension, then import it again.`,
    };
  }
  const result = v.safeParse(ExportSchema, data);
  if (!result.success) return { ok: false, problem: describeIssue(result.issues[0], data) };
  for (const [what, items] of [
    ['note', result.output.notes],
    ['commitment', result.output.commitments],
  ] as const) {
    const seen = new Set<string>();
    for (const { id } of items) {
      if (seen.has(id))
        return { ok: false, problem: `The file holds ${what} ${id} twice. ${NOTHING} ${EXPORT_AGAIN}` };
      seen.add(id);
    }
  }
  return { ok: true, notes: result.output.notes, commitments: result.output.commitments };
}

/** "Note 3 in the file (id n-1) is damaged: it has no text." rather than a schema path. */
function describeIssue(issue: v.BaseIssue<unknown>, data: unknown): string {
  const keys = (issue.path ?? []).map((item) => item.key);
  const missing = issue.received === 'undefined';
  const problem =
    issue.type === 'literal'
      ? 'is not one this version of Council Lens reads'
      : issue.kind === 'schema'
        ? `is not ${KIND_NAMES[issue.expected ?? ''] ?? 'in the expected form'}`
        : issue.message;
  if ((keys[0] === 'notes' || keys[0] === 'commitments') && typeof keys[1] === 'number') {
    const list = keys[0];
    const id = (data as Record<string, { id?: unknown }[]>)[list]?.[keys[1]]?.id;
    const item = list === 'notes' ? 'note' : 'commitment';
    const which = `${item === 'note' ? 'Note' : 'Commitment'} ${keys[1] + 1} in the file${typeof id === 'string' ? ` (id ${id})` : ''}`;
    const field = fieldName(keys.slice(2));
    const what =
      field === undefined
        ? `is not a ${item}`
        : missing
          ? `is damaged: it has no ${field}`
          : `is damaged: its ${field} ${problem}`;
    return `${which} ${what}. ${NOTHING} ${EXPORT_AGAIN}`;
  }
  const field = fieldName(keys) ?? 'contents';
  return `${NOT_AN_EXPORT} (${missing ? `it lacks the ${field}` : `its ${field} ${problem}`}). ${NOTHING}`;
}

/** The reader's name for a field of the file or of a note; undefined for the whole thing. */
function fieldName(keys: unknown[]): string | undefined {
  const [key, inner] = keys;
  if (key === undefined) return undefined;
  if (key === 'quote' && typeof inner === 'string') return QUOTE_FIELD_NAMES[inner] ?? 'quote';
  return FIELD_NAMES[String(key)] ?? String(key);
}

const FIELD_NAMES: Record<string, string> = {
  version: 'format version',
  exportedAt: 'export date',
  notes: 'list of notes',
  commitments: 'list of commitments',
  kind: 'kind',
  amount: 'amount',
  headline: 'headline',
  status: 'status',
  id: 'id',
  text: 'text',
  articleUrl: 'article address',
  articleHeadline: 'headline',
  quote: 'quote',
  authorities: 'list of councils',
  createdAt: 'date written',
  updatedAt: 'date last edited',
  deletedAt: 'date deleted',
};

const QUOTE_FIELD_NAMES: Record<string, string> = {
  exact: 'quoted text',
  prefix: 'text before the quote',
  suffix: 'text after the quote',
};

const KIND_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  Array: 'a list',
  Object: 'in the expected form',
};

/** A readable copy: notes grouped by article (quotes as blockquotes), then notes written on councils. */
export async function exportNotesMarkdown(
  db: CouncilLensDatabase,
  councilName: (code: string) => string = (code) => code,
  now = new Date(),
): Promise<string> {
  const notes = (await notesTable(db).toArray())
    .filter((note) => !isDeleted(note))
    .sort((a, b) => timeOf(a.createdAt) - timeOf(b.createdAt));
  const councils = (note: Note) => note.authorities.map(councilName).join(', ');
  const lines = [
    '# Council Lens notes',
    '',
    `Exported ${longDate(now.toISOString())}: ${count(notes.length)}.`,
  ];

  for (const [articleUrl, group] of groupBy(
    notes.filter((note) => note.articleUrl),
    (note) => note.articleUrl,
  )) {
    const headline = group.find((note) => note.articleHeadline)?.articleHeadline ?? articleUrl;
    lines.push('', `## [${escapeLinkText(headline)}](<${articleUrl}>)`, '');
    const about = [siteOfNote(group[0] as Note), group[0]?.authorities.length ? councils(group[0]) : null];
    lines.push(about.filter(Boolean).join(' · '));
    for (const note of group) lines.push(...noteLines(note));
  }

  const onCouncils = notes.filter((note) => !note.articleUrl);
  if (onCouncils.length > 0) lines.push('', '## Notes on councils');
  for (const [names, group] of groupBy(onCouncils, councils)) {
    lines.push('', `### ${names || 'No council'}`);
    for (const note of group) lines.push(...noteLines(note));
  }
  return `${lines.join('\n')}\n`;
}

function noteLines(note: Note): string[] {
  const quote = note.quote ? ['', ...note.quote.exact.split('\n').map((line) => `> ${line}`)] : [];
  const edited = note.updatedAt !== note.createdAt ? `, edited ${longDate(note.updatedAt)}` : '';
  return [
    ...quote,
    '',
    note.text.trim() || '(no text)',
    '',
    `*Written ${longDate(note.createdAt)}${edited}*`,
  ];
}

function groupBy<T>(items: T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item) ?? '';
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

export function escapeLinkText(text: string): string {
  return text.replace(/[[\]\\]/g, (char) => `\\${char}`);
}

function longDate(timestamp: string): string {
  return new Date(timestamp).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

function count(notes: number): string {
  return notes === 1 ? '1 note' : `${notes} notes`;
}
