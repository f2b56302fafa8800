import { isListedNewsSite } from './sites';

/**
 * Where the reader wants Council Lens: on by default on the listed news sites, off elsewhere until
 * the reader turns a site on (which also grants the extension that site).
 */
export interface SiteSettings {
  /** Listed news sites the reader switched off. */
  disabled: string[];
  /** Other sites the reader switched on. */
  enabled: string[];
}

export const EMPTY_SITE_SETTINGS: SiteSettings = { disabled: [], enabled: [] };

/** The site key for a URL: its hostname without a leading "www.". */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'https:' && protocol !== 'http:') return null;
    return hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

export function isSiteOn(settings: SiteSettings, site: string): boolean {
  if (isListedNewsSite(site)) return !settings.disabled.includes(site);
  return settings.enabled.includes(site);
}

export function withSite(settings: SiteSettings, site: string, on: boolean): SiteSettings {
  const without = (list: string[]) => list.filter((entry) => entry !== site);
  if (isListedNewsSite(site)) {
    return { ...settings, disabled: on ? without(settings.disabled) : [...without(settings.disabled), site] };
  }
  return { ...settings, enabled: on ? [...without(settings.enabled), site] : without(settings.enabled) };
}

/** Match patterns for the sites the reader turned on, for registering the content script there. */
export function matchPatternsFor(sites: string[]): string[] {
  return sites.flatMap((site) => [`https://${site}/*`, `https://*.${site}/*`, `http://${site}/*`]);
}
