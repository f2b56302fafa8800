// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSidebarFrame, STANDBY_RELEASE_MS } from '../../../entrypoints/content/sidebar-frame';

const sefton = { authority: 'E08000014', authorities: ['E08000014', 'E08000012'] };
const liverpool = { authority: 'E08000012', authorities: ['E08000014', 'E08000012'] };

describe('the sidebar loaded out of sight when the reader points at a council', () => {
  let container: HTMLElement;
  let sidebar: ReturnType<typeof createSidebarFrame>;
  const frames = () => container.querySelectorAll('iframe');

  beforeEach(() => {
    vi.useFakeTimers();
    // Kept out of the document, so happy-dom never tries to load the frames: whether the sidebar page
    // draws is for the browser tests.
    container = document.createElement('div');
    sidebar = createSidebarFrame(container, () => {});
  });

  afterEach(() => {
    sidebar.destroy();
    vi.useRealTimers();
  });

  it('is let go when no click follows, so a long read does not hold a second page', () => {
    sidebar.prepare(sefton);
    expect(frames()).toHaveLength(1);
    vi.advanceTimersByTime(STANDBY_RELEASE_MS);
    expect(frames()).toHaveLength(0);
  });

  it('waits again from each pointing, and is loaded again after it was let go', () => {
    sidebar.prepare(sefton);
    vi.advanceTimersByTime(STANDBY_RELEASE_MS - 1000);
    sidebar.prepare(liverpool);
    vi.advanceTimersByTime(STANDBY_RELEASE_MS - 1000);
    expect(frames()).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(frames()).toHaveLength(0);
    sidebar.prepare(sefton);
    expect(frames()).toHaveLength(1);
  });

  it('stays once the reader opens it, however long it is read', () => {
    sidebar.prepare(sefton);
    const standby = frames()[0];
    sidebar.open(sefton);
    vi.advanceTimersByTime(STANDBY_RELEASE_MS * 10);
    expect(frames()).toHaveLength(1);
    expect(frames()[0]).toBe(standby);
    expect(standby?.style.display).toBe('');
  });
});
