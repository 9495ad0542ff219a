// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InterviewHistory } from '@/components/dashboard/history/interview-history';
import { DataClientContext } from '@/hooks/use-data-client';
import { createInProcessClient } from '@/lib/client/in-process-client';
import { openInterviewDatabase, type InterviewDatabase } from '@/lib/db/database';
import { sampleSession, T0 } from '@/lib/export/export-fixtures.test-support';
import { initialHistoryState, useHistoryStore } from '@/lib/stores/history-store';

let db: InterviewDatabase;
beforeEach(async () => {
  useHistoryStore.setState(initialHistoryState);
  db = openInterviewDatabase(`candidate-view-${crypto.randomUUID()}`);
  await db.sessions.bulkAdd([
    sampleSession({
      id: 'r1',
      meetingKey: 'meet:1',
      candidateName: 'Zoë Kim',
      recommendation: 'yes',
      summary: 'Round one.',
      startedAt: T0,
    }),
    sampleSession({
      id: 'r2',
      meetingKey: 'meet:2',
      candidateName: 'zoe kim',
      recommendation: 'no',
      summary: 'Round two.',
      startedAt: T0 + 86_400_000,
    }),
    sampleSession({ id: 'r3', meetingKey: 'meet:3', candidateName: 'Ada', startedAt: T0 + 1 }),
  ]);
});
afterEach(() => db.delete());

describe('candidates', () => {
  it('groups rounds by candidate; a candidate page lists every round, copies a combined write-up, and splits a round off', async () => {
    const user = userEvent.setup();
    render(
      <DataClientContext.Provider value={createInProcessClient(db, null)}>
        <InterviewHistory />
      </DataClientContext.Provider>,
    );
    await user.click(await screen.findByRole('checkbox', { name: 'Group by candidate' }));
    const zoe = await screen.findByRole('listitem', { name: 'zoe kim' });
    expect(zoe).toHaveTextContent('2 rounds');
    expect(zoe).toHaveTextContent('No · Yes');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);

    await user.click(within(zoe).getByRole('button', { name: 'Open candidate zoe kim' }));
    const rounds = await screen.findByRole('list', { name: 'Rounds' });
    expect(
      within(rounds)
        .getAllByRole('listitem')
        .map((r) => r.textContent),
    ).toEqual([expect.stringContaining('Recommendation: No'), expect.stringContaining('Recommendation: Yes')]);
    await user.click(screen.getByRole('button', { name: 'Copy combined write-up' }));
    await screen.findByText('Copied the combined write-up');
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^# Candidate: zoe kim\n/);
    expect(copied).toContain('Round one.');
    expect(copied).toContain('Round two.');

    await user.click(within(rounds).getAllByRole('button', { name: 'Not this candidate' })[0]!);
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Rounds' })).getAllByRole('listitem')).toHaveLength(1));
  });
});
