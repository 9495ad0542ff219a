/// <reference types="node" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  builtExtensionDir,
  chromiumArgs,
  CHROMIUM_CANDIDATES,
  createProfile,
  findChromium,
  readProfilePreferences,
} from './support/chromium';

// The harness's own promises: it finds Chromium or says how to install it, and fails clearly
// when the extension is not built. No browser is started here.
describe('the e2e harness', () => {
  test('finds Chromium from CHROMIUM_PATH first, then the usual install paths', () => {
    const present = new Set(['/custom/chrome', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
    const exists = (path: string) => present.has(path);
    expect(findChromium({ CHROMIUM_PATH: '/custom/chrome' }, exists)).toBe('/custom/chrome');
    expect(findChromium({}, exists)).toBe('/usr/bin/chromium-browser');
    expect(() => findChromium({ CHROMIUM_PATH: '/nowhere/chrome' }, exists)).toThrow(/CHROMIUM_PATH is set to \/nowhere\/chrome/);
    expect(CHROMIUM_CANDIDATES[0]).toBe('/usr/bin/chromium');
  });

  test('says how to install Chromium when there is none', () => {
    expect(() => findChromium({}, () => false)).toThrow(/apt-get install -y chromium/);
  });

  test('fails clearly when the extension is not built', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-build-'));
    try {
      expect(() => builtExtensionDir(empty)).toThrow(/not built.*npx wxt build/s);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  test('writes the cookie mode into a new profile and passes the required flags', () => {
    const profile = createProfile(1);
    try {
      expect(readProfilePreferences(profile)).toEqual({ profile: { cookie_controls_mode: 1 } });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const args = chromiumArgs('/ext', 4443);
    expect(args).toContain('--load-extension=/ext');
    expect(args).toContain('--disable-extensions-except=/ext');
    // Every platform's test host (lib/platforms/) and the blog, nothing else.
    expect(args).toContain(
      '--host-resolver-rules=MAP meet.google.com:443 127.0.0.1:4443, MAP app.zoom.us:443 127.0.0.1:4443, MAP teams.microsoft.com:443 127.0.0.1:4443, MAP acme.webex.com:443 127.0.0.1:4443, MAP blog.hiring-desk.test:443 127.0.0.1:4443',
    );
    for (const flag of [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ]) {
      expect(args).toContain(flag);
    }
  });
});
