import type { CouncilMatch, Matcher } from '../match/matcher';
import { COUNCIL_INITIALS_WORD } from '../match/name-index';

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
const SKIPPED_TAGS = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'svg',
  'math',
  'iframe',
  'button',
  MARK_TAG,
];
const SKIPPED_SELECTOR = SKIPPED_TAGS.join(', ');

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

/**
 * Every mention form contains one of the matcher's anchors (see ANCHORS in matcher.ts): "council" (also in
 * "Council of the Isles of Scilly"), "Borough of" ("London Borough of Hackney", "Borough of Poole"),
 * "Corporation" ("City of London Corporation") or the initials; other text is never read. This runs on
 * every text node of the page (a million on the largest), so it stays a few plain `includes` calls, which
 * the engine runs natively: a regular expression or a list of names here would cost on every node.
 */
const mayMention = (text: string) =>
  text.length > 7 &&
  (text.includes('ouncil') ||
    text.includes('Borough of') ||
    text.includes('Corporation') ||
    // The regular expression only where there is a capital C: run on every text node, it made the first
    // pass on a fresh page about 40% slower.
    (text.includes('C') && COUNCIL_INITIALS_WORD.test(text)));

/** True for text inside something that must never be touched: code, form fields, graphics, editors. */
function isUntouchable(parent: Element, root: Node, exclude: string): boolean {
  if (parent.closest(SKIPPED_SELECTOR)) return true;
  // The attribute, not isContentEditable: that asks Chromium for up-to-date styles, and after each mark is
  // inserted that means restyling the page. In a contenteditable="false" island the nearest one decides.
  const editable = parent.closest('[contenteditable]');
  if (editable && editable.getAttribute('contenteditable') !== 'false') return true;
  if (!exclude) return false;
  // Parts of the root are left out (related links, promos), not the root itself or what contains it.
  const outside = parent.closest(exclude);
  return outside !== null && outside !== root && root.contains(outside);
}

/**
 * The text nodes under `root` that could hold a mention, skipping what must never be touched.
 *
 * A TreeWalker with no filter: the browser walks natively and JavaScript only reads each string. (A filter
 * function calls from the browser into JavaScript for every node, which was most of the time on large
 * pages; an XPath `contains()` query was slower still: see `npm run bench`.) The few candidates are then
 * checked against their ancestors.
 */
export function candidateTextNodes(root: Node, exclude: readonly string[] = []): Text[] {
  return [...walkCandidates(root, exclude)].filter((item): item is Text => item !== CHECKPOINT);
}

/** Yielded every few thousand text nodes, so that a caller walking a huge page can pause. */
const CHECKPOINT = Symbol('checkpoint');
const NODES_PER_CHECKPOINT = 2000;

function* walkCandidates(root: Node, exclude: readonly string[]): Generator<Text | typeof CHECKPOINT> {
  const doc = root.ownerDocument ?? (root as Document);
  const excluded = exclude.join(', ');
  const walker = doc.createTreeWalker(root, 0x4 /* text */);
  let visited = 0;
  while (walker.nextNode()) {
    if (++visited % NODES_PER_CHECKPOINT === 0) yield CHECKPOINT;
    const node = walker.currentNode as Text;
    const parent = node.parentElement;
    if (mayMention(node.data) && parent && !isUntouchable(parent, root, excluded)) yield node;
  }
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

/** How a walk in slices shares the page: work of at most `budgetMs` at a time, then `yieldToPage`. */
export interface Pacing {
  budgetMs?: number;
  yieldToPage?: () => Promise<void>;
}

/** Resumes in a task of its own, letting the page handle input and paint first. */
export const nextTask = (): Promise<void> => new Promise<void>((resume) => setTimeout(resume, 0));

/**
 * The text under `root` as `textContent` reads it, only as far as `limit` characters: more than any story
 * (the longest of the 601 BBC texts has 67,437), without building one string of a million-node page's
 * every word, which alone took about 35 ms on the benchmark's page.
 */
export function leadingText(root: Node, limit = 200_000): string {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode())
    text += (node as Text).data;
  return text.slice(0, limit);
}

/** A pause between slices of work, taken when the slice has run for its budget. */
function pacer({ budgetMs, yieldToPage }: Pacing): () => Promise<void> {
  // 20 ms of work, leaving room under the 50 ms that makes a long task for a garbage collection mid-slice.
  const budget = budgetMs ?? 20;
  const pause = yieldToPage ?? nextTask;
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart <= budget) return;
    await pause();
    sliceStart = performance.now();
  };
}

/**
 * The text nodes under `root` that may mention a council, found in slices: yields to the page between
 * slices, so that a page of a million nodes is never frozen by the walk.
 */
export async function candidateTextNodesInChunks(
  root: Node,
  exclude: readonly string[] = [],
  pacing: Pacing = {},
): Promise<Text[]> {
  const pauseIfOverBudget = pacer(pacing);
  const nodes: Text[] = [];
  for (const item of walkCandidates(root, exclude)) {
    if (item === CHECKPOINT) await pauseIfOverBudget();
    else nodes.push(item);
  }
  return nodes;
}

/** Marks the mentions in these text nodes, in slices; nodes the page removed meanwhile are skipped. */
export async function markTextNodesInChunks(
  nodes: readonly Text[],
  matcher: Matcher,
  options: AnnotateOptions & Pacing,
): Promise<HTMLElement[]> {
  const pauseIfOverBudget = pacer(options);
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    await pauseIfOverBudget();
    // The page may have changed while we paused.
    if (node.isConnected) marks.push(...markTextNode(node, matcher, options));
  }
  return marks;
}

/**
 * The same as `annotate`, in slices: yields to the page between slices so that no task runs longer than
 * `budgetMs` (a long article, a live blog of thousands of posts or a page of a million nodes never freezes
 * the page). The whole root is walked before anything is marked, so the walk never meets its own marks.
 */
export async function annotateInChunks(
  root: Node,
  matcher: Matcher,
  options: AnnotateOptions & Pacing,
): Promise<HTMLElement[]> {
  return markTextNodesInChunks(
    await candidateTextNodesInChunks(root, options.exclude, options),
    matcher,
    options,
  );
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
