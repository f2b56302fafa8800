import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { NotesPanel } from '../../components/notes/NotesPanel';
import { CommitmentsList } from '../../components/sidebar/CommitmentsList';
import { Sidebar } from '../../components/sidebar/Sidebar';
import type { AuthoritySummary } from '../../lib/authority-summary';
import type { CommitmentRecord, TextQuoteAnchor } from '../../lib/db/records';
import type { ProtocolMap } from '../../lib/protocol';
import { sendMessage } from '../../utils/messaging';
import { remoteNotes } from '../../utils/remote-notes';
import '../../components/shared/badge.css';
import './style.css';

// Framed in a news site, this page's storage is partitioned: everything comes from the background.
const params = new URLSearchParams(location.search);
const articleCodes = (params.get('authorities') ?? '').split(',').filter(Boolean);
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

// Asked at once, alongside the record: the switcher can arrive a moment after the history.
const articleCouncils = sendMessage('describeAuthorities', articleCodes);

function App() {
  const [councils, setCouncils] = useState<AuthoritySummary[]>([]);
  useEffect(() => void articleCouncils.then(setCouncils, () => setCouncils([])), []);
  const [code, setCode] = useState(params.get('authority') ?? articleCodes[0] ?? '');
  const [data, setData] = useState<Loaded | 'loading' | Error>('loading');
  const [commitments, setCommitments] = useState<CommitmentRecord[]>([]);
  const [pendingQuote, setPendingQuote] = useState(initialQuote);

  useEffect(() => {
    setData('loading');
    sendMessage('getCouncilRecord', code).then(setData, (error: Error) => setData(error));
  }, [code]);
  const loadCommitments = useCallback(
    () => void sendMessage('listCommitments', code).then(setCommitments),
    [code],
  );
  useEffect(loadCommitments, [loadCommitments]);

  if (data === 'loading') return <p role="status">Loading…</p>;
  if (data instanceof Error) return <p role="alert">Council Lens could not read its data: {data.message}</p>;
  if (!data) return <p role="alert">This council is not in Council Lens's data (code {code}).</p>;
  const setStatus = (id: string, status: 'confirmed' | 'dismissed') =>
    void sendMessage('setCommitmentStatus', { id, status }).then(loadCommitments);
  return (
    <Sidebar
      key={code}
      record={data.record}
      meta={data.meta}
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
          onConfirm={(id) => setStatus(id, 'confirmed')}
          onDismiss={(id) => setStatus(id, 'dismissed')}
        />
      }
    />
  );
}

render(<App />, document.getElementById('app') as HTMLElement);
