// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { ArticleSummary, type ArticleSummaryProps } from '../../../components/page/ArticleSummary';
import { HoverCard } from '../../../components/page/HoverCard';
import { summariseAuthority } from '../../../lib/authority-summary';
import { tinyPack } from '../../fixtures/tiny-pack';

afterEach(cleanup);
const pack = tinyPack();
const alderbury = summariseAuthority(pack, 'E99000001') as NonNullable<ReturnType<typeof summariseAuthority>>;
const brookfield = summariseAuthority(pack, 'E99000002') as NonNullable<
  ReturnType<typeof summariseAuthority>
>;

/** The article summary, naming Alderbury once and doing nothing, unless a test says otherwise. */
const summaryWith = (props: Partial<ArticleSummaryProps>) => (
  <ArticleSummary
    councils={[{ summary: alderbury, mentions: 1, references: 0 }]}
    collapsed={false}
    onToggle={() => {}}
    onOpen={() => {}}
    onPrepare={() => {}}
    {...props}
  />
);

it('the hover card names the council and states its latest judgement in words, with its date', () => {
  const onOpenHistory = vi.fn();
  render(<HoverCard summary={alderbury} position={{ top: 0, left: 0 }} onOpenHistory={onOpenHistory} />);
  const card = screen.getByRole('dialog', { name: 'Alderbury Metropolitan Borough Council' });
  expect(card.textContent).toMatch(/Inadequate/);
  expect(card.textContent).toMatch(/21 February 2022/);
  fireEvent.click(screen.getByRole('button', { name: 'Open history' }));
  expect(onOpenHistory).toHaveBeenCalled();
});

it("the hover card for a district says which county runs children's services", () => {
  render(<HoverCard summary={brookfield} position={{ top: 0, left: 0 }} onOpenHistory={() => {}} />);
  expect(screen.getByRole('dialog').textContent).toMatch(/run by Alderbury Metropolitan Borough Council/);
});

it('the hover card shows missing data as missing', () => {
  render(
    <HoverCard
      summary={{ ...alderbury, latest: null }}
      position={{ top: 0, left: 0 }}
      onOpenHistory={() => {}}
    />,
  );
  expect(screen.getByRole('dialog').textContent).toMatch(/No Ofsted inspection on record/);
});

it('the article summary lists each council with its mentions and latest judgement, and collapses', () => {
  const onToggle = vi.fn();
  const onOpen = vi.fn();
  const summary = (collapsed: boolean) =>
    summaryWith({
      councils: [{ summary: alderbury, mentions: 2, references: 3 }],
      collapsed,
      onToggle,
      onOpen,
    });
  const { rerender } = render(summary(false));
  const item = screen.getByRole('button', { name: /Alderbury/ });
  // The references are counted apart from the names: 2 + 3, not 3 of the 2.
  expect(item.textContent).toMatch(/2 mentions by name, 3 more as "the council"/);
  expect(item.textContent).toMatch(/Inadequate/);
  fireEvent.click(item);
  expect(onOpen).toHaveBeenCalledWith('E99000001');
  fireEvent.click(screen.getByRole('button', { name: /1 council in this article/ }));
  expect(onToggle).toHaveBeenCalled();
  rerender(summary(true));
  expect(screen.queryByRole('button', { name: /Alderbury/ })).toBeNull();
  expect(screen.getByRole('button', { expanded: false })).toBeTruthy();
});

it("the article summary says whose rating a district's badge is", () => {
  render(summaryWith({ councils: [{ summary: brookfield, mentions: 1, references: 0 }] }));
  expect(screen.getByRole('button', { name: /Brookfield/ }).textContent).toMatch(
    /Children's services run by Alderbury Metropolitan Borough Council.*Inadequate/,
  );
});

it("the article summary asks for a council's history to be loaded when the reader points at or focuses it", () => {
  const onPrepare = vi.fn();
  render(summaryWith({ onPrepare }));
  const item = screen.getByRole('button', { name: /Alderbury/ });
  fireEvent.pointerEnter(item);
  fireEvent.focus(item);
  expect(onPrepare.mock.calls).toEqual([['E99000001'], ['E99000001']]);
});

/** A council in Northern Ireland, where Health and Social Care Trusts, not councils, run children's services. */
const lough: NonNullable<ReturnType<typeof summariseAuthority>> = {
  code: 'N99000001',
  name: 'Lough City Council',
  shortName: 'Lough',
  latest: null,
  responsible: {
    kind: 'inspectorate',
    name: 'RQIA (Regulation and Quality Improvement Authority)',
    url: 'https://www.rqia.org.uk',
    runBy: 'Health and Social Care Trusts',
  },
};

it("the hover card and the article summary say that a Northern Irish council does not run children's services", () => {
  render(<HoverCard summary={lough} position={{ top: 0, left: 0 }} onOpenHistory={() => {}} />);
  expect(screen.getByRole('dialog').textContent).toMatch(
    /Children's services here are run by Health and Social Care Trusts, not the council, and inspected by RQIA \(Regulation and Quality Improvement Authority\), not Ofsted\./,
  );
  cleanup();
  render(summaryWith({ councils: [{ summary: lough, mentions: 1, references: 0 }] }));
  expect(screen.getByRole('button', { name: /Lough/ }).textContent).toMatch(
    /Children's services run by Health and Social Care Trusts, not the councilInspected by RQIA/,
  );
});

it('the hover card says a Welsh council is inspected by Care Inspectorate Wales, and no more', () => {
  const cwm: typeof lough = {
    code: 'W99000001',
    name: 'Cwm County Borough Council',
    shortName: 'Cwm',
    latest: null,
    responsible: {
      kind: 'inspectorate',
      name: 'Care Inspectorate Wales',
      url: 'https://www.careinspectorate.wales',
    },
  };
  render(<HoverCard summary={cwm} position={{ top: 0, left: 0 }} onOpenHistory={() => {}} />);
  expect(screen.getByRole('dialog').textContent).toMatch(
    /Children's services are inspected by Care Inspectorate Wales, not Ofsted\./,
  );
  expect(screen.getByRole('dialog').textContent).not.toMatch(/not the council/);
});

it('the article summary counts names alone when the article never says "the council"', () => {
  render(summaryWith({ councils: [{ summary: alderbury, mentions: 1, references: 0 }] }));
  expect(screen.getByRole('button', { name: /Alderbury/ }).textContent).toMatch(/1 mention(?! by name)/);
});
