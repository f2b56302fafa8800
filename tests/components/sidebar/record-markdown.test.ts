import { expect, it } from 'vitest';
import { recordFileName, recordMarkdown } from '../../../components/sidebar/record-markdown';
import type { CommitmentRecord } from '../../../lib/db/records';
import type { Note } from '../../../lib/notes/note';
import { councilRecord } from '../../../lib/record/record';
import { fixtureInspection, tinyPack } from '../../fixtures/tiny-pack';

const pack = tinyPack();
pack.inspections.push(
  fixtureInspection({
    kind: 'full',
    framework: 'ILACS',
    label: 'Full inspection (ILACS standard)',
    startDate: '2025-06-23',
    endDate: '2025-07-04',
    publishedDate: '2025-08-12',
    overall: 'Good',
    subJudgements: [{ area: 'Children in care', judgement: 'Requires improvement to be good' }],
    reportUrl: 'https://reports.example/alderbury-2025',
    official: false,
  }),
);
// A neighbour with no inspection of its own, to show that it is said so, not left out.
const alderbury = pack.authorities[0]?.childrensServices;
if (alderbury?.kind === 'self') alderbury.statisticalNeighbours = ['E99000002'];
const record = (code: string) => councilRecord(pack, code) as NonNullable<ReturnType<typeof councilRecord>>;

const commitment = (facts: Partial<CommitmentRecord>): CommitmentRecord => ({
  id: `E99000001:${facts.quote}`,
  authority: 'E99000001',
  quote: 'Alderbury Council said it would spend an extra £4m on fostering.',
  kind: 'money',
  articleUrl: 'https://news.example/alderbury',
  headline: 'Alderbury promises [more] for fostering',
  publisher: 'Example News',
  publishedDate: '2024-03-02',
  status: 'extracted',
  createdAt: '2024-03-02T12:00:00Z',
  ...facts,
});

const note: Note = {
  id: 'n1',
  text: 'Ask about the £4m at the next meeting.\nAnd about agency staff.',
  articleUrl: 'https://news.example/alderbury',
  articleHeadline: 'Alderbury promises more for fostering',
  quote: { exact: 'an extra £4m', prefix: '', suffix: '' },
  authorities: ['E99000001'],
  createdAt: '2024-03-03T09:00:00Z',
  updatedAt: '2024-03-03T09:00:00Z',
};

it("saves the council's record as the sidebar shows it: ratings with their sources, commitments with their articles, notes", () => {
  const text = recordMarkdown({
    record: record('E99000001'),
    meta: pack.meta,
    commitments: [
      commitment({ status: 'confirmed', amount: 4_000_000, speaker: 'A council spokesperson' }),
      commitment({ quote: 'The council said it would review every placement.', kind: 'action' }),
      commitment({ quote: 'The council said staff had worked hard.', status: 'statement' }),
    ],
    notes: [note],
    now: new Date('2026-12-06T10:00:00Z'),
  });
  expect(text).toBe(`# Alderbury Metropolitan Borough Council

Metropolitan district · North West · England

Saved from Council Lens on 6 December 2026, data version test-1.

## Ofsted inspections of children's services

Inadequate in 2022, Good in 2025.

### Full inspection (ILACS standard)

Inspected 23 June 2025 to 4 July 2025, report published 12 August 2025.

- Overall: **Good**
- Children in care: Requires improvement to be good
- Report: <https://reports.example/alderbury-2025>
- **Unofficial source**: Council Lens tests, Test fixture

### Full inspection (ILACS standard)

Inspected 21 February 2022, report published 9 May 2022.

- Overall: **Inadequate**
- Report: no link to the report in the data
- Source: Council Lens tests, Test fixture

## In context

Latest inspection of each of England's 1 children's services authorities: Outstanding 0, Good 1, Requires improvement to be good 0, Inadequate 0.

Statistical neighbours, at their latest inspection:

- Brookfield: no judgement on record

## Stated commitments

Council Lens catches only some of what councils say, and can misread it: each says who stands behind it.

- 2 March 2024 · Money · £4m · confirmed by you

  > Alderbury Council said it would spend an extra £4m on fostering.

  A council spokesperson, in [Alderbury promises \\[more\\] for fostering](<https://news.example/alderbury>), Example News

- 2 March 2024 · Action · found by Council Lens

  > The council said it would review every placement.

  [Alderbury promises \\[more\\] for fostering](<https://news.example/alderbury>), Example News

## Your notes

- Written 3 March 2024, on [Alderbury promises more for fostering](<https://news.example/alderbury>)

  > an extra £4m

  Ask about the £4m at the next meeting.
  And about agency staff.

## Sources

- Test fixture. Council Lens tests. MIT. Unofficial.

### Known gaps

- This pack is a test fixture.
`);
});

it('says whose record a district shows, and says so when nothing is captured or noted', () => {
  const text = recordMarkdown({ record: record('E99000002'), meta: pack.meta, commitments: [], notes: [] });
  expect(text).toMatch(
    /Children's services here are run by Alderbury Metropolitan Borough Council\. The record below is theirs\./,
  );
  expect(text).toMatch(/## Stated commitments\n\nNone captured from the articles read\./);
  expect(text).toMatch(/## Your notes\n\nNo notes on this council\./);
});

it('says who inspects a council that Ofsted does not, and leaves out the known gaps of its files', () => {
  const welsh = tinyPack();
  welsh.authorities.push({
    code: 'W99000003',
    registryCode: 'CCC',
    name: 'Cwm Tawel County Borough Council',
    shortName: 'Cwm Tawel',
    aliases: [],
    type: 'Unitary authority',
    nation: 'Wales',
    formerCodes: [],
    childrensServices: {
      kind: 'inspectorate',
      name: 'Care Inspectorate Wales',
      url: 'https://inspectorate.example/',
    },
  });
  const text = recordMarkdown({
    record: councilRecord(welsh, 'W99000003') as NonNullable<ReturnType<typeof councilRecord>>,
    meta: welsh.meta,
    commitments: [],
    notes: [],
  });
  expect(text).toContain(
    "Ofsted does not inspect children's services in Wales. They are inspected by Care Inspectorate Wales (<https://inspectorate.example/>), whose reports Council Lens does not yet hold.",
  );
  expect(text).toMatch(/not yet hold\.\n\n## Stated commitments\n/);
  expect(text).not.toContain('Known gaps');
});

it('names the file after the council and the day', () => {
  expect(recordFileName(record('E99000001'), new Date('2026-12-06T10:00:00Z'))).toBe(
    'alderbury-council-lens-2026-12-06.md',
  );
});
