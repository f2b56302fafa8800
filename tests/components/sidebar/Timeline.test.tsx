// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { Timeline } from '../../../components/sidebar/Timeline';
import { fixtureInspection as inspection } from '../../fixtures/tiny-pack';

afterEach(cleanup);

const keyOf = (container: Element) =>
  Array.from(container.querySelectorAll('.timeline__key > span'), (entry) => entry.textContent?.trim());

it('keys the letters, colours and ticks it draws, only those this council has', () => {
  const { container } = render(
    <Timeline
      today={new Date('2026-06-01T00:00:00Z')}
      inspections={[
        inspection({ kind: 'full', framework: 'SLAC', publishedDate: '2011-03-01', startDate: undefined }),
        inspection({ kind: 'full', framework: 'SIF', startDate: '2016-05-09', overall: 'Inadequate' }),
        inspection({
          kind: 'full',
          framework: 'ILACS',
          startDate: '2019-03-04',
          overall: 'Requires improvement to be good',
        }),
        inspection({ kind: 'monitoring-visit', framework: 'ILACS', startDate: '2020-01-20' }),
        inspection({ kind: 'full', framework: 'ILACS', startDate: '2024-09-16', overall: 'Good' }),
      ]}
    />,
  );
  expect(keyOf(container)).toEqual([
    'G Good',
    'RI Requires improvement',
    'I Inadequate',
    '– no single grade',
    'visit',
  ]);
  // Each entry's swatch is the colour of the circles it names.
  const circles = Array.from(container.querySelectorAll('circle'), (circle) => circle.getAttribute('fill'));
  const swatches = Array.from(container.querySelectorAll<HTMLElement>('.timeline__swatch'), (swatch) =>
    swatch.style.background.toLowerCase(),
  );
  expect(new Set(swatches.map(hex))).toEqual(new Set(circles));
});

it("lays out inspections of one year so that none hides another, each stem still at its date (Kent's 2013)", () => {
  const { container } = render(
    <Timeline
      today={new Date('2026-06-01T00:00:00Z')}
      inspections={[
        inspection({ kind: 'full', framework: 'CPI', startDate: '2013-01-15', overall: 'Inadequate' }),
        inspection({ kind: 'full', framework: 'TLAC', startDate: '2013-08-23', overall: 'Inadequate' }),
        // Two on one date (Warrington's 2011 pair): one circle exactly over the other before.
        inspection({ kind: 'full', framework: 'SIF', startDate: '2016-04-27', overall: 'Good' }),
        inspection({
          kind: 'full',
          framework: 'SIF re-inspection',
          startDate: '2016-04-27',
          overall: 'Requires improvement to be good',
        }),
        inspection({ kind: 'short', framework: 'ILACS', startDate: '2025-11-03', overall: 'Good' }),
      ]}
    />,
  );
  const centres = Array.from(container.querySelectorAll('circle'), (circle) =>
    Number(circle.getAttribute('cx')),
  );
  const radius = Number(container.querySelector('circle')?.getAttribute('r'));
  expect(centres).toHaveLength(5);
  // In date order, and no two closer than a circle's width.
  for (let index = 1; index < centres.length; index++) {
    expect((centres[index] as number) - (centres[index - 1] as number)).toBeGreaterThanOrEqual(2 * radius);
  }
  const labels = Array.from(container.querySelectorAll('.timeline__label'), (label) => ({
    letter: label.textContent,
    x: Number(label.getAttribute('x')),
  }));
  expect(labels.map((label) => label.letter)).toEqual(['I', 'I', 'G', 'RI', 'G']);
  expect(labels.map((label) => label.x)).toEqual(centres);
  // Each stem runs from its circle down to the axis at the inspection's date, so the axis stays true.
  const feet = Array.from(container.querySelectorAll('.timeline__stem'), (stem) =>
    Number(stem.getAttribute('x2')),
  );
  expect(feet[2]).toBe(feet[3]);
  expect(feet[0]).toBeLessThan(feet[1] as number);
  feet.forEach((foot, index) => {
    expect(Math.abs((centres[index] as number) - foot)).toBeLessThanOrEqual(2 * radius);
  });
  // A circle on its own stays on its date.
  expect(centres[4]).toBe(feet[4]);
});

it('draws no key for a council with nothing on its timeline', () => {
  const { container } = render(<Timeline inspections={[]} />);
  expect(container.querySelector('.timeline__key')).toBeNull();
});

/** happy-dom keeps a colour as written or gives rgb(); compare as hex. */
function hex(colour: string): string {
  const rgb = colour.match(/^rgb\((\d+), ?(\d+), ?(\d+)\)$/);
  if (!rgb) return colour;
  return `#${rgb
    .slice(1)
    .map((part) => Number(part).toString(16).padStart(2, '0'))
    .join('')}`;
}
