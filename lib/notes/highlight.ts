/**
 * Marks a located quote on the page. Only wraps existing text nodes in a custom element, so the page's
 * textContent never changes, and `remove()` puts every node back exactly as it was.
 */
import { type PageText, rawOffsetOf, readPageText } from './page-text';

export const HIGHLIGHT_ELEMENT = 'council-lens-note-highlight';

export interface Highlight {
  /** The wrapper elements, in document order (a quote across elements needs several). */
  elements: HTMLElement[];
  remove(): void;
}

interface WrappedPiece {
  wrapper: HTMLElement;
  piece: Text;
  /** The text node the piece was split from, and the tail split off after it, to merge back. */
  original: Text;
  tail: Text | null;
}

/** Wraps the text of `range`; `noteId` goes on each wrapper so a click can lead back to the note. */
export function highlight(range: Range, noteId?: string): Highlight {
  const scope = range.commonAncestorContainer;
  const root = scope.nodeType === 3 && scope.parentNode ? scope.parentNode : scope;
  const page = readPageText(root);
  const start = rawOffsetOf(page, range.startContainer, range.startOffset);
  const end = rawOffsetOf(page, range.endContainer, range.endOffset);
  const wrapped = segmentsBetween(page, start, end).map(({ node, from, to }) => wrap(node, from, to, noteId));
  return {
    elements: wrapped.map((entry) => entry.wrapper),
    remove: () => {
      for (const entry of wrapped.reverse()) unwrap(entry);
    },
  };
}

function segmentsBetween(page: PageText, start: number, end: number) {
  return page.nodes.flatMap((node, index) => {
    const nodeStart = page.nodeStarts[index] as number;
    const from = Math.max(start, nodeStart) - nodeStart;
    const to = Math.min(end, nodeStart + node.data.length) - nodeStart;
    // Whitespace between blocks is not part of what the reader reads; wrapping it would only add
    // stray inline elements between paragraphs or table rows.
    if (to <= from || node.data.slice(from, to).trim() === '') return [];
    return [{ node, from, to }];
  });
}

function wrap(original: Text, from: number, to: number, noteId: string | undefined): WrappedPiece {
  const piece = from > 0 ? original.splitText(from) : original;
  const tail = to - from < piece.data.length ? piece.splitText(to - from) : null;
  const wrapper = (original.ownerDocument as Document).createElement(HIGHLIGHT_ELEMENT);
  if (noteId) wrapper.dataset.noteId = noteId;
  piece.parentNode?.insertBefore(wrapper, piece);
  wrapper.appendChild(piece);
  return { wrapper, piece, original, tail };
}

function unwrap({ wrapper, piece, original, tail }: WrappedPiece): void {
  const parent = wrapper.parentNode;
  // The page may have replaced this part of the article since; then there is nothing left to restore.
  if (!parent) return;
  // Everything, not just our piece: another note's highlight may sit inside this one.
  while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
  wrapper.remove();
  if (tail) mergeIfAdjacent(piece, tail);
  if (piece !== original) mergeIfAdjacent(original, piece);
}

/** Joins a split text node back together, unless another highlight still holds part of it apart. */
function mergeIfAdjacent(first: Text, second: Text): void {
  if (first.nextSibling !== second) return;
  first.appendData(second.data);
  second.remove();
}
