// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSidebarFrame } from '../../../entrypoints/content/sidebar-frame';
import { SIDEBAR_SHOWING_MESSAGE, SIDEBAR_VIEW_MESSAGE, type SidebarView } from '../../../lib/protocol';

const sefton = { authority: 'E08000014', authorities: ['E08000014', 'E08000012'] };
const liverpool = { authority: 'E08000012', authorities: ['E08000014', 'E08000012'] };
const quote = { exact: 'will hire more staff', prefix: 'It said it ', suffix: '.' };

describe('the one sidebar frame a page keeps, loaded out of sight and re-aimed', () => {
  let container: HTMLElement;
  let sidebar: ReturnType<typeof createSidebarFrame>;
  /** What the page told the sidebar page to show, as it would arrive there, in order. */
  let told: SidebarView[];
  const frames = () => container.querySelectorAll('iframe');
  const lastTold = () => told.at(-1);

  beforeEach(() => {
    // Kept out of the document, so happy-dom never tries to load the frames: whether the sidebar page
    // draws is for the browser tests. What the page tells it is caught instead.
    container = document.createElement('div');
    told = [];
    new MutationObserver(() => {
      for (const frame of frames()) {
        if (frame.contentWindow) continue;
        const postMessage = ({ type, ...view }: { type: string } & SidebarView) => {
          if (type === SIDEBAR_VIEW_MESSAGE) told.push(view);
        };
        Object.defineProperty(frame, 'contentWindow', { value: { postMessage } });
      }
    }).observe(container, { childList: true });
    sidebar = createSidebarFrame(container, () => {});
  });

  afterEach(() => sidebar.destroy());

  /** Lets the mutation observer above give a new frame its window. */
  const settle = () => new Promise((resolve) => setTimeout(resolve));

  it('loads one frame, out of sight, the first time the reader points at a council', () => {
    sidebar.prepare(sefton);
    sidebar.prepare(sefton);
    expect(frames()).toHaveLength(1);
    expect(frames()[0]?.inert).toBe(true);
    expect(frames()[0]?.src).toMatch(/authority=E08000014.*&standby/);
  });

  it('re-aims that frame, still out of sight, when the reader points at another council', async () => {
    sidebar.prepare(sefton);
    await settle();
    const frame = frames()[0];
    sidebar.prepare(liverpool);
    expect(frames()).toHaveLength(1);
    expect(frames()[0]).toBe(frame);
    expect(frame?.inert).toBe(true);
    expect(lastTold()).toMatchObject({ authority: liverpool.authority, onScreen: false });
  });

  it('shows the same frame on the click, for the council clicked, with the selection made before it', async () => {
    sidebar.prepare(sefton);
    await settle();
    const frame = frames()[0];
    sidebar.open({ ...liverpool, quote });
    expect(frames()).toHaveLength(1);
    expect(frames()[0]).toBe(frame);
    expect(frame?.inert).toBe(false);
    expect(lastTold()).toEqual({
      authority: liverpool.authority,
      onScreen: true,
      quote,
      unplacedNoteIds: [],
    });
  });

  it('brings the frame into sight once the page inside shows the council clicked, not the one readied', async () => {
    const inSight = (frame?: HTMLIFrameElement) => frame?.style.opacity !== '0';
    const says = (frame: HTMLIFrameElement | undefined, authority: string) =>
      window.dispatchEvent(
        new MessageEvent('message', {
          data: { type: SIDEBAR_SHOWING_MESSAGE, authority },
          source: frame?.contentWindow ?? null,
        }),
      );
    sidebar.prepare(sefton);
    await settle();
    const frame = frames()[0];
    says(frame, sefton.authority);
    sidebar.open(liverpool);
    // Focus may move in at once; the reader sees it only once it shows Liverpool.
    expect(frame?.inert).toBe(false);
    expect(inSight(frame)).toBe(false);
    says(frame, sefton.authority);
    expect(inSight(frame)).toBe(false);
    says(frame, liverpool.authority);
    expect(inSight(frame)).toBe(true);
    // Closed and opened again on the council it shows: in sight at once.
    sidebar.close();
    sidebar.open(liverpool);
    expect(inSight(frame)).toBe(true);
  });

  it('brings the frame into sight after 300 ms even if the page inside has not said it shows the council', async () => {
    sidebar.prepare(sefton);
    await settle();
    const frame = frames()[0];
    vi.useFakeTimers();
    try {
      sidebar.open(liverpool);
      vi.advanceTimersByTime(299);
      expect(frame?.style.opacity).toBe('0');
      vi.advanceTimersByTime(1);
      expect(frame?.style.opacity).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the frame out of sight when closed, and opens it again from there', async () => {
    sidebar.open(sefton);
    await settle();
    const frame = frames()[0];
    sidebar.close();
    expect(frame?.inert).toBe(true);
    expect(lastTold()).toMatchObject({ authority: sefton.authority, onScreen: false });
    sidebar.open(liverpool);
    expect(frames()[0]).toBe(frame);
    expect(frame?.inert).toBe(false);
    expect(lastTold()).toMatchObject({ authority: liverpool.authority, onScreen: true });
  });

  it('tells the view again once the frame has loaded, in case the click came before the page listened', async () => {
    sidebar.prepare(sefton);
    await settle();
    sidebar.open(liverpool);
    const before = told.length;
    frames()[0]?.dispatchEvent(new Event('load'));
    expect(told).toHaveLength(before + 1);
    expect(lastTold()).toMatchObject({ authority: liverpool.authority, onScreen: true });
  });

  it("is readied for the article's council at idle, but never over one the reader pointed at", async () => {
    sidebar.preload(sefton);
    expect(frames()).toHaveLength(1);
    await settle();
    sidebar.prepare(liverpool);
    sidebar.preload(sefton);
    expect(frames()).toHaveLength(1);
    expect(lastTold()).toMatchObject({ authority: liverpool.authority });
  });

  it('is let go when the tab goes to the background, unless it is open', () => {
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
      setHidden(false);
      sidebar.close();
      setHidden(true);
      expect(frames()).toHaveLength(0);
    } finally {
      setHidden(false);
    }
  });
});
