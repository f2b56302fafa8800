import { browser } from 'wxt/browser';
import {
  ARTICLE_COUNCILS_MESSAGE,
  COMMITMENTS_SAVED_MESSAGE,
  SIDEBAR_SHOWN_MESSAGE,
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

function sidebarUrl(request: SidebarRequest): string {
  const params = new URLSearchParams({
    authority: request.authority,
    authorities: request.authorities.join(','),
  });
  if (request.articleUrl) params.set('article', request.articleUrl);
  if (request.headline) params.set('headline', request.headline);
  if (request.unplacedNoteIds?.length) params.set('unplaced', request.unplacedNoteIds.join(','));
  if (request.quote) params.set('quote', JSON.stringify(request.quote));
  return `${browser.runtime.getURL('/sidebar.html')}?${params}`;
}

/**
 * The sidebar: an extension page in an iframe over the right edge of the page, so it never reflows the
 * article, and page CSS and scripts cannot reach into it (the hypothesis/client approach). Its code never
 * loads with the content script: the frame is made when the reader points at or focuses a council's name
 * (`prepare`), loaded out of sight, so that the click which follows only has to reveal a drawn history.
 * Loading an extension page in a frame takes Chromium most of the 150 ms a click may take (issue 5).
 * One is also loaded for the article's own council once the page is idle (`preload`), so that a tap or a
 * quick hand, with no pointing first, finds it drawn too. A standby frame stays while the tab is in view,
 * however long the read: letting it go after a minute, as this once did, made a later click load cold (2.5
 * times slower). It goes when the tab goes to the background, and comes back at idle when it returns.
 */
export function createSidebarFrame(container: HTMLElement, onNotesChanged: () => void) {
  let frame: HTMLIFrameElement | null = null;
  /** The request the standby frame was loaded for; null once it is on screen, or when there is none. */
  let standbyFor: string | null = null;
  let returnFocusTo: HTMLElement | null = null;
  /** The article's councils as last told, for a sidebar whose address holds an older list. */
  let articleCouncils: string[] | null = null;

  const tell = (type: string, details?: object) =>
    frame?.contentWindow?.postMessage({ type, ...details }, new URL(frame.src).origin);
  const tellShown = () => {
    if (standbyFor === null) tell(SIDEBAR_SHOWN_MESSAGE);
  };
  const tellCouncils = () => {
    if (articleCouncils) tell(ARTICLE_COUNCILS_MESSAGE, { authorities: articleCouncils });
  };
  // A new frame each time, never a new src: re-navigating a frame adds an entry to the page's history (Back
  // would step through councils instead of leaving the article), and on a loaded machine Chromium left the
  // frame blank when its src changed while the standby page was still loading (3 of 8 runs in a probe).
  const load = (url: string, onScreen: boolean) => {
    frame?.remove();
    frame = document.createElement('iframe');
    frame.title = 'Council Lens';
    Object.assign(frame.style, FRAME_STYLE);
    frame.style.display = onScreen ? '' : 'none';
    frame.src = onScreen ? url : `${url}&standby`;
    // A click can come while the standby page is still loading, before it listens: tell it again.
    frame.addEventListener('load', tellShown);
    frame.addEventListener('load', tellCouncils);
    container.append(frame);
  };

  const unload = () => {
    frame?.remove();
    frame = null;
    standbyFor = null;
  };

  let returningFocus = false;
  const close = () => {
    unload();
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
  };
  const isOpen = () => frame !== null && standbyFor === null;
  const onKeydown = (event: KeyboardEvent) => {
    if (isOpen() && event.key === 'Escape') close();
  };
  // A sidebar out of sight only helps the tab the reader is looking at: a tab sent to the background lets
  // its go (each holds about 1.4 MB of script heap and a thousand nodes, `npm run bench`).
  const onVisibilityChange = () => {
    if (document.hidden && standbyFor !== null) unload();
  };
  window.addEventListener('message', onMessage);
  document.addEventListener('keydown', onKeydown);
  document.addEventListener('visibilitychange', onVisibilityChange);

  /** Loads the sidebar for this request out of sight, unless it is already open or loaded. */
  const prepare = (request: SidebarRequest) => {
    if (isOpen() || returningFocus) return;
    const url = sidebarUrl(request);
    if (standbyFor === url) return;
    standbyFor = url;
    load(url, false);
  };

  return {
    prepare,
    /** Loads the sidebar for this request out of sight only if no sidebar is loaded: the reader's own pointing wins. */
    preload(request: SidebarRequest) {
      if (frame === null) prepare(request);
    },
    open(request: SidebarRequest, opener?: HTMLElement) {
      returnFocusTo = opener ?? null;
      const url = sidebarUrl(request);
      if (frame && standbyFor === url) {
        standbyFor = null;
        frame.style.display = '';
        tellShown();
      } else {
        standbyFor = null;
        load(url, true);
      }
      frame?.focus();
    },
    close,
    /** A sidebar still loading gets nothing, and needs nothing: it asks for the list after this. */
    tellCommitmentsSaved: () => tell(COMMITMENTS_SAVED_MESSAGE),
    /** The councils the article names now; a sidebar still loading is told again once it has loaded. */
    tellArticleCouncils(codes: string[]) {
      articleCouncils = codes;
      tellCouncils();
    },
    destroy() {
      close();
      window.removeEventListener('message', onMessage);
      document.removeEventListener('keydown', onKeydown);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    },
  };
}

export type SidebarFrame = ReturnType<typeof createSidebarFrame>;
