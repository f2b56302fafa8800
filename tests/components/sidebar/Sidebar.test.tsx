// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { Sidebar } from '../../../components/sidebar/Sidebar';
import { readPack } from '../../../lib/db/seed';
import { councilRecord } from '../../../lib/record/record';
import { fixtureInspection as inspection, tinyPack } from '../../fixtures/tiny-pack';

afterEach(cleanup);
const pack = tinyPack();
const props = { meta: pack.meta, councils: [], onSelect: () => {}, onClose: () => {} };

it("shows a council's inspections with dates, judgements, their source and the known gaps", () => {
  render(
    <Sidebar
      {...props}
      record={councilRecord(pack, 'E99000001') as NonNullable<ReturnType<typeof councilRecord>>}
    />,
  );
  expect(
    screen.getByRole('heading', { level: 1, name: 'Alderbury Metropolitan Borough Council' }),
  ).toBeTruthy();
  expect(screen.getByText('Inadequate in 2022')).toBeTruthy();
  const [inspection] = screen.getAllByTestId('inspection');
  expect(inspection?.textContent).toMatch(/Inspected 21 February 2022, report published 9 May 2022/);
  expect(inspection?.textContent).toMatch(/Source: Council Lens tests, Test fixture/);
  // The fixture gives no report link: said so, not a bare " · Source:".
  expect(inspection?.textContent).toMatch(/No link to the report in the data · Source:/);
  expect(
    screen.getByRole('img', { name: /Inspection timeline, 2009 to \d{4}: 1 inspections, 0 visits/ }),
  ).toBeTruthy();
  const sources = screen.getByRole('region', { name: 'Sources' });
  expect(within(sources).getByRole('heading', { name: 'Known gaps' })).toBeTruthy();
  expect(within(sources).getByText('This pack is a test fixture.')).toBeTruthy();
  expect(sources.textContent).toMatch(/Data version test-1/);
});

it('says a council no longer exists, when it ended, and links to the councils that took over', () => {
  const onSelect = vi.fn();
  const ended = tinyPack();
  const [abolished, successor] = ended.authorities as [
    (typeof ended.authorities)[number],
    (typeof ended.authorities)[number],
  ];
  abolished.ended = { date: '2021-03-31', replacedBy: [successor.code] };
  render(
    <Sidebar
      {...props}
      onSelect={onSelect}
      record={councilRecord(ended, abolished.code) as NonNullable<ReturnType<typeof councilRecord>>}
    />,
  );
  expect(screen.getByTestId('ended').textContent).toBe(
    `This council no longer exists: it ended on 31 March 2021. Its area is now served by ${successor.name}.`,
  );
  fireEvent.click(screen.getByRole('button', { name: successor.name }));
  expect(onSelect).toHaveBeenCalledWith(successor.code);
});

it('computes the national spread from the data', () => {
  render(
    <Sidebar
      {...props}
      record={councilRecord(pack, 'E99000001') as NonNullable<ReturnType<typeof councilRecord>>}
    />,
  );
  expect(screen.getByRole('region', { name: 'In context' }).textContent).toMatch(/Inadequate 1 of 1/);
});

it('gives a neighbour and the national spread a report card as the latest, never the grade before it', () => {
  const withReportCard = tinyPack();
  const [alderbury] = withReportCard.authorities as [(typeof withReportCard.authorities)[number]];
  withReportCard.authorities.push({
    ...alderbury,
    code: 'E99000003',
    registryCode: 'CCC',
    name: 'Coldharbour Council',
    shortName: 'Coldharbour',
    aliases: [],
  });
  if (alderbury.childrensServices.kind === 'self')
    alderbury.childrensServices.statisticalNeighbours = ['E99000003'];
  withReportCard.inspections.push(
    inspection({ kind: 'full', framework: 'ILACS', startDate: '2022-11-28', overall: 'Good' }),
    inspection({
      kind: 'report-card',
      framework: 'Report card (2026)',
      startDate: '2026-05-11',
      noOverallGrade: true,
      subJudgements: [
        { area: 'Leadership', judgement: 'Outstanding' },
        { area: 'Help and protection', judgement: 'Good' },
      ],
    }),
  );
  for (const added of withReportCard.inspections.slice(1)) {
    added.authority = 'E99000003';
    added.id = added.id.replace('E99000001', 'E99000003');
  }
  render(
    <Sidebar
      {...props}
      record={
        councilRecord(readPack(withReportCard), 'E99000001') as NonNullable<ReturnType<typeof councilRecord>>
      }
    />,
  );
  const context = screen.getByRole('region', { name: 'In context' });
  const neighbour = within(context).getByRole('button', { name: 'Coldharbour' }).parentElement;
  expect(neighbour?.textContent).toBe(
    'Coldharbour ○ No single grade report card 2026 (1 Outstanding, 1 Good)',
  );
  expect(context.textContent).toMatch(/Good 0 of 2/);
  expect(context.textContent).toMatch(/No single grade \(report card\) 1 of 2/);
});

it("for a district, says which county runs children's services and links to its record", () => {
  const onSelect = vi.fn();
  render(
    <Sidebar
      {...props}
      onSelect={onSelect}
      record={councilRecord(pack, 'E99000002') as NonNullable<ReturnType<typeof councilRecord>>}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Alderbury Metropolitan Borough Council' }));
  expect(onSelect).toHaveBeenCalledWith('E99000001');
});

it('switches between the councils an article mentions, and closes', () => {
  const onSelect = vi.fn();
  const onClose = vi.fn();
  render(
    <Sidebar
      {...props}
      councils={[
        { code: 'E99000001', shortName: 'Alderbury' },
        { code: 'E99000002', shortName: 'Brookfield' },
      ]}
      onSelect={onSelect}
      onClose={onClose}
      record={councilRecord(pack, 'E99000001') as NonNullable<ReturnType<typeof councilRecord>>}
    />,
  );
  const switcher = screen.getByRole('navigation', { name: 'Councils in this article' });
  expect(within(switcher).getByRole('button', { name: 'Alderbury' }).getAttribute('aria-current')).toBe(
    'true',
  );
  fireEvent.click(within(switcher).getByRole('button', { name: 'Brookfield' }));
  expect(onSelect).toHaveBeenCalledWith('E99000002');
  fireEvent.click(screen.getByRole('button', { name: 'Close Council Lens' }));
  expect(onClose).toHaveBeenCalled();
});

it('held out of sight, ready for a click, it takes focus only once it is shown', async () => {
  const record = councilRecord(pack, 'E99000001') as NonNullable<ReturnType<typeof councilRecord>>;
  const { rerender } = render(<Sidebar {...props} record={record} onScreen={false} />);
  const heading = screen.getByRole('heading', { level: 1 });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(document.activeElement).not.toBe(heading);
  rerender(<Sidebar {...props} record={record} onScreen={true} />);
  await vi.waitFor(() => expect(document.activeElement).toBe(heading));
});

it('draws a commitment Council Lens found but the reader has not confirmed apart from a confirmed one', () => {
  const { container } = render(
    <Sidebar
      {...props}
      record={councilRecord(pack, 'E99000001') as NonNullable<ReturnType<typeof councilRecord>>}
      commitmentMarkers={[
        { date: '2023-03-01', label: 'We will hire more social workers.', unconfirmed: true },
        { date: '2023-09-01', label: 'We have committed an extra £2m.' },
      ]}
    />,
  );
  expect(
    screen.getByRole('img', {
      name: /2 stated commitments \(1 found by Council Lens, not yet confirmed\)/,
    }),
  ).toBeTruthy();
  const diamonds = Array.from(container.querySelectorAll('.timeline__commitment'), (diamond) => ({
    hollow: diamond.classList.contains('timeline__commitment--unconfirmed'),
    title: diamond.querySelector('title')?.textContent,
  }));
  expect(diamonds).toEqual([
    {
      hollow: true,
      title:
        'Possible commitment, found by Council Lens and not yet confirmed, stated 2023-03-01: We will hire more social workers.',
    },
    { hollow: false, title: 'Commitment stated 2023-09-01: We have committed an extra £2m.' },
  ]);
  // And a key for those who see it.
  expect(container.querySelector('.timeline__legend')?.textContent).toBe(
    '◆ a commitment you confirmed or added◇ found by Council Lens, to confirm below',
  );
});

/** The tiny pack with a council in Wales and one in Northern Ireland, each as the committed pack has them. */
function packWithNations() {
  const nations = tinyPack();
  const base = { aliases: [], formerCodes: [] };
  nations.authorities.push(
    {
      ...base,
      code: 'W99000001',
      registryCode: 'CWM',
      name: 'Cwm County Borough Council',
      shortName: 'Cwm',
      type: 'Welsh unitary authority',
      nation: 'Wales',
      childrensServices: {
        kind: 'inspectorate',
        name: 'Care Inspectorate Wales',
        url: 'https://www.careinspectorate.wales',
      },
    },
    {
      ...base,
      code: 'N99000001',
      registryCode: 'LGH',
      name: 'Lough City Council',
      shortName: 'Lough',
      type: 'NI district',
      nation: 'Northern Ireland',
      childrensServices: {
        kind: 'inspectorate',
        name: 'RQIA (Regulation and Quality Improvement Authority)',
        url: 'https://www.rqia.org.uk',
        runBy: 'Health and Social Care Trusts',
      },
    },
  );
  return nations;
}

it("says that councils in Northern Ireland do not run children's services, who does, and who inspects them", () => {
  const nations = packWithNations();
  render(
    <Sidebar
      {...props}
      record={councilRecord(nations, 'N99000001') as NonNullable<ReturnType<typeof councilRecord>>}
    />,
  );
  expect(document.querySelector('.notice')?.textContent).toBe(
    "Councils in Northern Ireland do not run children's services: they are run by Health and Social Care Trusts and inspected by RQIA (Regulation and Quality Improvement Authority), not Ofsted. Council Lens does not yet hold its reports.",
  );
  expect(
    screen.getByRole('link', { name: 'RQIA (Regulation and Quality Improvement Authority)' }),
  ).toBeTruthy();
  // The known gaps are gaps in England's Ofsted files, which say nothing of this council.
  expect(screen.queryByRole('heading', { name: 'Known gaps' })).toBeNull();
  expect(screen.queryByText('This pack is a test fixture.')).toBeNull();
});

it("says a Welsh council runs children's services that Care Inspectorate Wales inspects, without England's gaps", () => {
  const nations = packWithNations();
  render(
    <Sidebar
      {...props}
      record={councilRecord(nations, 'W99000001') as NonNullable<ReturnType<typeof councilRecord>>}
    />,
  );
  expect(document.querySelector('.notice')?.textContent).toBe(
    "Ofsted does not inspect children's services in Wales. They are inspected by Care Inspectorate Wales, whose reports Council Lens does not yet hold.",
  );
  expect(screen.queryByRole('heading', { name: 'Known gaps' })).toBeNull();
});

it("reads a pack built before it said who runs Northern Ireland's services, and says what that pack knows", () => {
  const older = packWithNations();
  const lough = older.authorities.find((authority) => authority.code === 'N99000001');
  if (lough?.childrensServices.kind !== 'inspectorate') throw new Error('Lough is in the fixture');
  delete lough.childrensServices.runBy;
  render(
    <Sidebar
      {...props}
      record={
        councilRecord(readPack(JSON.parse(JSON.stringify(older))), 'N99000001') as NonNullable<
          ReturnType<typeof councilRecord>
        >
      }
    />,
  );
  expect(document.querySelector('.notice')?.textContent).toMatch(
    /^Ofsted does not inspect children's services in Northern Ireland\. They are inspected by RQIA/,
  );
});

it('saves the record when asked, and says under what name or why it could not', async () => {
  const record = councilRecord(pack, 'E99000001') as NonNullable<ReturnType<typeof councilRecord>>;
  const onSave = vi.fn(async () => 'alderbury-council-lens-2026-12-06.md');
  render(<Sidebar {...props} record={record} onSave={onSave} />);
  fireEvent.click(screen.getByRole('button', { name: 'Save this record' }));
  expect(onSave).toHaveBeenCalledOnce();
  expect((await screen.findByText(/Saved as/)).textContent).toBe(
    ' Saved as alderbury-council-lens-2026-12-06.md',
  );
  cleanup();
  render(
    <Sidebar
      {...props}
      record={record}
      onSave={async () => Promise.reject(new Error('The notes could not be read.'))}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Save this record' }));
  expect((await screen.findByRole('status')).textContent).toMatch(
    /Could not save it: The notes could not be read\./,
  );
});
