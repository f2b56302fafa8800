import { browser } from 'wxt/browser';
import {
  ARTICLE_COUNCILS_MESSAGE,
  COMMITMENTS_SAVED_MESSAGE,
  SIDEBAR_SHOWING_MESSAGE,
  SIDEBAR_VIEW_MESSAGE,
  type SidebarView,
} from '../../lib/protocol';

export interface SidebarRequest {
  authority: string;
  /** Every council the article mentions, so the sidebar can switch between them. */
  authorities: string[];
  articleUrl?: string;
  headline?: string;
  /** Notes on this article whose quote could not be found on the page. */
  unplacedNoteIds?: string[];
  /** Text the reader selected before opening, offered as the quote of a new note. */
  quote?: { exact: string; prefix: string; suffix: string };
}

const FRAME_STYLE: Partial<CSSStyleDeclaration> = {
  position: 'fixed',
  top: '0',
  right: '0',
  width: 'min(420px, 100vw)',
  height: '100vh',
  border: '0',
  zIndex: '2147483647',
  boxShadow: '-4px 0 24px rgb(0 0 0 / 0.25)',
  colorScheme: 'normal',
};

/**
 * Out of sight by opacity, not `display: none` or `visibility: hidden`: Chromium lowers the priority of a
 * hidden frame's process, and the message that shows it then took 45 to 85 ms to arrive (a probe of 6
 * clicks), against 13 to 41 ms for a transparent frame; `npm run bench` put a click on the readied council
 * at 78 ms hidden, 39 ms transparent. `inert` keeps a transparent frame out of the reader's way: the pointer
 * passes through it, and it takes no focus, no find in page, and no screen reader's attention.
 */
function setOnScreen(frame: HTMLIFrameElement, onScreen: boolean) {
  frame.style.opacity = onScreen ? '' : '0';
  frame.inert = !onScreen;
}

/**
 * How long a click waits for the sidebar to say it shows the council clicked before bringing it into sight
 * anyway: a sidebar whose background is slow to answer then shows that it is loading.
 */
const SHOWING_WAIT_MS = 300;

/** The address a new frame loads: the first view, so it can ask for its data before any message comes. */
function sidebarUrl(request: SidebarRequest, onScreen: boolean): string {
  const params = new URLSearchParams({
    authority: request.authority,
    authorities: request.authorities.join(','),
  });
  if (request.articleUrl) params.set('article', request.articleUrl);
  if (request.headline) params.set('headline', request.headline);
  if (request.unplacedNoteIds?.length) params.set('unplaced', request.unplacedNoteIds.join(','));
  if (request.quote) params.set('quote', JSON.stringify(request.quote));
  if (!onScreen) params.set('standby', '');
  return `${browser.runtime.getURL('/sidebar.html')}?${params}`;
}

/**
 * The sidebar: an extension page in an iframe over the right edge of the page, so it never reflows the
 * article, and page CSS and scripts cannot reach into it (the hypothesis/client approach). Its code never
 * loads with the content script: the frame is made when the reader points at or focuses a council's name
 * (`prepare`), or once the page is idle for the council it is about (`preload`), and loaded out of sight.
 * From then on the page keeps that one frame and re-aims it (SIDEBAR_VIEW_MESSAGE): pointing at another
 * council, clicking any council, closing and opening again all reuse it, so a click only has to reveal a
 * drawn history, or switch council within a loaded page, never load one (about 200 ms, over the 150 ms a
 * click may take, issue 5). The frame stays while the tab is in view, however long the read: letting it go
 * after a minute, as this once did, made a later click load cold. It goes when the tab goes to the
 * background, and one is readied again at idle when the tab returns.
 */
export function createSidebarFrame(container: HTMLElement, onNotesChanged: () => void) {
  let frame: HTMLIFrameElement | null = null;
  /** What the frame shows, or is about to: told again once it loads, in case it was not listening yet. */
  let view: SidebarView | null = null;
  let returnFocusTo: HTMLElement | null = null;
  /** The article's councils as last told, for a sidebar whose address holds an older list. */
  let articleCouncils: string[] | null = null;
  /** The council the page inside last said it shows (SIDEBAR_SHOWING_MESSAGE); a new frame, its address's. */
  let showing: string | null = null;
  let showingWait: ReturnType<typeof setTimeout> | undefined;

  const tell = (type: string, details?: object) =>
    frame?.contentWindow?.postMessage({ type, ...details }, new URL(frame.src).origin);
  const tellView = () => {
    if (view) tell(SIDEBAR_VIEW_MESSAGE, view);
  };
  const tellCouncils = () => {
    if (articleCouncils) tell(ARTICLE_COUNCILS_MESSAGE, { authorities: articleCouncils });
  };
  /**
   * Shows or hides the frame as the view says. A frame still showing another council is taken out of `inert`
   * at once, so that focus can move into it, and brought into sight once it says it shows this one.
   */
  const placeFrame = () => {
    if (!frame || !view) return;
    clearTimeout(showingWait);
    if (!view.onScreen || showing === view.authority) return setOnScreen(frame, view.onScreen);
    frame.inert = false;
    const waiting = frame;
    showingWait = setTimeout(() => setOnScreen(waiting, true), SHOWING_WAIT_MS);
  };
  /** Tells the page inside what to show, and shows or hides the frame for it. */
  const reveal = () => {
    tellView();
    placeFrame();
  };
  const show = (request: SidebarRequest, onScreen: boolean) => {
    view = {
      authority: request.authority,
      onScreen,
      quote: request.quote ?? null,
      unplacedNoteIds: request.unplacedNoteIds ?? [],
    };
    if (frame) return reveal();
    // Made once, never given a new src: re-navigating a frame adds an entry to the page's history (Back
    // would step through councils instead of leaving the article), and on a loaded machine Chromium left
    // the frame blank when its src changed while the page was still loading (3 of 8 runs in a probe).
    frame = document.createElement('iframe');
    showing = request.authority;
    frame.title = 'Council Lens';
    Object.assign(frame.style, FRAME_STYLE);
    setOnScreen(frame, onScreen);
    frame.src = sidebarUrl(request, onScreen);
    frame.addEventListener('load', tellView);
    frame.addEventListener('load', tellCouncils);
    container.append(frame);
  };

  const unload = () => {
    clearTimeout(showingWait);
    frame?.remove();
    frame = null;
    view = null;
  };

  const isOpen = () => frame !== null && view?.onScreen === true;
  let returningFocus = false;
  const close = () => {
    if (!isOpen() || !view) return;
    // Kept out of sight, ready for the next click, rather than let go.
    view = { ...view, onScreen: false };
    reveal();
    // Focus goes back to the name the sidebar was opened from: that is not the reader pointing at it anew.
    returningFocus = true;
    returnFocusTo?.focus();
    returningFocus = false;
    returnFocusTo = null;
  };

  const onMessage = (event: MessageEvent) => {
    if (!frame || event.source !== frame.contentWindow) return;
    if (event.data?.type === 'council-lens:close') close();
    if (event.data?.type === 'council-lens:notes-changed') onNotesChanged();
    if (event.data?.type === SIDEBAR_SHOWING_MESSAGE && typeof event.data.authority === 'string') {
      showing = event.data.authority;
      if (view?.onScreen && showing === view.authority) placeFrame();
    }
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (isOpen() && event.key === 'Escape') close();
  };
  // A sidebar out of sight only helps the tab the reader is looking at: a tab sent to the background lets
  // its go (each holds about 1.4 MB of script heap and a thousand nodes, `npm run bench`).
  const onVisibilityChange = () => {
    if (document.hidden && frame && !isOpen()) unload();
  };
  window.addEventListener('message', onMessage);
  document.addEventListener('keydown', onKeydown);
  document.addEventListener('visibilitychange', onVisibilityChange);

  /** Readies the sidebar for this request out of sight, unless it is open or already readied for it. */
  const prepare = (request: SidebarRequest) => {
    if (isOpen() || returningFocus || view?.authority === request.authority) return;
    show(request, false);
  };

  return {
    prepare,
    /** Readies the sidebar for this request out of sight only if none is loaded: the reader's own pointing wins. */
    preload(request: SidebarRequest) {
      if (frame === null) prepare(request);
    },
    open(request: SidebarRequest, opener?: HTMLElement) {
      returnFocusTo = opener ?? null;
      show(request, true);
      frame?.focus();
    },
    close,
    /** True only while closing hands focus back to the name it was opened from. */
    isReturningFocus: () => returningFocus,
    /** A sidebar still loading gets nothing, and needs nothing: it asks for the list after this. */
    tellCommitmentsSaved: () => tell(COMMITMENTS_SAVED_MESSAGE),
    /** The councils the article names now; a sidebar still loading is told again once it has loaded. */
    tellArticleCouncils(codes: string[]) {
      articleCouncils = codes;
      tellCouncils();
    },
    destroy() {
      returnFocusTo = null;
      unload();
      window.removeEventListener('message', onMessage);
      document.removeEventListener('keydown', onKeydown);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    },
  };
}

export type SidebarFrame = ReturnType<typeof createSidebarFrame>;
