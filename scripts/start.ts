/**
 * `npm start`: builds the extension, then opens Chromium with it on the demo article. With a display the
 * browser stays open for you to explore; without one it runs headless and saves a screenshot.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './browser/launch';

export const DEMO_URL = 'https://www.bbc.co.uk/news/articles/council-lens-demo';
export const DEMO_FILE = resolve(import.meta.dirname, 'demo/sefton-childrens-services.html');

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;

execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

const browser = await launchWithExtension({
  userDataDir: mkdtempSync(join(tmpdir(), 'council-lens-start-')),
  headless: !hasDisplay,
});
browser.serve(DEMO_URL, { file: DEMO_FILE });
const page = await browser.context.newPage();
await page.goto(DEMO_URL);
await page.waitForSelector('council-lens-ui', { state: 'attached', timeout: 15_000 });

if (hasDisplay) {
  console.log(`Council Lens is running on the demo article (${DEMO_URL}). Close the browser to finish.`);
  await new Promise((done) => browser.context.on('close', done));
} else {
  await page.waitForTimeout(500);
  const outDir = resolve(import.meta.dirname, '../test-results');
  mkdirSync(outDir, { recursive: true });
  const screenshot = join(outDir, 'demo-article.png');
  await page.screenshot({ path: screenshot });
  console.log(`No display: ran headless. Screenshot of the annotated demo article: ${screenshot}`);
  await browser.close();
}
