// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { blobText, captureDownloads } from '@/components/export/capture-downloads.test-support';
import { DataClientContext } from '@/hooks/use-data-client';
import { createInProcessClient } from '@/lib/client/in-process-client';
import { openInterviewDatabase, type InterviewDatabase } from '@/lib/db/database';
import { dumpDatabase } from '@/lib/export/db-dump.test-support';
import { sampleNote, sampleSession } from '@/lib/export/export-fixtures.test-support';
import { CONFLICT_COPY_HEADING } from '@/lib/export/merge-rules';
import { BackupPanel } from './backup-panel';

let db: InterviewDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openInterviewDatabase(`backup-${crypto.randomUUID()}`);
  await db.sessions.add(sampleSession());
  await db.notes.add(sampleNote('s1', 'q1', { text: 'Knew REST' }));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const renderPanel = () =>
  render(
    <DataClientContext.Provider value={createInProcessClient(db, null)}>
      <BackupPanel />
    </DataClientContext.Provider>,
  );

async function backupText(): Promise<string> {
  return createInProcessClient(db, null).exports.createBackup();
}

const pick = (user: ReturnType<typeof userEvent.setup>, text: string) =>
  user.upload(screen.getByLabelText('Backup file to restore'), new File([text], 'backup.json', { type: 'application/json' }));

describe('BackupPanel', () => {
  it('downloads a JSON backup of everything', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Download backup' }));
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    expect(downloads.files[0]?.name).toMatch(/^interview-sidebar-backup \d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(await blobText(downloads.files[0]!.blob));
    expect(backup).toMatchObject({
      format: 'interview-sidebar-backup',
      version: 1,
      interviews: [{ id: 's1' }],
      notes: [{ text: 'Knew REST' }],
    });
    expect(screen.getByRole('status')).toHaveTextContent(/^Saved interview-sidebar-backup/);
    // The line moves from "never" to today once the file is saved.
    expect(await screen.findByText(/^Last backup: .+ \(today\)$/)).toBeInTheDocument();
  });

  it('says "Last backup: never" and reminds once an interview has gone a week without one', async () => {
    await db.sessions.update('s1', { updatedAt: Date.now() - 8 * 86_400_000 });
    renderPanel();
    expect(await screen.findByText('Last backup: never')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(/^Interviews since .+ are in no backup.*Download a backup/);
  });

  it('merges a backup and says what it wrote', async () => {
    const json = await backupText();
    await db.notes.update('s1/q1', { text: 'changed', updatedAt: 1 });
    const user = userEvent.setup();
    renderPanel();
    expect(screen.getByRole('button', { name: 'Merge' })).toBeDisabled();
    await pick(user, json);
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Merged: 0 interviews, 1 note, 0 kits, 0 settings. 1 record here was as new or newer and kept. 1 note or summary had a different version here: both are kept, the other under "Conflict copy".',
      ),
    );
    // The older local text loses, but is kept below the restored one.
    expect((await db.notes.get('s1/q1'))?.text).toBe(`Knew REST\n\n${CONFLICT_COPY_HEADING}\nchanged`);
  });

  it('replaces only after confirmation', async () => {
    const json = await backupText();
    await db.sessions.add(sampleSession({ id: 'extra', meetingKey: 'meet:x' }));
    const user = userEvent.setup();
    renderPanel();
    await pick(user, json);
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(dialog).not.toBeInTheDocument();
    expect(await db.sessions.count()).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    await user.click(screen.getByRole('button', { name: 'Replace everything' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Replaced everything with: 1 interview, 1 note/));
    expect((await db.sessions.toArray()).map((s) => s.id)).toEqual(['s1']);
  });

  it('refuses a malformed or newer file with a message naming the problem, changing nothing', async () => {
    const backup = JSON.parse(await backupText());
    const user = userEvent.setup();
    renderPanel();
    const before = await dumpDatabase(db);

    await pick(user, JSON.stringify({ ...backup, version: 2 }));
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Nothing was changed\. .*format version 2/i);

    backup.interviews[0].clock.elapsedMs = 'soon';
    await pick(user, JSON.stringify(backup));
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('interviews[0].clock.elapsedMs: Invalid input: expected number, received string'),
    );
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
