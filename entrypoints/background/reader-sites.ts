import { browser } from 'wxt/browser';
import { matchPatternsFor, type SiteSettings } from '../../lib/site-settings';

const SCRIPT_ID = 'council-lens-reader-sites';

/**
 * Runs the content script on the sites the reader turned on, beyond the listed news sites.
 * Only origins the reader granted are registered: a site whose permission was removed in the
 * browser's settings is left out rather than failing the whole registration.
 */
export async function syncReaderSites(settings: SiteSettings, contentScriptFile: string): Promise<void> {
  const granted: string[] = [];
  for (const site of settings.enabled) {
    if (await browser.permissions.contains({ origins: matchPatternsFor([site]) })) granted.push(site);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, js: [contentScriptFile], matches: matchPatternsFor(granted), runAt: 'document_idle' },
  ]);
}
