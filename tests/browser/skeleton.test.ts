import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalArticleUrl } from '../../lib/notes/canonical-url';
import type { ExtensionBrowser } from '../../scripts/browser/launch';
import { DEMO_FILE, DEMO_URL, newProfileDir, readExtensionRecord, screenshot, startBrowser } from './support';

describe('the extension in Chromium', () => {
  const profileDir = newProfileDir();
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await startBrowser(profileDir);
  });
  afterAll(() => browser?.close());

  it('runs on a BBC News article and mounts its isolated host', async () => {
    const page = await browser.context.newPage();
    await page.goto(DEMO_URL);
    const host = page.locator('council-lens-ui');
    await host.waitFor({ state: 'attached' });
    expect(await host.evaluate((element) => element.shadowRoot !== null)).toBe(true);
    await expect.poll(() => page.getByRole('complementary', { name: 'Council Lens' }).isVisible()).toBe(true);
    await screenshot(page, 'skeleton-demo-article');
    await page.close();
  });

  it('does not run on a site that is not listed and not turned on', async () => {
    browser.serve('https://unlisted.example/news/story', { file: DEMO_FILE });
    const page = await browser.context.newPage();
    await page.goto('https://unlisted.example/news/story');
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    expect(await page.locator('council-lens-ui').count()).toBe(0);
    await page.close();
  });

  it('shows the data version in the popup, as the background reports it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect
      .poll(() => page.getByTestId('pack-version').textContent(), { timeout: 20_000 })
      .toMatch(/^\d{4}\./);
    await page.close();
  });

  it.each(['popup', 'options', 'notes', 'sidebar'])(
    "draws the %s page's text at the size its style sets, not Chromium's 75% for extension pages",
    async (name) => {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${name}.html?authority=E08000014`);
      const sizes = await page.evaluate(() =>
        [document.documentElement, document.body].map((element) => getComputedStyle(element).fontSize),
      );
      expect(sizes[1]).toBe(sizes[0]);
      expect(Number.parseFloat(sizes[1] ?? '')).toBeGreaterThanOrEqual(14);
      await page.close();
    },
  );

  it('keeps what the background stored across a browser restart', async () => {
    const key = canonicalArticleUrl(DEMO_URL);
    await expect
      .poll(() => readExtensionRecord(browser, 'articles', key), { timeout: 10_000 })
      .toMatchObject({ url: key });
    await browser.close();
    browser = await startBrowser(profileDir);
    expect(await readExtensionRecord(browser, 'articles', key)).toMatchObject({
      url: key,
      headline: expect.stringContaining('Sefton'),
    });
  });
});
