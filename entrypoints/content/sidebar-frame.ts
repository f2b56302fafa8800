import { browser } from 'wxt/browser';

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
 * The sidebar: an extension page in an iframe over the right edge of the page, so it never reflows the
 * article, and page CSS and scripts cannot reach into it (the hypothesis/client approach). It is created on
 * first open: its code does not load with every news page.
 */
export function createSidebarFrame(container: HTMLElement, onNotesChanged: () => void) {
  let frame: HTMLIFrameElement | null = null;
  let returnFocusTo: HTMLElement | null = null;

  const close = () => {
    frame?.remove();
    frame = null;
    returnFocusTo?.focus();
    returnFocusTo = null;
  };

  const onMessage = (event: MessageEvent) => {
    if (!frame || event.source !== frame.contentWindow) return;
    if (event.data?.type === 'council-lens:close') close();
    if (event.data?.type === 'council-lens:notes-changed') onNotesChanged();
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (frame && event.key === 'Escape') close();
  };
  window.addEventListener('message', onMessage);
  document.addEventListener('keydown', onKeydown);

  return {
    open(request: SidebarRequest, opener?: HTMLElement) {
      returnFocusTo = opener ?? null;
      const params = new URLSearchParams({
        authority: request.authority,
        authorities: request.authorities.join(','),
      });
      if (request.articleUrl) params.set('article', request.articleUrl);
      if (request.headline) params.set('headline', request.headline);
      if (request.unplacedNoteIds?.length) params.set('unplaced', request.unplacedNoteIds.join(','));
      if (request.quote) params.set('quote', JSON.stringify(request.quote));
      if (!frame) {
        frame = document.createElement('iframe');
        frame.title = 'Council Lens';
        Object.assign(frame.style, FRAME_STYLE);
        container.append(frame);
      }
      frame.src = `${browser.runtime.getURL('/sidebar.html')}?${params}`;
      frame.focus();
    },
    close,
    get isOpen() {
      return frame !== null;
    },
    destroy() {
      close();
      window.removeEventListener('message', onMessage);
      document.removeEventListener('keydown', onKeydown);
    },
  };
}

export type SidebarFrame = ReturnType<typeof createSidebarFrame>;
