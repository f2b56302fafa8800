import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HISTORY_DRAWN_MARK } from '../../lib/protocol';
import { firstDrawnInspection, launchWithExtension } from '../browser/launch';
import { type BenchRow, median } from './stats';

const DEMO_URL = 'https://www.bbc.co.uk/news/articles/council-lens-demo';
const RUNS = 9;

const SEFTON = 'E08000014';
const LIVERPOOL = 'E08000012';

/**
 * How the reader reaches the click. A mouse reader points first (and sees the hover card). The article's own
 * council (Sefton, named most) has its sidebar readied once the page is idle, so a click on it needs no
 * pointing. Another council clicked with no head start loads its sidebar from scratch: the baseline.
 */
const WAYS = [
  { name: 'another council, after the hover card shows', council: LIVERPOOL, pointFirst: true },
  {
    name: "the article's council, clicked at once once the page is idle",
    council: SEFTON,
    pointFirst: false,
  },
  { name: 'another council, clicked at once, no head start', council: LIVERPOOL, pointFirst: false },
] as const;

/**
 * From a click on a council's name to its inspection history drawn in the sidebar, in real Chromium.
 * Timed in the browser, from the click event's timestamp on the page to the sidebar's mark one frame after
 * the history is on screen; the driver's own time (Playwright's checks before it clicks, its polling after)
 * is shown separately, as the end-to-end figure. Every way waits for the idle-time sidebar of the article's
 * council first, so none is timed while that one loads. A click with no head start (Playwright moves and
 * clicks within a few milliseconds, faster than a hand) on a council other than the article's loads its
 * sidebar from scratch: the baseline, measured in the same run.
 */
export async function benchSidebar(): Promise<BenchRow[]> {
  const browser = await launchWithExtension({
    userDataDir: mkdtempSync(join(tmpdir(), 'council-lens-bench-')),
  });
  browser.serve(DEMO_URL, { file: resolve(import.meta.dirname, '../demo/sefton-childrens-services.html') });
  const timings = WAYS.map(() => ({ inBrowser: [] as number[], endToEnd: [] as number[] }));
  for (let run = 0; run <= RUNS; run++) {
    // The ways take turns, so a slow spell of this noisy machine falls on both.
    for (const [way, { council, pointFirst }] of WAYS.entries()) {
      const page = await browser.context.newPage();
      await page.goto(DEMO_URL);
      const mark = page.locator(`council-lens-mark[data-code="${council}"]`).first();
      await mark.waitFor();
      await firstDrawnInspection(page).waitFor({ state: 'attached' });
      if (pointFirst) {
        await mark.hover();
        await page.getByRole('dialog').waitFor();
      }
      await page.evaluate(() => {
        document.addEventListener(
          'click',
          (event) => {
            (window as unknown as { clickedAt: number }).clickedAt = performance.timeOrigin + event.timeStamp;
          },
          { capture: true, once: true },
        );
      });
      const started = performance.now();
      await mark.click();
      await firstDrawnInspection(page).waitFor();
      const driverTime = performance.now() - started;
      const sidebar = page.frames().find((frame) => frame.url().includes('/sidebar.html'));
      if (!sidebar) throw new Error('The sidebar frame is missing.');
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
      const clickedAt = await page.evaluate(() => (window as unknown as { clickedAt: number }).clickedAt);
      // The first run also starts the background and seeds the database: not what a reader waits for daily.
      if (run > 0) {
        timings[way]?.inBrowser.push(drawnAt - clickedAt);
        timings[way]?.endToEnd.push(driverTime);
      }
      await page.close();
    }
  }
  await browser.close();
  const inBrowser = timings.map((timing) => median(timing.inBrowser));
  // The last way, a click loading its sidebar from scratch, is the baseline.
  const cold = 2;
  const baseline = { name: WAYS[cold].name, value: inBrowser[cold] as number };
  return [
    ...WAYS.map(({ name }, way) => ({
      measure: `click to history drawn, ${name}, in the browser (median of ${RUNS})`,
      value: inBrowser[way] as number,
      unit: 'ms' as const,
      ...(way !== cold && { baseline }),
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
