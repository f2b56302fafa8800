import { expect, it } from 'vitest';
import { formatPounds } from '../../components/shared/format';

it('writes amounts the way UK newsrooms do', () => {
  expect(formatPounds(10_000_000)).toBe('£10m');
  expect(formatPounds(1_200_000)).toBe('£1.2m');
  expect(formatPounds(7_000_000_000)).toBe('£7bn');
  expect(formatPounds(500_000)).toBe('£500,000');
  expect(formatPounds(4_500)).toBe('£4,500');
  expect(formatPounds(17.5)).toBe('£17.50');
  expect(formatPounds(1_234.56)).toBe('£1,234.56');
});
