import { describe, expect, it } from 'vitest';
import {
  inspectionsOf,
  latestJudgement,
  resolveAuthority,
  responsibleFor,
  suggestAuthorities,
} from '../../../lib/pack/lookup';
import { lookupPack } from './lookup-fixture';

const pack = lookupPack();
const code = (query: string) => resolveAuthority(pack, query)?.code;

describe('resolving what a reader typed to a council', () => {
  it('resolves the usual ways of naming a council alike', () => {
    for (const query of [
      'Alderbury Council',
      'alderbury',
      'ALDERBURY METROPOLITAN BOROUGH COUNCIL',
      'Aldy',
      ' Alderbury ',
    ]) {
      expect(code(query)).toBe('E99000001');
    }
  });

  it('resolves current, former and other sources’ GSS codes, registry codes, URNs and DfE numbers', () => {
    expect(code('e99000001')).toBe('E99000001');
    expect(code('E99000091')).toBe('E99000001');
    expect(code('E99000084')).toBe('E99000004');
    expect(code('ALD')).toBe('E99000001');
    expect(code('99002')).toBe('E99000002');
    expect(code('901')).toBe('E99000001');
  });

  it('prefers the current council where a former one had the same name', () => {
    expect(code('Old Shire')).toBe('E99000005');
    expect(code('Old Shire County Council')).toBe('E99000004');
  });

  it('resolves nothing for an unknown name or an empty query', () => {
    expect(resolveAuthority(pack, 'Atlantis')).toBeUndefined();
    expect(resolveAuthority(pack, '   ')).toBeUndefined();
  });

  it('suggests the closest names when nothing matches', () => {
    expect(suggestAuthorities(pack, 'Aldebury', 1).map((authority) => authority.shortName)).toEqual([
      'Alderbury',
    ]);
    expect(suggestAuthorities(pack, 'Ash', 1).map((authority) => authority.shortName)).toEqual(['Ashshire']);
  });
});

describe('who is responsible for children’s services', () => {
  const authority = (query: string) =>
    resolveAuthority(pack, query) ?? expect.fail(`${query} should resolve`);

  it('is the council itself for a children’s services authority', () => {
    expect(responsibleFor(pack, authority('Alderbury'))).toEqual({
      kind: 'self',
      authority: authority('Alderbury'),
    });
  });

  it('is the county for a district', () => {
    const responsible = responsibleFor(pack, authority('Brookfield'));
    expect(responsible.kind === 'county' && responsible.authority.name).toBe('Ashshire County Council');
  });

  it('is the inspectorate outside England', () => {
    expect(responsibleFor(pack, authority('Cwm'))).toEqual({
      kind: 'inspectorate',
      name: 'Care Inspectorate Wales',
      url: 'https://www.careinspectorate.wales',
    });
  });
});

describe('inspections and the latest judgement', () => {
  it('lists an authority’s inspections oldest first, by inspection date or else publication date', () => {
    expect(inspectionsOf(pack, 'E99000001').map((inspection) => inspection.id)).toEqual([
      'E99000001:full:2016-06-27',
      'E99000001:full:2022-02-21',
      'E99000001:monitoring-visit:2023-02-21',
      'E99000001:full:2025-06-23',
    ]);
    expect(inspectionsOf(pack, 'E99000003')).toEqual([]);
  });

  it('gives the newest overall judgement, optionally as at a date or from official files only', () => {
    expect(latestJudgement(pack, 'E99000001')?.judgement).toBe('Good');
    expect(latestJudgement(pack, 'E99000001', { officialOnly: true })?.judgement).toBe('Inadequate');
    expect(latestJudgement(pack, 'E99000001', { asOf: '2021-12-31' })?.inspection.id).toBe(
      'E99000001:full:2016-06-27',
    );
    expect(latestJudgement(pack, 'E99000003')).toBeUndefined();
  });
});
