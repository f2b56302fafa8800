import { InvalidPackError, readPack } from '../db/seed';
import type { Pack } from './schema';

export type RefreshResult =
  | { status: 'not-modified' }
  | { status: 'updated'; pack: Pack; etag?: string }
  | { status: 'failed'; reason: string; detail?: string };

/** "2026.08.20-66b18efe" → "2026.08.20": versions are dated by their newest fact. */
const versionDate = (version: string) => version.split('-')[0] ?? '';

/** True when `candidate` should replace `current`: newer data, or the same date with other content. */
export function isNewerPack(candidate: string, current: string | undefined): boolean {
  if (!current) return true;
  if (candidate === current) return false;
  return versionDate(candidate) >= versionDate(current);
}

/**
 * Only HTTPS: the pack decides what ratings readers see, so it must not be open to tampering on the way.
 * Loopback HTTP is allowed for a maintainer testing a pack on their own machine (and for the tests).
 */
export function checkRefreshUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'That is not a web address.';
  }
  if (parsed.protocol === 'https:') return null;
  if (parsed.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname))
    return null;
  return 'The address must start with https://.';
}

const notAPack = (url: string) => `The file at ${url} is not a Council Lens data pack`;

/**
 * Downloads a newer data pack, conditionally (ETag). Nothing is returned for seeding unless the whole
 * download arrived, parses, passes the pack schema and is newer than the installed pack; otherwise the
 * reason says what went wrong, in words a reader can act on.
 */
export async function fetchPack(options: {
  url: string;
  etag?: string;
  currentVersion?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): Promise<RefreshResult> {
  const problem = checkRefreshUrl(options.url);
  if (problem) return { status: 'failed', reason: problem };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 30_000);
  try {
    const response = await (options.fetch ?? fetch)(options.url, {
      headers: options.etag ? { 'If-None-Match': options.etag } : {},
      signal: controller.signal,
      cache: 'no-cache',
    });
    if (response.status === 304) return { status: 'not-modified' };
    if (!response.ok)
      return {
        status: 'failed',
        reason: `The server answered ${response.status} ${response.statusText}.`.trim(),
      };
    const body = await response.text();
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && new TextEncoder().encode(body).byteLength !== declared) {
      return { status: 'failed', reason: 'The download was incomplete.' };
    }
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return {
        status: 'failed',
        reason: `${notAPack(options.url)}: it is not valid JSON (the download may be incomplete, or the address may lead to a web page).`,
      };
    }
    const pack = readPack(json);
    if (pack.meta.version === options.currentVersion) return { status: 'not-modified' };
    if (!isNewerPack(pack.meta.version, options.currentVersion)) {
      return {
        status: 'failed',
        reason: `The pack offered (${pack.meta.version}) is older than yours (${options.currentVersion}).`,
      };
    }
    const etag = response.headers.get('etag') ?? undefined;
    return { status: 'updated', pack, ...(etag && { etag }) };
  } catch (error) {
    if (error instanceof InvalidPackError) {
      const which = error.field ? ` (its "${error.field}" entry is missing or wrong)` : '';
      // The schema's own words are for whoever made the file, not for the reader: kept apart.
      return { status: 'failed', reason: `${notAPack(options.url)}${which}.`, detail: error.message };
    }
    if (controller.signal.aborted) return { status: 'failed', reason: 'The server took too long to answer.' };
    return { status: 'failed', reason: `The download failed: ${(error as Error).message}.` };
  } finally {
    clearTimeout(timer);
  }
}
