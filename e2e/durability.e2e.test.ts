import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { ARTIFACTS_DIR, setupSuite } from './support/suite';

const suite = setupSuite();

describe('the interviews are kept under storage pressure', () => {
  test('the manifest asks for unlimitedStorage, Settings says the interviews are kept, with the space used', async () => {
    const dashboard = await suite.browser.open(`chrome-extension://${suite.browser.extensionId}/dashboard.html#settings`);
    const permissions = await dashboard.evaluate(() => chrome.runtime.getManifest().permissions);
    expect(permissions).toContain('unlimitedStorage');

    // Chromium answers persist() by site engagement (false for a fresh extension), but never evicts
    // an origin holding unlimitedStorage; the permission is what must hold, and Settings says both truly.
    expect(await dashboard.evaluate(() => chrome.permissions.contains({ permissions: ['unlimitedStorage'] }))).toBe(true);
    const status = dashboard.getByRole('group', { name: 'Storage' }).getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/^Kept: /);
    const persisted = await dashboard.evaluate(() => navigator.storage.persisted());
    await expect
      .poll(() => dashboard.getByRole('group', { name: 'Storage' }).textContent())
      .toContain(`Unlimited storage: granted. Persistent storage: ${persisted ? 'granted' : 'not granted'}.`);
    await expect
      .poll(() => dashboard.getByRole('group', { name: 'Storage' }).textContent())
      .toMatch(/Space used: [\d.]+ (bytes|kB|MB|GB) of [\d.]+ (MB|GB|TB) available/);
    // Readable where it is: in the viewport, not covered, at a normal size.
    const box = await status.boundingBox();
    expect(box && box.y + box.height <= 720).toBe(true);
    const onTop = await status.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return el.contains(document.elementFromPoint(r.x + 4, r.y + r.height / 2));
    });
    expect(onTop).toBe(true);
    expect(parseFloat(await status.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(13);
    await dashboard.screenshot({ path: join(ARTIFACTS_DIR, 'settings-storage-1280x720.png') });
  });
});
