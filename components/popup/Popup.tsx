import { useEffect, useState } from 'preact/hooks';
import type { PackInfo } from '../../lib/protocol';

export interface PopupProps {
  /** The site of the active tab ("bbc.co.uk"), or null on a browser page where Council Lens cannot run. */
  site: string | null;
  loadPackInfo: () => Promise<PackInfo | null>;
  isSiteOn: (site: string) => Promise<boolean>;
  /** Resolves to false when the reader declined the browser's permission prompt. */
  setSiteOn: (site: string, on: boolean) => Promise<boolean>;
  openNotesLibrary: () => void;
  openDataSettings: () => void;
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
