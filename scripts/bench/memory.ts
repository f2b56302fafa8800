import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../browser/launch';
import type { BenchRow } from './stats';

const DEMO_URL = 'https://www.bbc.co.uk/news/articles/council-lens-demo';
const TABS = 4;
const SAMPLES = 5;
/** Long enough for V8 to give back what loading needed (a probe: most of it within 30 s). */
const SETTLE_MS = 20_000;

/**
 * What a sidebar loaded out of sight costs in memory, for the choice to keep it until the reader points at
 * another council or leaves: the proportional set size of the extension's own process (its service worker
 * and every sidebar frame; pages split what they share), read from /proc, with the demo article open in a
 * few tabs, before pointing at a council and with a standby sidebar in each tab. Each reading waits for the
 * process to settle first: right after loading, a frame's memory includes work that V8 gives back within
 * seconds. Linux only; elsewhere the rows are left out.
 */
export async function benchStandbyMemory(): Promise<BenchRow[]> {
  if (!existsSync('/proc/self/smaps_rollup')) return [];
  const userDataDir = mkdtempSync(join(tmpdir(), 'council-lens-bench-memory-'));
  const browser = await launchWithExtension({ userDataDir });
  browser.serve(DEMO_URL, { file: resolve(import.meta.dirname, '../demo/sefton-childrens-services.html') });
  const pages = [];
  for (let tab = 0; tab < TABS; tab++) {
    const page = await browser.context.newPage();
    await page.goto(DEMO_URL);
    await page.locator('council-lens-mark').first().waitFor();
    pages.push(page);
  }
  const extensionPid = extensionProcessOf(browserProcessOf(userDataDir));
  const beforePointing = await settledMemory(extensionPid);

  for (const page of pages) {
    await page.locator('council-lens-mark').first().hover();
    await page.getByRole('dialog').waitFor();
    await page
      .frameLocator('council-lens-ui iframe')
      .locator('[data-testid="inspection"]')
      .first()
      .waitFor({ state: 'attached' });
    await page.mouse.move(0, 0);
  }
  const withStandby = await settledMemory(extensionPid);

  await browser.close();

  const label = `extension process memory (PSS), demo article in ${TABS} tabs`;
  return [
    { measure: `${label}, before pointing at a council`, value: beforePointing, unit: 'MB' },
    {
      measure: `${label}, a standby sidebar loaded in each (${((withStandby - beforePointing) / TABS).toFixed(1)} MB a tab)`,
      value: withStandby,
      unit: 'MB',
      baseline: { name: 'before pointing', value: beforePointing },
    },
  ];
}

/** The median of a few readings a second apart, once the process has settled. */
async function settledMemory(pid: number): Promise<number> {
  const readings: number[] = [];
  await new Promise((resume) => setTimeout(resume, SETTLE_MS));
  for (let sample = 0; sample < SAMPLES; sample++) {
    readings.push(pssMegabytes(pid));
    await new Promise((resume) => setTimeout(resume, 1_000));
  }
  return readings.sort((a, b) => a - b)[Math.floor(SAMPLES / 2)] as number;
}

/** The Chromium started with this profile: the one process whose command line names it and is no child type. */
function browserProcessOf(userDataDir: string): number {
  for (const pid of processIds()) {
    const commandLine = readProc(pid, 'cmdline').split('\0');
    if (
      commandLine.some((arg) => arg === `--user-data-dir=${userDataDir}`) &&
      !commandLine.some((arg) => arg.startsWith('--type='))
    ) {
      return pid;
    }
  }
  throw new Error(`No Chromium process found for ${userDataDir}.`);
}

/**
 * The browser's extension process: Chromium runs every page of an extension, frames in tabs included, in one
 * renderer marked --extension-process. Chromium rewrites its child processes' command lines into one string.
 */
function extensionProcessOf(browserPid: number): number {
  const descendants = new Set([browserPid]);
  // Parents come before their children in /proc's order often but not always: repeat until nothing is added.
  for (let added = true; added; ) {
    added = false;
    for (const pid of processIds()) {
      // The parent is the fourth field of /proc/PID/stat, after the command in brackets.
      const parent = Number(readProc(pid, 'stat').split(') ')[1]?.split(' ')[1]);
      if (descendants.has(parent) && !descendants.has(pid)) {
        descendants.add(pid);
        added = true;
      }
    }
  }
  const found = [...descendants].find((pid) => readProc(pid, 'cmdline').includes('--extension-process'));
  if (found === undefined) throw new Error('No extension process found.');
  return found;
}

function pssMegabytes(pid: number): number {
  return Number(/^Pss:\s+(\d+) kB/m.exec(readProc(pid, 'smaps_rollup'))?.[1] ?? 0) / 1024;
}

function processIds(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

/** A /proc file of a process, or '' when the process has gone meanwhile. */
function readProc(pid: number, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
}
