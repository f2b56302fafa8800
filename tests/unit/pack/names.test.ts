import { describe, expect, it } from 'vitest';
import { cleanAliases, leadingPlace } from '../../../lib/pack/build/aliases';
import { nameKey } from '../../../lib/pack/names';

describe('name keys', () => {
  it('gives the usual spellings of one council the same key', () => {
    const sefton = ['Sefton Metropolitan Borough Council', 'Sefton Council', 'sefton', ' Sefton '];
    expect(new Set(sefton.map(nameKey))).toEqual(new Set(['sefton']));
    expect(nameKey('Telford & Wrekin')).toBe(nameKey('Telford and Wrekin Council'));
    expect(nameKey('Bristol, City of')).toBe(nameKey('City of Bristol'));
    expect(nameKey('St. Helens')).toBe(nameKey('St Helens Council'));
    expect(nameKey('Bedford Borough')).toBe(nameKey('Bedford'));
    expect(nameKey('Royal Borough of Greenwich')).toBe('greenwich');
    expect(nameKey('Ynys Môn')).toBe('ynys mon');
  });

  it('keeps names apart that are different councils', () => {
    expect(nameKey('City of London')).not.toBe(nameKey('London'));
    expect(nameKey('Dorset County Council')).not.toBe(nameKey('Dorset Council'));
    expect(nameKey('Newcastle-under-Lyme')).not.toBe(nameKey('Newcastle City Council'));
  });
});

describe('cleaning aliases for detection', () => {
  const raw = [
    'Ashdown Vale',
    'ashdown vale',
    'Ashdown Vale UA',
    'ashdown vale london boro',
    'ashdown vale district',
    'Ashdown Vale, City of',
    'ashdown vale city of',
    'ashdown vail',
    'ashdown-vale city council',
    'Ashdown Vale City',
    'Ashdown Vale & Mere',
    'Ashdown ValeÃ© garbled',
    'ashdown, vale',
  ];

  it('keeps the names a newsroom would write, in their proper capitals, and drops machine forms and typos', () => {
    expect(cleanAliases(raw, 'Ashdown Vale Borough Council', 'Ashdown Vale')).toEqual([
      'Ashdown Vale & Mere',
      'Ashdown-Vale City Council',
    ]);
  });

  it('never repeats the name or short name as an alias', () => {
    expect(
      cleanAliases(
        ['Ashdown Vale Borough Council', 'ASHDOWN VALE'],
        'Ashdown Vale Borough Council',
        'Ashdown Vale',
      ),
    ).toEqual([]);
  });

  it('keeps lower-case words in the capitals the council’s own names give them', () => {
    expect(
      cleanAliases(['kingston upon hull city council'], 'Hull City Council', 'Kingston upon Hull'),
    ).toEqual(['Kingston upon Hull City Council']);
  });
});

describe('the leading place of a joined name, as newsrooms shorten it', () => {
  it.each([
    ['Brighton and Hove', 'Brighton'],
    ['Stoke-on-Trent', 'Stoke'],
    ['Richmond upon Thames', 'Richmond'],
    ['Blackburn with Darwen', 'Blackburn'],
    ['Newcastle-under-Lyme', 'Newcastle'],
    ['Bournemouth, Christchurch and Poole', 'Bournemouth'],
    ['Telford & Wrekin', 'Telford'],
  ])('%s: %s', (shortName, place) => {
    expect(leadingPlace(shortName)).toBe(place);
  });

  it('gives none for a name with no join, or one that leads with no place', () => {
    expect(leadingPlace('Sefton')).toBeUndefined();
    expect(leadingPlace('Mid and East Antrim')).toBeUndefined();
    expect(leadingPlace('North and West Ashdown')).toBeUndefined();
  });
});
