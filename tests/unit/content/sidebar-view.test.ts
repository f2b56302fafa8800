import { describe, expect, it } from 'vitest';
import { readSidebarView } from '../../../lib/protocol';

const view = {
  authority: 'E08000014',
  onScreen: true,
  quote: { exact: 'will hire more staff', prefix: 'It said it ', suffix: '.' },
  unplacedNoteIds: ['note-1'],
};

describe('what the sidebar accepts from the page as the view to show', () => {
  it('takes a whole view, with or without a selected quote', () => {
    expect(readSidebarView({ type: 'council-lens:view', ...view })).toEqual(view);
    expect(readSidebarView({ ...view, quote: null })).toEqual({ ...view, quote: null });
  });

  it('ignores a message that is not one, rather than show a council nobody asked for', () => {
    expect(readSidebarView({ ...view, authority: 14 })).toBeNull();
    expect(readSidebarView({ ...view, onScreen: 'yes' })).toBeNull();
    expect(readSidebarView({ ...view, quote: { exact: 'will hire' } })).toBeNull();
    expect(readSidebarView({ ...view, unplacedNoteIds: [1] })).toBeNull();
    expect(readSidebarView({ type: 'council-lens:view' })).toBeNull();
  });
});
