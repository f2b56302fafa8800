import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../browser/launch';
import type { BenchRow } from './stats';

const PARAGRAPHS = 250_000;
/** Served where the extension runs (a BBC article), and where it does not: the same page alone. */
const WITH_EXTENSION = 'https://www.bbc.co.uk/news/articles/council-lens-bench-huge';
const PAGE_ALONE = 'https://unlisted.example/news/council-lens-bench-huge';
/** Long enough after load for the page session to mark, summarise, extract and ready its sidebar. */
const SETTLE_MS = 30_000;

interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  tid: number;
}

/** A page far beyond any news site: a million nodes, a council named in every 1,000th paragraph. */
function hugePage(): string {
  const paragraphs = Array.from(
    { length: PARAGRAPHS },
    (_, index) =>
      `<p><b>Paragraph</b> ${index}. ${index % 1000 === 0 ? 'Sefton Council said it would act.' : 'Nothing to see here.'}</p>`,
  );
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>A huge page</title></head><body><article><h1>A huge page</h1>${paragraphs.join('')}</article></body></html>`;
}

/**
 * The whole page session on a million-node page, in Chromium with the extension, traced from before the
 * page is asked for until it has settled: the longest run of script in one task (the content script's, as
 * the page alone runs none), which is what the content script controls. The browser's own layout and
 * paint of a million nodes, after the page loads and again once the marks and the summary appear, takes
 * seconds a frame whoever changes such a page, and is not counted here.
 */
export async function benchHugePage(): Promise<BenchRow[]> {
  const browser = await launchWithExtension({
    userDataDir: mkdtempSync(join(tmpdir(), 'council-lens-bench-')),
  });
  const html = hugePage();
  browser.serve(WITH_EXTENSION, { html });
  browser.serve(PAGE_ALONE, { html });
  const traced = async (url: string) => {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    // Traced from before the page is asked for: traced from its load event instead, whether the content
    // script's last pass over the page (counting its councils, reading its statements) fell inside the
    // trace was a race, and a run that missed it reported 40 ms where the pass takes over 150.
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,v8',
      transferMode: 'ReportEvents',
    });
    await page.goto(url, { timeout: 180_000 });
    await page.waitForTimeout(SETTLE_MS);
    await cdp.send('Tracing.end');
    await complete;
    // Counted after the trace: going through a million nodes is itself a long run of script.
    const marks = await page.evaluate(() => document.getElementsByTagName('council-lens-mark').length);
    await page.close();
    const longest = (names: string[]) =>
      Math.max(
        0,
        ...events.filter((event) => names.includes(event.name)).map((event) => (event.dur ?? 0) / 1000),
      );
    return {
      marks,
      longestScript: longest([
        'FunctionCall',
        'TimerFire',
        'FireIdleCallback',
        'EvaluateScript',
        'V8.Execute',
      ]),
    };
  };
  const alone = await traced(PAGE_ALONE);
  const withExtension = await traced(WITH_EXTENSION);
  await browser.close();
  return [
    {
      measure: `million-node page in the browser (${withExtension.marks} marks), from navigation until settled: longest run of script in one task`,
      value: withExtension.longestScript,
      unit: 'ms',
      target: '< 50 ms',
      met: withExtension.longestScript < 50,
    },
    {
      measure: 'the same page where the extension does not run: longest run of script in one task',
      value: alone.longestScript,
      unit: 'ms',
    },
  ];
}
