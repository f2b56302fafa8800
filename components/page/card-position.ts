export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const GAP = 6;
const MARGIN = 8;

/**
 * Where the hover card goes: below the mark when it fits, else above, never over the mark itself, and
 * kept inside the viewport horizontally.
 */
export function cardPosition(
  mark: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number } {
  const below = mark.top + mark.height + GAP;
  const fitsBelow = below + card.height <= viewport.height - MARGIN;
  const above = mark.top - GAP - card.height;
  const top = fitsBelow || above < MARGIN ? below : above;
  const left = Math.min(Math.max(mark.left, MARGIN), Math.max(MARGIN, viewport.width - card.width - MARGIN));
  return { top, left };
}
