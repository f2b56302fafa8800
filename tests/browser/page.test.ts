import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/browser/launch';
import { axeViolations, DEMO_URL, screenshot, sidebarOnScreen, startBrowser } from './support';

describe('council marks on the demo article', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await startBrowser();
    page = await browser.context.newPage();
    await page.goto(DEMO_URL);
    await page.locator('council-lens-mark').first().waitFor();
  });
  afterAll(() => browser?.close());

  it('marks every council the article names, and nothing it should not', async () => {
    const marks = await page
      .locator('council-lens-mark')
      .evaluateAll((elements) =>
        elements.map((element) => [element.textContent, (element as HTMLElement).dataset.code]),
      );
    expect(marks).toEqual([
      ['Sefton Council', 'E08000014'],
      ['Sefton Metropolitan Borough Council', 'E08000014'],
      ['Liverpool City Council', 'E08000012'],
      ['Knowsley Council', 'E08000011'],
    ]);
  });

  it('leaves the text of the page exactly as the site sent it', async () => {
    const same = await page.evaluate(async (url) => {
      const html = await (await fetch(url)).text();
      const fresh = new DOMParser().parseFromString(html, 'text/html');
      return fresh.querySelector('article')?.textContent === document.querySelector('article')?.textContent;
    }, DEMO_URL);
    expect(same).toBe(true);
  });

  it("gives each mark an accessible name with the council's latest rating", async () => {
    const mark = page
      .getByRole('button', {
        name: /^Sefton Council \(Sefton Metropolitan Borough Council\): Ofsted Good, 2025/,
      })
      .first();
    await expect.poll(() => mark.count()).toBeGreaterThan(0);
  });

  it('shows the article summary with each council and its latest judgement', async () => {
    const summary = page.getByRole('complementary', { name: 'Council Lens' });
    await expect.poll(() => summary.textContent()).toContain('3 councils in this article');
    expect(await summary.textContent()).toMatch(/Sefton.*Good/);
    await screenshot(page, 'page-summary');
    // The marks and the summary, as a screen reader or keyboard user meets them on the page.
    expect(await axeViolations(page, 'article')).toEqual([]);
  });

  it('starts the summary folded on a narrow window, so it does not cover the story', async () => {
    const narrow = await browser.context.newPage();
    await narrow.setViewportSize({ width: 480, height: 800 });
    await narrow.goto(DEMO_URL);
    const toggle = narrow.getByRole('button', { name: /Council Lens · 3 councils in this article/ });
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await screenshot(narrow, 'page-summary-narrow');
    // Scrolled to the end, the folded button leaves the bottom corner, where it would cover the last words.
    const top = () => toggle.evaluate((button) => Math.round(button.getBoundingClientRect().top));
    expect(await top()).toBeGreaterThan(700);
    await narrow.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(top).toBeLessThan(100);
    await screenshot(narrow, 'page-summary-narrow-end');
    await narrow.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(top).toBeGreaterThan(700);
    // Not clicked here: the reader's choice is kept for the whole site, and the tests after this one need
    // the summary as a wide window shows it.
    await narrow.close();
  });

  it('shows a card on hover with the latest judgement, and Esc closes it', async () => {
    await page.locator('council-lens-mark').first().hover();
    const card = page.getByRole('dialog', { name: 'Sefton Metropolitan Borough Council' });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Good.*2025.*unofficial source/);
    await screenshot(page, 'page-hover-card');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
  });

  it("opens the sidebar with Sefton's whole record: 2016, 2022 and 2025 inspections with their sources", async () => {
    const fresh = await browser.context.newPage();
    await fresh.goto(DEMO_URL);
    await fresh.locator('council-lens-mark').first().click();
    const sidebar = fresh.frameLocator('council-lens-ui iframe');
    await sidebar.getByRole('heading', { name: 'Sefton Metropolitan Borough Council', level: 1 }).waitFor();
    await expect
      .poll(() => sidebar.locator('.trend').textContent())
      .toBe('Requires improvement in 2016, Inadequate in 2022, Good in 2025');
    const items = sidebar.getByTestId('inspection');
    const texts = await items.allTextContents();
    expect(texts.find((text) => text.includes('February 2022'))).toMatch(/Inadequate/);
    expect(texts.find((text) => text.includes('27 June 2016'))).toMatch(/Requires improvement to be good/);
    expect(texts.find((text) => text.includes('23 June 2025'))).toMatch(/Good.*Unofficial source/);
    const reportLinks = await sidebar
      .getByRole('link', { name: 'Read the Ofsted report' })
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(reportLinks.length).toBeGreaterThanOrEqual(2);
    for (const href of reportLinks) expect(href).toMatch(/^https:\/\/files\.ofsted\.gov\.uk\//);
    await screenshot(fresh, 'sidebar-light');
    const frame = fresh.frames().find((candidate) => candidate.url().includes('/sidebar.html'));
    expect(frame && (await axeViolations(frame))).toEqual([]);
    await fresh.close();
  });

  it('loads the sidebar out of sight while the reader points at a name, and a click shows it focused', async () => {
    const fresh = await browser.context.newPage();
    await fresh.goto(DEMO_URL);
    const mark = fresh.locator('council-lens-mark').first();
    await mark.hover();
    const frame = fresh.locator('council-lens-ui iframe');
    await frame.waitFor({ state: 'attached' });
    expect(await frame.getAttribute('src')).toContain('standby');
    const sidebar = fresh.frameLocator('council-lens-ui iframe');
    // Drawn already, yet neither seen, nor focused, nor closed by the Esc that closes the card.
    await sidebar.locator('.trend').waitFor({ state: 'attached' });
    expect(await sidebarOnScreen(fresh)).toBe(false);
    await fresh.keyboard.press('Escape');
    expect(await frame.count()).toBe(1);
    // Nor in the way: the pointer reaches the page under it, and Tab never goes into it.
    // A real click and wheel, routed by the browser as a mouse's would be, over the frame.
    const box = await frame.boundingBox();
    await fresh.evaluate(() => {
      document.addEventListener('click', (event) => {
        (window as unknown as { clickedOn: string }).clickedOn = (event.target as Element).tagName;
      });
    });
    await fresh.mouse.click((box?.x ?? 0) + 100, 600);
    await fresh.mouse.wheel(0, 200);
    await expect.poll(() => fresh.evaluate(() => window.scrollY)).toBe(200);
    const clickedOn = await fresh.evaluate(() => (window as unknown as { clickedOn?: string }).clickedOn);
    expect(clickedOn).toBeDefined();
    expect(clickedOn).not.toBe('COUNCIL-LENS-UI');
    await fresh.evaluate(() => window.scrollTo(0, 0));
    // Backwards from the end of the page, where the sidebar's frame is, as well as forwards from the start.
    for (const key of ['Shift+Tab', 'Tab']) {
      await fresh.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      for (let presses = 0; presses < 5; presses++) {
        await fresh.keyboard.press(key);
        const inSidebar = await fresh.evaluate(
          () => document.activeElement?.shadowRoot?.activeElement?.tagName.toLowerCase() === 'iframe',
        );
        expect(inSidebar).toBe(false);
      }
    }
    await mark.click();
    const heading = sidebar.getByRole('heading', { name: 'Sefton Metropolitan Borough Council', level: 1 });
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    await fresh.keyboard.press('Escape');
    await expect.poll(() => sidebarOnScreen(fresh)).toBe(false);
    expect(await mark.evaluate((element) => element === document.activeElement)).toBe(true);
    await fresh.close();
  });

  it("readies the article's own council's sidebar once the page is idle, so a click with no pointing only reveals it", async () => {
    const fresh = await browser.context.newPage();
    await fresh.goto(DEMO_URL);
    const frame = fresh.locator('council-lens-ui iframe');
    await frame.waitFor({ state: 'attached' });
    // Sefton is the council the demo article names most; nobody has pointed at anything.
    expect(await frame.getAttribute('src')).toMatch(/authority=E08000014.*&standby=$/);
    const sidebar = fresh.frameLocator('council-lens-ui iframe');
    await sidebar.locator('.trend').waitFor({ state: 'attached' });
    expect(await sidebarOnScreen(fresh)).toBe(false);
    await fresh.locator('council-lens-mark[data-code="E08000014"]').first().click();
    await expect.poll(() => sidebarOnScreen(fresh)).toBe(true);
    // The same page, shown: a fresh load would have no standby in its address.
    expect(await frame.getAttribute('src')).toContain('&standby');
    await sidebar.getByRole('heading', { name: 'Sefton Metropolitan Borough Council', level: 1 }).waitFor();
    await fresh.close();
  });

  it('readies a sidebar at idle on an article that names no council most: for the first named', async () => {
    const url = 'https://www.bbc.co.uk/news/articles/council-lens-two-councils';
    browser.serve(url, {
      html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Two councils share a service</title></head>
        <body><article><h1>Two councils share a service</h1>
        <p>Liverpool City Council and Sefton Council are to run their fostering services together.</p>
        <p>Foster carers will be offered the same training on both sides of the boundary.</p></article></body></html>`,
    });
    const fresh = await browser.context.newPage();
    await fresh.goto(url);
    const frame = fresh.locator('council-lens-ui iframe');
    await frame.waitFor({ state: 'attached' });
    expect(await frame.getAttribute('src')).toMatch(/authority=E08000012.*&standby=$/);
    await fresh.locator('council-lens-mark[data-code="E08000014"]').click();
    await fresh
      .frameLocator('council-lens-ui iframe')
      .getByRole('heading', { name: 'Sefton Metropolitan Borough Council', level: 1 })
      .waitFor();
    expect(await frame.count()).toBe(1);
    await fresh.close();
  });

  it('shows any council clicked, and opens again after closing, in the one frame readied at idle', async () => {
    const fresh = await browser.context.newPage();
    await fresh.goto(DEMO_URL);
    const frame = fresh.locator('council-lens-ui iframe');
    await frame.waitFor({ state: 'attached' });
    const sidebar = fresh.frameLocator('council-lens-ui iframe');
    await sidebar.locator('.trend').waitFor({ state: 'attached' });
    // Readied for Sefton; the reader clicks Liverpool, then Knowsley after closing, then Knowsley again, with
    // no pointing first.
    for (const [code, name] of [
      ['E08000012', 'Liverpool City Council'],
      ['E08000011', 'Knowsley Metropolitan Borough Council'],
      ['E08000011', 'Knowsley Metropolitan Borough Council'],
    ]) {
      const mark = fresh.locator(`council-lens-mark[data-code="${code}"]`).first();
      await mark.click();
      const heading = sidebar.getByRole('heading', { name, level: 1 });
      await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
      // At the top, as a newly loaded sidebar would be, though the reader had scrolled the last one down.
      expect(await heading.evaluate(() => window.scrollY)).toBe(0);
      await heading.evaluate(() => window.scrollTo(0, 600));
      await fresh.keyboard.press('Escape');
      await expect.poll(() => sidebarOnScreen(fresh)).toBe(false);
      expect(await mark.evaluate((element) => element === document.activeElement)).toBe(true);
    }
    // Still the page loaded for Sefton at idle: no frame was loaded for either click.
    expect(await frame.count()).toBe(1);
    expect(await frame.getAttribute('src')).toMatch(/authority=E08000014.*&standby=$/);
    await fresh.close();
  });

  it('comes into sight showing the council clicked, never the one it was readied for', async () => {
    const fresh = await browser.context.newPage();
    await fresh.goto(DEMO_URL);
    const frame = fresh.locator('council-lens-ui iframe');
    await fresh.frameLocator('council-lens-ui iframe').locator('.trend').waitFor({ state: 'attached' });
    const inside = fresh.frames().find((candidate) => candidate.url().includes('/sidebar.html'));
    if (!inside) throw new Error('The readied sidebar is missing.');
    // The sidebar's heading each time it changes, and the moment the frame comes into sight, on one clock.
    await inside.evaluate(() => {
      const seen = window as unknown as { headings: [number, string][] };
      const heading = () => document.querySelector('h1')?.textContent ?? '';
      seen.headings = [[performance.timeOrigin + performance.now(), heading()]];
      new MutationObserver(() =>
        seen.headings.push([performance.timeOrigin + performance.now(), heading()]),
      ).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await frame.evaluate((element) => {
      const seen = window as unknown as { inSightAt?: number };
      new MutationObserver(() => {
        if (seen.inSightAt === undefined && getComputedStyle(element).opacity !== '0')
          seen.inSightAt = performance.timeOrigin + performance.now();
      }).observe(element, { attributes: true, attributeFilter: ['style'] });
    });
    // Readied for Sefton; the reader clicks Liverpool with no pointing first.
    await fresh.locator('council-lens-mark[data-code="E08000012"]').first().click();
    await expect.poll(() => sidebarOnScreen(fresh)).toBe(true);
    const inSightAt = await frame.evaluate(() => (window as unknown as { inSightAt: number }).inSightAt);
    const headings = await inside.evaluate(
      () => (window as unknown as { headings: [number, string][] }).headings,
    );
    expect(headings.filter(([at]) => at <= inSightAt).at(-1)?.[1]).toBe('Liverpool City Council');
    await fresh.close();
  });

  it('works from the keyboard alone: Tab to a name shows its card, Enter opens the sidebar, Esc returns', async () => {
    const fresh = await browser.context.newPage();
    await fresh.goto(DEMO_URL);
    await fresh.locator('council-lens-mark').first().waitFor();
    const focusedTag = () => fresh.evaluate(() => document.activeElement?.tagName.toLowerCase());
    for (let presses = 0; presses < 40 && (await focusedTag()) !== 'council-lens-mark'; presses++) {
      await fresh.keyboard.press('Tab');
    }
    expect(await focusedTag()).toBe('council-lens-mark');
    await fresh.getByRole('dialog', { name: 'Sefton Metropolitan Borough Council' }).waitFor();
    await fresh.keyboard.press('Enter');
    const sidebar = fresh.frameLocator('council-lens-ui iframe');
    const heading = sidebar.getByRole('heading', { name: 'Sefton Metropolitan Borough Council', level: 1 });
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    await fresh.keyboard.press('Tab');
    expect(await sidebar.locator(':focus').getAttribute('aria-label')).toBe('Close Council Lens');
    await fresh.keyboard.press('Escape');
    await expect.poll(() => sidebarOnScreen(fresh)).toBe(false);
    expect(await focusedTag()).toBe('council-lens-mark');
    // Focus handed back is not the reader asking for the card again: it would cover the lines below.
    await fresh.waitForTimeout(800);
    expect(await fresh.getByRole('dialog', { name: 'Sefton Metropolitan Borough Council' }).count()).toBe(0);
    await fresh.close();
  });

  it("opens another council's sidebar from its name without adding to the page's history", async () => {
    const fresh = await browser.context.newPage();
    await fresh.goto(DEMO_URL);
    const historyLength = await fresh.evaluate(() => history.length);
    const sidebar = fresh.frameLocator('council-lens-ui iframe');
    for (const [index, name] of [
      [0, 'Sefton Metropolitan Borough Council'],
      [2, 'Liverpool City Council'],
    ] as const) {
      await fresh.locator('council-lens-mark').nth(index).click();
      await sidebar.getByRole('heading', { name, level: 1 }).waitFor();
    }
    expect(await fresh.evaluate(() => history.length)).toBe(historyLength);
    await fresh.close();
  });

  it('lists a council named after the sidebar was opened (a live blog adding a line) among those to switch to', async () => {
    const fresh = await browser.context.newPage();
    await fresh.goto(DEMO_URL);
    await fresh.locator('council-lens-mark').first().click();
    const sidebar = fresh.frameLocator('council-lens-ui iframe');
    const switcher = sidebar.getByRole('navigation', { name: 'Councils in this article' });
    await expect
      .poll(() => switcher.getByRole('button').allTextContents())
      .toEqual(['Sefton', 'Liverpool', 'Knowsley']);
    await fresh.evaluate(() => {
      const update = document.createElement('p');
      update.textContent = 'Update: Wirral Council said it would share its own plans next week.';
      document.querySelector('article')?.append(update);
    });
    await expect
      .poll(() => switcher.getByRole('button').allTextContents())
      .toEqual(['Sefton', 'Liverpool', 'Knowsley', 'Wirral']);
    await switcher.getByRole('button', { name: 'Wirral' }).click();
    await sidebar.getByRole('heading', { name: 'Wirral Borough Council', level: 1 }).waitFor();
    await screenshot(fresh, 'sidebar-switcher-after-live-update');
    await fresh.close();
  });

  it('keeps what Shift+Tab focuses in the sidebar clear of its sticky header', async () => {
    const fresh = await browser.context.newPage();
    await fresh.goto(DEMO_URL);
    await fresh.locator('council-lens-mark').first().click();
    await fresh
      .frameLocator('council-lens-ui iframe')
      .getByRole('heading', { name: 'Sefton Metropolitan Borough Council', level: 1 })
      .waitFor();
    const frame = fresh.frames().find((candidate) => candidate.url().includes('/sidebar.html'));
    if (!frame) throw new Error('no sidebar frame');
    // From the bottom of the record, focus the first control in sight, then walk back up past the fold.
    const headerBottom = await frame.evaluate(() => {
      document.scrollingElement?.scrollTo(0, document.scrollingElement.scrollHeight);
      const bottom = document.querySelector('.sidebar__header')?.getBoundingClientRect().bottom ?? 0;
      const controls = [...document.querySelectorAll<HTMLElement>('a, button, summary, textarea')];
      controls
        .find((control) => control.getBoundingClientRect().top > bottom)
        ?.focus({ preventScroll: true });
      return bottom;
    });
    for (let presses = 0; presses < 3; presses++) {
      await fresh.keyboard.press('Shift+Tab');
      await expect
        .poll(() => frame.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? 0))
        .toBeGreaterThanOrEqual(headerBottom);
    }
    await fresh.close();
  });

  it('opens the sidebar on click and closes it with Esc, without moving the article', async () => {
    const articleBox = await page.locator('article').boundingBox();
    await page.locator('council-lens-mark').first().click();
    const frame = page.locator('council-lens-ui iframe');
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toContain('authority=E08000014');
    expect(await page.locator('article').boundingBox()).toEqual(articleBox);
    await page.keyboard.press('Escape');
    await expect.poll(() => sidebarOnScreen(page)).toBe(false);
  });
});

describe('in a dark colour scheme', () => {
  let browser: ExtensionBrowser;
  afterAll(() => browser?.close());

  it('draws the summary, card and sidebar in dark colours', async () => {
    browser = await startBrowser(undefined, { colorScheme: 'dark' });
    const page = await browser.context.newPage();
    await page.goto(DEMO_URL);
    await page.locator('council-lens-mark').first().hover();
    await page.getByRole('dialog').waitFor();
    await screenshot(page, 'page-hover-card-dark');
    await page.locator('council-lens-mark').first().click();
    const sidebar = page.frameLocator('council-lens-ui iframe');
    await sidebar.locator('.trend').waitFor();
    const background = await sidebar
      .locator('body')
      .evaluate((body) => getComputedStyle(body).backgroundColor);
    expect(background).toBe('rgb(26, 25, 34)');
    await screenshot(page, 'sidebar-dark');
  });
});
