import { afterAll, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/browser/launch';
import { DEMO_URL, newProfileDir, screenshot, startBrowser } from './support';

let browser: ExtensionBrowser | undefined;
afterAll(() => browser?.close());

async function openSidebarCommitments(current: ExtensionBrowser) {
  const page = await current.context.newPage();
  await page.goto(DEMO_URL);
  await page.locator('council-lens-mark').first().click();
  const sidebar = page.frameLocator('council-lens-ui iframe');
  const section = sidebar.getByRole('region', { name: 'Stated commitments' });
  await section.locator('blockquote').first().waitFor();
  return { page, section };
}

it('shows the commitments the demo article states, with their source, and keeps them across a restart', async () => {
  const profile = newProfileDir();
  browser = await startBrowser(profile);
  const first = await openSidebarCommitments(browser);
  const quotes = await first.section.locator('blockquote').allTextContents();
  expect(quotes).toContain(
    "A spokesperson for Sefton Metropolitan Borough Council said it had committed an extra £10m to children's social care since 2022 and would hire more permanent social workers.",
  );
  expect(await first.section.textContent()).toMatch(/£10M/i);
  expect(await first.section.getByRole('link').first().textContent()).toMatch(
    /Sefton children's services rated good/,
  );
  await first.section.scrollIntoViewIfNeeded();
  await screenshot(first.page, 'sidebar-commitments');

  await browser.close();
  browser = await startBrowser(profile);
  // Served elsewhere this time: the stored commitments come from the database, not from re-reading.
  browser.serve(DEMO_URL, { html: '<html><body><article><p>Sefton Council</p></article></body></html>' });
  const again = await openSidebarCommitments(browser);
  expect(await again.section.locator('blockquote').allTextContents()).toEqual(quotes);
});
