import { expect, it } from 'vitest';
import { cardPosition } from '../../../components/page/card-position';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 150 };

it('puts the card just below the mark when there is room', () => {
  expect(cardPosition({ top: 100, left: 50, width: 80, height: 20 }, card, viewport)).toEqual({
    top: 126,
    left: 50,
  });
});

it('puts the card above a mark near the bottom of the window, clear of the mark', () => {
  const mark = { top: 700, left: 50, width: 80, height: 20 };
  const { top } = cardPosition(mark, card, viewport);
  expect(top + card.height).toBeLessThanOrEqual(mark.top);
});

it('keeps the card inside the window next to the right edge', () => {
  const { left } = cardPosition({ top: 100, left: 950, width: 40, height: 20 }, card, viewport);
  expect(left + card.width).toBeLessThanOrEqual(viewport.width);
});
