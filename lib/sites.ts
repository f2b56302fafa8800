/**
 * The news sites Council Lens runs on without being asked. Every other site only when the reader
 * turns it on from the popup (an optional host permission). Kept as data so adding a site is a
 * one-line change; the article adapters for each site live in lib/article/sites.ts.
 */
export const NEWS_SITE_HOSTS = [
  'bbc.co.uk',
  'bbc.com',
  'theguardian.com',
  'news.sky.com',
  'itv.com',
  'independent.co.uk',
  'inews.co.uk',
  'telegraph.co.uk',
  'thetimes.com',
  'thetimes.co.uk',
  'dailymail.co.uk',
  'mirror.co.uk',
  'express.co.uk',
  'standard.co.uk',
  'metro.co.uk',
  'manchestereveningnews.co.uk',
  'liverpoolecho.co.uk',
  'birminghammail.co.uk',
  'chroniclelive.co.uk',
  'walesonline.co.uk',
  'dailyrecord.co.uk',
  'belfastlive.co.uk',
  'yorkshirepost.co.uk',
  'yorkshireeveningpost.co.uk',
  'examinerlive.co.uk',
  'bristolpost.co.uk',
  'kentonline.co.uk',
  'theargus.co.uk',
  'thetelegraphandargus.co.uk',
  'thenorthernecho.co.uk',
  'scotsman.com',
  'heraldscotland.com',
  'politics.co.uk',
  'communitycare.co.uk',
  'cypnow.co.uk',
  'localgov.co.uk',
] as const;

/** `*.host` also matches the bare host in browsers' match patterns. */
export const NEWS_SITE_MATCHES: string[] = NEWS_SITE_HOSTS.map((host) => `https://*.${host}/*`);

/** True when `hostname` is one of the listed news sites or a subdomain of one. */
export function isListedNewsSite(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return NEWS_SITE_HOSTS.some((listed) => host === listed || host.endsWith(`.${listed}`));
}
