import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/browser/launch';
import { hasShared, SHARED_DIR, skipNoteIfNoShared } from '../corpus/support';
import labels from '../fixtures/labels/corpus-pages.json';
import { screenshot, sidebarOnScreen, startBrowser } from './support';

/** Real pages as their sites served them, at their real addresses, with the marks our labels expect. */
const PAGES = [
  {
    file: 'mirror-uk-riots-live-2024.html',
    url: 'https://www.mirror.co.uk/news/uk-news/uk-riots-live-hotel-rotherham-33386398',
  },
  {
    file: 'politicscouk-labour-councillors-starmer.html',
    url: 'https://www.politics.co.uk/news/2023/11/03/two-labour-councillors-call-on-starmer-to-resign-over-failure-to-listen-on-gaza-ceasefire-calls/',
  },
] as const;

const expectedMarks = (file: keyof typeof labels.pages) =>
  labels.pages[file].filter((mention) => mention.inArticle).map(({ text, code }) => ({ text, code }));

skipNoteIfNoShared('the browser test on real news pages');

describe.skipIf(!hasShared)('Council Lens on real news pages at their real addresses', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await startBrowser();
    for (const page of PAGES)
      browser.serve(page.url, { file: resolve(SHARED_DIR, 'corpus/pages', page.file) });
  });
  afterAll(() => browser?.close());

  for (const { file, url } of PAGES) {
    it(`marks exactly the labelled councils in the article of ${file}`, async () => {
      const page = await browser.context.newPage();
      await page.goto(url);
      const marks = page.locator('council-lens-mark');
      await marks.first().waitFor({ timeout: 20_000 });
      await expect
        .poll(() =>
          marks.evaluateAll((elements) =>
            elements.map((element) => ({
              text: element.textContent,
              code: (element as HTMLElement).dataset.code,
            })),
          ),
        )
        .toEqual(expectedMarks(file));
      await page.close();
    });
  }

  it('shows the card on hover and the council record on click, on the live blog', async () => {
    const { url } = PAGES[0];
    const page = await browser.context.newPage();
    await page.goto(url);
    const plymouth = page.locator('council-lens-mark', { hasText: 'Plymouth City Council' });
    await plymouth.waitFor({ timeout: 20_000 });
    await plymouth.scrollIntoViewIfNeeded();
    await plymouth.hover();
    const card = page.locator('council-lens-ui').getByRole('dialog');
    await expect.poll(() => card.textContent(), { timeout: 5_000 }).toMatch(/Plymouth.*Open history/s);
    await screenshot(page, 'corpus-mirror-hover-card');
    await plymouth.click();
    const sidebar = page.frameLocator('council-lens-ui iframe');
    await sidebar.getByRole('heading', { level: 1, name: 'Plymouth City Council' }).waitFor();
    const reports = await sidebar
      .locator('[data-testid="inspection"] a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(reports.length).toBeGreaterThan(2);
    for (const report of reports) expect(new URL(report).hostname).toMatch(/(^|\.)ofsted\.gov\.uk$/);
    await screenshot(page, 'corpus-mirror-sidebar');
    await page.keyboard.press('Escape');
    await expect.poll(() => sidebarOnScreen(page)).toBe(false);
    await page.close();
  });
});
