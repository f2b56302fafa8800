import type { CommitmentRecord } from '../../lib/db/records';
import { escapeLinkText } from '../../lib/notes/exchange';
import type { Note } from '../../lib/notes/note';
import type { PackMeta } from '../../lib/pack/schema';
import type { CouncilRecord } from '../../lib/record/record';
import { formatDate, formatPounds } from '../shared/format';
import { KIND_LABELS } from './CommitmentForm';
import { STATUS_LABELS } from './CommitmentsList';
import { inspectionDates, inspectionSources, recordSources } from './InspectionList';

export interface SavedRecord {
  record: CouncilRecord;
  meta: PackMeta;
  /** The council's commitments as the sidebar lists them; its other statements are left out. */
  commitments: CommitmentRecord[];
  /** The reader's notes filed under the council. */
  notes: Note[];
  now?: Date;
}

/**
 * The council's record as the sidebar shows it, for the reader to keep or quote: every rating with its
 * date, report and publisher, every commitment with its article and who stands behind it (Council Lens or
 * the reader), the reader's notes, and the sources. Plain Markdown, readable as text.
 */
export function recordMarkdown({ record, meta, commitments, notes, now = new Date() }: SavedRecord): string {
  const { authority, responsible } = record;
  const lines = [
    `# ${authority.name}`,
    '',
    [authority.type, authority.region, authority.nation].filter(Boolean).join(' · '),
    '',
    `Saved from Council Lens on ${formatDate(now.toISOString().slice(0, 10))}, data version ${meta.version}.`,
    '',
  ];
  if (authority.ended) {
    const successors = record.successors.map((successor) => successor.name).join(', ');
    lines.push(
      `This council no longer exists: it ended on ${formatDate(authority.ended.date)}.${successors ? ` Its area is now served by ${successors}.` : ''}`,
      '',
    );
  }
  lines.push(...inspectionsSection(record, meta));
  // The national picture and the gaps are those of England's Ofsted files, as in the sidebar.
  if (responsible.kind !== 'inspectorate') lines.push(...inContext(record));
  lines.push(...commitmentsSection(commitments), ...notesSection(notes), ...sourcesSection(record, meta));
  return `${lines.join('\n')}\n`;
}

function inspectionsSection({ authority, responsible, inspections, trend }: CouncilRecord, meta: PackMeta) {
  const lines = ["## Ofsted inspections of children's services", ''];
  if (responsible.kind === 'inspectorate') {
    lines.push(
      responsible.runBy
        ? `Councils in ${authority.nation} do not run children's services: they are run by ${responsible.runBy} and inspected by ${responsible.name} (<${responsible.url}>), not Ofsted. Council Lens does not yet hold its reports.`
        : `Ofsted does not inspect children's services in ${authority.nation}. They are inspected by ${responsible.name} (<${responsible.url}>), whose reports Council Lens does not yet hold.`,
      '',
    );
    return lines;
  }
  if (responsible.kind === 'county') {
    lines.push(
      `Children's services here are run by ${responsible.authority.name}. The record below is theirs.`,
      '',
    );
  }
  if (trend) lines.push(`${trend}.`, '');
  if (inspections.length === 0) lines.push('No inspection on record in these files.', '');
  for (const inspection of [...inspections].reverse()) {
    lines.push(`### ${inspection.label}${inspection.theme ? `: ${inspection.theme}` : ''}`, '');
    lines.push(`${inspectionDates(inspection)}.`, '');
    if (inspection.overall) lines.push(`- Overall: **${inspection.overall}**`);
    else if (inspection.noOverallGrade) lines.push('- Overall: no single grade');
    for (const sub of inspection.subJudgements) lines.push(`- ${sub.area}: ${sub.judgement}`);
    lines.push(
      `- Report: ${inspection.reportUrl ? `<${inspection.reportUrl}>` : 'no link to the report in the data'}`,
      `- ${inspection.official ? 'Source' : '**Unofficial source**'}: ${inspectionSources(inspection, meta)}`,
      '',
    );
  }
  return lines;
}

function commitmentsSection(commitments: CommitmentRecord[]) {
  const kept = commitments.filter((commitment) => STATUS_LABELS[commitment.status] !== undefined);
  const lines = [
    '## Stated commitments',
    '',
    kept.length === 0
      ? 'None captured from the articles read.'
      : 'Council Lens catches only some of what councils say, and can misread it: each says who stands behind it.',
    '',
  ];
  for (const commitment of kept) {
    const about = [
      commitment.publishedDate && formatDate(commitment.publishedDate),
      KIND_LABELS[commitment.kind],
      commitment.amount !== undefined && formatPounds(commitment.amount),
      STATUS_LABELS[commitment.status],
    ].filter(Boolean);
    const source = [
      `[${escapeLinkText(commitment.headline)}](<${commitment.articleUrl}>)`,
      commitment.publisher,
    ].filter(Boolean);
    lines.push(
      `- ${about.join(' · ')}`,
      '',
      ...quoted(commitment.quote),
      '',
      `  ${commitment.speaker ? `${commitment.speaker}, in ` : ''}${source.join(', ')}`,
      '',
    );
  }
  return lines;
}

function notesSection(notes: Note[]) {
  const lines = ['## Your notes', ''];
  if (notes.length === 0) lines.push('No notes on this council.', '');
  for (const note of notes) {
    const where = note.articleUrl
      ? `, on [${escapeLinkText(note.articleHeadline ?? note.articleUrl)}](<${note.articleUrl}>)`
      : '';
    const text = note.text.trim() || '(no text)';
    lines.push(
      `- Written ${formatDate(note.createdAt)}${where}`,
      '',
      ...(note.quote ? [...quoted(note.quote.exact), ''] : []),
      ...text.split('\n').map((line) => `  ${line}`),
      '',
    );
  }
  return lines;
}

function sourcesSection({ responsible, inspections }: CouncilRecord, meta: PackMeta) {
  const lines = ['## Sources', ''];
  for (const source of recordSources(inspections, meta)) {
    const published = source.published ? `, ${formatDate(source.published)}` : '';
    lines.push(
      `- ${source.title}. ${source.publisher}${published}. ${source.licence}.${source.official ? '' : ' Unofficial.'}${source.url ? ` <${source.url}>` : ''}`,
    );
  }
  if (responsible.kind !== 'inspectorate' && meta.knownGaps.length > 0) {
    lines.push('', '### Known gaps', '', ...meta.knownGaps.map((gap) => `- ${gap}`));
  }
  return lines;
}

/** The sidebar's "In context": how England's councils stand at their latest inspection, and the neighbours'. */
function inContext(record: CouncilRecord): string[] {
  const spread = record.nationalSpread.map(({ judgement, count }) => `${judgement} ${count}`);
  if (record.nationalReportCards > 0)
    spread.push(`report card (no single grade) ${record.nationalReportCards}`);
  const lines = [
    '## In context',
    '',
    `Latest inspection of each of England's ${record.nationalTotal} children's services authorities: ${spread.join(', ')}.`,
    '',
  ];
  if (record.neighbours.length > 0) lines.push('Statistical neighbours, at their latest inspection:', '');
  for (const { authority, judgement, reportCard, grades, date } of record.neighbours) {
    const year = date?.slice(0, 4);
    const outcome = judgement
      ? `${judgement} (${year})`
      : reportCard
        ? `report card ${year}${grades ? ` (${grades})` : ''}`
        : 'no judgement on record';
    lines.push(`- ${authority.shortName}: ${outcome}`);
  }
  if (record.neighbours.length > 0) lines.push('');
  return lines;
}

/** A quote as a block quote inside a list item, line by line, so no line of it can end the item. */
function quoted(text: string): string[] {
  return text.split('\n').map((line) => `  > ${line}`);
}

/** "sefton-council-lens-2026-12-06.md": the council and the day, so saved records sort and do not clash. */
export function recordFileName(record: CouncilRecord, now = new Date()): string {
  const slug = record.authority.shortName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'council'}-council-lens-${now.toISOString().slice(0, 10)}.md`;
}
