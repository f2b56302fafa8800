import { adapterFor, COMMON_EXCLUDES, COMMON_POSTS } from './sites';

export interface DetectedArticle {
  /** The element holding the story's text. Mentions outside it are not article mentions. */
  root: Element;
  headline: string;
  canonicalUrl: string;
  publisher: string;
  publishedDate?: string;
  /** Which site adapter found it, or 'generic'. */
  adapter: string;
  /** Parts inside the root that are not the story. */
  exclude: string[];
  /** On a live page, the elements that are its posts. */
  posts: string[];
}

interface LinkedDataArticle {
  headline?: string;
  datePublished?: string;
  /** One organisation, or (rarely) a list of them. */
  publisher?: unknown;
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|LiveBlogPosting|BlogPosting)$/;

/** The NewsArticle described in the page's JSON-LD, if any (in a list, an @graph, or alone). */
function linkedDataArticle(doc: Document): LinkedDataArticle | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a page's broken JSON-LD is the page's problem, not a reason to stop
    }
    const queue = [data];
    while (queue.length > 0) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        const types = ([] as unknown[]).concat(record['@type']);
        if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type)))
          return record as LinkedDataArticle;
        if (record['@graph']) queue.push(record['@graph']);
      }
    }
  }
  return undefined;
}

/** JSON-LD allows one publisher or a list of them; the first named one is the page's. */
function linkedPublisher(linked: LinkedDataArticle | undefined): string | undefined {
  const publishers = ([] as unknown[]).concat(linked?.publisher ?? []);
  for (const publisher of publishers) {
    const name = (publisher as { name?: unknown } | null)?.name;
    if (typeof name === 'string') return name.trim();
  }
  return undefined;
}

/**
 * A name to show a reader: "The Mirror", "BBC News". Some sites' metadata holds a lower-case slug
 * instead ("mirror" in the Mirror's JSON-LD), which reads like a typo beside a headline; the next source
 * is tried, and the host name ("mirror.co.uk"), which looks like the address it is, comes last.
 */
function isDisplayName(name: string | undefined): name is string {
  return !!name && /\p{Lu}/u.test(name);
}

function first(doc: Document, selectors: readonly string[] | undefined): Element | null {
  for (const selector of selectors ?? []) {
    const found = doc.querySelector(selector);
    if (found) return found;
  }
  return null;
}

function meta(doc: Document, property: string): string | undefined {
  return (
    doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content') ??
    undefined
  );
}

/** The amount of paragraph text an element holds: the story, not its promos, has the most. */
function proseLength(element: Element): number {
  let total = 0;
  for (const paragraph of Array.from(element.querySelectorAll('p')))
    total += paragraph.textContent?.length ?? 0;
  return total;
}

function genericRoot(doc: Document): Element | null {
  const body = doc.querySelector('[itemprop="articleBody"]');
  if (body) return body;
  const articles = Array.from(doc.querySelectorAll('article'));
  const longest = articles.sort((a, b) => proseLength(b) - proseLength(a))[0];
  if (longest && proseLength(longest) > 0) return longest;
  return doc.querySelector('main, [role="main"]') ?? densestProse(doc);
}

/**
 * Older and unusual layouts have no <article> or <main>: the story is then the element whose own
 * paragraphs hold the most text (the idea behind readability's scoring, much simplified).
 */
function densestProse(doc: Document): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const paragraph of Array.from(doc.querySelectorAll('p'))) {
    const parent = paragraph.parentElement;
    if (!parent || parent === best) continue;
    let length = 0;
    for (const child of Array.from(parent.children))
      if (child.tagName === 'P') length += child.textContent?.length ?? 0;
    if (length > bestLength) {
      best = parent;
      bestLength = length;
    }
  }
  return bestLength >= 200 ? best : null;
}

/** Finds the article on a news page: its root, headline, canonical URL, publisher and date. */
export function detectArticle(doc: Document, url: string): DetectedArticle | null {
  const host = (() => {
    try {
      return new URL(url).hostname;
    } catch {
      return '';
    }
  })();
  const adapter = adapterFor(host);
  const root = first(doc, adapter?.root) ?? genericRoot(doc);
  if (!root) return null;
  const linked = linkedDataArticle(doc);
  const canonical =
    doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url');
  const headline =
    first(doc, adapter?.headline)?.textContent?.trim() ||
    linked?.headline ||
    meta(doc, 'og:title') ||
    doc.title;
  return {
    root,
    headline: headline.replace(/\s+/g, ' ').trim(),
    canonicalUrl: canonical ? new URL(canonical, url).href : url,
    // The page's own statement first: it names syndicated and partner content correctly.
    publisher:
      [linkedPublisher(linked), adapter?.publisher, meta(doc, 'og:site_name')].find(isDisplayName) ??
      host.replace(/^www\./, ''),
    publishedDate:
      linked?.datePublished ??
      meta(doc, 'article:published_time') ??
      root.querySelector('time[datetime]')?.getAttribute('datetime') ??
      undefined,
    adapter: adapter?.id ?? 'generic',
    exclude: [...COMMON_EXCLUDES, ...(adapter?.exclude ?? [])],
    posts: [...COMMON_POSTS, ...(adapter?.posts ?? [])],
  };
}
