import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/browser/launch';
import { axeViolations, screenshot, startBrowser } from './support';

const BUNDLED = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/pack.json'), 'utf8'),
) as { meta: { version: string } };
const REFRESH_URL = 'https://data.council-lens.test/pack.json';

describe('data settings in Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await startBrowser();
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  });
  afterAll(() => browser?.close());

  const installedVersion = () => page.getByTestId('installed-version').textContent({ timeout: 20_000 });
  const check = async (url: string) => {
    await page.getByLabel('Data pack address (https://…)').fill(url);
    await page.getByRole('button', { name: 'Check for new data' }).click();
  };

  it('shows the bundled data and its sources', async () => {
    expect(await installedVersion()).toBe(BUNDLED.meta.version);
    await expect.poll(() => page.getByText('Bundled with the extension').isVisible()).toBe(true);
    await expect
      .poll(() => page.getByRole('link', { name: /inspection outcomes/i }).count())
      .toBeGreaterThan(0);
  });

  it('reads clearly in light and dark colours, for a screen reader too', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
    }
    await screenshot(page, 'options-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('refuses an address that is not HTTPS, and says so', async () => {
    await check('http://data.council-lens.test/pack.json');
    expect(await page.getByRole('alert').textContent()).toBe('The address must start with https://.');
    expect(await installedVersion()).toBe(BUNDLED.meta.version);
  });

  it('keeps the current data when the address has no pack', async () => {
    await check('https://nothing-here.council-lens.test/pack.json');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/Your current data is unchanged\.$/);
    expect(await installedVersion()).toBe(BUNDLED.meta.version);
  });

  it('installs a newer pack from the address the reader gave', async () => {
    const newer = { ...BUNDLED, meta: { ...BUNDLED.meta, version: '2099.01.01-test' } };
    browser.serve(REFRESH_URL, { json: newer });
    await check(REFRESH_URL);
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 20_000 })
      .toBe('Updated to data version 2099.01.01-test.');
    expect(await installedVersion()).toBe('2099.01.01-test');
    expect(await page.getByText(REFRESH_URL, { exact: true }).count()).toBe(1);
    await screenshot(page, 'options-refreshed');
  });
});
