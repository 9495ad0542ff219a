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
import { interviewMarkdown } from '@/lib/export/interview-markdown';
import { initialHistoryState, useHistoryStore } from '@/lib/stores/history-store';
import { InterviewHistory } from './interview-history';

let db: InterviewDatabase;
beforeEach(() => {
  useHistoryStore.setState(initialHistoryState);
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
    sampleSession({ id: 'new', meetingKey: 'zoom:b', platform: 'zoom', candidateName: '', recommendation: null, startedAt: T0 + DAY }),
  ]);
  await db.notes.add(sampleNote('old', 'q1', { text: 'Knew REST and the outbox pattern', rating: 'yes' }));
}

const renderHistory = () =>
  render(
    <DataClientContext.Provider value={createInProcessClient(db, null)}>
      <InterviewHistory />
    </DataClientContext.Provider>,
  );
const names = () => screen.getAllByRole('listitem').map((r) => r.querySelector('strong')?.textContent);

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

  it('lists interviews newest first as rows: name, role, date, recommendation, a checkbox each', async () => {
    await fill();
    renderHistory();
    await screen.findAllByRole('listitem');
    expect(names()).toEqual(['Unnamed candidate', 'Ada Lovelace']);
    const ada = screen.getByRole('listitem', { name: 'Ada Lovelace' });
    expect(ada).toHaveTextContent('Backend Engineer');
    expect(ada).toHaveTextContent('Recommendation: Yes');
    expect(within(ada).getByRole('checkbox', { name: /^Select Ada Lovelace/ })).not.toBeChecked();
    expect(screen.getByRole('listitem', { name: 'Unnamed candidate' })).toHaveTextContent('Recommendation: No decision');
    expect(screen.getByText('2 interviews')).toHaveAttribute('role', 'status');
  });

  it('searches as you type, marks the matching words and shows where they matched', async () => {
    await fill();
    const user = userEvent.setup();
    renderHistory();
    await screen.findAllByRole('listitem');
    await user.type(screen.getByRole('searchbox', { name: 'Search interviews' }), 'outbo');
    await waitFor(() => expect(names()).toEqual(['Ada Lovelace']));
    const ada = screen.getByRole('listitem', { name: 'Ada Lovelace' });
    expect(ada).toHaveTextContent('Notes: Knew REST and the outbox pattern');
    expect(within(ada).getByText('outbox', { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getByText('1 of 2 interviews')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search interviews' }), ' kubernetes');
    expect(await screen.findByText(/No interview matches/)).toBeInTheDocument();
  });

  it('filters by platform and recommendation', async () => {
    await fill();
    const user = userEvent.setup();
    renderHistory();
    await screen.findAllByRole('listitem');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Platform' }), 'Zoom');
    await waitFor(() => expect(names()).toEqual(['Unnamed candidate']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Recommendation' }), 'Yes');
    expect(await screen.findByText(/No interview matches/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(names()).toHaveLength(2));
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

    await user.click(screen.getByRole('checkbox', { name: 'Select all 2' }));
    expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Compare' })).toBeEnabled();
  });

  it('deletes the selected interviews, and Undo brings them back with their notes', async () => {
    await fill();
    const user = userEvent.setup();
    renderHistory();
    await user.click(await screen.findByRole('checkbox', { name: /^Select Ada Lovelace/ }));
    await user.click(screen.getByRole('button', { name: 'Delete selected' }));
    await waitFor(() => expect(names()).toEqual(['Unnamed candidate']));
    expect(await db.notes.count()).toBe(0);
    expect(screen.getByText('Deleted “Ada Lovelace”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(names()).toEqual(['Unnamed candidate', 'Ada Lovelace']));
    expect((await db.notes.get('old/q1'))?.text).toBe('Knew REST and the outbox pattern');
  });

  it('reminds of scorecards still unfinished a day after the call', async () => {
    await fill();
    const user = userEvent.setup();
    renderHistory();
    // The unnamed interview has no name, no recommendation: unfinished, and long past.
    const unnamed = await screen.findByRole('listitem', { name: 'Unnamed candidate' });
    expect(unnamed).toHaveTextContent('Scorecard unfinished');
    expect(screen.getByRole('listitem', { name: 'Ada Lovelace' })).not.toHaveTextContent('Scorecard unfinished');
    await user.click(screen.getByRole('button', { name: 'Show them' }));
    await waitFor(() => expect(names()).toEqual(['Unnamed candidate']));
  });

  it('imports a colleague’s exported interview, and says which file was not one', async () => {
    const user = userEvent.setup();
    renderHistory();
    const input = await screen.findByLabelText('Import interviews…');
    const theirs = interviewMarkdown(sampleSession({ candidateName: 'Zoë Kim' }), [sampleNote('s1', 'q1', { rating: 'yes' })], T0);
    await user.upload(input, [new File([theirs], 'zoe.md', { type: 'text/markdown' })]);
    expect(await screen.findByRole('listitem', { name: 'Zoë Kim' })).toHaveTextContent('Recommendation: Yes');
    expect(screen.getByText('Imported 1 interview.')).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Import interviews…'), [new File(['just text'], 'notes.md')]);
    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing imported: notes.md: no front matter');
  });
});
