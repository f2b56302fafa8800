import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { tableFromCsv, tablesInSheet } from '../../../lib/pack/build/table';

const where = { file: 'outcomes.ods', sheet: 'History' };

/** A sheet laid out as Ofsted's accessible workbooks are: a title, a note, then tables headed "Web link". */
function ofstedStyleSheet(): XLSX.WorkSheet {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Inspection history (invented)'],
    ['This worksheet contains two tables.'],
    ['Web link', 'Local authority name', 'Inspection date', 'Overall  effectiveness'],
    ['Ofsted page', 'Alderbury', 44613, 'Good'],
    ['Ofsted page', 'Brookfield', '03/03/2025', 'Inadequate'],
    [],
    ['Authorities that no longer exist'],
    ['Web link', 'Local authority name', 'Inspection date', 'Overall effectiveness'],
    ['Ofsted page', 'Old Shire', 43000, 'Good'],
  ]);
  for (const address of ['C4', 'C9']) (sheet[address] as XLSX.CellObject).z = 'dd/mm/yyyy';
  (sheet.A4 as XLSX.CellObject).f =
    'HYPERLINK("https://reports.ofsted.gov.uk/provider/44/999","Ofsted page")';
  return sheet;
}

describe('finding Ofsted tables in a sheet', () => {
  it('finds each table by its "Web link" header and keeps the title line above it', () => {
    const [current, former] = tablesInSheet(ofstedStyleSheet(), where);
    expect(current?.headers).toEqual([
      'Web link',
      'Local authority name',
      'Inspection date',
      'Overall effectiveness',
    ]);
    expect(current?.rows.map((row) => row.cells['Local authority name'])).toEqual([
      'Alderbury',
      'Brookfield',
    ]);
    expect(former?.title).toBe('Authorities that no longer exist');
    expect(former?.rows[0]?.where).toEqual({ ...where, row: 9 });
  });

  it('turns date cells into ISO dates without a time zone shift, and keeps text dates as written', () => {
    const [current] = tablesInSheet(ofstedStyleSheet(), where);
    expect(current?.rows[0]?.cells['Inspection date']).toBe('2022-02-21');
    expect(current?.rows[1]?.cells['Inspection date']).toBe('03/03/2025');
  });

  it('keeps the target of a HYPERLINK formula', () => {
    const [current] = tablesInSheet(ofstedStyleSheet(), where);
    expect(current?.rows[0]?.links['Web link']).toBe('https://reports.ofsted.gov.uk/provider/44/999');
  });

  it('ends a table at a lone title line even without a blank row before it', () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['Web link', 'Local authority name', 'Publication date'],
      ['Ofsted page', 'Alderbury', '01/02/2020'],
      ['Inspections of authorities that no longer exist'],
      ['Web link', 'Local authority name', 'Publication date'],
      ['Ofsted page', 'Old Shire', '01/02/2018'],
    ]);
    const tables = tablesInSheet(sheet, where);
    expect(tables.map((table) => table.rows.length)).toEqual([1, 1]);
    expect(tables[1]?.title).toBe('Inspections of authorities that no longer exist');
  });

  it('fails plainly on a sheet with no table', () => {
    expect(() => tablesInSheet(XLSX.utils.aoa_to_sheet([['Notes'], ['Nothing here']]), where)).toThrow(
      /No table found/,
    );
  });
});

describe('reading CSV files', () => {
  it('reads quoted fields with commas, drops a byte-order mark and numbers rows as an editor does', () => {
    const table = tableFromCsv(
      '\uFEFFurn,local_authority\n80001,"Alderbury, City of"\n80002,Brookfield\n',
      'lookup.csv',
    );
    expect(table.headers).toEqual(['urn', 'local_authority']);
    expect(table.rows[0]?.cells.local_authority).toBe('Alderbury, City of');
    expect(table.rows[1]?.where).toEqual({ file: 'lookup.csv', row: 3 });
  });

  it('fails on a row with the wrong number of fields, naming the row', () => {
    expect(() => tableFromCsv('a,b\n1,2\n3\n', 'broken.csv')).toThrow(
      /expected 2 fields, found 1 \(broken\.csv, row 3\)/,
    );
  });
});
