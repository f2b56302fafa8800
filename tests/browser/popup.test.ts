import { afterAll, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/browser/launch';
import { axeViolations, DEMO_URL, openToolbarPopup, screenshot, startBrowser } from './support';

let browser: ExtensionBrowser | undefined;
afterAll(() => browser?.close());

type Popup = Awaited<ReturnType<typeof openToolbarPopup>>;
/** The site switch's words ("Council Lens on bbc.co.uk: on"), or null while the popup shows none. */
const switchTextOf = (popup: Popup) => () =>
  popup.evaluate<string | null>(
    "document.querySelector('label:has(input[type=checkbox])')?.textContent ?? null",
  );
const flipSwitch = (popup: Popup) => popup.evaluate("document.querySelector('input[type=checkbox]').click()");

it("the toolbar popup names the article's site and switches Council Lens off there, and on again", async () => {
  browser = await startBrowser();
  const page = await browser.context.newPage();
  await page.goto(DEMO_URL);
  await page.locator('council-lens-mark').first().waitFor();

  const popup = await openToolbarPopup(browser, page);
  const switchText = switchTextOf(popup);
  await expect.poll(switchText).toBe('Council Lens on bbc.co.uk: on');
  await flipSwitch(popup);
  await expect.poll(switchText).toBe('Council Lens on bbc.co.uk: off');
  await popup.evaluate('window.close()');

  await page.reload();
  await page.locator('article p').first().waitFor();
  await page.waitForTimeout(1500);
  expect(await page.locator('council-lens-mark').count()).toBe(0);

  // Off, the page is still asked its address, or the reader could never switch the site back on.
  const again = await openToolbarPopup(browser, page);
  const againText = switchTextOf(again);
  await expect.poll(againText).toBe('Council Lens on bbc.co.uk: off');
  await flipSwitch(again);
  await expect.poll(againText).toBe('Council Lens on bbc.co.uk: on');
  await page.reload();
  await page.locator('council-lens-mark').first().waitFor();
});

it('the popup reads clearly in light and dark colours, for a screen reader too', async () => {
  browser ??= await startBrowser();
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 320, height: 330 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByRole('heading').first().waitFor();
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    expect(await axeViolations(popup)).toEqual([]);
  }
  await screenshot(popup, 'popup-dark');
});

it('looks up any council from the popup and opens its record on a page of its own', async () => {
  browser ??= await startBrowser();
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  // A slip in the name still finds it.
  await popup.getByRole('searchbox', { name: 'Look up a council' }).fill('Seftn');
  const found = popup.getByRole('list', { name: 'Councils found' });
  await expect.poll(() => found.textContent()).toMatch(/^Sefton Metropolitan Borough Council ✓ Good$/);
  expect(await axeViolations(popup)).toEqual([]);
  const [record] = await Promise.all([
    browser.context.waitForEvent('page'),
    found.getByRole('button', { name: 'Sefton Metropolitan Borough Council' }).click(),
  ]);
  await record.getByRole('heading', { level: 1, name: 'Sefton Metropolitan Borough Council' }).waitFor();
  expect(new URL(record.url()).pathname).toBe('/sidebar.html');
  expect(await record.title()).toBe('Sefton Metropolitan Borough Council · Council Lens');
  expect(await record.locator('.trend').textContent()).toBe(
    'Requires improvement in 2016, Inadequate in 2022, Good in 2025',
  );
  // Nothing to close on a page of its own, and Esc leaves the reader's tab alone.
  expect(await record.getByRole('button', { name: 'Close Council Lens' }).count()).toBe(0);
  await record.keyboard.press('Escape');
  expect(record.isClosed()).toBe(false);
  for (const colorScheme of ['light', 'dark'] as const) {
    await record.emulateMedia({ colorScheme });
    expect(await axeViolations(record)).toEqual([]);
  }
  await record.emulateMedia({ colorScheme: 'light' });
  await screenshot(record, 'record-page');

  // Printed, it is the record without the controls, and the header does not repeat on every page.
  await record.emulateMedia({ media: 'print' });
  expect(await record.getByRole('button', { name: 'Save this record' }).isVisible()).toBe(false);
  expect(
    await record.locator('.sidebar__header').evaluate((header) => getComputedStyle(header).position),
  ).toBe('static');
  expect(await record.getByRole('heading', { level: 2, name: 'Ofsted inspections' }).isVisible()).toBe(true);
  // The neighbours' names, drawn as link buttons, stay.
  expect(
    await record.getByRole('region', { name: 'In context' }).getByRole('button').first().isVisible(),
  ).toBe(true);
  await record.emulateMedia({ media: 'screen' });

  // A statistical neighbour opens at its own address, and Back returns to Sefton.
  const neighbours = record.getByRole('region', { name: 'In context' });
  const neighbour = neighbours.getByRole('button').first();
  const name = (await neighbour.textContent()) as string;
  await neighbour.click();
  await expect.poll(() => record.getByRole('heading', { level: 1 }).textContent()).toContain(name);
  expect(new URL(record.url()).searchParams.get('authority')).not.toBe('E08000014');
  await record.goBack();
  await expect
    .poll(() => record.getByRole('heading', { level: 1 }).textContent())
    .toBe('Sefton Metropolitan Borough Council');
});
