// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureDownloads } from '@/components/export/capture-downloads.test-support';
import { DataClientContext } from '@/hooks/use-data-client';
import { createInProcessClient } from '@/lib/client/in-process-client';
import { openInterviewDatabase, type InterviewDatabase } from '@/lib/db/database';
import { sampleNote, sampleSession, T0 } from '@/lib/export/export-fixtures.test-support';
import { InterviewHistory } from './interview-history';

let db: InterviewDatabase;
beforeEach(() => {
  db = openInterviewDatabase(`history-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const DAY = 86_400_000;
async function fill() {
  await db.sessions.bulkAdd([
    sampleSession({ id: 'old', meetingKey: 'meet:a', candidateName: 'Ada Lovelace', startedAt: T0 }),
    sampleSession({ id: 'new', meetingKey: 'meet:b', candidateName: '', recommendation: null, startedAt: T0 + DAY }),
  ]);
  await db.notes.add(sampleNote('old', 'q1', { text: 'Knew REST' }));
}

const renderHistory = () =>
  render(
    <DataClientContext.Provider value={createInProcessClient(db, null)}>
      <InterviewHistory />
    </DataClientContext.Provider>,
  );

/** jsdom's Blob has no arrayBuffer(); FileReader reads it. */
const blobBytes = (blob: Blob) =>
  new Promise<Uint8Array>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });

describe('InterviewHistory', () => {
  it('says so when there are no interviews yet', async () => {
    renderHistory();
    expect(await screen.findByText(/No interviews yet/)).toBeInTheDocument();
  });

  it('lists interviews newest first with candidate, role, date and recommendation', async () => {
    await fill();
    renderHistory();
    await screen.findAllByRole('listitem');
    expect(screen.getAllByRole('listitem').map((r) => r.querySelector('strong')?.textContent)).toEqual(['Unnamed candidate', 'Ada Lovelace']);
    const ada = screen.getByRole('listitem', { name: 'Ada Lovelace' });
    expect(ada).toHaveTextContent('Backend Engineer');
    expect(ada).toHaveTextContent('Yes');
    expect(screen.getByRole('listitem', { name: 'Unnamed candidate' })).toHaveTextContent('No decision');
  });

  it('copies and exports one interview as Markdown from its row', async () => {
    await fill();
    const user = userEvent.setup();
    const downloads = captureDownloads();
    renderHistory();
    const ada = await screen.findByRole('listitem', { name: 'Ada Lovelace' });
    await user.click(within(ada).getByRole('button', { name: 'Copy Markdown' }));
    await waitFor(() => expect(within(ada).getByText('Copied')).toBeInTheDocument());
    expect(await navigator.clipboard.readText()).toContain('Knew REST');
    await user.click(within(ada).getByRole('button', { name: 'Export Markdown' }));
    await waitFor(() => expect(downloads.files.map((f) => f.name)).toEqual(['2025-01-31 Ada Lovelace - Backend Engineer.md']));
  });

  it('exports the selected interviews as one .zip of .md files', async () => {
    await fill();
    const user = userEvent.setup();
    const downloads = captureDownloads();
    renderHistory();
    const zipButton = await screen.findByRole('button', { name: 'Export selected as .zip' });
    expect(zipButton).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /^Select Ada Lovelace/ }));
    await user.click(zipButton);
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    expect(downloads.files[0]?.name).toMatch(/^interviews \d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(await blobBytes(downloads.files[0]!.blob));
    expect(Object.keys(files)).toEqual(['2025-01-31 Ada Lovelace - Backend Engineer.md']);
    expect(strFromU8(files['2025-01-31 Ada Lovelace - Backend Engineer.md']!)).toContain('Knew REST');
    expect(screen.getByText(/^Saved 1 interview in interviews/)).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Select all' }));
    expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(3);
  });
});
