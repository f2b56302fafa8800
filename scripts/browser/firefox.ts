/**
 * Starts Firefox ESR with the built Firefox extension installed, for the Firefox browser test.
 *
 * Driven over WebDriver BiDi directly, with a few commands: Playwright's own Firefox is a patched build
 * that cannot be installed here, and its BiDi mode asks Firefox ESR for commands it does not have
 * (`emulation.setMediaFeaturesOverride`). Every web request is answered locally, as in launch.ts.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import { responseFor, type ServedPage } from './served';

export const FIREFOX_BUILD_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');

export function findFirefox(): string | undefined {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path): path is string =>
    Boolean(path && existsSync(path)),
  );
}

interface BidiMessage {
  id?: number;
  type: 'success' | 'error' | 'event';
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: string;
  message?: string;
}

export interface FirefoxSession {
  /** Answers `url` with this page from now on (exact URL, without the fragment). */
  serve(url: string, page: ServedPage): void;
  /** Loads `url` in the tab and returns the tab's browsing context. */
  open(url: string): Promise<string>;
  /** Evaluates `expression` in a browsing context; its value comes back through JSON. */
  evaluate<T>(context: string, expression: string): Promise<T>;
  /** The folder downloads are saved to, without asking. */
  downloads: string;
  /** The frames inside a browsing context, with their URLs. */
  frames(context: string): Promise<{ context: string; url: string }[]>;
  screenshot(context: string, path: string): Promise<void>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(extensionDir = FIREFOX_BUILD_DIR): Promise<FirefoxSession> {
  const executable = findFirefox();
  if (!executable) throw new Error('No Firefox found. Install it (Debian: apt-get install -y firefox-esr).');
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}. Run "npm run build:firefox" first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'council-lens-firefox-'));
  const downloads = join(profile, 'downloads');
  mkdirSync(downloads);
  // A quiet profile: no update checks, telemetry or safe-browsing lists (this machine has no network).
  writeFileSync(
    join(profile, 'user.js'),
    [
      'app.update.enabled',
      'browser.safebrowsing.malware.enabled',
      'browser.safebrowsing.phishing.enabled',
      'datareporting.healthreport.uploadEnabled',
      'toolkit.telemetry.enabled',
      'browser.shell.checkDefaultBrowser',
    ]
      .map((pref) => `user_pref("${pref}", false);\n`)
      .join('') +
      // Downloads go to a folder of the profile's, without a dialog, for the test of saving a record.
      [
        'user_pref("browser.download.folderList", 2);',
        `user_pref("browser.download.dir", ${JSON.stringify(downloads)});`,
        'user_pref("browser.download.useDownloadDir", true);',
        'user_pref("browser.download.always_ask_before_handling_new_types", false);',
        '',
      ].join('\n'),
  );
  const firefox = spawn(
    executable,
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  try {
    return await drive(firefox, extensionDir, downloads);
  } catch (error) {
    // A failed start (a Firefox too old for the build, say) must not leave Firefox running.
    firefox.kill();
    throw error;
  }
}

/** Connects to the started Firefox over WebDriver BiDi, installs the extension and answers its requests. */
async function drive(
  firefox: ChildProcess,
  extensionDir: string,
  downloads: string,
): Promise<FirefoxSession> {
  const socket = new WebSocket(`${await bidiAddress(firefox)}/session`);
  await new Promise((ready, fail) => {
    socket.once('open', ready);
    socket.once('error', fail);
  });

  let nextId = 0;
  const replies = new Map<number, (message: BidiMessage) => void>();
  const pages = new Map<string, ServedPage>();
  const send = (method: string, params: object = {}) =>
    new Promise<Record<string, unknown>>((done, fail) => {
      const id = ++nextId;
      replies.set(id, (message) =>
        message.type === 'success'
          ? done(message.result ?? {})
          : fail(new Error(`${method}: ${message.error} ${message.message ?? ''}`)),
      );
      socket.send(JSON.stringify({ id, method, params }));
    });

  socket.on('message', (raw) => {
    const message = JSON.parse(String(raw)) as BidiMessage;
    if (message.id !== undefined) replies.get(message.id)?.(message);
    if (message.method === 'network.beforeRequestSent' && message.params?.isBlocked)
      void answer(message.params.request as { request: string; url: string });
  });
  const answer = async (request: { request: string; url: string }) => {
    const response = await responseFor(pages.get(request.url.split('#')[0] as string));
    await send('network.provideResponse', {
      request: request.request,
      statusCode: response.status,
      reasonPhrase: response.status === 200 ? 'OK' : 'Not Found',
      headers: Object.entries(response.headers).map(([name, value]) => ({
        name,
        value: { type: 'string', value },
      })),
      body: { type: 'base64', value: Buffer.from(response.body).toString('base64') },
    });
  };

  await send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
  await send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
  await send('session.subscribe', { events: ['network.beforeRequestSent'] });
  await send('network.addIntercept', { phases: ['beforeRequestSent'] });
  const tree = (await send('browsingContext.getTree')) as { contexts: { context: string }[] };
  const tab = tree.contexts[0]?.context as string;

  const frames = async (context: string) => {
    const found = (await send('browsingContext.getTree', { root: context })) as {
      contexts: { children?: { context: string; url: string }[] }[];
    };
    return (found.contexts[0]?.children ?? []).map(({ context: child, url }) => ({ context: child, url }));
  };

  return {
    serve: (url, page) => pages.set(url, page),
    async open(url) {
      await send('browsingContext.navigate', { context: tab, url, wait: 'complete' });
      return tab;
    },
    async evaluate<T>(context: string, expression: string) {
      const result = (await send('script.evaluate', {
        expression: `Promise.resolve(${expression}).then((value) => JSON.stringify(value ?? null))`,
        target: { context },
        awaitPromise: true,
      })) as { type: string; result?: { value: string }; exceptionDetails?: { text: string } };
      if (result.type !== 'success') throw new Error(`Evaluation failed: ${result.exceptionDetails?.text}`);
      return JSON.parse(result.result?.value ?? 'null') as T;
    },
    downloads,
    frames,
    async screenshot(context, path) {
      const shot = (await send('browsingContext.captureScreenshot', { context })) as { data: string };
      writeFileSync(path, Buffer.from(shot.data, 'base64'));
    },
    async close() {
      socket.close();
      if (firefox.exitCode !== null) return;
      const exited = new Promise((done) => firefox.once('exit', done));
      firefox.kill();
      await exited;
    },
  };
}

/** Firefox prints the WebDriver BiDi address it listens on once it is ready. */
function bidiAddress(firefox: ChildProcess): Promise<string> {
  return new Promise((found, fail) => {
    let output = '';
    const timer = setTimeout(
      () => fail(new Error(`Firefox did not start WebDriver BiDi:\n${output}`)),
      30_000,
    );
    firefox.stderr?.on('data', (chunk: Buffer) => {
      output += chunk;
      const address = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output)?.[1];
      if (address) {
        clearTimeout(timer);
        found(address);
      }
    });
    firefox.once('exit', (code) =>
      fail(new Error(`Firefox exited (${code}) before it was ready:\n${output}`)),
    );
  });
}
