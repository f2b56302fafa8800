import { afterAll, expect, it, onTestFailed } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/browser/launch';
import { axeViolations, DEMO_URL, newProfileDir, screenshot, startBrowser } from './support';

let browser: ExtensionBrowser | undefined;
afterAll(() => browser?.close());

it('keeps a note anchored to a quote across a browser restart, and highlights the quote again', async () => {
  const profile = newProfileDir();
  browser = await startBrowser(profile);
  let page = await browser.context.newPage();
  // This test once timed out waiting for "Saved" (a fresh-clone CI run, 2026-12-05) and passed every run
  // since; a screenshot of the moment it fails is the evidence the next failure needs.
  onTestFailed(() => screenshot(page, 'notes-failed').then(() => undefined));
  await page.goto(DEMO_URL);
  await page.locator('council-lens-mark').first().waitFor();

  // The reader selects a sentence, then opens the sidebar from a council mark.
  await page.evaluate(() => {
    const paragraph = Array.from(document.querySelectorAll('article p')).find((p) =>
      p.textContent?.includes('committed an extra'),
    ) as HTMLElement;
    const text = paragraph.firstChild?.nextSibling?.nextSibling as Text; // after the council mark
    const start = (text.textContent ?? '').indexOf('committed an extra');
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + 'committed an extra £10m'.length);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  });
  await page.locator('council-lens-mark').first().click();
  const sidebar = page.frameLocator('council-lens-ui iframe');
  const field = sidebar.getByLabel('Your note on the selected quote');
  await field.fill('Ask about the £10m at Thursday’s meeting');
  await field.blur();
  await sidebar.getByText('Saved').first().waitFor();
  await expect.poll(() => page.locator('council-lens-note-highlight').count()).toBeGreaterThan(0);
  await screenshot(page, 'notes-written');

  await browser.close();
  browser = await startBrowser(profile);
  page = await browser.context.newPage();
  await page.goto(DEMO_URL);
  await page.locator('council-lens-mark').first().waitFor();
  const highlighted = page.locator('council-lens-note-highlight');
  await expect.poll(() => highlighted.allTextContents()).toEqual(['committed an extra £10m']);
  await page.locator('council-lens-mark').first().click();
  await page
    .frameLocator('council-lens-ui iframe')
    .getByText('Ask about the £10m at Thursday’s meeting')
    .waitFor();
  await screenshot(page, 'notes-after-restart');
});

it('lists the note in the notes library, which reads clearly in light and dark colours and links to the council', async () => {
  browser ??= await startBrowser();
  const library = await browser.context.newPage();
  await library.goto(`chrome-extension://${browser.extensionId}/notes.html`);
  await library.getByRole('heading', { name: 'Your notes' }).waitFor();
  await library.getByText('Ask about the £10m at Thursday’s meeting').waitFor();
  for (const colorScheme of ['light', 'dark'] as const) {
    await library.emulateMedia({ colorScheme });
    expect(await axeViolations(library)).toEqual([]);
  }
  await screenshot(library, 'notes-library-dark');

  // The note's council links to its record, on a page of its own.
  const [record] = await Promise.all([
    browser.context.waitForEvent('page'),
    library.getByRole('link', { name: 'Sefton Metropolitan Borough Council' }).click(),
  ]);
  await record.getByRole('heading', { level: 1, name: 'Sefton Metropolitan Borough Council' }).waitFor();
  await record.getByText('Ask about the £10m at Thursday’s meeting').waitFor();
});
