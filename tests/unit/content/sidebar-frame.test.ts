// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSidebarFrame } from '../../../entrypoints/content/sidebar-frame';

const sefton = { authority: 'E08000014', authorities: ['E08000014', 'E08000012'] };
const liverpool = { authority: 'E08000012', authorities: ['E08000014', 'E08000012'] };

describe('the sidebar loaded out of sight when the reader points at a council', () => {
  let container: HTMLElement;
  let sidebar: ReturnType<typeof createSidebarFrame>;
  const frames = () => container.querySelectorAll('iframe');

  beforeEach(() => {
    // Kept out of the document, so happy-dom never tries to load the frames: whether the sidebar page
    // draws is for the browser tests.
    container = document.createElement('div');
    sidebar = createSidebarFrame(container, () => {});
  });

  afterEach(() => sidebar.destroy());

  it('is one frame per page: pointing at another council replaces it', () => {
    sidebar.prepare(sefton);
    sidebar.prepare(sefton);
    expect(frames()).toHaveLength(1);
    const forSefton = frames()[0];
    sidebar.prepare(liverpool);
    expect(frames()).toHaveLength(1);
    expect(frames()[0]).not.toBe(forSefton);
    expect(frames()[0]?.style.display).toBe('none');
  });

  it('is shown, not loaded again, by the click that follows', () => {
    sidebar.prepare(sefton);
    const standby = frames()[0];
    sidebar.open(sefton);
    expect(frames()).toHaveLength(1);
    expect(frames()[0]).toBe(standby);
    expect(standby?.style.display).toBe('');
  });

  it("is readied for the article's council at idle, but never over one the reader pointed at", () => {
    sidebar.preload(sefton);
    expect(frames()).toHaveLength(1);
    sidebar.prepare(liverpool);
    const forLiverpool = frames()[0];
    sidebar.preload(sefton);
    expect(frames()).toHaveLength(1);
    expect(frames()[0]).toBe(forLiverpool);
  });

  it('is let go when the tab goes to the background, but an open sidebar stays', () => {
    const setHidden = (hidden: boolean) => {
      Object.defineProperty(document, 'hidden', { value: hidden, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      sidebar.prepare(sefton);
      setHidden(true);
      expect(frames()).toHaveLength(0);
      setHidden(false);
      sidebar.open(sefton);
      setHidden(true);
      expect(frames()).toHaveLength(1);
    } finally {
      setHidden(false);
    }
  });

  it('is replaced by a frame for the council clicked, when that is not the one pointed at', () => {
    sidebar.prepare(sefton);
    const standby = frames()[0];
    sidebar.open(liverpool);
    expect(frames()).toHaveLength(1);
    expect(frames()[0]).not.toBe(standby);
    expect(frames()[0]?.src).not.toContain('standby');
  });
});
