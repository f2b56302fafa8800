// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { InspectionList } from '../../../components/sidebar/InspectionList';
import { fixtureInspection as inspection, tinyPack } from '../../fixtures/tiny-pack';

afterEach(cleanup);
const pack = tinyPack();

it("explains each framework once, on its newest inspection, not again on every one (Sefton's many ILACS)", () => {
  const oldestFirst = [
    inspection({ kind: 'full', framework: 'SIF', startDate: '2016-05-09', overall: 'Requires improvement' }),
    inspection({ kind: 'full', framework: 'ILACS', startDate: '2019-03-04', overall: 'Inadequate' }),
    inspection({ kind: 'monitoring-visit', framework: 'ILACS', startDate: '2020-01-20' }),
    inspection({ kind: 'focused-visit', framework: 'ILACS', startDate: '2022-06-13' }),
    inspection({ kind: 'full', framework: 'ILACS', startDate: '2024-09-16', overall: 'Good' }),
  ];
  render(<InspectionList inspections={oldestFirst} meta={pack.meta} />);
  const disclosures = screen.getAllByText(/^What was /, { selector: 'summary' });
  expect(disclosures.map((summary) => summary.textContent)).toEqual(['What was ILACS?', 'What was SIF?']);
  const [newest, , , , oldest] = screen.getAllByTestId('inspection');
  expect(newest?.querySelector('summary')?.textContent).toBe('What was ILACS?');
  expect(oldest?.querySelector('summary')?.textContent).toBe('What was SIF?');
});

it('asks of the framework in force "What is a report card?", and of the ones before "What was …?"', () => {
  render(
    <InspectionList
      inspections={[
        inspection({ kind: 'full', framework: 'ILACS', startDate: '2022-11-28', overall: 'Good' }),
        inspection({
          kind: 'report-card',
          framework: 'Report card (2026)',
          startDate: '2026-05-11',
          noOverallGrade: true,
        }),
      ]}
      meta={pack.meta}
    />,
  );
  const questions = screen.getAllByText(/^What /, { selector: 'summary' });
  expect(questions.map((summary) => summary.textContent)).toEqual([
    'What is a report card?',
    'What was ILACS?',
  ]);
  expect(questions[0]?.parentElement?.textContent).toMatch(/report cards with several judgements/);
});

it('says that a 2011 grade 3 was then called "adequate", though the files give it in today\'s words', () => {
  render(
    <InspectionList
      inspections={[
        inspection({
          kind: 'full',
          framework: 'SLAC',
          startDate: '2011-03-07',
          noOverallGrade: true,
          subJudgements: [{ area: 'Safeguarding services', judgement: 'Requires improvement to be good' }],
        }),
      ]}
      meta={pack.meta}
    />,
  );
  expect(screen.getByText('Requires improvement to be good')).toBeTruthy();
  const explanation = screen.getByText(/^What was SLAC\?/, { selector: 'summary' }).parentElement;
  expect(explanation?.textContent).toContain('grade 3 of 4 was then called "adequate"');
});
