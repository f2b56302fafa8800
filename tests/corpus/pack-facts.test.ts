import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../lib/pack/build/dates';
import { SOURCES } from '../../lib/pack/build/sources';
import { tablesInSheet } from '../../lib/pack/build/table';
import { latestJudgement } from '../../lib/pack/lookup';
import type { Pack } from '../../lib/pack/schema';

const repo = path.resolve(import.meta.dirname, '../..');
const shared = process.env.COUNCIL_LENS_SHARED ?? path.resolve(repo, '../shared');
const workbook = path.join(shared, 'data/raw', SOURCES.ofsted2025.file);
if (!existsSync(workbook)) console.log(`Skipping the pack facts test: ${workbook} is absent.`);

describe.skipIf(!existsSync(workbook))('the pack against Ofsted’s 31 March 2025 file', () => {
  it('gives every authority in the file its latest inspection, dates and judgements as the file states them', () => {
    const pack: Pack = JSON.parse(readFileSync(path.join(repo, 'public/data/pack.json'), 'utf8'));
    const sheetName = 'Inspections_as_at_31_March';
    const book = XLSX.read(readFileSync(workbook), { type: 'buffer', sheets: [sheetName] });
    const where = { file: SOURCES.ofsted2025.file, sheet: sheetName };
    const [table] = tablesInSheet(book.Sheets[sheetName] as XLSX.WorkSheet, where);
    expect(table?.rows).toHaveLength(153);
    for (const row of table?.rows ?? []) {
      const code = row.cells['Local authority area code'] as string;
      const latest = latestJudgement(pack, code, { asOf: '2025-03-31', officialOnly: true });
      const name = row.cells['Local authority name'];
      expect(latest?.judgement, name).toBe(row.cells['Overall effectiveness']);
      expect(latest?.inspection.startDate, name).toBe(
        parseDate(row.cells['Inspection date'] ?? '', row.where),
      );
      expect(latest?.inspection.publishedDate, name).toBe(
        parseDate(row.cells['Publication date'] ?? '', row.where),
      );
      const leaders = row.cells['The impact of leaders on social work practice with children and families'];
      expect(latest?.inspection.subJudgements[0], name).toEqual({
        area: 'The impact of leaders on social work practice with children and families',
        judgement: leaders,
      });
    }
  });
});
