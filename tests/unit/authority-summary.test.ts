import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeForMark, summariseAuthority } from '../../lib/authority-summary';
import { readPack } from '../../lib/db/seed';
import { councilRecord } from '../../lib/record/record';

// Facts from the committed pack, which is built from Ofsted's files.
const pack = readPack(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../public/data/pack.json'), 'utf8')),
);

it("states a council's latest judgement with its date and whether the source is official", () => {
  const sefton = summariseAuthority(pack, 'E08000014');
  expect(sefton?.latest).toMatchObject({ judgement: 'Good', official: false });
  expect(sefton?.latest?.date.slice(0, 4)).toBe('2025');
  expect(describeForMark(sefton as NonNullable<typeof sefton>)).toMatch(/Sefton.*Ofsted Good, 2025/);
});

it("gives a 2026 report card's grades where it has no single grade, at a glance and in the history's line", () => {
  const lancashire = summariseAuthority(pack, 'E10000017');
  expect(lancashire?.latest).toMatchObject({ noOverallGrade: true, grades: '2 Outstanding, 2 Good' });
  expect(describeForMark(lancashire as NonNullable<typeof lancashire>)).toMatch(
    /no single overall grade \(2 Outstanding, 2 Good\), 2026/,
  );
  expect(councilRecord(pack, 'E10000017')?.trend).toMatch(
    /Good in 2022, report card in 2026 \(2 Outstanding, 2 Good\)$/,
  );
});

it("puts a short inspection's overall judgement in the history's line, as the hover card gives it", () => {
  // Kent's newest is a November 2025 ILACS short inspection, Good; the line ended "Outstanding in 2022".
  const kent = summariseAuthority(pack, 'E10000016');
  expect(kent?.latest).toMatchObject({ judgement: 'Good', date: '2025-11-03' });
  expect(councilRecord(pack, 'E10000016')?.trend).toMatch(/Outstanding in 2022, Good in 2025$/);
});

it('says a council named in an older story no longer exists, and which councils took over', () => {
  const northamptonshire = summariseAuthority(pack, 'E10000021');
  expect(northamptonshire?.ended).toBe('2021-04-01');
  expect(describeForMark(northamptonshire as NonNullable<typeof northamptonshire>)).toMatch(
    /^Northamptonshire County Council \(abolished 2021\): Ofsted/,
  );
  expect(councilRecord(pack, 'E10000021')?.trend).toBe(
    'Inadequate in 2013 (twice), Requires improvement in 2016, Inadequate in 2019',
  );
  expect(councilRecord(pack, 'E10000021')?.successors.map((council) => council.name)).toEqual([
    expect.stringMatching(/North Northamptonshire/),
    expect.stringMatching(/West Northamptonshire/),
  ]);
});

it("gives a district its county's rating, saying whose it is", () => {
  const burnley = pack.authorities.find((authority) => authority.shortName === 'Burnley');
  const summary = summariseAuthority(pack, burnley?.code ?? '');
  expect(summary?.responsible).toMatchObject({ kind: 'county', name: expect.stringMatching(/Lancashire/) });
  expect(summary?.latest?.of).toMatch(/Lancashire/);
  expect(describeForMark(summary as NonNullable<typeof summary>)).toMatch(/run by Lancashire/);
});

it('says a Welsh council is inspected by Care Inspectorate Wales, with no Ofsted rating', () => {
  const cardiff = pack.authorities.find((authority) => authority.shortName === 'Cardiff');
  const summary = summariseAuthority(pack, cardiff?.code ?? '');
  expect(summary?.latest).toBeNull();
  expect(describeForMark(summary as NonNullable<typeof summary>)).toMatch(
    /Care Inspectorate Wales, not Ofsted/,
  );
});

it("says a Northern Irish council does not run children's services: Health and Social Care Trusts do", () => {
  const belfast = pack.authorities.find((authority) => authority.name === 'Belfast City Council');
  const summary = summariseAuthority(pack, belfast?.code ?? '');
  expect(summary?.latest).toBeNull();
  expect(describeForMark(summary as NonNullable<typeof summary>)).toBe(
    "Belfast City Council: children's services run by Health and Social Care Trusts, not the council, and inspected by RQIA (Regulation and Quality Improvement Authority), not Ofsted",
  );
  const cardiff = pack.authorities.find((authority) => authority.shortName === 'Cardiff');
  expect(describeForMark(summariseAuthority(pack, cardiff?.code ?? '') as NonNullable<typeof summary>)).toBe(
    "City of Cardiff Council: children's services inspected by Care Inspectorate Wales, not Ofsted",
  );
});

it('returns nothing for a code the pack does not know', () => {
  expect(summariseAuthority(pack, 'E99999999')).toBeNull();
});

it('starts a mark’s accessible name with the words on the page, so speech users can say what they see', () => {
  const sefton = summariseAuthority(pack, 'E08000014') as NonNullable<ReturnType<typeof summariseAuthority>>;
  expect(describeForMark(sefton, 'Sefton Council')).toMatch(
    /^Sefton Council \(Sefton Metropolitan Borough Council\): /,
  );
  expect(describeForMark(sefton, sefton.name)).toMatch(/^Sefton Metropolitan Borough Council: /);
});
