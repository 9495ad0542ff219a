/// <reference types="node" />
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { PLATFORMS, platformOf, type MeetingPlatform } from '../../lib/platforms';
import { createSelfSignedCertificate } from './certificate';

/** The real hostnames the browser is pointed at; `--host-resolver-rules` maps them to this server. */
// The hosts come from the platform table (lib/platforms/); each platform has its look-alike page
// in e2e/fixtures/<id>.js (lib/platforms/platforms.test.ts checks).
export const MEET_HOST = platformOf('meet').testHost;
export const ZOOM_HOST = platformOf('zoom').testHost;
export const TEAMS_HOST = platformOf('teams').testHost;
export const WEBEX_HOST = platformOf('webex').testHost;
/** An ordinary site, not a meeting: a blog post holding an interview kit (lib/kits/fixtures/page-kit-blog.html). */
export const KIT_BLOG_HOST = 'blog.hiring-desk.test';
/** Every host this server answers for: each platform's test host, and the blog. */
export const FIXTURE_HOSTS = [...PLATFORMS.map((p) => p.testHost), KIT_BLOG_HOST];

/**
 * Zoom's web client needs SharedArrayBuffer, so its pages are cross-origin isolated; it also
 * frames only itself. `coep` picks the embedder policy (Zoom is seen with both).
 */
export function zoomHeaders(coep: 'require-corp' | 'credentialless'): Record<string, string> {
  return {
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': coep,
    'Content-Security-Policy': "frame-src 'self'",
    'X-Frame-Options': 'SAMEORIGIN',
  };
}
/** Meet's own policy, in shape: nonce + strict-dynamic scripts, Trusted Types required. */
export function meetCsp(nonce: string): string {
  return `script-src 'nonce-${nonce}' 'strict-dynamic'; require-trusted-types-for 'script'; object-src 'none'; base-uri 'self'`;
}

export interface FixtureRequest {
  host: string;
  path: string;
  cookie: string | undefined;
}

export interface FixtureServer {
  port: number;
  /** Every request served, in order (tests read the Cookie header the browser sent). */
  requests: FixtureRequest[];
  close(): Promise<void>;
}

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const read = (name: string) => readFileSync(fixturesDir + name, 'utf8');
const kitBlogPage = () => readFileSync(fileURLToPath(new URL('../../lib/kits/fixtures/page-kit-blog.html', import.meta.url)), 'utf8');

/**
 * An HTTPS server on 127.0.0.1 (a free port) with a certificate made for this run. It serves
 * look-alike pages by Host header, one per platform of lib/platforms/ (e2e/fixtures/<id>.js): Meet
 * under its strict CSP, the Zoom web client (cross-origin isolated with ?fromPWA=1), Teams and
 * Webex; plus the kit blog and small pages that probe third-party cookie blocking.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const { key, cert } = createSelfSignedCertificate();
  const assets = { css: read('call-ui.css'), callUi: read('call-ui.js') };
  const lookAlike = Object.fromEntries(PLATFORMS.map((p) => [p.id, read(`${p.id}.js`)])) as Record<MeetingPlatform, string>;
  const platformAt = (host: string) => PLATFORMS.find((p) => p.testHost === host)?.id;
  const requests: FixtureRequest[] = [];

  const server = createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host || 'localhost'}`);
    requests.push({ host, path: url.pathname + url.search, cookie: req.headers.cookie });
    try {
      route(host, url, req, res);
    } catch (error) {
      send(res, 500, 'text/plain', `fixture server error: ${String(error)}`);
    }
  });

  function route(host: string, url: URL, _req: IncomingMessage, res: ServerResponse) {
    if (url.pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    if (host === KIT_BLOG_HOST) return send(res, 200, 'text/html; charset=utf-8', kitBlogPage());
    const platform = platformAt(host);
    if (!platform) return send(res, 404, 'text/plain', `no fixture for host ${JSON.stringify(host)}`);
    if (platform === 'meet' && url.pathname === '/_fixture/third-party-embed') return thirdPartyEmbed(res);
    if (platform === 'zoom' && url.pathname === '/_fixture/cookie-probe') return cookieProbe(res);
    if (platform === 'zoom' && !url.pathname.startsWith('/wc/')) return send(res, 302, 'text/plain', '', { Location: '/wc/home' });
    const nonce = randomBytes(16).toString('base64');
    const html = page(platformOf(platform).name, nonce, [assets.callUi, lookAlike[platform]]);
    // Meet's own policy; Zoom's isolation (the shell and its iframe#webclient alike).
    const headers =
      platform === 'meet'
        ? { 'Content-Security-Policy': meetCsp(nonce) }
        : platform === 'zoom' && url.searchParams.get('fromPWA') === '1'
          ? zoomHeaders(url.searchParams.get('_fixture_coep') === 'credentialless' ? 'credentialless' : 'require-corp')
          : {};
    return send(res, 200, 'text/html; charset=utf-8', html, headers);
  }

  function page(title: string, nonce: string, scripts: string[]): string {
    return [
      '<!doctype html>',
      '<html lang="en"><head><meta charset="utf-8">',
      `<title>${title}</title>`,
      `<style>${assets.css}</style>`,
      '</head><body><div id="app"></div>',
      // Each file in its own function scope, as separate bundles would be.
      ...scripts.map((script) => `<script nonce="${nonce}">(() => {\n${script}\n})();</script>`),
      '</body></html>',
    ].join('\n');
  }

  /**
   * On app.zoom.us. Top level it sets a SameSite=None cookie (first party, always allowed);
   * embedded in a Meet page it is third party and reports what it could store.
   */
  function cookieProbe(res: ServerResponse) {
    const script = `
      (async () => {
        const result = { topLevel: window.top === window };
        try { document.cookie = 'probe_js=1; SameSite=None; Secure; Path=/'; result.cookieAfterWrite = document.cookie; }
        catch (e) { result.cookieAfterWrite = 'threw: ' + e.name; }
        try { result.hasStorageAccess = await document.hasStorageAccess(); } catch (e) { result.hasStorageAccess = 'threw: ' + e.name; }
        try {
          result.indexedDB = await new Promise((resolve) => {
            const request = indexedDB.open('third-party-probe');
            request.onsuccess = () => { request.result.close(); resolve('opened'); };
            request.onerror = () => resolve('error: ' + (request.error && request.error.name) + ': ' + (request.error && request.error.message));
          });
        } catch (e) { result.indexedDB = 'threw: ' + e.name; }
        window.__probe = result;
        if (!result.topLevel) parent.postMessage({ cookieProbe: result }, '*');
      })();`;
    send(res, 200, 'text/html; charset=utf-8', `<!doctype html><title>probe</title><script>${script}</script>`, {
      'Set-Cookie': 'probe_http=1; SameSite=None; Secure; Path=/',
    });
  }

  /** On meet.google.com: embeds the app.zoom.us probe as a third-party frame. */
  function thirdPartyEmbed(res: ServerResponse) {
    const script = `
      window.__thirdParty = undefined;
      addEventListener('message', (event) => {
        if (event.origin === 'https://${ZOOM_HOST}' && event.data && event.data.cookieProbe) window.__thirdParty = event.data.cookieProbe;
      });`;
    send(
      res,
      200,
      'text/html; charset=utf-8',
      `<!doctype html><title>embed</title><script>${script}</script>` +
        `<iframe title="third-party probe" src="https://${ZOOM_HOST}/_fixture/cookie-probe"></iframe>`,
    );
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}
