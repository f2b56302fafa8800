/**
 * How the reader reaches a council's record from a mark: hover or keyboard focus shows the card after a
 * short intent delay (so sweeping the pointer across a paragraph does not flicker cards); click, Enter or
 * Space opens the sidebar; Esc or moving away closes the card.
 */
const MARK_SELECTOR = 'council-lens-mark';
const SHOW_DELAY_MS = 350;
const HIDE_DELAY_MS = 250;

export interface MarkInteractionHandlers {
  showCard(mark: HTMLElement): void;
  hideCard(): void;
  openSidebar(mark: HTMLElement): void;
  /** The reader points at or focuses a mark, and may click it next: load its sidebar ahead of the click. */
  prepareSidebar(mark: HTMLElement): void;
  /** True while the pointer or focus is inside the card itself, which keeps it open. */
  isInsideCard(target: EventTarget | null): boolean;
  /**
   * True while the closing sidebar hands focus back to the name it was opened from: that focus is not the
   * reader asking for the card, which would cover the lines they came back to read.
   */
  isReturningFocus(): boolean;
}

export function watchMarkInteractions(handlers: MarkInteractionHandlers): () => void {
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let current: HTMLElement | null = null;

  const markOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? (target.closest(MARK_SELECTOR) as HTMLElement | null) : null;

  const scheduleShow = (mark: HTMLElement) => {
    clearTimeout(hideTimer);
    if (mark === current) return;
    clearTimeout(showTimer);
    showTimer = setTimeout(() => {
      current = mark;
      handlers.showCard(mark);
    }, SHOW_DELAY_MS);
  };
  const scheduleHide = () => {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hideNow, HIDE_DELAY_MS);
  };
  const hideNow = () => {
    clearTimeout(showTimer);
    current = null;
    handlers.hideCard();
  };

  const onOver = (event: Event) => {
    if (event.type === 'focusin' && handlers.isReturningFocus()) return;
    const mark = markOf(event.target);
    if (mark) {
      handlers.prepareSidebar(mark);
      scheduleShow(mark);
    } else if (handlers.isInsideCard(event.composedPath()[0] ?? null)) clearTimeout(hideTimer);
  };
  const onOut = (event: Event) => {
    const related = (event as PointerEvent | FocusEvent).relatedTarget;
    if (markOf(event.target) && markOf(related) !== markOf(event.target) && !handlers.isInsideCard(related)) {
      scheduleHide();
    }
  };
  const onCardLeave = (event: Event) => {
    if (handlers.isInsideCard(event.target) && !markOf((event as PointerEvent).relatedTarget)) scheduleHide();
  };
  const onActivate = (event: Event) => {
    const mark = markOf(event.target);
    if (!mark) return;
    if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    hideNow();
    handlers.openSidebar(mark);
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && current) hideNow();
    else onActivate(event);
  };

  document.addEventListener('pointerover', onOver);
  document.addEventListener('pointerout', onOut);
  document.addEventListener('pointerout', onCardLeave);
  document.addEventListener('focusin', onOver);
  document.addEventListener('focusout', onOut);
  document.addEventListener('click', onActivate);
  document.addEventListener('keydown', onKeydown);
  return () => {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    document.removeEventListener('pointerover', onOver);
    document.removeEventListener('pointerout', onOut);
    document.removeEventListener('pointerout', onCardLeave);
    document.removeEventListener('focusin', onOver);
    document.removeEventListener('focusout', onOut);
    document.removeEventListener('click', onActivate);
    document.removeEventListener('keydown', onKeydown);
  };
}
