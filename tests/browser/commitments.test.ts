import { readFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/browser/launch';
import { DEMO_URL, newProfileDir, screenshot, startBrowser } from './support';

let browser: ExtensionBrowser | undefined;
afterAll(() => browser?.close());

async function openSidebarCommitments(current: ExtensionBrowser) {
  const page = await current.context.newPage();
  await page.goto(DEMO_URL);
  await page.locator('council-lens-mark').first().click();
  const sidebar = page.frameLocator('council-lens-ui iframe');
  const section = sidebar.getByRole('region', { name: 'Stated commitments' });
  await section.locator('blockquote').first().waitFor();
  return { page, section };
}

it('shows the commitments the demo article states, with their source, and keeps them across a restart', async () => {
  const profile = newProfileDir();
  browser = await startBrowser(profile);
  const first = await openSidebarCommitments(browser);
  const quotes = await first.section.locator('blockquote').allTextContents();
  expect(quotes).toContain(
    "A spokesperson for Sefton Metropolitan Borough Council said it had committed an extra £10m to children's social care since 2022 and would hire more permanent social workers.",
  );
  expect(await first.section.textContent()).toMatch(/£10M/i);
  expect(await first.section.getByRole('link').first().textContent()).toMatch(
    /Sefton children's services rated good/,
  );
  await screenshot(first.section, 'sidebar-commitments');

  await browser.close();
  browser = await startBrowser(profile);
  // Served elsewhere this time: the stored commitments come from the database, not from re-reading.
  browser.serve(DEMO_URL, { html: '<html><body><article><p>Sefton Council</p></article></body></html>' });
  const again = await openSidebarCommitments(browser);
  expect(await again.section.locator('blockquote').allTextContents()).toEqual(quotes);
});

it('lets the reader correct a captured commitment, remove one with undo, add one from a selection, and save the record with them', async () => {
  await browser?.close();
  browser = await startBrowser(newProfileDir());
  const page = await browser.context.newPage();
  await page.goto(DEMO_URL);
  await page.locator('council-lens-mark').first().waitFor();
  // The reader selects a sentence that Council Lens did not take as a commitment, then opens the sidebar.
  const manual = "The council's cabinet approved plans last month for two new children's homes in Bootle";
  await page.evaluate((wanted) => {
    const text = Array.from(document.querySelectorAll('article p'))
      .map((paragraph) => paragraph.firstChild)
      .find((node) => node?.textContent?.startsWith(wanted)) as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, wanted.length);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  }, manual);
  await page.locator('council-lens-mark').first().click();
  const section = page
    .frameLocator('council-lens-ui iframe')
    .getByRole('region', { name: 'Stated commitments' });
  await section.locator('blockquote').first().waitFor();

  await section.getByRole('button', { name: 'Add the selected text as a commitment' }).click();
  await section.getByLabel('Amount (optional)').fill('£2.5m');
  await section.getByRole('button', { name: 'Add commitment' }).click();
  const added = section.getByRole('listitem').filter({ hasText: manual });
  await expect.poll(() => added.textContent()).toMatch(/^Action.*£2\.5m.*added by you/);
  expect(await added.getByRole('link').textContent()).toMatch(/Sefton children's services rated good/);

  const investing = section.getByRole('listitem').filter({ hasText: 'keep investing' });
  await investing.getByRole('button', { name: 'Edit' }).click();
  await investing.getByLabel('Kind').selectOption('action');
  await investing.getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(() => investing.textContent()).toMatch(/^Action.*edited by you/);

  const accepting = section.getByRole('listitem').filter({ hasText: 'We accept there is more to do' });
  await accepting.getByRole('button', { name: 'Remove' }).click();
  await expect.poll(() => accepting.count()).toBe(0);
  await section.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => accepting.textContent()).toMatch(/found by Council Lens/);
  await screenshot(section, 'sidebar-commitments-edited');

  // What else the council said is folded away under the commitments; the reader keeps one as a commitment.
  const director = 'staff had worked hard for three years';
  const folded = section.locator('details', { hasText: 'Other things the council said (1)' });
  await folded.getByText('Other things the council said (1)').click();
  await folded.getByRole('listitem').filter({ hasText: director }).waitFor();
  await screenshot(folded, 'sidebar-other-statements');
  await folded.getByRole('button', { name: 'Keep as a commitment' }).click();
  const kept = section.locator('ol.commitments > li').filter({ hasText: director });
  await expect.poll(() => kept.first().textContent()).toMatch(/confirmed by you/);
  expect(await folded.count()).toBe(0);

  // The record, saved as a file: ratings with their sources, and the commitments as the reader left them.
  const sidebar = page.frameLocator('council-lens-ui iframe');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    sidebar.getByRole('button', { name: 'Save this record' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^sefton-council-lens-\d{4}-\d{2}-\d{2}\.md$/);
  const saved = readFileSync((await download.path()) as string, 'utf8');
  expect(saved).toMatch(/^# Sefton Metropolitan Borough Council\n/);
  expect(saved).toContain('Requires improvement in 2016, Inadequate in 2022, Good in 2025.');
  // Each rating with its report and publisher, as in the sidebar.
  expect(saved).toMatch(
    /- Overall: \*\*Inadequate\*\*\n(?:- [^\n]*\n)*- Report: <https:\/\/[^>]+>\n- Source: Ofsted, /,
  );
  expect(saved).toMatch(new RegExp(`Action · £2\\.5m · added by you\\n\\n  > ${manual}`));
  expect(saved).toMatch(/· confirmed by you\n\n {2}> [^\n]*staff had worked hard for three years/);
  // Each commitment's article, by its address as stored (canonical: no "www.").
  expect(saved).toContain(`${new URL(DEMO_URL).pathname}>), Council Lens demo`);
  expect(await sidebar.getByRole('status').filter({ hasText: 'Saved as' }).textContent()).toBe(
    ` Saved as ${download.suggestedFilename()}`,
  );
  await screenshot(sidebar.locator('header'), 'sidebar-record-saved');

  // The same record in a tab of its own, for more room than the sidebar's.
  const [tabbed] = await Promise.all([
    page.context().waitForEvent('page'),
    sidebar.getByRole('link', { name: 'Open in a tab' }).click(),
  ]);
  await tabbed.getByRole('heading', { level: 1, name: 'Sefton Metropolitan Borough Council' }).waitFor();
  await tabbed.getByRole('region', { name: 'Stated commitments' }).getByText(manual).waitFor();
});
