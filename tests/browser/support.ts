import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/browser/launch';

export const DEMO_URL = 'https://www.bbc.co.uk/news/articles/council-lens-demo';
export const DEMO_FILE = resolve(import.meta.dirname, '../../scripts/demo/sefton-childrens-services.html');
export const ARTIFACTS_DIR = resolve(import.meta.dirname, '../../test-results');

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'council-lens-test-'));
}

/** Starts Chromium with the built extension and the demo article served at its BBC-style URL. */
export async function startBrowser(
  profileDir = newProfileDir(),
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension({ userDataDir: profileDir, ...options });
  browser.serve(DEMO_URL, { file: DEMO_FILE });
  return browser;
}

/** Keeps a screenshot of the page, or of one part of it (scrolled into view, even inside the sidebar). */
export async function screenshot(target: Page | Locator, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await target.screenshot({ path });
  return path;
}

/**
 * Whether the reader can see and reach the page's sidebar. One readied out of sight is in the page, drawn,
 * but transparent and inert: the pointer passes through it, and it takes no focus, no find in page, and
 * no screen reader's attention.
 */
export function sidebarOnScreen(page: Page): Promise<boolean> {
  return page
    .locator('council-lens-ui iframe')
    .evaluateAll((frames) =>
      frames.some((frame) => !(frame as HTMLIFrameElement).inert && getComputedStyle(frame).opacity !== '0'),
    );
}

/** Reads one record from the extension's own IndexedDB, from one of its pages: what the background stored. */
export async function readExtensionRecord(
  browser: ExtensionBrowser,
  store: string,
  key: string,
): Promise<unknown> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const record = await page.evaluate(
    ([storeName, recordKey]) =>
      new Promise((done, fail) => {
        const request = indexedDB.open('council-lens');
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const get = request.result.transaction(storeName, 'readonly').objectStore(storeName).get(recordKey);
          get.onsuccess = () => done(get.result ?? null);
          get.onerror = () => fail(get.error);
        };
      }),
    [store, key] as const,
  );
  await page.close();
  return record;
}

const AXE_SOURCE = readFileSync(
  resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'),
  'utf8',
);

/**
 * Runs axe-core in a page or frame and returns the violations (rule id and offending targets). Evaluated
 * rather than injected as a script tag, so extension pages' content security policy does not block it.
 */
export async function axeViolations(
  target: Page | Frame,
  include?: string,
): Promise<{ id: string; targets: string[] }[]> {
  return target.evaluate(
    async ([source, context]) => {
      // Evaluated through window so it runs at global scope, where axe-core defines `window.axe`.
      // biome-ignore lint/security/noGlobalEval: axe-core's own source, read from node_modules by the test.
      window.eval(source);
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: unknown,
              options: unknown,
            ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(context ?? document, { resultTypes: ['violations'] });
      return result.violations.map((violation) => ({
        id: violation.id,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    },
    [AXE_SOURCE, include ?? null] as const,
  );
}

/**
 * Opens the toolbar popup over the page, as `chrome.action.openPopup()` does, and returns a way to run
 * script in it. Playwright does not list an action popup among its pages, so this speaks CDP to its target.
 */
export async function openToolbarPopup(
  browser: ExtensionBrowser,
  page: Page,
): Promise<{ evaluate<T>(expression: string): Promise<T> }> {
  await page.bringToFront();
  // A string, run in the service worker: the test's own types know no `chrome`.
  await browser.serviceWorker.evaluate('chrome.action.openPopup()');
  const cdp = await browser.context.newCDPSession(page);
  let target: { targetId: string } | undefined;
  for (let tries = 0; !target && tries < 50; tries++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    target = targetInfos.find((info) => info.url.includes('/popup.html'));
    if (!target) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!target) throw new Error('The toolbar popup did not open');
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  let nextId = 1;
  const replies = new Map<number, (reply: { result?: { result?: { value?: unknown } } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse(event.message);
    replies.get(reply.id)?.(reply);
    replies.delete(reply.id);
  });
  return {
    evaluate<T>(expression: string) {
      const id = nextId++;
      const message = {
        id,
        method: 'Runtime.evaluate',
        params: { expression, awaitPromise: true, returnByValue: true },
      };
      return new Promise<T>((resolve) => {
        replies.set(id, (reply) => resolve(reply.result?.result?.value as T));
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify(message) });
      });
    },
  };
}
