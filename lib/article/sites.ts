/**
 * Where the article is on each news site, kept as data in the spirit of darkreader's per-site fixes: a
 * site that changes its markup needs a line changed here, not code. Selectors are tried in order; the
 * first that finds an element wins. Sites not listed fall back to the generic rules in detect.ts.
 */
export interface SiteAdapter {
  id: string;
  publisher: string;
  /** Host names (and their subdomains) the adapter is for. */
  hosts: string[];
  /** The element holding the article body. */
  root: string[];
  headline?: string[];
  /** Parts inside the root that are not the story: related links, promos, share bars, newsletters. */
  exclude?: string[];
  /** On a live page, the element each post is, where the site makes it neither an article nor a list item. */
  posts?: string[];
}

/** The element each post of a live page is, on most sites: who spoke in one post does not speak in the next. */
export const COMMON_POSTS = ['article', 'li'];

/** Never article prose, on any site. */
export const COMMON_EXCLUDES = [
  'nav',
  'aside',
  '[role="navigation"]',
  '[role="complementary"]',
  '[aria-hidden="true"]',
  '[class*="related" i]',
  '[class*="promo" i]',
  '[class*="newsletter" i]',
  '[class*="share" i]',
  '[class*="advert" i]',
  '[class*="recommend" i]',
  '[class*="read-more" i]',
  '[class*="most-read" i]',
  '[data-component="links-block"]',
  '[data-component="tag-list"]',
  '[data-component="related-content"]',
];

const REACH_HOSTS = [
  'mirror.co.uk',
  'express.co.uk',
  'manchestereveningnews.co.uk',
  'liverpoolecho.co.uk',
  'birminghammail.co.uk',
  'chroniclelive.co.uk',
  'walesonline.co.uk',
  'dailyrecord.co.uk',
  'belfastlive.co.uk',
  'examinerlive.co.uk',
  'bristolpost.co.uk',
];

const NEWSQUEST_HOSTS = [
  'theargus.co.uk',
  'thetelegraphandargus.co.uk',
  'thenorthernecho.co.uk',
  'heraldscotland.com',
];

export const SITE_ADAPTERS: SiteAdapter[] = [
  {
    // Includes Local Democracy Reporting Service stories, which BBC News publishes in the same layout.
    id: 'bbc',
    publisher: 'BBC News',
    hosts: ['bbc.co.uk', 'bbc.com'],
    root: ['main article', '#main-content article', 'article', '.story-body', '#main-content'],
    headline: ['#main-heading', 'article h1', 'h1'],
  },
  {
    id: 'guardian',
    publisher: 'The Guardian',
    hosts: ['theguardian.com'],
    root: ['[data-gu-name="body"]', '#maincontent', 'article'],
    headline: ['[data-gu-name="headline"] h1', 'h1'],
  },
  {
    id: 'sky',
    publisher: 'Sky News',
    hosts: ['news.sky.com'],
    root: ['.sdc-article-body', '[data-component-name="sdc-article-body"]', 'article'],
    headline: ['.sdc-article-header__long-title', 'h1'],
  },
  {
    id: 'itv',
    publisher: 'ITV News',
    hosts: ['itv.com'],
    root: ['article', 'main'],
    headline: ['h1'],
  },
  {
    id: 'reach',
    publisher: '',
    hosts: REACH_HOSTS,
    root: ['[itemprop="articleBody"]', '.article-body', 'article'],
    headline: ['h1[itemprop="headline"]', 'h1'],
    exclude: ['.related-articles', '.teaser', '.mod-pancakes', '.read-more-links'],
    // Seen in a Mirror live page of August 2024 (corpus page mirror-uk-riots-live-2024.html).
    posts: ['.live-event-entry'],
  },
  {
    id: 'newsquest',
    publisher: '',
    hosts: NEWSQUEST_HOSTS,
    root: ['#article-body', '.article-body', '[itemprop="articleBody"]', 'article'],
    headline: ['h1.mar-article__headline', 'h1'],
  },
];

export function adapterFor(hostname: string): SiteAdapter | undefined {
  const host = hostname.toLowerCase();
  return SITE_ADAPTERS.find((adapter) => adapter.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
}
