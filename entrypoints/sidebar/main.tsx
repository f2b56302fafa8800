import { render } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { downloadFile } from '../../components/notes/download';
import { NotesPanel } from '../../components/notes/NotesPanel';
import { CommitmentsList } from '../../components/sidebar/CommitmentsList';
import { recordFileName, recordMarkdown } from '../../components/sidebar/record-markdown';
import { Sidebar } from '../../components/sidebar/Sidebar';
import type { AuthoritySummary } from '../../lib/authority-summary';
import type { CommitmentRecord, TextQuoteAnchor } from '../../lib/db/records';
import {
  ARTICLE_COUNCILS_MESSAGE,
  COMMITMENTS_SAVED_MESSAGE,
  HISTORY_DRAWN_MARK,
  type ProtocolMap,
  readSidebarView,
  recordPagePath,
  SIDEBAR_SHOWING_MESSAGE,
  SIDEBAR_VIEW_MESSAGE,
  type SidebarView,
} from '../../lib/protocol';
import { sendMessage } from '../../utils/messaging';
import { remoteNotes } from '../../utils/remote-notes';
import '../../components/shared/extension-page.css';
import '../../components/shared/badge.css';
import './style.css';

// Framed in a news site, this page's storage is partitioned: everything comes from the background.
const params = new URLSearchParams(location.search);
const initialArticleCodes = (params.get('authorities') ?? '').split(',').filter(Boolean);
const articleUrl = params.get('article');
const article = articleUrl ? { url: articleUrl, headline: params.get('headline') ?? articleUrl } : null;
/**
 * Framed in a news page, or opened on its own from the popup's "Look up a council": on its own there is no
 * page to tell anything, nor a sidebar to close (Esc closing the reader's tab would surprise them).
 */
const framed = window.parent !== window;
const toPage = (message: Record<string, unknown>) => {
  if (framed) window.parent.postMessage(message, '*');
};
document.documentElement.classList.toggle('standalone', !framed);
// Tell the page to redraw its note highlights after a note changes.
const notesChanged = () => toPage({ type: 'council-lens:notes-changed' });

const close = () => toPage({ type: 'council-lens:close' });
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') close();
});

type Loaded = ReturnType<ProtocolMap['getCouncilRecord']>;

/** Calls `handle` with each message of this type from the page this sidebar is framed in; returns a stop. */
function onPageMessage(type: string, handle: (data: Record<string, unknown>) => void): () => void {
  const onMessage = (event: MessageEvent) => {
    if (event.source === window.parent && event.data?.type === type) handle(event.data);
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}

/**
 * A value the page keeps this sidebar told of, by messages of one type: heard from the start, as the page
 * tells on load, which can come before the app's effects run. The app reads it with `usePageValue`.
 */
function heardFromPage<T>(type: string, initial: T, read: (data: Record<string, unknown>) => T | null) {
  let current = initial;
  const listeners = new Set<(value: T) => void>();
  onPageMessage(type, (data) => {
    const value = read(data);
    if (value === null || JSON.stringify(value) === JSON.stringify(current)) return;
    current = value;
    for (const listener of listeners) listener(value);
  });
  return { current: () => current, listeners };
}

function usePageValue<T>(source: ReturnType<typeof heardFromPage<T>>): T {
  const [value, setValue] = useState(() => source.current());
  useEffect(() => {
    // Anything told between the first render and this effect.
    setValue(source.current());
    source.listeners.add(setValue);
    return () => void source.listeners.delete(setValue);
  }, [source]);
  return value;
}

/**
 * What to show, and whether it is on screen: first from the address, then as the page re-aims this frame
 * (SIDEBAR_VIEW_MESSAGE) instead of loading another.
 */
const pageView = heardFromPage<SidebarView>(
  SIDEBAR_VIEW_MESSAGE,
  {
    authority: params.get('authority') ?? initialArticleCodes[0] ?? '',
    onScreen: !params.has('standby'),
    quote: (() => {
      try {
        return JSON.parse(params.get('quote') ?? 'null') as TextQuoteAnchor | null;
      } catch {
        return null;
      }
    })(),
    unplacedNoteIds: (params.get('unplaced') ?? '').split(',').filter(Boolean),
  },
  readSidebarView,
);
/** The councils the page has marked since this sidebar was loaded (see ARTICLE_COUNCILS_MESSAGE). */
const pageArticleCodes = heardFromPage(ARTICLE_COUNCILS_MESSAGE, initialArticleCodes, ({ authorities }) =>
  Array.isArray(authorities) && authorities.every((code) => typeof code === 'string') ? authorities : null,
);

const initialCode = pageView.current().authority;
// Both asked before the first render, so the background works while this page renders: the history is
// what the reader clicked for; the switcher can arrive a moment after it.
const initialRecord = sendMessage('getCouncilRecord', initialCode);
const initialArticleCouncils = sendMessage('describeAuthorities', initialArticleCodes);

function App() {
  const articleCodes = usePageValue(pageArticleCodes);
  const view = usePageValue(pageView);
  const [councils, setCouncils] = useState<AuthoritySummary[]>([]);
  useEffect(() => {
    let current = true;
    const described =
      articleCodes === initialArticleCodes
        ? initialArticleCouncils
        : sendMessage('describeAuthorities', articleCodes);
    described.then(
      (summaries) => current && setCouncils(summaries),
      () => current && setCouncils([]),
    );
    return () => {
      current = false;
    };
  }, [articleCodes]);
  const [code, setCode] = useState(view.authority);
  // Kept with the council it is for, so that a switch never shows one council's record under another.
  const [loaded, setLoaded] = useState<{ code: string; value: Loaded | Error } | null>(null);
  const data = loaded?.code === code ? loaded.value : 'loading';
  const [commitmentsByCode, setCommitmentsByCode] = useState<Record<string, CommitmentRecord[]>>({});
  const commitments = commitmentsByCode[code] ?? [];
  const [pendingQuote, setPendingQuote] = useState(view.quote);
  useLayoutEffect(() => {
    // The page re-aimed this sidebar (a click, or pointing at a name): its council wins over one the reader
    // switched to before closing. The selection is the one made before this opening, if any.
    setCode(view.authority);
    if (view.onScreen) setPendingQuote(view.quote);
    // Each opening starts at the top, as a newly loaded sidebar did.
    window.scrollTo(0, 0);
  }, [view]);

  useLayoutEffect(() => {
    let current = true;
    const request = code === initialCode ? initialRecord : sendMessage('getCouncilRecord', code);
    request.then(
      (value) => current && setLoaded({ code, value }),
      (error: Error) => current && setLoaded({ code, value: error }),
    );
    return () => {
      current = false;
    };
  }, [code]);
  useLayoutEffect(() => {
    // Drawn, before it is painted: the page brings this frame into sight once it shows the council clicked.
    if (data !== 'loading') toPage({ type: SIDEBAR_SHOWING_MESSAGE, authority: code });
  }, [code, data]);
  // On a page of its own, another council (a neighbour, the county) is a new address, so Back returns.
  const select = (next: string) => {
    if (!framed && next !== code) history.pushState(null, '', recordPagePath(next));
    setCode(next);
  };
  useEffect(() => {
    if (framed) return;
    const back = () => setCode(new URLSearchParams(location.search).get('authority') ?? initialCode);
    window.addEventListener('popstate', back);
    return () => window.removeEventListener('popstate', back);
  }, []);
  useEffect(() => {
    // On a page of its own, the tab says whose record it is.
    if (!framed && data && !(data instanceof Error) && data !== 'loading')
      document.title = `${data.record.authority.name} · Council Lens`;
  }, [data]);
  useEffect(() => {
    // A User Timing mark once the history is on screen: seen in devtools, and read by `npm run bench`.
    if (data !== 'loading' && view.onScreen)
      requestAnimationFrame(() => performance.mark(HISTORY_DRAWN_MARK));
  }, [data, view.onScreen]);
  const loadCommitments = useCallback(
    () =>
      void sendMessage('listCommitments', code).then((list) =>
        setCommitmentsByCode((byCode) => ({ ...byCode, [code]: list })),
      ),
    [code],
  );
  useEffect(loadCommitments, [loadCommitments]);
  useEffect(() => onPageMessage(COMMITMENTS_SAVED_MESSAGE, loadCommitments), [loadCommitments]);

  if (data === 'loading') return <p role="status">Loading…</p>;
  if (data instanceof Error) return <p role="alert">Council Lens could not read its data: {data.message}</p>;
  if (!data) return <p role="alert">This council is not in Council Lens's data (code {code}).</p>;
  const setStatus = (id: string, status: CommitmentRecord['status']) =>
    void sendMessage('setCommitmentStatus', { id, status }).then(loadCommitments);
  return (
    <Sidebar
      key={code}
      record={data.record}
      meta={data.meta}
      onScreen={view.onScreen}
      councils={councils.map(({ code: councilCode, shortName }) => ({ code: councilCode, shortName }))}
      onSelect={select}
      onClose={framed ? close : undefined}
      pageOfItsOwn={framed ? recordPagePath(code) : undefined}
      onSave={async () => {
        const { record, meta } = data;
        const notes = await remoteNotes.forAuthorities([code]);
        const file = recordFileName(record);
        downloadFile(
          file,
          recordMarkdown({ record, meta, commitments, notes }),
          'text/markdown;charset=utf-8',
        );
        return file;
      }}
      commitmentMarkers={commitments.flatMap((commitment) =>
        commitment.publishedDate && commitment.status !== 'statement'
          ? [
              {
                date: commitment.publishedDate,
                label: commitment.quote,
                unconfirmed: commitment.status === 'extracted',
              },
            ]
          : [],
      )}
      notesSlot={
        <NotesPanel
          article={article}
          council={code}
          pendingQuote={pendingQuote}
          onPendingQuoteUsed={() => setPendingQuote(null)}
          unplacedNoteIds={view.unplacedNoteIds}
          onArticleNotesChange={notesChanged}
          store={remoteNotes}
        />
      }
      commitmentsSlot={
        <CommitmentsList
          commitments={commitments}
          selectedText={article && pendingQuote?.exact}
          onConfirm={(id) => setStatus(id, 'confirmed')}
          onDismiss={(id) => setStatus(id, 'dismissed')}
          onRestore={setStatus}
          onEdit={async (id, details) => {
            await sendMessage('editCommitment', { id, details });
            loadCommitments();
          }}
          onAdd={async (quote, details) => {
            if (!article) return undefined;
            const added = await sendMessage('addCommitment', {
              ...details,
              authority: code,
              quote,
              articleUrl: article.url,
              headline: article.headline,
            });
            setPendingQuote(null);
            loadCommitments();
            return added.id;
          }}
        />
      }
    />
  );
}

render(<App />, document.getElementById('app') as HTMLElement);
