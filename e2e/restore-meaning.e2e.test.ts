import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { databaseDigest, kitCount } from './support/extension-database';
import { ARTIFACTS_DIR, setupSuite } from './support/suite';
import { waitUntil } from './support/wait';

const suite = setupSuite();

describe('a restore checks what the file means, not only its shape', () => {
  test('a backup whose interview starts in year 318,857 (startedAt 1e16) is refused, the field named, the database unchanged', async () => {
    const dashboard = await suite.browser.open(`chrome-extension://${suite.browser.extensionId}/dashboard.html#backup`);
    const worker = suite.browser.serviceWorker()!;
    await waitUntil('the bundled kit to be installed', async () => (await kitCount(worker)) > 0, { timeout: 15_000 });

    // The extension's own backup of this profile, with one interview added whose start no Date can hold.
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    const ownBackup = join(ARTIFACTS_DIR, 'restore-meaning-own.json');
    await download.saveAs(ownBackup);
    const file = JSON.parse(readFileSync(ownBackup, 'utf8')) as {
      kits: { id: string; title: string; questions: unknown[] }[];
      interviews: unknown[];
    };
    const kit = file.kits[0]!;
    file.interviews.push({
      id: 'from-the-far-future',
      meetingKey: 'meet:abc-defg-hij',
      platform: 'meet',
      meetingCode: 'abc-defg-hij',
      meetingUrl: 'https://meet.google.com/abc-defg-hij',
      kitId: kit.id,
      kit: { title: kit.title, questions: kit.questions, redFlags: [] },
      currentQuestionIndex: 0,
      candidateName: 'Far Future',
      interviewerName: '',
      startedAt: 1e16,
      plannedMinutes: 45,
      clock: { state: 'ended', elapsedMs: 0, runningSince: null, questionSince: null },
      redFlagsSeen: [],
      recommendation: null,
      summary: '',
      createdAt: Date.UTC(2026, 0, 5),
      updatedAt: Date.UTC(2026, 0, 5),
    });
    const hostile = join(ARTIFACTS_DIR, 'restore-meaning-hostile.json');
    writeFileSync(hostile, JSON.stringify(file));
    const before = await databaseDigest(worker);

    for (const [mode, confirm] of [
      ['Merge', undefined],
      ['Replace', 'Replace everything'],
    ] as const) {
      // A fresh page each time, so that the alert read is this attempt's.
      await dashboard.reload();
      await dashboard.getByRole('button', { name: 'Download backup' }).waitFor();
      expect(await dashboard.getByRole('alert').count()).toBe(0);
      await dashboard.getByLabel('Backup file to restore').setInputFiles(hostile);
      await dashboard.getByRole('button', { name: mode }).click();
      if (confirm) await dashboard.getByRole('button', { name: confirm }).click();
      const alert = dashboard.getByRole('alert');
      await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain(`interviews[${file.interviews.length - 1}].startedAt`);
      expect(await alert.textContent()).toMatch(/^Not restored, nothing was changed\. .*must be a time JavaScript can hold/);
      // Said where the user looks: in the viewport, at a readable size.
      const box = (await alert.boundingBox())!;
      expect(box.y >= 0 && box.y + box.height <= 720).toBe(true);
      expect(Number.parseFloat(await alert.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(14);
      expect(await databaseDigest(worker), `the database after the refused ${mode}`).toEqual(before);
    }
  });
});
