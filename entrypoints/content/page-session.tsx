import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ArticleCouncil } from '../../components/page/ArticleSummary';
import { cardPosition } from '../../components/page/card-position';
import { PageApp, type PageAppProps } from '../../components/page/PageApp';
import {
  type AnnotateOptions,
  annotateInChunks,
  candidateTextNodesInChunks,
  leadingText,
  MARK_TAG,
  markTextNodesInChunks,
  nextTask,
  pacer,
  removeMarks,
} from '../../lib/annotate/annotate';
import type { DetectedArticle } from '../../lib/article/detect';
import { type AuthoritySummary, describeForMark } from '../../lib/authority-summary';
import { findStatementsInSlices, mainAuthorityOf } from '../../lib/commitments/from-article';
import { sentenceSegmenter } from '../../lib/commitments/sentences';
import type { TextQuoteAnchor } from '../../lib/db/records';
import { countReferences } from '../../lib/match/anaphora';
import { createMatcher } from '../../lib/match/matcher';
import { canonicalArticleUrl } from '../../lib/notes/canonical-url';
import { sendMessage } from '../../utils/messaging';
import { isSummaryCollapsed, setSummaryCollapsed } from '../../utils/page-prefs';
import { watchArticleChanges } from './article-changes';
import { watchMarkInteractions } from './mark-interactions';
import { createNoteHighlights, watchQuoteSelection } from './note-highlights';
import { watchPageEnd } from './page-end';
import { createSidebarFrame, type SidebarRequest } from './sidebar-frame';

const CARD_SIZE = { width: 320, height: 150 };
const NARROW_WINDOW_PX = 700;

/**
 * One article on one page: marks its councils, draws the summary and hover card, opens the sidebar.
 * Returns a function that undoes all of it (used on single-page navigation and when the extension unloads).
 */
export async function startPageSession(ctx: ContentScriptContext, article: DetectedArticle, site: string) {
  const names = await sendMessage('getNameIndex');
  if (!names) return () => {};
  const matcher = createMatcher(names);
  // One key per story whatever the variant (AMP, mobile, tracking parameters): notes and records agree.
  const articleKey = canonicalArticleUrl(article.canonicalUrl);
  const summaries = new Map<string, AuthoritySummary>();

  const describeCodes = async (codes: string[]) => {
    const missing = [...new Set(codes)].filter((code) => !summaries.has(code));
    if (missing.length === 0) return;
    for (const summary of await sendMessage('describeAuthorities', missing))
      summaries.set(summary.code, summary);
  };

  // After marking, the marks themselves are the mentions.
  const markedMentions = () =>
    Array.from(article.root.querySelectorAll<HTMLElement>(MARK_TAG), (mark) => ({
      code: mark.dataset.code ?? '',
      text: mark.textContent ?? '',
    }));

  const annotateOptions: AnnotateOptions = {
    exclude: article.exclude,
    describe: (code, visibleText) => {
      const summary = summaries.get(code);
      return summary ? describeForMark(summary, visibleText) : `${visibleText}: open Council Lens`;
    },
  };

  // The text nodes that may name a council (not form fields or scripts in the article), found once, in
  // slices. The accessible name of each mark states the latest rating, so the summaries come first.
  const candidates = await candidateTextNodesInChunks(article.root, article.exclude);
  await describeCodes(candidates.flatMap((node) => matcher.find(node.data).map((match) => match.code)));

  const ui = await createShadowRootUi(ctx, {
    name: 'council-lens-ui',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount: (container) => container,
  });
  ui.mount();
  const container = ui.uiContainer;
  const noteHighlights = createNoteHighlights(article.root, articleKey);
  const sidebar = createSidebarFrame(
    ui.shadow.appendChild(document.createElement('div')),
    () => void noteHighlights.refresh(),
  );
  const selection = watchQuoteSelection(article.root);

  const state: Omit<PageAppProps, 'onToggleCollapsed' | 'onOpen' | 'onPrepare'> = {
    councils: [],
    // Open, the 300 px summary covers much of a narrow window's story (a phone, or 200% zoom): there it
    // starts folded to its one-line button until the reader opens it.
    collapsed: await isSummaryCollapsed(site, window.innerWidth < NARROW_WINDOW_PX),
    card: null,
    atPageEnd: false,
  };
  const articleCodes = () => state.councils.map((council) => council.summary.code);
  const sidebarRequest = (code: string, quote?: TextQuoteAnchor): SidebarRequest => ({
    authority: code,
    authorities: articleCodes(),
    articleUrl: articleKey,
    headline: article.headline,
    quote,
    unplacedNoteIds: noteHighlights.unplaced(),
  });
  const openSidebar = (code: string, opener?: HTMLElement) => {
    state.card = null;
    draw();
    sidebar.open(sidebarRequest(code, selection.takeQuote() ?? undefined), opener);
  };
  /** The mark whose hover card is showing. */
  let cardMark: HTMLElement | null = null;
  /**
   * What Esc or Close hands focus back to: the summary's button, focused by the click or key that pressed it
   * (inside the shadow root, so not document.activeElement), or the mark whose card's Open history was
   * pressed, since the card goes as the sidebar opens.
   */
  const openerOf = (from: 'summary' | 'card'): HTMLElement | undefined => {
    const opener = from === 'card' ? cardMark : ui.shadow.activeElement;
    return opener instanceof HTMLElement ? opener : undefined;
  };
  const prepareSidebar = (code: string) => sidebar.prepare(sidebarRequest(code));
  const draw = () =>
    render(
      <PageApp
        {...state}
        onToggleCollapsed={() => {
          state.collapsed = !state.collapsed;
          void setSummaryCollapsed(site, state.collapsed);
          draw();
        }}
        onOpen={(code, from) => openSidebar(code, openerOf(from))}
        onPrepare={prepareSidebar}
      />,
      container,
    );

  const stopWatchingPageEnd = watchPageEnd(ui.shadowHost, (atEnd) => {
    state.atPageEnd = atEnd;
    draw();
  });

  /** The marks as last counted, for the sidebar readied at idle. */
  let mentionsNow: { code: string; text: string }[] = [];
  const refreshCouncils = () => {
    const mentions = markedMentions();
    mentionsNow = mentions;
    const references = countReferences(leadingText(article.root), mentions);
    const counts = new Map<string, number>();
    for (const mention of mentions) counts.set(mention.code, (counts.get(mention.code) ?? 0) + 1);
    state.councils = [...counts].flatMap(([code, count]): ArticleCouncil[] => {
      const summary = summaries.get(code);
      return summary ? [{ summary, mentions: count, references: references.get(code) ?? 0 }] : [];
    });
    draw();
    sidebar.tellArticleCouncils(articleCodes());
    return mentions;
  };
  // Wired before the marks appear, so that a click on a name the moment it is marked is not lost.
  const stopInteractions = watchMarkInteractions({
    showCard(mark) {
      const summary = summaries.get(mark.dataset.code ?? '');
      if (!summary) return;
      const rect = mark.getBoundingClientRect();
      const viewport = { width: window.innerWidth, height: window.innerHeight };
      state.card = { summary, position: cardPosition(rect, CARD_SIZE, viewport) };
      cardMark = mark;
      draw();
    },
    hideCard() {
      cardMark = null;
      if (!state.card) return;
      state.card = null;
      draw();
    },
    openSidebar(mark) {
      openSidebar(mark.dataset.code ?? '', mark);
    },
    prepareSidebar(mark) {
      prepareSidebar(mark.dataset.code ?? '');
    },
    isInsideCard: (target) => target instanceof Node && ui.shadowHost.contains(target),
    isReturningFocus: () => sidebar.isReturningFocus(),
  });

  await markTextNodesInChunks(candidates, matcher, annotateOptions);
  // The passes that follow marking each get a task of their own: run on in the last slice of marking, on a
  // page of a million nodes, counting the councils and reading the statements made one task of 130 to 180
  // ms (a CPU profile of npm run bench's million-node page).
  await nextTask();
  void noteHighlights.refresh();
  const mentions = refreshCouncils();
  /** Set when the session ends (see the returned cleanup). */
  let stopped = false;
  // A sidebar is readied out of sight once the page is idle, and again each time the tab comes back into
  // view (a tab in the background lets it go): for the council the article is about, the likeliest click,
  // or with none named most, the first named. A click on any council then re-aims that frame, never loads one.
  const readySidebar = () => {
    if (document.hidden) return;
    ctx.requestIdleCallback(
      () => {
        // Counted already (refreshCouncils runs after every marking): not another pass over the page.
        const council = mainAuthorityOf(mentionsNow) ?? mentionsNow[0]?.code;
        if (council && !document.hidden) sidebar.preload(sidebarRequest(council));
      },
      { timeout: 3000 },
    );
  };
  readySidebar();
  document.addEventListener('visibilitychange', readySidebar);
  if (mentions.length > 0) {
    // In slices too: its 500 paragraphs of the million-node page took 48 to 90 ms in one task. Sentences are
    // split with Intl, whose first use starts ICU (see sentences.ts), so that comes first, in a task alone.
    void nextTask()
      .then(() => {
        sentenceSegmenter();
        return nextTask();
      })
      .then(() => findStatementsInSlices(article, articleKey, matcher, mentions, pacer({})))
      // Read over many tasks, the page may have been left meanwhile (a single-page site's next story): what
      // it found is then not saved for the story now showing, nor told to a sidebar that is gone.
      .then(async (statements) => {
        if (stopped) return;
        await sendMessage('saveStatements', statements);
        if (!stopped) sidebar.tellCommitmentsSaved();
      });
    void sendMessage('recordArticle', {
      url: articleKey,
      headline: article.headline,
      publisher: article.publisher,
      publishedDate: article.publishedDate,
      authorities: articleCodes(),
    });
  }

  // Live blogs and infinite scroll add text: mark it too, a batch at a time.
  const stopWatching = watchArticleChanges(article.root, async (added) => {
    const codes = added.flatMap((node) => matcher.find(node.textContent ?? '').map((match) => match.code));
    await describeCodes(codes);
    for (const node of added) await annotateInChunks(node, matcher, annotateOptions);
    refreshCouncils();
    readySidebar();
  });

  return () => {
    stopped = true;
    document.removeEventListener('visibilitychange', readySidebar);
    selection.stop();
    stopWatchingPageEnd();
    noteHighlights.clear();
    stopWatching();
    stopInteractions();
    sidebar.destroy();
    render(null, container);
    ui.remove();
    removeMarks(document.body);
  };
}
