import { browser } from 'wxt/browser';

// The reader's choice to keep the article summary collapsed, remembered per site.
const key = (site: string) => `summaryCollapsed:${site}`;

/** The reader's choice for this site, or, until they make one, `collapsedByDefault`. */
export async function isSummaryCollapsed(site: string, collapsedByDefault: boolean): Promise<boolean> {
  const choice = (await browser.storage.local.get(key(site)))[key(site)];
  return typeof choice === 'boolean' ? choice : collapsedByDefault;
}

export async function setSummaryCollapsed(site: string, collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [key(site)]: collapsed });
}
