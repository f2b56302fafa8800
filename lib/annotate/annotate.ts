import type { CouncilMatch, Matcher } from '../match/matcher';
import { COUNCIL_INITIALS, COUNCIL_INITIALS_WORD } from '../match/name-index';

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

/** The anchor words of every mention but the initials, a few plain `includes` (see mayMention). */
const hasAnchorWord = (text: string) =>
  text.includes('ouncil') || text.includes('Borough of') || text.includes('Corporation');

/**
 * Every mention form contains one of the matcher's anchors (see ANCHORS in matcher.ts): "council" (also in
 * "Council of the Isles of Scilly"), "Borough of" ("London Borough of Hackney", "Borough of Poole"),
 * "Corporation" ("City of London Corporation") or the initials; other text is never read. This runs on
 * every text node of the page (a million on the largest), so it stays a few plain `includes` calls, which
 * the engine runs natively: a regular expression or a list of names here would cost on every node.
 */
const mayMention = (text: string) =>
  text.length > 7 &&
  (hasAnchorWord(text) ||
    // The regular expression only where the initials may be: run on every text node, it made the first
    // pass on a fresh page about 40% slower. Every form ends in "BC", "CC" or "DC" (a unit test reads each
    // one through), so these let through all that a capital C did, and far fewer texts: on a fresh page
    // the expression is compiled on its first run and again on its second, about 0.1 ms each time.
    ((text.includes('BC') || text.includes('CC') || text.includes('DC')) &&
      COUNCIL_INITIALS_WORD.test(text)));

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
  return [...walkCandidates(root, exclude, false)].filter((item): item is Text => item !== CHECKPOINT);
}

/** Yielded every few hundred text nodes, so that a caller walking a huge page can pause. */
const CHECKPOINT = Symbol('checkpoint');
/**
 * A slice runs on to the first checkpoint after its budget. In the content script (an isolated world, where
 * each node's script object costs more) 2,000 nodes took about 10 ms, and slices of 20 ms ran to 30 ms
 * (traces of the million-node page). 512 is a whole number of runs (NODES_PER_RUN), and the nodes read one by
 * one a whole number of checkpoints, so a run never straddles one.
 */
const NODES_PER_CHECKPOINT = 512;

/**
 * Beyond this many text nodes the rest are read in runs (see walkCandidates): about five times the text
 * nodes of the largest page in the corpus (4,217), so news pages are read node by node. Read in runs, those
 * pages took longer (the 2.8 MB CNN page's first pass about 13 ms instead of 7), as nearly every run of
 * theirs holds a "council", a "BBC" or the like, and is read twice.
 */
const NODES_READ_ONE_BY_ONE = 20_480;
/** Text nodes read as one string. 32, 64 and 128 did about as well on the million-node page. */
const NODES_PER_RUN = 64;
/** The initials anywhere, not only as a word: true of any text holding a node where they are a word. */
const COUNCIL_INITIALS_ANYWHERE = new RegExp(COUNCIL_INITIALS.join('|'));
/** True of the text of a run of nodes if any one of them may mention a council (see mayMention). */
const runMayMention = (text: string) => hasAnchorWord(text) || COUNCIL_INITIALS_ANYWHERE.test(text);

/**
 * With `inRuns`, a huge page's text nodes are read a run at a time, as one string (a Range's), and only a
 * run that may name a council is read node by node. Each node's `data` read becomes a script string that
 * Chromium keeps in a cache, and on the million-node page that was most of the walk (about 300 of 450 ms),
 * the longest task (the cache's table doubling as the 262,144th string was read, 30 to 50 ms in one call, in
 * every trace of npm run bench's page) and most of each scavenge (5 to 20 ms, clearing those strings'
 * handles). Not for the CLI: linkedom's Range has no toString.
 */
function* walkCandidates(
  root: Node,
  exclude: readonly string[],
  inRuns: boolean,
  readOneByOne = NODES_READ_ONE_BY_ONE,
): Generator<Text | typeof CHECKPOINT> {
  const doc = root.ownerDocument ?? (root as Document);
  const excluded = exclude.join(', ');
  const walker = doc.createTreeWalker(root, 0x4 /* text */);
  const oneByOne = inRuns ? readOneByOne : Number.POSITIVE_INFINITY;
  const isCandidate = (node: Text) => {
    if (!mayMention(node.data)) return false;
    // The parent only for the few nodes that may mention a council: reading it for every text node made a
    // script object for nearly every element of the page, about a third of a fresh page's first pass.
    const parent = node.parentElement;
    return parent !== null && !isUntouchable(parent, root, excluded);
  };
  let visited = 0;
  // nextNode() returns the node it moves to: reading currentNode as well was a second call into the browser
  // for every text node.
  while (visited < oneByOne) {
    const node = walker.nextNode() as Text | null;
    if (!node) break;
    if (++visited % NODES_PER_CHECKPOINT === 0) yield CHECKPOINT;
    if (isCandidate(node)) yield node;
  }
  if (visited < oneByOne) return;
  // A huge page: the rest in runs.
  const range = doc.createRange();
  const run: Text[] = [];
  const readRun = function* () {
    const [first, last] = [run[0], run.at(-1)];
    if (!first || !last) return;
    range.setStart(first, 0);
    range.setEnd(last, last.length);
    if (runMayMention(range.toString())) {
      for (const node of run) if (isCandidate(node)) yield node;
    }
    run.length = 0;
  };
  while (walker.nextNode()) {
    if (run.push(walker.currentNode as Text) === NODES_PER_RUN) yield* readRun();
    // A run is read before each pause, so that it never spans one in which the page may change.
    if (++visited % NODES_PER_CHECKPOINT === 0) {
      yield* readRun();
      yield CHECKPOINT;
    }
  }
  yield* readRun();
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
export function pacer({ budgetMs, yieldToPage }: Pacing): () => Promise<void> {
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
  /** Text nodes read one by one before the rest are read in runs; only tests set it. */
  readOneByOne = NODES_READ_ONE_BY_ONE,
): Promise<Text[]> {
  const pauseIfOverBudget = pacer(pacing);
  const nodes: Text[] = [];
  for (const item of walkCandidates(root, exclude, true, readOneByOne)) {
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
