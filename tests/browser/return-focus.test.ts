import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/browser/launch';
import { DEMO_URL, sidebarOnScreen, startBrowser } from './support';

/** Esc hands focus back to what opened the sidebar, wherever that was: not only a mark in the article. */
describe('closing the sidebar returns focus to what opened it', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(() => browser?.close());

  const openDemo = async () => {
    const page = await browser.context.newPage();
    await page.goto(DEMO_URL);
    await page.locator('council-lens-mark').first().waitFor();
    return page;
  };
  const closeWithEsc = async (page: Page, council: string) => {
    const sidebar = page.frameLocator('council-lens-ui iframe');
    const heading = sidebar.getByRole('heading', { name: council, level: 1 });
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => sidebarOnScreen(page)).toBe(false);
  };

  it("from the article summary's button: focus goes back to that button, inside the shadow root", async () => {
    const page = await openDemo();
    const summary = page.getByRole('complementary', { name: 'Council Lens' });
    const liverpool = summary.getByRole('button', { name: /Liverpool/ });
    await liverpool.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => sidebarOnScreen(page)).toBe(true);
    await closeWithEsc(page, 'Liverpool City Council');
    expect(
      await liverpool.evaluate((button) => (button.getRootNode() as ShadowRoot).activeElement === button),
    ).toBe(true);
    await page.close();
  });

  it("from the hover card's Open history: focus goes to the mark whose card it was", async () => {
    const page = await openDemo();
    const mark = page.locator('council-lens-mark[data-code="E08000012"]').first();
    await mark.hover();
    const card = page.getByRole('dialog', { name: 'Liverpool City Council' });
    await card.getByRole('button', { name: 'Open history' }).click();
    await expect.poll(() => sidebarOnScreen(page)).toBe(true);
    await closeWithEsc(page, 'Liverpool City Council');
    expect(await mark.evaluate((element) => element === document.activeElement)).toBe(true);
    // Focus handed back is not the reader asking for the card again.
    await page.waitForTimeout(800);
    expect(await card.count()).toBe(0);
    await page.close();
  });
});
