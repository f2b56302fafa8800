import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRefreshUrl, fetchPack, isNewerPack } from '../../../lib/pack/refresh';
import { tinyPack } from '../../fixtures/tiny-pack';

// A real HTTP server on loopback, answering each path the way a broken or healthy host would.
const newer = JSON.stringify(tinyPack('2026.09.01-aaaaaaaa'));
const older = JSON.stringify(tinyPack('2020.01.01-bbbbbbbb'));
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    switch (request.url) {
      case '/pack.json':
        if (request.headers['if-none-match'] === '"v1"') {
          response.writeHead(304).end();
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' }).end(newer);
        return;
      case '/truncated.json':
        // The connection drops part-way through the body.
        response.writeHead(200, { 'content-length': String(newer.length) });
        response.write(newer.slice(0, 100), () => response.socket?.destroy());
        return;
      case '/not-json.json':
        response.writeHead(200).end('<html>Service unavailable</html>');
        return;
      case '/invalid.json':
        response.writeHead(200).end(JSON.stringify({ meta: { version: 'x' }, authorities: 'none' }));
        return;
      case '/older.json':
        response.writeHead(200).end(older);
        return;
      case '/slow.json':
        setTimeout(() => response.writeHead(200).end(newer), 2_000);
        return;
      default:
        response.writeHead(500, 'Internal Server Error').end();
    }
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const current = '2026.08.20-66b18efe';

describe('refreshing the data pack from a web address', () => {
  it('downloads a newer valid pack and remembers its ETag', async () => {
    const result = await fetchPack({ url: `${base}/pack.json`, currentVersion: current });
    expect(result).toMatchObject({
      status: 'updated',
      etag: '"v1"',
      pack: { meta: { version: '2026.09.01-aaaaaaaa' } },
    });
  });

  it('asks conditionally, and an unchanged pack is not downloaded again', async () => {
    expect(await fetchPack({ url: `${base}/pack.json`, etag: '"v1"', currentVersion: current })).toEqual({
      status: 'not-modified',
    });
  });

  it.each([
    ['/truncated.json', /incomplete|failed/],
    ['/not-json.json', /not valid JSON/],
    ['/older.json', /older than yours/],
    ['/missing.json', /answered 500/],
  ])('refuses %s and says why', async (path, reason) => {
    const result = await fetchPack({ url: `${base}${path}`, currentVersion: current });
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.reason).toMatch(reason);
  });

  it('says in plain words that a file is not a data pack, keeping the schema errors apart', async () => {
    const result = await fetchPack({ url: `${base}/invalid.json`, currentVersion: current });
    expect(result).toEqual({
      status: 'failed',
      reason: `The file at ${base}/invalid.json is not a Council Lens data pack (its "meta.builtAt" entry is missing or wrong).`,
      detail: expect.stringMatching(/^The data pack is not valid: meta\.builtAt: /),
    });
  });

  it('gives up on a server that does not answer in time', async () => {
    const result = await fetchPack({ url: `${base}/slow.json`, currentVersion: current, timeoutMs: 200 });
    expect(result).toEqual({ status: 'failed', reason: 'The server took too long to answer.' });
  });

  it('accepts only HTTPS, or plain HTTP on this machine', () => {
    expect(checkRefreshUrl('https://data.example/pack.json')).toBeNull();
    expect(checkRefreshUrl('http://127.0.0.1:8080/pack.json')).toBeNull();
    expect(checkRefreshUrl('http://data.example/pack.json')).toMatch(/https/);
    expect(checkRefreshUrl('not an address')).toMatch(/not a web address/);
  });

  it('replaces the installed pack only with newer data', () => {
    expect(isNewerPack('2026.09.01-a', '2026.08.20-b')).toBe(true);
    expect(isNewerPack('2026.08.20-c', '2026.08.20-b')).toBe(true);
    expect(isNewerPack('2026.08.20-b', '2026.08.20-b')).toBe(false);
    expect(isNewerPack('2025.01.01-a', '2026.08.20-b')).toBe(false);
    expect(isNewerPack('2025.01.01-a', undefined)).toBe(true);
  });
});
