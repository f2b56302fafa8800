import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, findFirefox, launchFirefoxWithExtension } from '../../scripts/browser/firefox';
import { ARTIFACTS_DIR, DEMO_FILE, DEMO_URL } from './support';

if (!findFirefox()) {
  console.warn(
    'SKIPPED: the Firefox test needs Firefox (Debian: apt-get install -y firefox-esr); .ci/run installs it.',
  );
}

describe.skipIf(!findFirefox())('the Firefox build in Firefox ESR', () => {
  let firefox: FirefoxSession;
  let tab: string;
  let extensionBase: string;
  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    firefox.serve(DEMO_URL, { file: DEMO_FILE });
    tab = await firefox.open(DEMO_URL);
  });
  afterAll(() => firefox?.close());

  it('marks the councils the demo article names, with their ratings in their accessible names', async () => {
    const marks = () =>
      firefox.evaluate<[string, string, string][]>(
        tab,
        `Array.from(document.querySelectorAll('council-lens-mark'), (mark) =>
          [mark.textContent, mark.dataset.code, mark.getAttribute('aria-label')])`,
      );
    await expect.poll(marks, { timeout: 20_000 }).toHaveLength(4);
    const found = await marks();
    expect(found.map(([text, code]) => [text, code])).toEqual([
      ['Sefton Council', 'E08000014'],
      ['Sefton Metropolitan Borough Council', 'E08000014'],
      ['Liverpool City Council', 'E08000012'],
      ['Knowsley Council', 'E08000011'],
    ]);
    expect(found[0]?.[2]).toMatch(
      /^Sefton Council \(Sefton Metropolitan Borough Council\): Ofsted Good, 2025/,
    );
  });

  it("readies the sidebar out of sight at idle, out of the pointer's way", async () => {
    const readied = () =>
      firefox.evaluate<boolean>(
        tab,
        `Boolean(document.querySelector('council-lens-ui')?.shadowRoot?.querySelector('iframe'))`,
      );
    await expect.poll(readied, { timeout: 10_000 }).toBe(true);
    // Over the right edge, where the frame waits, the page itself is what the pointer finds.
    expect(
      await firefox.evaluate<boolean>(
        tab,
        `document.elementFromPoint(innerWidth - 100, 250)?.closest('council-lens-ui') === null`,
      ),
    ).toBe(true);
  });

  it("opens the sidebar on a click, with Sefton's inspections from the extension's database", async () => {
    await firefox.evaluate(tab, `document.querySelector('council-lens-mark').click()`);
    const sidebar = async () =>
      (await firefox.frames(tab)).find((frame) => frame.url.includes('/sidebar.html'));
    await expect.poll(sidebar, { timeout: 10_000 }).toBeDefined();
    const frame = (await sidebar())?.context as string;
    const years = () =>
      firefox.evaluate<string[]>(
        frame,
        `Array.from(document.querySelectorAll('[data-testid="inspection"]'), (item) => item.textContent)`,
      );
    await expect.poll(async () => (await years()).length, { timeout: 10_000 }).toBeGreaterThan(2);
    const text = (await years()).join(' ');
    for (const year of ['2016', '2022', '2025']) expect(text).toContain(year);
    expect(await firefox.evaluate(frame, `document.querySelector('h1').textContent`)).toBe(
      'Sefton Metropolitan Borough Council',
    );
    await firefox.screenshot(tab, join(ARTIFACTS_DIR, 'firefox-sidebar.png'));
  });

  it("saves Sefton's record as a Markdown file from the sidebar", async () => {
    const frame = (await firefox.frames(tab)).find((found) => found.url.includes('/sidebar.html'))
      ?.context as string;
    await firefox.evaluate(
      frame,
      `Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Save this record').click()`,
    );
    const status = () =>
      firefox.evaluate<string>(frame, `document.querySelector('.sidebar__save [role="status"]').textContent`);
    await expect
      .poll(status, { timeout: 10_000 })
      .toMatch(/^ Saved as sefton-council-lens-\d{4}-\d{2}-\d{2}\.md$/);
    const file = join(firefox.downloads, (await status()).replace(' Saved as ', ''));
    // Firefox makes the file before it writes it: read it once it holds the record.
    const saved = () => (existsSync(file) ? readFileSync(file, 'utf8') : '');
    await expect.poll(saved, { timeout: 10_000 }).toMatch(/^# Sefton Metropolitan Borough Council\n/);
    expect(saved()).toContain('Requires improvement in 2016, Inadequate in 2022, Good in 2025.');
  });

  it("shows a council's record on a page of its own, as the popup's lookup opens it", async () => {
    const sidebar = (await firefox.frames(tab)).find((found) => found.url.includes('/sidebar.html'));
    // The extension's own address (moz-extension://<uuid>/), for the pages opened directly below.
    extensionBase = new URL('/', sidebar?.url).href;
    const record = await firefox.open(`${extensionBase}sidebar.html?authority=E08000011`);
    const heading = () =>
      firefox.evaluate<string | null>(record, `document.querySelector('h1')?.textContent ?? null`);
    await expect.poll(heading, { timeout: 10_000 }).toBe('Knowsley Metropolitan Borough Council');
    expect(await firefox.evaluate(record, 'document.title')).toBe(
      'Knowsley Metropolitan Borough Council · Council Lens',
    );
    expect(await firefox.evaluate(record, `document.querySelector('.sidebar__close') === null`)).toBe(true);
  });

  it('looks up a council by name in the toolbar popup', async () => {
    const popup = await firefox.open(`${extensionBase}popup.html`);
    await firefox.evaluate(
      popup,
      `(() => {
        const field = document.getElementById('council-lookup');
        field.value = 'Seftn';
        field.dispatchEvent(new Event('input', { bubbles: true }));
      })()`,
    );
    const found = () =>
      firefox.evaluate<string | null>(
        popup,
        `document.querySelector('[aria-label="Councils found"]')?.textContent ?? null`,
      );
    await expect.poll(found, { timeout: 10_000 }).toBe('Sefton Metropolitan Borough Council ✓ Good');
  });
});
