import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { inspectionsOf, latestJudgement, resolveAuthority, responsibleFor } from '../../../lib/pack/lookup';
import { PackSchema } from '../../../lib/pack/schema';

// The pack that ships: built by `npm run data` from the official files and committed. These facts are
// read from Ofsted's files (see ../shared/data/raw/PROVENANCE.md); tests/corpus/pack-rebuild.test.ts
// checks the committed pack is what the current build makes of them.
const file = path.resolve(import.meta.dirname, '../../../public/data/pack.json');
const pack = v.parse(PackSchema, JSON.parse(readFileSync(file, 'utf8')));
const SEFTON = 'E08000014';
const sefton = inspectionsOf(pack, SEFTON);

describe('the committed data pack', () => {
  it('has a content-derived version, every source described and the known gaps stated', () => {
    expect(pack.meta.version).toMatch(/^\d{4}\.\d{2}\.\d{2}-[0-9a-f]{8}$/);
    for (const source of pack.meta.sources) {
      expect(source.publisher && source.title && source.published && source.licence).toBeTruthy();
      expect(source.licence).toBe(source.official ? 'Open Government Licence v3.0' : 'MIT');
    }
    const gaps = pack.meta.knownGaps.join(' ');
    for (const gap of ['before April 2021', 'JTAIs', 'publish', 'no single overall grade', 'unofficial']) {
      expect(gaps).toContain(gap);
    }
  });

  it('covers every UK council and refers only to authorities and sources it holds', () => {
    const codes = new Set(pack.authorities.map((authority) => authority.code));
    const current = pack.authorities.filter((authority) => !authority.ended);
    const count = (nation: string) => current.filter((authority) => authority.nation === nation).length;
    expect([count('England'), count('Wales'), count('Scotland'), count('Northern Ireland')]).toEqual([
      317, 22, 32, 11,
    ]);
    const sourceIds = new Set(pack.meta.sources.map((source) => source.id));
    expect(new Set(pack.inspections.map((inspection) => inspection.id)).size).toBe(pack.inspections.length);
    for (const inspection of pack.inspections) {
      expect(codes).toContain(inspection.authority);
      for (const ref of inspection.sources) expect(sourceIds).toContain(ref.source);
    }
    for (const authority of pack.authorities) {
      const services = authority.childrensServices;
      if (services.kind === 'county') expect(codes).toContain(services.authority);
      if (services.kind === 'self')
        for (const neighbour of services.statisticalNeighbours) expect(codes).toContain(neighbour);
    }
  });

  it('has Sefton’s single inspection published 27 June 2016, rated Requires improvement to be good', () => {
    const sif = sefton.find((inspection) => inspection.framework === 'SIF');
    expect(sif).toMatchObject({
      publishedDate: '2016-06-27',
      overall: 'Requires improvement to be good',
      official: true,
    });
  });

  it('has Sefton’s ILACS standard inspection of 21 February 2022, Inadequate on every judgement', () => {
    const ilacs = sefton.find((inspection) => inspection.startDate === '2022-02-21');
    expect(ilacs).toMatchObject({
      kind: 'full',
      framework: 'ILACS',
      publishedDate: '2022-05-09',
      overall: 'Inadequate',
      official: true,
    });
    expect(ilacs?.subJudgements).toHaveLength(3);
    expect(new Set(ilacs?.subJudgements.map((sub) => sub.judgement))).toEqual(new Set(['Inadequate']));
    expect(ilacs?.sources).toEqual(
      expect.arrayContaining([
        { source: 'ofsted-la-outcomes-2025', sheet: 'ILACS_inspection_history', row: expect.any(Number) },
      ]),
    );
  });

  it('has Sefton’s monitoring visits of 2023 and 2024 with their themes', () => {
    const visits = sefton
      .filter((inspection) => inspection.kind === 'monitoring-visit')
      .map((inspection) => [inspection.startDate, inspection.theme]);
    expect(visits).toEqual([
      ['2023-02-21', 'Children in need/subject to a plan'],
      ['2023-07-19', 'Children in care'],
      ['2023-11-15', 'Vulnerable adolescents'],
      ['2024-02-13', 'Care leavers'],
      ['2024-06-25', 'Front door'],
    ]);
  });

  it('has Sefton’s 2025 full inspection rated Good, marked as from the unofficial index', () => {
    const latest = latestJudgement(pack, SEFTON);
    expect(latest?.judgement).toBe('Good');
    expect(latest?.inspection).toMatchObject({
      startDate: '2025-06-23',
      publishedDate: '2025-08-12',
      official: false,
    });
    expect(latest?.inspection.sources.map((ref) => ref.source)).toEqual(['scraped-ilacs-history']);
  });

  it('gives all 153 children’s services authorities the latest judgement of the 31 March 2025 file', () => {
    const authorities = pack.authorities.filter(
      (authority) => authority.childrensServices.kind === 'self' && !authority.ended,
    );
    expect(authorities).toHaveLength(153);
    for (const authority of authorities) {
      const latest = latestJudgement(pack, authority.code, { asOf: '2025-03-31', officialOnly: true });
      expect(latest?.inspection.sources, authority.shortName).toEqual(
        expect.arrayContaining([
          { source: 'ofsted-la-outcomes-2025', sheet: 'Inspections_as_at_31_March', row: expect.any(Number) },
        ]),
      );
    }
  });

  it('resolves Sefton, Hull, Burnley and Cardiff as a reader would name them', () => {
    for (const query of ['Sefton Council', 'sefton', 'E08000014'])
      expect(resolveAuthority(pack, query)?.code).toBe(SEFTON);
    expect(resolveAuthority(pack, 'Hull')?.shortName).toBe('Kingston upon Hull');
    const burnley = resolveAuthority(pack, 'Burnley') ?? expect.fail('Burnley should resolve');
    const county = responsibleFor(pack, burnley);
    expect(county.kind === 'county' && county.authority.name).toBe('Lancashire County Council');
    const cardiff = resolveAuthority(pack, 'Cardiff') ?? expect.fail('Cardiff should resolve');
    expect(responsibleFor(pack, cardiff)).toMatchObject({
      kind: 'inspectorate',
      name: 'Care Inspectorate Wales',
    });
    expect(responsibleFor(pack, cardiff)).not.toHaveProperty('runBy');
  });

  it('says that in Northern Ireland the Health and Social Care Trusts run children’s services, not councils', () => {
    const northernIreland = pack.authorities.filter((authority) => authority.nation === 'Northern Ireland');
    expect(northernIreland.length).toBeGreaterThan(0);
    for (const council of northernIreland)
      expect(council.childrensServices, council.shortName).toEqual({
        kind: 'inspectorate',
        name: 'RQIA (Regulation and Quality Improvement Authority)',
        url: 'https://www.rqia.org.uk',
        runBy: 'Health and Social Care Trusts',
      });
  });
});
