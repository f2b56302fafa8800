/**
 * The readable text under an element, as one string with a way back to DOM positions. Quotes run
 * across element boundaries ("the <b>£10m</b> fund"), so anchoring works on this string, not on nodes.
 *
 * Whitespace runs are collapsed to one space: a re-rendered page often changes indentation and line
 * breaks between elements while the words stay the same, and a quote shown back to the reader reads
 * better without them.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Elements whose text a reader never sees as part of the article. */
const HIDDEN_TEXT_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
// DOCUMENT_POSITION_FOLLOWING: the other node comes after the reference node in document order.
const FOLLOWING = 4;

export interface PageText {
  /** The collapsed text that anchors are written in and searched over. */
  text: string;
  /** For each character of `text`, its offset in the raw (uncollapsed) text. */
  rawOffsets: number[];
  /** The text nodes in document order, with the raw offset each one starts at. */
  nodes: Text[];
  nodeStarts: number[];
  rawLength: number;
}

export function readPageText(root: Node): PageText {
  const nodes: Text[] = [];
  collectTextNodes(root, nodes);
  const nodeStarts: number[] = [];
  let text = '';
  const rawOffsets: number[] = [];
  let rawLength = 0;
  for (const node of nodes) {
    nodeStarts.push(rawLength);
    for (let index = 0; index < node.data.length; index++) {
      const char = node.data[index] as string;
      if (/\s/.test(char)) {
        if (!text.endsWith(' ')) {
          text += ' ';
          rawOffsets.push(rawLength + index);
        }
      } else {
        text += char;
        rawOffsets.push(rawLength + index);
      }
    }
    rawLength += node.data.length;
  }
  return { text, rawOffsets, nodes, nodeStarts, rawLength };
}

function collectTextNodes(node: Node, into: Text[]): void {
  if (node.nodeType === TEXT_NODE) {
    if ((node as Text).data.length > 0) into.push(node as Text);
    return;
  }
  if (node.nodeType === ELEMENT_NODE && HIDDEN_TEXT_ELEMENTS.has(node.nodeName.toUpperCase())) return;
  for (let child = node.firstChild; child; child = child.nextSibling) collectTextNodes(child, into);
}

/** The raw text offset of a DOM boundary point (a Range's start or end), clamped to the root's text. */
export function rawOffsetOf(page: PageText, container: Node, offset: number): number {
  const own = page.nodes.indexOf(container as Text);
  if (own >= 0) return (page.nodeStarts[own] as number) + offset;
  // An element boundary sits before its child at `offset`, or after all its children.
  const before = container.childNodes[offset] ?? null;
  for (let index = 0; index < page.nodes.length; index++) {
    const node = page.nodes[index] as Text;
    const atOrAfter = before
      ? node === before || (before.compareDocumentPosition(node) & FOLLOWING) !== 0
      : !container.contains(node) && (container.compareDocumentPosition(node) & FOLLOWING) !== 0;
    if (atOrAfter) return page.nodeStarts[index] as number;
  }
  return page.rawLength;
}

/** The position in the collapsed text of a raw offset: how many collapsed characters come before it. */
export function collapsedOffsetOf(page: PageText, rawOffset: number): number {
  let low = 0;
  let high = page.rawOffsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((page.rawOffsets[middle] as number) < rawOffset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The raw span of the collapsed span [start, end). */
export function rawSpanOf(page: PageText, start: number, end: number): { start: number; end: number } {
  const rawStart = page.rawOffsets[start] ?? page.rawLength;
  const rawEnd = end > start ? (page.rawOffsets[end - 1] as number) + 1 : rawStart;
  return { start: rawStart, end: rawEnd };
}

/** A DOM Range over the raw text span [start, end). */
export function rangeOfRawSpan(page: PageText, document: Document, start: number, end: number): Range {
  const range = document.createRange();
  const first = nodeAt(page, start, 'start');
  const last = nodeAt(page, end, 'end');
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset);
  return range;
}

/**
 * The text node holding a raw offset. A start prefers the beginning of the next node over the end of
 * the previous one (and an end the reverse), so a range never begins or ends on an empty edge.
 */
function nodeAt(page: PageText, rawOffset: number, edge: 'start' | 'end'): { node: Text; offset: number } {
  for (let index = 0; index < page.nodes.length; index++) {
    const node = page.nodes[index] as Text;
    const start = page.nodeStarts[index] as number;
    const end = start + node.data.length;
    const inside = edge === 'start' ? rawOffset < end : rawOffset <= end;
    if (inside) return { node, offset: Math.max(0, rawOffset - start) };
  }
  const last = page.nodes[page.nodes.length - 1] as Text;
  return { node: last, offset: last.data.length };
}
