// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { PageApp } from '../../../components/page/PageApp';
import { summariseAuthority } from '../../../lib/authority-summary';
import { tinyPack } from '../../fixtures/tiny-pack';

afterEach(cleanup);
const alderbury = summariseAuthority(tinyPack(), 'E99000001') as NonNullable<
  ReturnType<typeof summariseAuthority>
>;

// The page hands focus back to what opened the sidebar: the summary's button, or the mark under the card
// (the card itself goes as the sidebar opens). So it has to be told which one asked. The focus itself is
// checked in a real browser: tests/browser/return-focus.test.ts.
it('says whether the summary or the hover card asked to open a council', () => {
  const onOpen = vi.fn();
  render(
    <PageApp
      councils={[{ summary: alderbury, mentions: 1, references: 0 }]}
      collapsed={false}
      card={{ summary: alderbury, position: { top: 0, left: 0 } }}
      onToggleCollapsed={() => {}}
      onOpen={onOpen}
      onPrepare={() => {}}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Open history' }));
  expect(onOpen).toHaveBeenLastCalledWith('E99000001', 'card');
  const summary = screen.getByRole('complementary', { name: 'Council Lens' });
  fireEvent.click(summary.querySelector('.summary__council') as HTMLElement);
  expect(onOpen).toHaveBeenLastCalledWith('E99000001', 'summary');
});
