// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InterviewHistory } from '@/components/dashboard/history/interview-history';
import { blobText, captureDownloads } from '@/components/export/capture-downloads.test-support';
import { DataClientContext } from '@/hooks/use-data-client';
import { createInProcessClient } from '@/lib/client/in-process-client';
import { openInterviewDatabase, type InterviewDatabase } from '@/lib/db/database';
import { sampleNote, sampleSession, T0 } from '@/lib/export/export-fixtures.test-support';
import { initialHistoryState, useHistoryStore } from '@/lib/stores/history-store';

let db: InterviewDatabase;
beforeEach(async () => {
  useHistoryStore.setState(initialHistoryState);
  db = openInterviewDatabase(`compare-${crypto.randomUUID()}`);
  await db.sessions.bulkAdd([
    sampleSession({ id: 'ada', meetingKey: 'meet:a', candidateName: 'Ada Lovelace', recommendation: 'yes', startedAt: T0 }),
    sampleSession({ id: 'bob', meetingKey: 'meet:b', candidateName: '=Bob', recommendation: 'strong-yes', startedAt: T0 + 1 }),
  ]);
  await db.notes.bulkAdd([
    sampleNote('ada', 'q1', { text: 'Explained idempotency keys', rating: 'yes', spentMs: 120_000 }),
    sampleNote('ada', 'q2', { rating: 'no', spentMs: 60_000 }),
    sampleNote('bob', 'q1', { rating: 'strong-yes', spentMs: 30_000 }),
  ]);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const blobBytes = (blob: Blob) =>
  new Promise<Uint8Array>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });

async function openComparison(user: ReturnType<typeof userEvent.setup>) {
  render(
    <DataClientContext.Provider value={createInProcessClient(db, null)}>
      <InterviewHistory />
    </DataClientContext.Provider>,
  );
  const compare = await screen.findByRole('button', { name: 'Compare' });
  expect(compare).toBeDisabled();
  await user.click(screen.getByRole('checkbox', { name: /^Select Ada Lovelace/ }));
  expect(compare).toBeDisabled();
  await user.click(screen.getByRole('checkbox', { name: /^Select =Bob/ }));
  await user.click(compare);
  return screen.findByRole('table');
}

const columnHeaders = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .map((h) => h.firstChild?.textContent);
const rowOf = (table: HTMLElement, name: RegExp) => within(table).getByRole('row', { name });

describe('Compare', () => {
  it('shows a matrix: candidates as column headers, questions as row headers, ratings and times in cells', async () => {
    const user = userEvent.setup();
    const table = await openComparison(user);
    // In the order they were chosen.
    expect(columnHeaders(table)).toEqual(['Ada Lovelace', '=Bob']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.querySelector('.row-question')?.textContent ?? h.textContent),
    ).toEqual(['1. Question text 1?', '2. Question text 2?', '3. Question text 3?', 'Recommendation', 'Red flags seen', 'Total time']);
    const q1 = rowOf(table, /^1\. Question text 1\?/);
    expect(
      within(q1)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Yes02:00Note', 'Strong yes00:30']);
    expect(within(q1).getByRole('img', { name: 'Ratings: 1 Yes, 1 Strong yes' })).toBeInTheDocument();
    expect(q1).toHaveTextContent('Everyone passed: this question does not tell candidates apart');
    expect(
      within(rowOf(table, /^2\./))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['No01:00', 'Not asked']);
    expect(
      within(rowOf(table, /^Recommendation/))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Yes', 'Strong yes']);
  });

  it('opens a note in place, and sorts columns by the rating on a question', async () => {
    const user = userEvent.setup();
    const table = await openComparison(user);
    await user.click(within(table).getByRole('button', { name: 'Note: Ada Lovelace, question 1' }));
    expect(within(table).getByText('Explained idempotency keys')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort candidates by' }), 'recommendation');
    expect(columnHeaders(table)).toEqual(['=Bob', 'Ada Lovelace']);
    // Bob was not asked question 2: a rating, even a No, sorts before none.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort candidates by' }), 'question:q2');
    expect(columnHeaders(table)).toEqual(['Ada Lovelace', '=Bob']);
  });

  it('exports the comparison as Markdown and as CSV', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    await openComparison(user);
    await user.click(screen.getByRole('button', { name: 'Export comparison' }));
    // The Markdown writer loads on first use: the file comes a moment after the click.
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    expect(screen.getByText(/^Saved .*\.md$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloads.files).toHaveLength(2));
    const [md, csv] = downloads.files;
    expect(md?.name).toMatch(/^\d{4}-\d{2}-\d{2} debrief Backend Engineer\.md$/);
    expect(await blobText(md!.blob)).toMatch(/^\| Question text 1\? +\| Yes \(02:00\) +\| Strong yes \(00:30\) +\|$/m);
    expect(csv?.name).toMatch(/\.csv$/);
    expect(csv?.blob.type).toBe('text/csv;charset=utf-8');
    // The text decoder eats the byte order mark, so it is checked on the bytes.
    expect([...(await blobBytes(csv!.blob)).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await blobText(csv!.blob);
    expect(text.split('\r\n')[0]).toBe("Question,Ada Lovelace: rating,Ada Lovelace: minutes,'=Bob: rating,'=Bob: minutes");
    expect(screen.getByText(/^Saved .*\.csv$/)).toBeInTheDocument();
  });
});
