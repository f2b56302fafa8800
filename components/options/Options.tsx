import { useEffect, useState } from 'preact/hooks';
import type { DataSettings, ProtocolMap } from '../../lib/protocol';
import { formatDate } from '../shared/format';

export interface OptionsProps {
  load(): Promise<DataSettings>;
  saveUrl(url: string): Promise<string | null>;
  refresh(): Promise<ReturnType<ProtocolMap['refreshPack']>>;
}

/** The data Council Lens shows, where it comes from, and how to get a newer pack. */
export function Options({ load, saveUrl, refresh }: OptionsProps) {
  const [settings, setSettings] = useState<DataSettings | null>(null);
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<{ text: string; failed: boolean; detail?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = () =>
    load().then((loaded) => {
      setSettings(loaded);
      setUrl(loaded.refreshUrl ?? '');
    });
  useEffect(() => void reload(), []);

  const check = async () => {
    setBusy(true);
    setMessage(null);
    const problem = await saveUrl(url);
    if (problem) {
      setMessage({ text: problem, failed: true });
    } else {
      const result = await refresh();
      setMessage({ text: result.message, failed: result.status === 'failed', detail: result.detail });
      await reload();
    }
    setBusy(false);
  };

  const pack = settings?.pack;
  return (
    <main class="options">
      <h1>Council Lens: data</h1>
      <section aria-labelledby="installed-heading">
        <h2 id="installed-heading">Installed data</h2>
        {!settings ? (
          <p>Loading…</p>
        ) : pack ? (
          <dl>
            <dt>Version</dt>
            <dd data-testid="installed-version">{pack.version}</dd>
            <dt>Built</dt>
            <dd>{formatDate(pack.builtAt)}</dd>
            <dt>From</dt>
            <dd>{settings.source === 'bundled' ? 'Bundled with the extension' : settings.refreshUrl}</dd>
            {settings.lastChecked && (
              <>
                <dt>Last checked</dt>
                <dd>{formatDate(settings.lastChecked)}</dd>
              </>
            )}
          </dl>
        ) : (
          <p>The data pack is still being installed.</p>
        )}
      </section>
      <section aria-labelledby="refresh-heading">
        <h2 id="refresh-heading">Newer data</h2>
        <p>
          Council Lens works offline with the data it ships with. If the project publishes a newer pack, enter
          its address: Council Lens checks it only when you ask, and keeps your current data unless the new
          pack arrives whole and valid.
        </p>
        <label for="refresh-url">Data pack address (https://…)</label>
        <input
          id="refresh-url"
          type="url"
          value={url}
          onInput={(event) => setUrl(event.currentTarget.value)}
        />
        <button type="button" onClick={() => void check()} disabled={busy || !url.trim()}>
          Check for new data
        </button>
        {message && (
          <p role={message.failed ? 'alert' : 'status'} class={message.failed ? 'failed' : 'ok'}>
            {message.text}
          </p>
        )}
        {message?.detail && (
          <details>
            <summary>Technical details</summary>
            <code>{message.detail}</code>
          </details>
        )}
      </section>
      {pack && (
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">Sources</h2>
          <ul>
            {pack.sources.map((source) => (
              <li key={source.id}>
                {source.url ? <a href={source.url}>{source.title}</a> : source.title}. {source.publisher}
                {source.published ? `, ${formatDate(source.published)}` : ''}. {source.licence}.
                {source.official ? '' : ' Unofficial.'}
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
