/**
 * The key a note is stored under for an article: the same story reached through a share link, an AMP
 * page, a mobile host or BBC's international domain must land on the same notes.
 */

/** Query parameters that only say how the reader arrived, never which article it is. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'twclid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'ocid',
  'ref',
  'ref_src',
  'ico',
  'icid',
  'cmp',
  'cmpid',
  'int_source',
  'sr_share',
  'xtor',
  's_cid',
  'smid',
  'ito',
  'dcmp',
  'share',
  'amp',
]);

/** Prefixes of tracking families: utm_* (analytics), at_* (BBC's campaign tags), __* (platform junk). */
const TRACKING_PREFIXES = ['utm_', 'at_', '__'];

/** Host labels that mark a mobile or AMP copy of the desktop site. */
const VARIANT_HOST_LABELS = ['www', 'm', 'mobile', 'amp'];

/** Second-level labels under a country code that are not themselves a site ("co" in bbc.co.uk). */
const SECOND_LEVEL_LABELS = new Set([
  'co',
  'org',
  'ac',
  'gov',
  'net',
  'com',
  'ltd',
  'plc',
  'me',
  'nhs',
  'sch',
]);

/** BBC serves the same story on bbc.com (outside the UK) and bbc.co.uk; the UK host is the key. */
const BBC_SHARED_SECTIONS = /^\/(news|sport)(\/|$)/;

export function canonicalArticleUrl(input: string): string {
  const url = parseWebUrl(unwrapAmpCache(input.trim()));
  if (!url) return input.trim();

  const host = articleHost(url.hostname.toLowerCase(), url.pathname);
  const path = articlePath(url.pathname);
  const params = [...url.searchParams]
    .filter(([name, value]) => !isTrackingParam(name) && !(name === 'outputType' && value === 'amp'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  return `https://${host}${path}${query}`;
}

function parseWebUrl(input: string): URL | null {
  try {
    const url = new URL(input);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Google's AMP cache wraps the publisher's URL: www-bbc-co-uk.cdn.ampproject.org/c/s/www.bbc.co.uk/...
 * and google.com/amp/s/www.bbc.co.uk/...; the wrapped URL is the article.
 */
function unwrapAmpCache(input: string): string {
  const url = parseWebUrl(input);
  if (!url) return input;
  const wrapped = url.hostname.endsWith('.cdn.ampproject.org')
    ? url.pathname.match(/^\/[a-z]\/(s\/)?(.+)$/)
    : /(^|\.)google\.[a-z.]+$/.test(url.hostname)
      ? url.pathname.match(/^\/amp\/(s\/)?(.+)$/)
      : null;
  if (!wrapped?.[2]) return input;
  return `${wrapped[1] ? 'https' : 'http'}://${wrapped[2]}${url.search}`;
}

function articleHost(hostname: string, pathname: string): string {
  let host = hostname;
  for (;;) {
    const [label, ...rest] = host.split('.');
    if (!label || !VARIANT_HOST_LABELS.includes(label) || !isSiteName(rest)) break;
    host = rest.join('.');
  }
  if (host === 'bbc.com' && BBC_SHARED_SECTIONS.test(pathname)) host = 'bbc.co.uk';
  return host;
}

/** True when the labels still name a site: "example.com" does, "com" and "co.uk" do not. */
function isSiteName(labels: string[]): boolean {
  if (labels.length < 2) return false;
  return labels.length > 2 || !SECOND_LEVEL_LABELS.has(labels[0] as string);
}

function articlePath(pathname: string): string {
  const segments = pathname
    .split('/')
    .filter((segment) => segment !== '' && segment.toLowerCase() !== 'amp')
    .map((segment) => segment.replace(/\.amp(?=\.html?$|$)/i, ''));
  return segments.length > 0 ? `/${segments.join('/')}` : '';
}

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
