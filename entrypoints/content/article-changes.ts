import { MARK_TAG } from '../../lib/annotate/annotate';

const BATCH_DELAY_MS = 200;

/**
 * Watches only the article root (not the whole page) for new text, batches the changes, and ignores the
 * extension's own marks so that marking never triggers more marking.
 */
export function watchArticleChanges(
  root: Element,
  onAdded: (nodes: Node[]) => Promise<void> | void,
): () => void {
  let pending: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const isOurs = (node: Node) =>
    node.nodeName.toLowerCase() === MARK_TAG || (node.parentElement?.closest(MARK_TAG) ?? null) !== null;

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (isOurs(node) || (node.nodeType === Node.TEXT_NODE && isOurs(record.target))) continue;
        // A text node the annotator split off is inserted next to a mark: it holds no new mention.
        if (node.nodeType === Node.TEXT_NODE && node.previousSibling?.nodeName.toLowerCase() === MARK_TAG)
          continue;
        pending.push(node);
      }
    }
    if (pending.length > 0 && !timer) {
      timer = setTimeout(() => {
        const batch = pending.filter((node) => node.isConnected);
        pending = [];
        timer = undefined;
        void onAdded(
          batch.map((node) => (node.nodeType === Node.TEXT_NODE ? (node.parentNode ?? node) : node)),
        );
      }, BATCH_DELAY_MS);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
