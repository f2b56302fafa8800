/**
 * Tells when the reader has scrolled to the end of the page. A fixed button in the bottom corner covers
 * the last words there, which no scrolling can bring out from under it; near the end the summary moves to
 * the top corner, whose words the reader can scroll back into view.
 *
 * `end` is an element at the end of the page (Council Lens's own host, appended last to the body). It is
 * watched with an IntersectionObserver, never by reading the page's scroll height: a read of layout from
 * script while the page is being marked forces its layout then and there, and on the benchmark's
 * million-node page that put the whole page's layout (hundreds of ms) into one task of ours.
 */
export function watchPageEnd(end: Element, onChange: (atEnd: boolean) => void): () => void {
  let endInView = false;
  // A page that fits the window is never scrolled, and its end is in view from the start: the summary stays.
  let scrolled = false;
  let atEnd = false;
  const update = () => {
    const now = endInView && scrolled;
    if (now === atEnd) return;
    atEnd = now;
    onChange(atEnd);
  };
  const observer = new IntersectionObserver(
    (entries) => {
      endInView = entries.at(-1)?.isIntersecting ?? endInView;
      update();
    },
    // Slack for rounding and for browser toolbars that resize the viewport as the reader scrolls.
    { rootMargin: '0px 0px 64px 0px' },
  );
  observer.observe(end);
  const onScroll = () => {
    if (scrolled) return;
    scrolled = true;
    update();
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    observer.disconnect();
    window.removeEventListener('scroll', onScroll);
  };
}
