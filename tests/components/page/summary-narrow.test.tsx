// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { ArticleSummary } from '../../../components/page/ArticleSummary';
import { summariseAuthority } from '../../../lib/authority-summary';
import { tinyPack } from '../../fixtures/tiny-pack';

// The content script's own style sheet, applied here to the document rather than a shadow root.
beforeAll(() => {
  const style = document.createElement('style');
  style.textContent = readFileSync(
    path.resolve(import.meta.dirname, '../../../entrypoints/content/style.css'),
    'utf8',
  );
  document.head.append(style);
});
afterEach(cleanup);

const alderbury = summariseAuthority(tinyPack(), 'E99000001') as NonNullable<
  ReturnType<typeof summariseAuthority>
>;
const folded = (atPageEnd = false) =>
  render(
    <ArticleSummary
      councils={[{ summary: alderbury, mentions: 2, references: 0 }]}
      collapsed
      atPageEnd={atPageEnd}
      onToggle={() => {}}
      onOpen={() => {}}
      onPrepare={() => {}}
    />,
  );
const viewport = (width: number) =>
  (window as unknown as { happyDOM: { setViewport(size: object): void } }).happyDOM.setViewport({
    width,
    height: 800,
  });
const shown = (selector: string) => {
  const element = document.querySelector(selector) as Element;
  const style = getComputedStyle(element);
  return style.display !== 'none' && style.position !== 'absolute';
};

it('folded on a narrow screen (or at 200% zoom), the summary shrinks to its logo and count', () => {
  viewport(480);
  folded();
  expect(shown('.summary__label')).toBe(false);
  expect(shown('.summary__badge')).toBe(true);
  expect(document.querySelector('.summary__badge')?.textContent).toBe('1');
  // Its name, for a screen reader or voice control, is still the full label.
  expect(screen.getByRole('button', { name: 'Council Lens · 1 council in this article' })).toBeTruthy();
});

it('folded on a wide screen, the summary keeps its full label', () => {
  viewport(1280);
  folded();
  expect(shown('.summary__label')).toBe(true);
  expect(shown('.summary__badge')).toBe(false);
});

it('folded on a narrow screen at the end of the page, it moves to the top corner, off the last words', () => {
  viewport(480);
  folded(true);
  const style = getComputedStyle(document.querySelector('.summary') as Element);
  expect([style.top, style.bottom]).toEqual(['8px', 'auto']);
  cleanup();
  folded(false);
  expect(getComputedStyle(document.querySelector('.summary') as Element).bottom).toBe('8px');
});
