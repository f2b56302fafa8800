/**
 * Tells when the reader has scrolled to the end of the page. A fixed button in the bottom corner covers
 * the last words there, which no scrolling can bring out from under it; near the end the summary moves to
 * the top corner, whose words the reader can scroll back into view.
 */
export function watchPageEnd(onChange: (atEnd: boolean) => void): () => void {
  /** Slack for rounding and browser toolbars that resize the viewport as the reader scrolls. */
  const NEAR_PX = 64;
  let atEnd = false;
  let frame = 0;
  const check = () => {
    frame = 0;
    const scroller = document.scrollingElement ?? document.documentElement;
    const scrollable = scroller.scrollHeight > window.innerHeight + NEAR_PX;
    const now = scrollable && window.scrollY + window.innerHeight >= scroller.scrollHeight - NEAR_PX;
    if (now === atEnd) return;
    atEnd = now;
    onChange(atEnd);
  };
  // At most one look a frame, off the scroll event itself: scrolling stays the page's.
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(check);
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  schedule();
  return () => {
    window.removeEventListener('scroll', schedule);
    window.removeEventListener('resize', schedule);
    cancelAnimationFrame(frame);
  };
}
