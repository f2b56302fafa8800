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
