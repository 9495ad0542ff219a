// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InterviewHistory } from '@/components/dashboard/history/interview-history';
import { DataClientContext } from '@/hooks/use-data-client';
import { createInProcessClient } from '@/lib/client/in-process-client';
import { openInterviewDatabase, type InterviewDatabase } from '@/lib/db/database';
import { sampleNote, sampleSession } from '@/lib/export/export-fixtures.test-support';
import { useDraftsStore } from '@/lib/stores/drafts-store';
import { initialHistoryState, useHistoryStore } from '@/lib/stores/history-store';

let db: InterviewDatabase;
beforeEach(async () => {
  useHistoryStore.setState(initialHistoryState);
  useDraftsStore.setState({ drafts: {}, status: {} });
  db = openInterviewDatabase(`past-${crypto.randomUUID()}`);
  // A clock left running: opening the interview later must not move it or its current question.
  await db.sessions.add(
    sampleSession({
      id: 'ada',
      candidateName: 'Ada Lovelace',
      currentQuestionIndex: 2,
      clock: { state: 'running', elapsedMs: 1000, runningSince: 5, questionSince: 5 },
    }),
  );
  await db.notes.add(sampleNote('ada', 'q1', { text: 'Knew REST', rating: 'yes' }));
});
afterEach(() => db.delete());

const open = async (user: ReturnType<typeof userEvent.setup>) => {
  render(
    <DataClientContext.Provider value={createInProcessClient(db, null)}>
      <InterviewHistory />
    </DataClientContext.Provider>,
  );
  await user.click(await screen.findByRole('button', { name: /^Open Ada Lovelace/ }));
  return screen.findByRole('heading', { level: 1, name: 'Ada Lovelace — Backend Engineer' });
};

describe('a past interview opened from the dashboard', () => {
  it('shows every question with its rating, and edits notes, ratings and the wrap-up in place', async () => {
    const user = userEvent.setup();
    await open(user);
    const questions = screen.getByRole('navigation', { name: 'Questions of this interview' });
    expect(
      within(questions)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['1. Question text 1?Yes', '2. Question text 2?not asked', '3. Question text 3?not asked']);
    expect(screen.getByRole('textbox', { name: 'Notes for question 1' })).toHaveValue('Knew REST');

    await user.click(within(questions).getByRole('button', { name: /^2\./ }));
    const notes = screen.getByRole('textbox', { name: 'Notes for question 2' });
    await waitFor(() => expect(notes).toBeEnabled());
    await user.type(notes, 'Later: talked about sharding');
    await user.click(within(screen.getByRole('radiogroup', { name: 'Rating' })).getByRole('radio', { name: 'Strong no' }));
    await waitFor(async () =>
      expect(await db.notes.get('ada/q2')).toMatchObject({ text: 'Later: talked about sharding', rating: 'strong-no' }),
    );
    await user.click(within(screen.getByRole('radiogroup', { name: 'Recommendation' })).getByRole('radio', { name: 'Strong yes' }));
    await waitFor(async () => expect((await db.sessions.get('ada'))?.recommendation).toBe('strong-yes'));

    const session = await db.sessions.get('ada');
    expect(session?.currentQuestionIndex).toBe(2);
    expect(session?.clock).toEqual({ state: 'running', elapsedMs: 1000, runningSince: 5, questionSince: 5 });
  });

  it('deletes the interview, back to the list, with Undo', async () => {
    const user = userEvent.setup();
    await open(user);
    await user.click(screen.getByRole('button', { name: 'Delete interview' }));
    expect(await screen.findByText('Deleted “Ada Lovelace”.')).toBeInTheDocument();
    expect(await screen.findByText(/No interviews yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('listitem', { name: 'Ada Lovelace' })).toBeInTheDocument();
  });
});
