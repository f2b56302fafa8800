import type { CouncilMatch, Matcher } from '../match/matcher';

/**
 * Marks council mentions in a page by wrapping each in a `<council-lens-mark>` element.
 *
 * - A custom element (as hypothesis/client does for highlights) so page CSS written for spans and marks
 *   cannot hide it. It is never registered: Chrome gives content scripts no `customElements`.
 * - Only text nodes are split; the text itself is never changed, so the page's `textContent` is exactly
 *   what it was, and `removeMarks` puts every node back as it was.
 * - A name split across elements ("Sefton <b>Council</b>") is left alone: marking its pieces would give
 *   two marks for one mention, and joining them would mean moving the page's own elements.
 */
export const MARK_TAG = 'council-lens-mark';

/** Elements whose text is not article prose: code, form fields, scripts, styles, graphics. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'SVG',
  'MATH',
  'IFRAME',
  'BUTTON',
  MARK_TAG.toUpperCase(),
]);

export interface AnnotateOptions {
  /** The accessible name of a mark: its visible text first (WCAG label in name), the council, its rating. */
  describe(code: string, visibleText: string): string;
  /** Parts of the root that are not the article body (related links, promos), as CSS selectors. */
  exclude?: readonly string[];
}

/** One text node as it was before marking, and the pieces it became, to put it back exactly. */
interface SplitText {
  original: Text;
  pieces: Node[];
}
const splits = new WeakMap<Element, SplitText>();

function isSkipped(element: Element, exclude: readonly string[]): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.namespaceURI === 'http://www.w3.org/2000/svg') return true;
  if ((element as HTMLElement).isContentEditable || element.getAttribute('contenteditable') === 'true')
    return true;
  return exclude.length > 0 && exclude.some((selector) => element.matches(selector));
}

/** The text nodes under `root` that could hold a mention, skipping what must never be touched. */
export function candidateTextNodes(root: Node, exclude: readonly string[] = []): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* elements and text */, {
    acceptNode(node) {
      if (node.nodeType === 1)
        return isSkipped(node as Element, exclude) ? 2 /* reject subtree */ : 3 /* skip */;
      const data = (node as Text).data;
      return data.length > 7 && (data.includes('ouncil') || data.includes('Borough of')) ? 1 : 3;
    },
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

function createMark(doc: Document, match: CouncilMatch, label: string): HTMLElement {
  const mark = doc.createElement(MARK_TAG);
  mark.textContent = match.text;
  mark.dataset.code = match.code;
  mark.tabIndex = 0;
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-label', label);
  Object.assign(mark.style, MARK_STYLE);
  return mark;
}

/** Visible on any page, whatever its CSS does to spans: a quiet underline and a pointer. */
const MARK_STYLE: Partial<CSSStyleDeclaration> = {
  display: 'inline',
  cursor: 'pointer',
  borderBottom: '2px solid #7a5cc7',
  backgroundColor: 'rgba(122, 92, 199, 0.10)',
  borderRadius: '2px',
  color: 'inherit',
};

/** Marks the mentions in one text node; returns the marks made. */
export function markTextNode(node: Text, matcher: Matcher, options: AnnotateOptions): HTMLElement[] {
  const matches = matcher.find(node.data);
  if (matches.length === 0 || !node.parentNode) return [];
  const doc = node.ownerDocument;
  const text = node.data;
  const pieces: Node[] = [node];
  const marks: HTMLElement[] = [];
  let cursor = 0;
  let tail: Node = node;
  for (const match of matches) {
    const mark = createMark(doc, match, options.describe(match.code, match.text));
    marks.push(mark);
    const before = text.slice(cursor, match.start);
    if (pieces.length === 1) node.data = before;
    else if (before) pieces.push(doc.createTextNode(before));
    pieces.push(mark);
    cursor = match.end;
  }
  const after = text.slice(cursor);
  if (after) pieces.push(doc.createTextNode(after));
  for (const piece of pieces.slice(1)) {
    tail.parentNode?.insertBefore(piece, tail.nextSibling);
    tail = piece;
  }
  const split = { original: node, pieces };
  for (const mark of marks) splits.set(mark, split);
  return marks;
}

/** Marks every mention under `root` at once. Returns the marks made. */
export function annotate(root: Node, matcher: Matcher, options: AnnotateOptions): HTMLElement[] {
  return candidateTextNodes(root, options.exclude).flatMap((node) => markTextNode(node, matcher, options));
}

/**
 * The same, in slices: yields to the page between slices so that no task runs longer than `budgetMs`
 * (a long article, or a live blog of thousands of posts, never freezes the page).
 */
export async function annotateInChunks(
  root: Node,
  matcher: Matcher,
  options: AnnotateOptions & { budgetMs?: number; yieldToPage?: () => Promise<void> },
): Promise<HTMLElement[]> {
  const budget = options.budgetMs ?? 30;
  const yieldToPage = options.yieldToPage ?? (() => new Promise<void>((resume) => setTimeout(resume, 0)));
  const marks: HTMLElement[] = [];
  let sliceStart = performance.now();
  const nodes = candidateTextNodes(root, options.exclude);
  for (const node of nodes) {
    if (performance.now() - sliceStart > budget) {
      await yieldToPage();
      sliceStart = performance.now();
    }
    if (node.isConnected) marks.push(...markTextNode(node, matcher, options));
  }
  return marks;
}

/** Removes every mark under `root` and restores each text node exactly as it was. */
export function removeMarks(root: ParentNode): void {
  for (const mark of Array.from(root.querySelectorAll(MARK_TAG))) {
    const split = splits.get(mark);
    if (!split) {
      mark.replaceWith(...Array.from(mark.childNodes));
      continue;
    }
    split.original.data = split.pieces.map((piece) => piece.textContent ?? '').join('');
    for (const piece of split.pieces.slice(1)) piece.parentNode?.removeChild(piece);
    for (const other of split.pieces) if (other instanceof Element) splits.delete(other);
  }
}
