import { useEffect, useRef, useState } from 'preact/hooks';
import type { AuthoritySummary } from '../../lib/authority-summary';
import type { PackInfo } from '../../lib/protocol';
import { JudgementBadge } from '../shared/JudgementBadge';

export interface PopupProps {
  /** The site of the active tab ("bbc.co.uk"), or null on a browser page where Council Lens cannot run. */
  site: string | null;
  loadPackInfo: () => Promise<PackInfo | null>;
  isSiteOn: (site: string) => Promise<boolean>;
  /** Resolves to false when the reader declined the browser's permission prompt. */
  setSiteOn: (site: string, on: boolean) => Promise<boolean>;
  openNotesLibrary: () => void;
  openDataSettings: () => void;
  /** The councils a typed name may mean, the one it names exactly first. */
  findCouncils: (query: string) => Promise<AuthoritySummary[]>;
  /** Opens a council's record on a page of its own. */
  openRecord: (code: string) => void;
}

type PackState =
  | { status: 'loading' }
  | { status: 'ready'; info: PackInfo | null }
  | { status: 'error'; message: string };

export function Popup({
  site,
  loadPackInfo,
  isSiteOn,
  setSiteOn,
  openNotesLibrary,
  openDataSettings,
  findCouncils,
  openRecord,
}: PopupProps) {
  const [pack, setPack] = useState<PackState>({ status: 'loading' });
  const [siteOn, setSiteOnState] = useState<boolean | null>(null);
  const [siteMessage, setSiteMessage] = useState<string | null>(null);

  useEffect(() => {
    loadPackInfo().then(
      (info) => setPack({ status: 'ready', info }),
      (error: unknown) => setPack({ status: 'error', message: String(error) }),
    );
    if (site) void isSiteOn(site).then(setSiteOnState);
  }, [site, loadPackInfo, isSiteOn]);

  const toggleSite = async (on: boolean) => {
    if (!site) return;
    const granted = await setSiteOn(site, on);
    if (granted) {
      setSiteOnState(on);
      setSiteMessage(
        on ? 'Reload the page to see councils marked.' : 'Council Lens is off here from the next page load.',
      );
    } else {
      setSiteMessage('Council Lens needs your permission to read pages on this site.');
    }
  };

  return (
    <main class="popup">
      <h1>Council Lens</h1>
      {site ? (
        <label class="site-switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked={siteOn === true}
            checked={siteOn === true}
            disabled={siteOn === null}
            onChange={(event) => void toggleSite(event.currentTarget.checked)}
          />
          {/* The state in words as well: a bare "On for …" beside an unticked box read as on. */}
          <span>
            Council Lens on <strong>{site}</strong>: {siteOn === null ? '…' : siteOn ? 'on' : 'off'}
          </span>
        </label>
      ) : (
        <p class="muted">Council Lens works on news pages. Open an article to use it.</p>
      )}
      {siteMessage && <p role="status">{siteMessage}</p>}
      <CouncilLookup
        findCouncils={findCouncils}
        openRecord={openRecord}
        installing={pack.status === 'ready' && pack.info === null}
      />
      <p class="popup__links">
        <button type="button" class="link" onClick={openNotesLibrary}>
          Your notes library
        </button>
        <button type="button" class="link" onClick={openDataSettings}>
          Data and updates
        </button>
      </p>
      <footer class="muted">
        <PackLine state={pack} />
      </footer>
    </main>
  );
}

function PackLine({ state }: { state: PackState }) {
  if (state.status === 'loading') return <span>Loading data…</span>;
  if (state.status === 'error')
    return <span role="alert">Could not read the data pack: {state.message}</span>;
  if (!state.info) return <span>The data pack is still being installed.</span>;
  return (
    <span>
      Data version <span data-testid="pack-version">{state.info.version}</span>
    </span>
  );
}

/** Any council's record without an article naming it: for a reader preparing a story or a meeting. */
function CouncilLookup({
  findCouncils,
  openRecord,
  installing,
}: Pick<PopupProps, 'findCouncils' | 'openRecord'> & {
  /** The data pack is still being installed: no council can be found yet, and that is not the name's fault. */
  installing: boolean;
}) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; councils: AuthoritySummary[] } | null>(null);
  // Answers can come back out of order as the reader types: only the newest query's is shown.
  const latest = useRef('');
  const search = (text: string) => {
    setQuery(text);
    latest.current = text;
    void findCouncils(text).then(
      (councils) => latest.current === text && setFound({ query: text, councils }),
      () => latest.current === text && setFound({ query: text, councils: [] }),
    );
  };
  const councils = found?.query === query ? found.councils : [];
  return (
    <search>
      <form
        class="lookup"
        onSubmit={(event) => {
          event.preventDefault();
          if (councils[0]) openRecord(councils[0].code);
        }}
      >
        <label for="council-lookup">Look up a council</label>
        <input
          id="council-lookup"
          type="search"
          autocomplete="off"
          placeholder="Name or code, e.g. Sefton"
          value={query}
          onInput={(event) => search(event.currentTarget.value)}
        />
        {councils.length > 0 ? (
          <ul class="lookup__results" aria-label="Councils found">
            {councils.map((council) => (
              <li key={council.code}>
                <button type="button" class="link" onClick={() => openRecord(council.code)}>
                  {council.name}
                </button>{' '}
                {council.latest && <JudgementBadge judgement={council.latest.judgement} small />}
                {council.ended && <span class="muted"> (no longer exists)</span>}
                {/* A district's badge is its county's: said, so it is not read as the district's own. */}
                {council.responsible && (
                  <span class="muted">
                    {council.responsible.kind === 'county'
                      ? ` children's services run by ${council.responsible.name}`
                      : ` inspected by ${council.responsible.name}, not Ofsted`}
                  </span>
                )}
              </li>
            ))}
          </ul>
        ) : (
          found?.query === query &&
          query.trim().length >= 2 && (
            <p class="muted" role="status">
              {installing
                ? 'Council Lens is still installing its data; try again in a moment.'
                : "No council of that name in Council Lens's data."}
            </p>
          )
        )}
      </form>
    </search>
  );
}
