/**
 * Starts Chromium with the built extension loaded, for `npm start`, the browser tests and the benchmark.
 * Every request is answered locally: the pages we serve at their real news URLs, and nothing else.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page, type Worker } from 'playwright-core';
import { responseFor, type ServedPage } from './served';

export type { ServedPage } from './served';

export const CHROME_BUILD_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export function findChromium(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
  }
  return found;
}

/** Flags for a quiet, offline Chromium: no background traffic, no first-run screens. */
export const OFFLINE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Chromium looks up Google hosts even with the flags above; this machine has no network for it.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--load-extension=${extensionDir}`,
    `--disable-extensions-except=${extensionDir}`,
    ...OFFLINE_CHROMIUM_ARGS,
  ];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Answers `url` with this page from now on (exact URL, without the fragment). */
  serve(url: string, page: ServedPage): void;
  close(): Promise<void>;
}

export async function launchWithExtension(options: {
  userDataDir: string;
  headless?: boolean;
  extensionDir?: string;
  colorScheme?: 'light' | 'dark';
}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? CHROME_BUILD_DIR;
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}. Run "npm run build" first.`);
  }
  const context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    args: chromiumArgs(extensionDir),
    viewport: { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });

  const pages = new Map<string, ServedPage>();
  // Only web requests: the extension's own files (chrome-extension://, such as the CSS the content script
  // loads into its shadow root) must reach the extension.
  await context.route(/^(https?|wss?):/, async (route) => {
    const url = route.request().url().split('#')[0] as string;
    return route.fulfill(await responseFor(pages.get(url)));
  });

  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    serve: (url, page) => pages.set(url, page),
    close: () => context.close(),
  };
}

/** The first inspection the page's sidebar frame has drawn: there once the history is, seen or out of sight. */
export function firstDrawnInspection(page: Page): Locator {
  return page.frameLocator('council-lens-ui iframe').locator('[data-testid="inspection"]').first();
}
