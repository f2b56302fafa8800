import { describe, expect, it } from 'vitest';
import {
  buildAuthorities,
  Gazetteer,
  linkProviders,
  reassignToPredecessors,
} from '../../../lib/pack/build/authorities';
import type { Observation } from '../../../lib/pack/build/events';
import { parseCouncils, parseNameLookup, parseProviderLookup } from '../../../lib/pack/build/gazetteer';
import { NameIndex } from '../../../lib/pack/build/name-index';
import { BuildReport } from '../../../lib/pack/build/report';
import { tableFromCsv } from '../../../lib/pack/build/table';

// Invented councils in mySociety's layout: a county with a district, a metropolitan borough, a former
// county replaced by a new unitary of nearly the same name (a new DfE number), a county that became a
// unitary keeping its DfE number, and a Welsh council.
const COUNCILS = `local-authority-code,official-name,nice-name,gss-code,end-date,replaced-by,nation,region,local-authority-type,local-authority-type-name,county-la,alt-names,former-gss-codes,current-authority,old-ons-la-code
ASH,Ashshire County Council,Ashshire,E99000010,,,England,North West,CTY,County,,"Ashshire,ashshire county council",,True,901
BRK,Brookfield Borough Council,Brookfield,E99000011,,,England,North West,NMD,Non-metropolitan district,ASH,Brookfield,,True,
ALD,Alderbury Metropolitan Borough Council,Alderbury,E99000012,,,England,North West,MD,Metropolitan district,,"Alderbury,alderbury council",E99000002,True,343
OLD,Old Shire County Council,Old Shire County,E99000013,2019-03-31,OSC,England,South West,CTY,County,,"Old Shire County,old shire county council",,False,835
OSC,Old Shire Council,Old Shire,E99000014,,,England,South West,UA,Unitary authority,,"Old Shire,old shire",,True,838
NYC,North Yarm County Council,North Yarm County,E99000015,2023-04-01,NYU,England,North East,CTY,County,,North Yarm County,,False,815
NYU,North Yarm Council,North Yarm,E99000016,,,England,North East,UA,Unitary authority,,North Yarm,,True,815
CWM,Cwm Council,Cwm,W99000001,,,Wales,Wales,WPA,Welsh unitary authority,,"Cwm,Cwm Council",,True,
ZCA,Ashshire Combined Authority,Ashshire CA,E99000099,,,England,North West,COMB,Combined authority,,,,True,
`;
const NAMES = `la-name,local-authority-code
Ashshire County Council,ASH
Ashshire,ASH
ashshire county,ASH
Alderbury Metropolitan Borough Council,ALD
alderbury council,ALD
Old Shire County Council,OLD
Old Shire,OSC
`;
const PROVIDERS = `urn,la_code,la_code_new,stat_neighbours,local_authority_ons_name
99010,901,E99000010,"343",Ashshire
99012,343,E99000090,"901",Alderbury
`;

function setUp() {
  const councils = parseCouncils(tableFromCsv(COUNCILS, 'councils.csv'));
  const nameLookup = parseNameLookup(tableFromCsv(NAMES, 'names.csv'));
  const gazetteer = new Gazetteer(councils);
  const names = new NameIndex(councils, nameLookup);
  const report = new BuildReport();
  const providers = linkProviders(
    parseProviderLookup(tableFromCsv(PROVIDERS, 'lookup.csv')),
    gazetteer,
    names,
    report,
  );
  return { councils, nameLookup, gazetteer, names, report, providers };
}

describe('resolving the names Ofsted uses', () => {
  const { names } = setUp();
  const where = { file: 'x.ods' };

  it('finds a council by any of its spellings, but never a district', () => {
    expect(names.resolve('Alderbury Council', { former: false, where })?.registryCode).toBe('ALD');
    expect(names.resolve('Brookfield', { former: false, where })).toBeUndefined();
  });

  it('prefers the current council, unless the row is about a former one', () => {
    expect(names.resolve('Old Shire', { former: false, where })?.registryCode).toBe('OSC');
    // Ofsted calls the former county by its name without "County".
    expect(names.resolve('Old Shire', { former: true, where })?.registryCode).toBe('OLD');
  });
});

describe('building authorities', () => {
  const { gazetteer, nameLookup, providers, report } = setUp();
  const authorities = buildAuthorities(
    {
      gazetteer,
      nameLookup,
      providers,
      ofstedNames: new Map([['ALD', new Set(['Alderbury'])]]),
      formerInHistory: new Set(['OLD']),
    },
    report,
  );
  const byCode = (code: string) => authorities.find((authority) => authority.code === code);

  it('includes every current council and the former ones the history mentions, but no combined authority', () => {
    expect(authorities.map((authority) => authority.registryCode).sort()).toEqual([
      'ALD',
      'ASH',
      'BRK',
      'CWM',
      'NYU',
      'OLD',
      'OSC',
    ]);
  });

  it('keeps the old code of a county that became a unitary with the same DfE number', () => {
    expect(byCode('E99000016')?.formerCodes).toEqual(['E99000015']);
  });

  it('gives a children’s services authority its URN, DfE code, Ofsted page and neighbours as codes', () => {
    expect(byCode('E99000010')?.childrensServices).toEqual({
      kind: 'self',
      ofstedUrn: '99010',
      dfeCode: '901',
      ofstedUrl: 'https://reports.ofsted.gov.uk/provider/44/99010',
      statisticalNeighbours: ['E99000012'],
    });
  });

  it('ties a lookup row with another GSS code by name and keeps that code', () => {
    const alderbury = byCode('E99000012');
    expect(alderbury?.otherCodes).toEqual(['E99000090']);
    expect(alderbury?.formerCodes).toEqual(['E99000002']);
    expect(report.notes).toEqual(expect.arrayContaining([expect.stringContaining('uses GSS E99000090')]));
  });

  it('points a district at the county that runs its children’s services', () => {
    expect(byCode('E99000011')?.childrensServices).toEqual({ kind: 'county', authority: 'E99000010' });
  });

  it('names the inspectorate for a council outside England', () => {
    expect(byCode('W99000001')?.childrensServices).toEqual({
      kind: 'inspectorate',
      name: 'Care Inspectorate Wales',
      url: 'https://www.careinspectorate.wales',
    });
    expect(byCode('W99000001')?.region).toBeUndefined();
  });

  it('says what replaced a former council, and lets the current one keep a shared name', () => {
    expect(byCode('E99000013')?.ended).toEqual({ date: '2019-03-31', replacedBy: ['E99000014'] });
    expect(byCode('E99000013')?.aliases).not.toContain('Old Shire');
    expect(byCode('E99000014')?.shortName).toBe('Old Shire');
  });

  it('gives clean aliases from the name lookup and Ofsted’s spellings', () => {
    expect(byCode('E99000012')?.aliases).toEqual(['Alderbury Council']);
    expect(byCode('E99000010')?.aliases).toEqual(['Ashshire County']);
  });
});

describe('inspections that predate their council', () => {
  const { gazetteer, report } = setUp();
  const dfeOf = (council: { oldOnsCode?: string }) => council.oldOnsCode;
  const statement = (authority: string, publishedDate: string): Observation => ({
    authority,
    publishedDate,
    families: ['sif'],
    type: 'sif',
    judgements: {},
    source: 'invented',
    where: { file: 'history.ods', sheet: 'History', row: 7 },
  });

  it('go to the council replaced when that was another children’s services authority', () => {
    const [moved, kept] = reassignToPredecessors(
      [statement('E99000014', '2016-05-23'), statement('E99000014', '2021-11-19')],
      gazetteer,
      dfeOf,
      report,
    );
    expect(moved?.authority).toBe('E99000013');
    expect(kept?.authority).toBe('E99000014');
    expect(report.notes).toEqual(
      expect.arrayContaining([
        expect.stringContaining('predates the council: recorded under Old Shire County Council'),
      ]),
    );
  });

  it('stay with a council that continues its predecessor under the same DfE number', () => {
    const [kept] = reassignToPredecessors([statement('E99000016', '2018-08-06')], gazetteer, dfeOf, report);
    expect(kept?.authority).toBe('E99000016');
  });
});
