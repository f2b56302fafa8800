import type { TextQuoteAnchor } from '../../lib/db/records';
import { anchorFromRange, locate } from '../../lib/notes/anchor';
import { highlight } from '../../lib/notes/highlight';
import { remoteNotes } from '../../utils/remote-notes';

const HIGHLIGHT_STYLE: Partial<CSSStyleDeclaration> = {
  backgroundColor: 'rgba(255, 214, 0, 0.45)',
  borderRadius: '2px',
};

/**
 * The reader's quoted notes, highlighted where their quote is found in the article. A note whose quote
 * cannot be placed is reported (the sidebar lists it and says so); it is never dropped.
 */
export function createNoteHighlights(root: Element, articleUrl: string) {
  let placed: { remove(): void }[] = [];
  let unplaced: string[] = [];
  const clear = () => {
    // Last in, first out: highlights were added after the council marks and must go before them.
    for (const highlighted of placed.reverse()) highlighted.remove();
    placed = [];
  };
  return {
    async refresh() {
      const notes = await remoteNotes.forArticle(articleUrl);
      clear();
      unplaced = [];
      for (const note of notes) {
        if (!note.quote) continue;
        const range = locate(root, note.quote);
        if (range) {
          const highlighted = highlight(range, note.id);
          // Inline, like the council marks: the page's CSS cannot reach a stylesheet in our shadow root.
          for (const element of highlighted.elements) Object.assign(element.style, HIGHLIGHT_STYLE);
          placed.push(highlighted);
        } else unplaced.push(note.id);
      }
    },
    unplaced: () => [...unplaced],
    clear,
  };
}

/** Remembers the reader's last selection in the article, to attach to the next note as its quote. */
export function watchQuoteSelection(root: Element) {
  let quote: TextQuoteAnchor | null = null;
  const onSelectionChange = () => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (root.contains(range.commonAncestorContainer)) quote = anchorFromRange(root, range);
  };
  document.addEventListener('selectionchange', onSelectionChange);
  return {
    takeQuote() {
      const taken = quote;
      quote = null;
      return taken;
    },
    stop: () => document.removeEventListener('selectionchange', onSelectionChange),
  };
}
