import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { readPack } from '../../../lib/db/seed';
import { latestOutcome } from '../../../lib/pack/lookup';
import { councilRecord } from '../../../lib/record/record';

// Facts from the committed pack, which is built from Ofsted's files.
const pack = readPack(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../public/data/pack.json'), 'utf8')),
);
const SEFTON = 'E08000014';
const LANCASHIRE = 'E10000017';

it("gives a neighbour whose latest inspection is a report card as that, not its older grade (Sefton's Lancashire)", () => {
  const lancashire = councilRecord(pack, SEFTON)?.neighbours.find(
    (neighbour) => neighbour.authority.code === LANCASHIRE,
  );
  expect(lancashire).toMatchObject({ reportCard: true, grades: '2 Outstanding, 2 Good' });
  expect(lancashire?.judgement).toBeUndefined();
  expect(lancashire?.date?.slice(0, 4)).toBe('2026');
});

it('counts the councils whose latest inspection is a report card apart, under no older grade', () => {
  const record = councilRecord(pack, SEFTON) as NonNullable<ReturnType<typeof councilRecord>>;
  const selfRun = pack.authorities.filter(
    (authority) => !authority.ended && authority.childrensServices.kind === 'self',
  );
  const reportCards = selfRun.filter(
    (authority) => latestOutcome(pack, authority.code)?.inspection.kind === 'report-card',
  );
  expect(reportCards.map((authority) => authority.code)).toContain(LANCASHIRE);
  expect(record.nationalReportCards).toBe(reportCards.length);
  expect(record.nationalReportCards).toBeGreaterThan(0);
  const graded = record.nationalSpread.reduce((sum, { count }) => sum + count, 0);
  expect(graded + record.nationalReportCards).toBeLessThanOrEqual(record.nationalTotal);
  expect(graded).toBe(
    selfRun.filter((authority) => latestOutcome(pack, authority.code)?.judgement !== undefined).length,
  );
});
