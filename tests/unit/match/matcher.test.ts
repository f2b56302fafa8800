import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPack } from '../../../lib/db/seed';
import { countReferences } from '../../../lib/match/anaphora';
import { createMatcher } from '../../../lib/match/matcher';
import { buildNameIndex } from '../../../lib/match/name-index';

const pack = readPack(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../public/data/pack.json'), 'utf8')),
);
const matcher = createMatcher(pack.authorities);
const codeOf = (shortName: string) =>
  pack.authorities.find((authority) => authority.shortName === shortName && !authority.ended)?.code;
const found = (text: string) => matcher.find(text).map((match) => [match.text, match.code]);

describe('council mentions newsrooms write', () => {
  it.each([
    ['Sefton Council said it would appeal.', 'Sefton Council', 'Sefton'],
    ['a spokesperson for Sefton council said', 'Sefton council', 'Sefton'],
    ["Sefton Council's director resigned.", 'Sefton Council', 'Sefton'],
    [
      'Sefton Metropolitan Borough Council agreed the budget.',
      'Sefton Metropolitan Borough Council',
      'Sefton',
    ],
    ['Hull City Council has apologised.', 'Hull City Council', 'Kingston upon Hull'],
    [
      'Kingston upon Hull City Council has apologised.',
      'Kingston upon Hull City Council',
      'Kingston upon Hull',
    ],
    ['Kent County Council runs the service.', 'Kent County Council', 'Kent'],
    ['the London Borough of Hackney said', 'London Borough of Hackney', 'Hackney'],
    ["the Royal Borough of Greenwich's plans", 'Royal Borough of Greenwich', 'Greenwich'],
    ['City of Bristol Council voted', 'City of Bristol Council', 'Bristol'],
    ['Bristol City Council voted', 'Bristol City Council', 'Bristol'],
    ['Burnley Borough Council approved it.', 'Burnley Borough Council', 'Burnley'],
    ['Cardiff Council said', 'Cardiff Council', 'Cardiff'],
    ['Telford & Wrekin Council said', 'Telford & Wrekin Council', 'Telford and Wrekin'],
    ['St. Helens Council said', 'St. Helens Council', 'St Helens'],
    ['(Westminster City Council) said', 'Westminster City Council', 'Westminster'],
    ['A Richmond Council spokesperson said', 'Richmond Council', 'Richmond upon Thames'],
    ['Brighton Council will review it.', 'Brighton Council', 'Brighton and Hove'],
    ['Stoke Council said', 'Stoke Council', 'Stoke-on-Trent'],
    ['Conservative-run Epping Council said', 'Epping Council', 'Epping Forest'],
    ['Bucks County Council (BCC) chiefs met', 'Bucks County Council', 'Buckinghamshire'],
    ['Herts County Council said', 'Herts County Council', 'Hertfordshire'],
    ['Suffolk CC has apologised.', 'Suffolk CC', 'Suffolk'],
    ['Kirklees MBC said', 'Kirklees MBC', 'Kirklees'],
  ])('%s', (text, mention, shortName) => {
    expect(found(text)).toEqual([[mention, codeOf(shortName)]]);
  });

  it('prefers the longest name: Kent County Council, not Kent', () => {
    expect(found('Kent County Council and Medway Council met.')).toEqual([
      ['Kent County Council', codeOf('Kent')],
      ['Medway Council', codeOf('Medway')],
    ]);
  });

  it('reads initials as a council only after a place the pack knows', () => {
    expect(found('Washington DC, in 300 BC, Yorkshire CCC and DC Jones of Kent Police')).toEqual([]);
  });

  it('leaves a leading place two councils share unmarked: Newcastle, Kingston', () => {
    expect(found('Newcastle Council and Kingston Council met.')).toEqual([]);
    expect(found('Newcastle City Council met.')).toEqual([
      ['Newcastle City Council', codeOf('Newcastle upon Tyne')],
    ]);
  });

  it('reports offsets into the text', () => {
    const text = 'In a statement, Sefton Council said';
    const [match] = matcher.find(text);
    expect(text.slice(match?.start, match?.end)).toBe('Sefton Council');
  });
});

describe('what is not a council of ours', () => {
  it.each([
    'Sefton is a borough on Merseyside.',
    'Kent and Birmingham were named.',
    'the UN Security Council met',
    'the European Council agreed',
    'Arts Council England gave a grant',
    "the National Police Chiefs' Council said",
    'the Muslim Council of Britain said',
    'Maghull Town Council and Barry Town Council met',
    'Cork County Council and Palmerston North City Council said',
    'Sefton Council for Voluntary Service runs the project',
    'the council said it would act',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('official "X of Y" names', () => {
  const codeOfName = (name: string) => pack.authorities.find((authority) => authority.name === name)?.code;
  const scilly = 'Council of the Isles of Scilly';
  const kingsLynn = 'Borough Council of Kings Lynn and West Norfolk';
  const cityOfLondon = 'City of London Corporation';
  const poole = 'Borough of Poole';

  it('has the official names these sentences use, one of them a former council', () => {
    for (const name of [scilly, kingsLynn, cityOfLondon, poole]) expect(codeOfName(name), name).toBeDefined();
    expect(pack.authorities.find((authority) => authority.name === poole)?.ended).toBeDefined();
  });

  it.each([
    ['Council of the Isles of Scilly agreed a new ferry contract.', scilly, scilly],
    ['Islanders wrote to the Council of the Isles of Scilly.', scilly, scilly],
    ["The Council of the Isles of Scilly's planning chief stepped down.", scilly, scilly],
    [
      "Borough Council of King's Lynn and West Norfolk approved the plan.",
      "Borough Council of King's Lynn and West Norfolk",
      kingsLynn,
    ],
    [
      'A spokesman for the Borough Council of Kings Lynn & West Norfolk said no.',
      'Borough Council of Kings Lynn & West Norfolk',
      kingsLynn,
    ],
    ['City of London Corporation runs the markets.', cityOfLondon, cityOfLondon],
    ['The City of London Corporation said it would reopen the market.', cityOfLondon, cityOfLondon],
    ['Funding came from the City of London Corporation.', cityOfLondon, cityOfLondon],
    ["the City of London Corporation's grant", cityOfLondon, cityOfLondon],
    ['Borough of Poole ran the harbour until 2019.', poole, poole],
    ['Staff at the Borough of Poole were moved.', poole, poole],
  ])('%s', (text, mention, name) => {
    const matches = matcher.find(text);
    expect(matches.map((match) => [match.text, match.code])).toEqual([[mention, codeOfName(name)]]);
    const [match] = matches;
    expect(text.slice(match?.start, match?.end)).toBe(mention);
  });

  it('reads "Council of" forward from a place the pack knows, as in legal names', () => {
    expect(found('the Council of the City of Sunderland was named in the case')).toEqual([
      ['Council of the City of Sunderland', codeOf('Sunderland')],
    ]);
  });

  it.each([
    'Sefton Council for Voluntary Service runs the project',
    'Leeds City Council of Faiths met',
    'the Muslim Council of Britain said',
    'the Council of Europe ruled',
    'the Council of Ministers agreed',
    'the Council of the European Union decided',
    'the Council of Cardiff University met',
    'families across the Borough of Sefton',
    'the British Broadcasting Corporation said',
    'Council officers met on Monday',
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

it('builds from a compact index as well as from the pack', () => {
  const fromIndex = createMatcher(JSON.parse(JSON.stringify(buildNameIndex(pack.authorities))));
  expect(fromIndex.find('Sefton Council said').map((match) => match.code)).toEqual([codeOf('Sefton')]);
});

describe('references back to the council', () => {
  const codeOfSefton = () => codeOf('Sefton') as string;
  it('counts "the council" and "the authority" after the council is named, in an article about one council', () => {
    const text =
      'The council was criticised. Sefton Council said it would improve. The council added that the local authority had hired staff, and the authority agreed. The council tax rises.';
    expect(countReferences(text, matcher.find(text)).get(codeOfSefton())).toBe(3);
  });

  it('counts none when the article names several councils', () => {
    const text = 'Sefton Council and Knowsley Council met. The council said no.';
    expect(countReferences(text, matcher.find(text)).size).toBe(0);
  });
});
