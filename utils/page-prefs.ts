import { browser } from 'wxt/browser';

// The reader's choice to keep the article summary collapsed, remembered per site.
const key = (site: string) => `summaryCollapsed:${site}`;

export async function isSummaryCollapsed(site: string): Promise<boolean> {
  return (await browser.storage.local.get(key(site)))[key(site)] === true;
}

export async function setSummaryCollapsed(site: string, collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [key(site)]: collapsed });
}
