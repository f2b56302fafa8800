import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { firstDrawnInspection, launchWithExtension } from '../browser/launch';
import type { BenchRow } from './stats';

const DEMO_URL = 'https://www.bbc.co.uk/news/articles/council-lens-demo';
const TABS = 4;

/**
 * What a sidebar loaded out of sight holds, for the choice to keep one in the tab in view: the demo article
 * is opened in one tab after another, each readying its council's sidebar at idle, and after each the script
 * heap the extension's pages share (one V8 heap for every sidebar frame of every tab) is read after a
 * garbage collection, with its DOM nodes. The growth from one tab to the next is what one sidebar holds.
 * Whole-process memory (PSS from /proc) was tried first and drifted by more than a sidebar's size between
 * readings taken 20 s apart.
 */
export async function benchStandbyMemory(): Promise<BenchRow[]> {
  const browser = await launchWithExtension({
    userDataDir: mkdtempSync(join(tmpdir(), 'council-lens-bench-memory-')),
  });
  browser.serve(DEMO_URL, { file: resolve(import.meta.dirname, '../demo/sefton-childrens-services.html') });
  const readings: { heap: number; nodes: number }[] = [];
  for (let tab = 0; tab < TABS; tab++) {
    const page = await browser.context.newPage();
    await page.goto(DEMO_URL);
    await firstDrawnInspection(page).waitFor({ state: 'attached' });
    const sidebar = page.frames().find((frame) => frame.url().includes('/sidebar.html'));
    if (!sidebar) throw new Error('The sidebar frame is missing.');
    readings.push(await extensionPagesMemory(await browser.context.newCDPSession(sidebar)));
  }
  await browser.close();

  const first = readings[0] as { heap: number; nodes: number };
  const last = readings.at(-1) as { heap: number; nodes: number };
  const perSidebar = (last.heap - first.heap) / (TABS - 1);
  const nodesPerSidebar = Math.round((last.nodes - first.nodes) / (TABS - 1));
  return [
    {
      measure: `script heap of the extension's pages, a sidebar out of sight in each of ${TABS} tabs`,
      value: last.heap,
      unit: 'MB',
      baseline: { name: 'in 1 tab', value: first.heap },
    },
    {
      measure: `script heap one sidebar out of sight holds (growth a tab; ${nodesPerSidebar} DOM nodes)`,
      value: perSidebar,
      unit: 'MB',
    },
  ];
}

/** The shared script heap after a garbage collection, in megabytes, and the DOM nodes of its documents. */
async function extensionPagesMemory(session: CDPSession): Promise<{ heap: number; nodes: number }> {
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  const { nodes } = await session.send('Memory.getDOMCounters');
  await session.detach();
  return { heap: usedSize / 1024 / 1024, nodes };
}
