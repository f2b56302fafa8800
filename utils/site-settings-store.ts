import { browser } from 'wxt/browser';
import { EMPTY_SITE_SETTINGS, type SiteSettings } from '../lib/site-settings';

// Settings live in extension storage (not the page's origin), readable from content scripts directly.
const KEY = 'siteSettings';

export async function loadSiteSettings(): Promise<SiteSettings> {
  const stored = await browser.storage.local.get(KEY);
  return { ...EMPTY_SITE_SETTINGS, ...(stored[KEY] as Partial<SiteSettings> | undefined) };
}

export async function saveSiteSettings(settings: SiteSettings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}

export function onSiteSettingsChanged(listener: (settings: SiteSettings) => void): void {
  browser.storage.local.onChanged.addListener((changes) => {
    if (KEY in changes)
      listener({ ...EMPTY_SITE_SETTINGS, ...(changes[KEY]?.newValue as Partial<SiteSettings>) });
  });
}
