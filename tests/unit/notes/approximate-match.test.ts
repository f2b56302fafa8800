import { describe, expect, it } from 'vitest';
import { approximateMatches, editDistance } from '../../../lib/notes/approximate-match';

describe('approximate matching', () => {
  it('finds a quote with a few edits and says where it starts and ends', () => {
    const text = 'Earlier text. The council will spend ten million pounds on homes. Later text.';
    const [match, ...others] = approximateMatches(text, 'council will spend 10 million pounds', 3);
    expect(others).toHaveLength(0);
    expect(match && text.slice(match.start, match.end)).toBe('council will spend ten million pounds');
    expect(match?.errors).toBe(3);
  });

  it('finds nothing when the closest text needs more edits than allowed', () => {
    expect(
      approximateMatches('The council will spend ten million pounds', 'council will spend £99m', 3),
    ).toEqual([]);
  });

  it('finds an exact occurrence with no errors', () => {
    expect(approximateMatches('abc council def', 'council', 1)).toContainEqual({
      start: 4,
      end: 11,
      errors: 0,
    });
  });

  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
