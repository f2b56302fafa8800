import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { NotesPanel } from '../../components/notes/NotesPanel';
import { CommitmentsList } from '../../components/sidebar/CommitmentsList';
import { Sidebar } from '../../components/sidebar/Sidebar';
import type { AuthoritySummary } from '../../lib/authority-summary';
import type { CommitmentRecord, TextQuoteAnchor } from '../../lib/db/records';
import {
  ARTICLE_COUNCILS_MESSAGE,
  COMMITMENTS_SAVED_MESSAGE,
  HISTORY_DRAWN_MARK,
  type ProtocolMap,
  SIDEBAR_SHOWN_MESSAGE,
} from '../../lib/protocol';
import { sendMessage } from '../../utils/messaging';
import { remoteNotes } from '../../utils/remote-notes';
import '../../components/shared/badge.css';
import './style.css';

// Framed in a news site, this page's storage is partitioned: everything comes from the background.
const params = new URLSearchParams(location.search);
const initialArticleCodes = (params.get('authorities') ?? '').split(',').filter(Boolean);
const articleUrl = params.get('article');
const article = articleUrl ? { url: articleUrl, headline: params.get('headline') ?? articleUrl } : null;
const unplacedNoteIds = (params.get('unplaced') ?? '').split(',').filter(Boolean);
const initialQuote = (() => {
  try {
    return JSON.parse(params.get('quote') ?? 'null') as TextQuoteAnchor | null;
  } catch {
    return null;
  }
})();
// Tell the page to redraw its note highlights after a note changes.
const notesChanged = () => window.parent.postMessage({ type: 'council-lens:notes-changed' }, '*');

const close = () => window.parent.postMessage({ type: 'council-lens:close' }, '*');
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

// Loaded out of sight when the reader pointed at a council's name: on screen once the page says so.
const shown = new Promise<void>((resolve) => {
  if (!params.has('standby')) return resolve();
  const stop = onPageMessage(SIDEBAR_SHOWN_MESSAGE, () => {
    stop();
    resolve();
  });
});

const initialCode = params.get('authority') ?? initialArticleCodes[0] ?? '';
// Both asked before the first render, so the background works while this page renders: the history is
// what the reader clicked for; the switcher can arrive a moment after it.
const initialRecord = sendMessage('getCouncilRecord', initialCode);
const initialArticleCouncils = sendMessage('describeAuthorities', initialArticleCodes);

// The page tells the councils it has marked since this sidebar was opened (see ARTICLE_COUNCILS_MESSAGE).
// Heard from the start, as the page tells on load, which can come before the app's effects run.
let articleCodesNow = initialArticleCodes;
const onArticleCodes = new Set<(codes: string[]) => void>();
onPageMessage(ARTICLE_COUNCILS_MESSAGE, ({ authorities: codes }) => {
  if (!Array.isArray(codes) || !codes.every((code) => typeof code === 'string')) return;
  if (codes.join() === articleCodesNow.join()) return;
  articleCodesNow = codes;
  for (const listener of onArticleCodes) listener(codes);
});

function App() {
  const [articleCodes, setArticleCodes] = useState(articleCodesNow);
  useEffect(() => {
    setArticleCodes(articleCodesNow);
    onArticleCodes.add(setArticleCodes);
    return () => void onArticleCodes.delete(setArticleCodes);
  }, []);
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
  const [code, setCode] = useState(initialCode);
  const [data, setData] = useState<Loaded | 'loading' | Error>('loading');
  const [commitments, setCommitments] = useState<CommitmentRecord[]>([]);
  const [pendingQuote, setPendingQuote] = useState(initialQuote);
  const [onScreen, setOnScreen] = useState(!params.has('standby'));
  useEffect(() => void shown.then(() => setOnScreen(true)), []);

  useEffect(() => {
    setData('loading');
    const request = code === initialCode ? initialRecord : sendMessage('getCouncilRecord', code);
    request.then(setData, (error: Error) => setData(error));
  }, [code]);
  useEffect(() => {
    // A User Timing mark once the history is on screen: seen in devtools, and read by `npm run bench`.
    if (data !== 'loading' && onScreen) requestAnimationFrame(() => performance.mark(HISTORY_DRAWN_MARK));
  }, [data, onScreen]);
  const loadCommitments = useCallback(
    () => void sendMessage('listCommitments', code).then(setCommitments),
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
      onScreen={onScreen}
      councils={councils.map(({ code: councilCode, shortName }) => ({ code: councilCode, shortName }))}
      onSelect={setCode}
      onClose={close}
      commitmentMarkers={commitments.flatMap((commitment) =>
        commitment.publishedDate ? [{ date: commitment.publishedDate, label: commitment.quote }] : [],
      )}
      notesSlot={
        <NotesPanel
          article={article}
          authorities={article ? articleCodes : [code]}
          pendingQuote={pendingQuote}
          onPendingQuoteUsed={() => setPendingQuote(null)}
          unplacedNoteIds={unplacedNoteIds}
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
            if (!article) return;
            await sendMessage('addCommitment', {
              ...details,
              authority: code,
              quote,
              articleUrl: article.url,
              headline: article.headline,
            });
            setPendingQuote(null);
            loadCommitments();
          }}
        />
      }
    />
  );
}

render(<App />, document.getElementById('app') as HTMLElement);
