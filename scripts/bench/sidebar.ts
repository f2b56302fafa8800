import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame } from 'playwright-core';
import { HISTORY_DRAWN_MARK } from '../../lib/protocol';
import { firstDrawnInspection, launchWithExtension } from '../browser/launch';
import { type BenchRow, median } from './stats';

const DEMO_URL = 'https://www.bbc.co.uk/news/articles/council-lens-demo';
const RUNS = 9;

const SEFTON = 'E08000014';
const LIVERPOOL = 'E08000012';

/**
 * How the reader reaches the click. A mouse reader points first (and sees the hover card). The demo's own
 * council (Sefton, named most) has its sidebar readied once the page is idle: a click on it only reveals that
 * page, and a click on another council re-aims it. The baseline is what every click cost before the frame
 * was re-aimed, and what a click still costs before the page is idle: the sidebar page loaded in a new frame.
 */
const WAYS = [
  { name: 'another council, after the hover card shows', council: LIVERPOOL, how: 'point, then click' },
  {
    name: "the article's council, clicked at once once the page is idle",
    council: SEFTON,
    how: 'click',
  },
  { name: 'another council, clicked at once once the page is idle', council: LIVERPOOL, how: 'click' },
  {
    name: 'none readied yet, the sidebar loaded in a new frame',
    council: LIVERPOOL,
    how: 'new frame',
  },
] as const;
const BASELINE = WAYS.length - 1;

/**
 * From a click on a council's name to its inspection history drawn in the sidebar, in real Chromium.
 * Timed in the browser, from the click event's timestamp on the page to the sidebar's mark one frame after
 * the history is drawn, or to the page's next frame after it brings the sidebar into sight, whichever is
 * later; the driver's own time (Playwright's checks before it clicks, its polling after) is shown
 * separately, as the end-to-end figure. Every way waits until the page is idle and whatever it readies then
 * is drawn, so none is timed while that loads. Playwright moves and clicks within a few
 * milliseconds, faster than a hand.
 */
export async function benchSidebar(): Promise<BenchRow[]> {
  const browser = await launchWithExtension({
    userDataDir: mkdtempSync(join(tmpdir(), 'council-lens-bench-')),
  });
  browser.serve(DEMO_URL, { file: resolve(import.meta.dirname, '../demo/sefton-childrens-services.html') });
  const timings = WAYS.map(() => ({ inBrowser: [] as number[], endToEnd: [] as number[] }));
  for (let run = 0; run <= RUNS; run++) {
    // The ways take turns, so a slow spell of this noisy machine falls on both.
    for (const [way, { council, how }] of WAYS.entries()) {
      const page = await browser.context.newPage();
      await page.goto(DEMO_URL);
      const mark = page.locator(`council-lens-mark[data-code="${council}"]`).first();
      await mark.waitFor();
      await firstDrawnInspection(page).waitFor({ state: 'attached' });
      if (how === 'point, then click') {
        await mark.hover();
        await page.getByRole('dialog').waitFor();
      }
      if (how !== 'new frame') {
        // The readied frame comes into sight once the page inside says it shows the council clicked; the
        // history counts as on screen from the later of that and its own mark.
        await page.locator('council-lens-ui iframe').evaluate((frame) => {
          (window as unknown as { inSight: Promise<number> }).inSight = new Promise((resolve) => {
            const observer = new MutationObserver(() => {
              if (getComputedStyle(frame).opacity === '0') return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
            });
            observer.observe(frame, { attributes: true, attributeFilter: ['style'] });
          });
        });
      }
      const started = performance.now();
      let sidebar: Frame;
      if (how === 'new frame') {
        const loaded = page.waitForEvent('framenavigated', (frame) =>
          frame.url().includes('bench=new-frame'),
        );
        await page.evaluate(
          ({ url, codes }) => {
            (window as unknown as { clickedAt: number }).clickedAt =
              performance.timeOrigin + performance.now();
            const frame = document.createElement('iframe');
            frame.src = `${url}?authority=${codes[0]}&authorities=${codes.join(',')}&bench=new-frame`;
            document.body.append(frame);
          },
          { url: `chrome-extension://${browser.extensionId}/sidebar.html`, codes: [council, SEFTON] },
        );
        sidebar = await loaded;
      } else {
        await page.evaluate(() => {
          document.addEventListener(
            'click',
            (event) => {
              (window as unknown as { clickedAt: number }).clickedAt =
                performance.timeOrigin + event.timeStamp;
            },
            { capture: true, once: true },
          );
        });
        await mark.click();
        await firstDrawnInspection(page).waitFor();
        const framed = page.frames().find((frame) => frame.url().includes('/sidebar.html'));
        if (!framed) throw new Error('The sidebar frame is missing.');
        sidebar = framed;
      }
      const driverTime = performance.now() - started;
      const drawnAt = await sidebar.evaluate(
        // No named functions in here: tsx would wrap them in a helper that the page does not have.
        async (name) => {
          for (;;) {
            const entry = performance.getEntriesByName(name)[0];
            if (entry) return performance.timeOrigin + entry.startTime;
            await new Promise((resume) => setTimeout(resume, 5));
          }
        },
        HISTORY_DRAWN_MARK,
      );
      const { clickedAt, inSightAt } = await page.evaluate(async () => {
        const seen = window as unknown as { clickedAt: number; inSight?: Promise<number> };
        // A new frame is on screen from the start: only its own mark counts.
        return { clickedAt: seen.clickedAt, inSightAt: (await seen.inSight) ?? 0 };
      });
      // The first run also starts the background and seeds the database: not what a reader waits for daily.
      if (run > 0) {
        timings[way]?.inBrowser.push(Math.max(drawnAt, inSightAt) - clickedAt);
        timings[way]?.endToEnd.push(driverTime);
      }
      await page.close();
    }
  }
  await browser.close();
  const inBrowser = timings.map((timing) => median(timing.inBrowser));
  const baseline = { name: WAYS[BASELINE]?.name ?? '', value: inBrowser[BASELINE] as number };
  return [
    ...WAYS.map(({ name }, way) => ({
      measure: `click to history drawn, ${name}, in the browser (median of ${RUNS})`,
      value: inBrowser[way] as number,
      unit: 'ms' as const,
      ...(way !== BASELINE && { baseline }),
      target: '< 150 ms',
      met: (inBrowser[way] as number) < 150,
    })),
    {
      measure: `${WAYS[0].name}, with the driver's overhead (median of ${RUNS})`,
      value: median(timings[0]?.endToEnd ?? []),
      unit: 'ms',
    },
  ];
}
