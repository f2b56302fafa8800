import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { BuildError, type Location } from './errors';

/** One data row of a table, with its cells keyed by the (whitespace-tidied) column header. */
export interface TableRow {
  where: Location;
  cells: Record<string, string>;
  /** Targets of HYPERLINK() formulas, keyed like cells. */
  links: Record<string, string>;
}

export interface Table {
  headers: string[];
  rows: TableRow[];
  /** The title line above the header, when the sheet has one ("Table 11: History of ..."). */
  title?: string;
}

export function tidyHeader(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Date cells become ISO yyyy-mm-dd whatever their display format, so parsers see one shape. The serial
 * number is decoded directly (workbooks must be read without cellDates) because going through a JS Date
 * would shift dates by a day on a machine whose time zone is not UTC.
 */
function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'n' && typeof cell.v === 'number' && cell.z && XLSX.SSF.is_date(cell.z)) {
    const { y, m, d } = XLSX.SSF.parse_date_code(cell.v);
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return String(cell.v).trim();
}

function hyperlinkTarget(cell: XLSX.CellObject | undefined): string | undefined {
  return cell?.f?.match(/HYPERLINK\("([^"]+)"/i)?.[1] ?? cell?.l?.Target;
}

/**
 * Finds every table in an Ofsted sheet. Ofsted's accessible workbooks start each table with a header
 * row whose first cell is "Web link"; a table runs until the first blank row. Finding the headers rather
 * than hard-coding row numbers lets next year's edition, with a different preamble, still parse.
 * The title line above a header says what the table holds ("…local authorities that no longer exist").
 */
export function tablesInSheet(sheet: XLSX.WorkSheet, where: Location): Table[] {
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1:A1');
  const cellAt = (r: number, c: number) =>
    sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
  const tables: Table[] = [];
  let current: { table: Table; columns: number[] } | undefined;
  for (let r = range.s.r; r <= range.e.r; r++) {
    const first = cellText(cellAt(r, 0));
    if (first.toLowerCase() === 'web link') {
      const columns: number[] = [];
      const headers: string[] = [];
      for (let c = 0; c <= range.e.c; c++) {
        const header = tidyHeader(cellText(cellAt(r, c)));
        if (header) {
          columns.push(c);
          headers.push(header);
        }
      }
      const title = r > 0 ? cellText(cellAt(r - 1, 0)) || undefined : undefined;
      current = { table: { headers, rows: [], title }, columns };
      tables.push(current.table);
      continue;
    }
    if (!current) continue;
    const values = current.columns.map((c) => cellText(cellAt(r, c)));
    // A blank row ends a table; so does a lone first cell, the title of the next table (the 2024
    // edition starts its former-authorities table without a blank row between).
    if (values.slice(1).every((value) => value === '')) {
      current = undefined;
      continue;
    }
    const cells: Record<string, string> = {};
    const links: Record<string, string> = {};
    current.columns.forEach((c, i) => {
      const header = current?.table.headers[i] as string;
      cells[header] = values[i] as string;
      const link = hyperlinkTarget(cellAt(r, c));
      if (link) links[header] = link;
    });
    current.table.rows.push({ where: { ...where, row: r + 1 }, cells, links });
  }
  if (tables.length === 0)
    throw new BuildError('No table found (no header row starting with "Web link")', where);
  return tables;
}

/** Parses CSV text with a header line. Row numbers count the header as row 1, as an editor shows them. */
export function tableFromCsv(text: string, file: string): Table {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: ',',
    skipEmptyLines: 'greedy',
  });
  const fatal = parsed.errors.find((error) => error.type !== 'FieldMismatch');
  if (fatal)
    throw new BuildError(`CSV could not be read: ${fatal.message}`, { file, row: (fatal.row ?? 0) + 1 });
  const [headerLine, ...lines] = parsed.data;
  if (!headerLine) throw new BuildError('CSV is empty', { file });
  const headers = headerLine.map(tidyHeader);
  const rows = lines.map((line, i) => {
    if (line.length !== headers.length) {
      throw new BuildError(`expected ${headers.length} fields, found ${line.length}`, { file, row: i + 2 });
    }
    const cells: Record<string, string> = {};
    headers.forEach((header, c) => {
      cells[header] = (line[c] ?? '').trim();
    });
    return { where: { file, row: i + 2 }, cells, links: {} };
  });
  return { headers, rows };
}
