/// <reference types="node" />
import { randomBytes } from 'node:crypto';
import { request as httpsRequest, createServer as createHttpsServer } from 'node:https';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createSelfSignedCertificate } from '../../support/certificate';
import { PLATFORMS } from '../../../lib/platforms';

/** A query parameter that makes the proxy add a strict `style-src` policy to the page it serves. */
export const STRICT_STYLE_PARAM = 'e2e-style-csp';
const HOSTS = new Set<string>(PLATFORMS.map((p) => p.testHost));

export interface MeetingProxy {
  /** The proxy's port on 127.0.0.1: Firefox's `network.proxy.ssl_port`. */
  port: number;
  /** Hosts Firefox tried to reach that are not meeting hosts (refused): nothing may leak out. */
  refused: string[];
  close(): Promise<void>;
}

/**
 * What `--host-resolver-rules` does for Chromium, for Firefox: an HTTPS proxy (CONNECT) on a free
 * port of 127.0.0.1, so no fixed port (443) is needed and suites can run side by side. Tunnels to
 * the meeting hosts end in an HTTPS server here (certificate made at test time; Firefox runs with
 * `acceptInsecureCerts`), which passes each request to the shared fixture server. Every other host
 * is refused. With `?e2e-style-csp` a page also gets `style-src 'nonce-…'`, like a site that
 * forbids inline styles.
 */
export async function startMeetingProxy(fixturePort: number): Promise<MeetingProxy> {
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const front = createHttpsServer(createSelfSignedCertificate(), (req, res) => {
    const strictStyle = new URL(req.url ?? '/', 'https://x').searchParams.has(STRICT_STYLE_PARAM);
    const upstream = httpsRequest(
      { host: '127.0.0.1', port: fixturePort, method: req.method, path: req.url, headers: req.headers, rejectUnauthorized: false },
      (answer) => {
        if (!strictStyle || !String(answer.headers['content-type']).startsWith('text/html')) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const nonce = randomBytes(16).toString('base64');
          const body = Buffer.concat(chunks).toString('utf8').replaceAll('<style>', `<style nonce="${nonce}">`);
          const policies = [answer.headers['content-security-policy'], `style-src 'nonce-${nonce}'`].filter(Boolean) as string[];
          // Two policies, both enforced: the page's own and the style one.
          res.setHeader('content-security-policy', policies);
          const { 'content-security-policy': _page, ...rest } = answer.headers;
          res.writeHead(answer.statusCode ?? 502, { ...rest, 'content-length': Buffer.byteLength(body) });
          res.end(body);
        });
      },
    );
    upstream.on('error', (error) => res.writeHead(502).end(`proxy: ${error.message}`));
    req.pipe(upstream);
  });

  const proxy = createHttpServer((req, res) => {
    // Plain-HTTP requests through the proxy: nothing here is served without TLS.
    refused.push(req.headers.host ?? req.url ?? '?');
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const host = (req.url ?? '').replace(/:443$/, '').toLowerCase();
    if (!HOSTS.has(host)) {
      refused.push(host);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    front.emit('connection', socket);
  });

  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (proxy.address() as AddressInfo).port,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        front.close();
        proxy.close(() => resolve());
      }),
  };
}
