import { readFile } from 'node:fs/promises';

/** What the browser tests answer at a real URL: a page from a file or a string, or JSON any origin may read. */
export type ServedPage = { file: string } | { html: string } | { json: unknown };

export interface ServedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The response for a URL: the page served there, or a 404 (tests never reach the network). */
export async function responseFor(page: ServedPage | undefined): Promise<ServedResponse> {
  if (!page) return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not served in tests' };
  if ('json' in page) {
    return {
      status: 200,
      headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' },
      body: JSON.stringify(page.json),
    };
  }
  const body = 'file' in page ? await readFile(page.file, 'utf8') : page.html;
  return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body };
}
