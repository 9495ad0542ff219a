// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InterviewDatabase } from '@/lib/db/database';
import { freshSidebarState, renderSidebar } from './render-sidebar.test-support';

let db: InterviewDatabase;
beforeEach(() => {
  db = freshSidebarState();
});
afterEach(() => db.delete());

const ready = async () => {
  await screen.findByRole('heading', { level: 1 });
  await waitFor(() => expect(screen.getByRole('textbox', { name: /^Notes for question/ })).toBeEnabled());
};
const storedNotes = () => db.notes.toArray();
const storedSession = async () => (await db.sessions.toCollection().first())!;

describe('scorecard controls', () => {
  it('rates with the Rating radios, clears, and marks the question asked', async () => {
    const user = userEvent.setup();
    renderSidebar(db);
    await ready();
    const group = screen.getByRole('radiogroup', { name: 'Rating' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['strong-no', 'no', 'yes', 'strong-yes']);
    await user.click(within(group).getByRole('radio', { name: 'Yes' }));
    // The call's first action: the interview is created, then the sidebar follows it (slower on a loaded machine).
    await waitFor(() => expect(within(group).getByRole('radio', { name: 'Yes' })).toBeChecked(), { timeout: 5_000 });
    expect(screen.getByText('Asked')).toBeInTheDocument();
    expect((await storedNotes())[0]?.rating).toBe('yes');
    await user.click(screen.getByRole('button', { name: 'Clear rating' }));
    await waitFor(() => expect(within(group).getByRole('radio', { name: 'Yes' })).not.toBeChecked());
  });

  it('rates with keys 1–4 outside text fields, and not while typing a note', async () => {
    const user = userEvent.setup();
    renderSidebar(db);
    await ready();
    await user.keyboard('4');
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Strong yes' })).toBeChecked());
    await user.type(screen.getByRole('textbox', { name: 'Notes for question 1' }), '2');
    await user.keyboard('{Escape}1');
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Strong no' })).toBeChecked());
    await waitFor(async () => expect((await storedNotes())[0]).toMatchObject({ text: '2', rating: 'strong-no' }));
  });

  it('moves with N and P, skips with S', async () => {
    const user = userEvent.setup();
    renderSidebar(db);
    await ready();
    await user.keyboard('n');
    expect(await screen.findByText('Question 2 of 8')).toBeInTheDocument();
    await user.keyboard('s');
    expect(await screen.findByText('Skipped')).toBeInTheDocument();
    await user.keyboard('p');
    expect(await screen.findByText('Question 1 of 8')).toBeInTheDocument();
  });

  it('ticks a red flag by its text, records when, and takes a note; adds one the kit lacks', async () => {
    const user = userEvent.setup();
    renderSidebar(db);
    await ready();
    const flags = screen.getByRole('list', { name: 'Red flags' });
    const first = within(flags).getAllByRole('checkbox')[0]!;
    const name = first.closest('label')!.textContent!;
    await user.click(screen.getByRole('checkbox', { name }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name })).toBeChecked());
    expect(screen.getByText(/^Seen at \d\d:\d\d$/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: `Note on red flag: ${name}` }), 'twice');
    await user.type(screen.getByRole('textbox', { name: 'New red flag' }), 'Blamed the last team{Enter}');
    expect(await screen.findByRole('checkbox', { name: 'Blamed the last team' })).toBeChecked();
    await waitFor(async () =>
      expect((await storedSession()).redFlagsSeen.map((f) => [f.text, f.note])).toEqual([
        [name, 'twice'],
        ['Blamed the last team', ''],
      ]),
    );
  });

  it('keeps the candidate name as it is typed', async () => {
    const user = userEvent.setup();
    renderSidebar(db);
    await ready();
    await user.type(screen.getByRole('textbox', { name: 'Candidate name' }), 'Ada Lovelace');
    await waitFor(async () => expect((await storedSession()).candidateName).toBe('Ada Lovelace'));
  });

  it('waits for the interview: Start starts the timer, Pause pauses it', async () => {
    const user = userEvent.setup();
    renderSidebar(db);
    await ready();
    expect(screen.getByRole('timer')).toHaveTextContent('Not started');
    // Opening the call wrote nothing; Start is the first action and creates the interview.
    expect(await db.sessions.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Start interview' }));
    await waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent(/^\d\d:\d\d$/));
    expect(screen.getByText('On pace')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pause clock' }));
    expect(await screen.findByRole('button', { name: 'Resume clock' })).toBeInTheDocument();
    expect((await storedSession()).clock).toMatchObject({ state: 'paused', runningSince: null });
  });

  it('the first word of a note starts the clock; End interview in the wrap-up stops it for good', async () => {
    const user = userEvent.setup();
    renderSidebar(db);
    await ready();
    await user.type(screen.getByRole('textbox', { name: 'Notes for question 1' }), 'H');
    await waitFor(async () => expect((await storedSession()).clock.state).toBe('running'));
    await user.click(screen.getByRole('button', { name: 'Wrap up' }));
    await user.click(await screen.findByRole('button', { name: 'End interview' }));
    expect(await screen.findByText(/Interview ended at \d\d:\d\d/)).toBeInTheDocument();
    expect((await storedSession()).clock.state).toBe('ended');
    await user.click(screen.getByRole('button', { name: 'Resume the interview' }));
    await waitFor(async () => expect((await storedSession()).clock.state).toBe('running'));
  });

  it('keys 1 to 4 set the recommendation in the wrap-up, 0 clears it', async () => {
    const user = userEvent.setup();
    renderSidebar(db);
    await ready();
    await user.click(screen.getByRole('button', { name: 'Wrap up' }));
    await screen.findByRole('heading', { name: 'Wrap-up' });
    await user.keyboard('4');
    await waitFor(async () => expect((await storedSession()).recommendation).toBe('strong-yes'));
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Strong yes' })).toBeChecked());
    await user.keyboard('0');
    await waitFor(async () => expect((await storedSession()).recommendation).toBeNull());
  });

  it('inserts the elapsed time at the cursor with Alt+T', async () => {
    renderSidebar(db);
    await ready();
    const notes = screen.getByRole('textbox', { name: 'Notes for question 1' }) as HTMLTextAreaElement;
    fireEvent.change(notes, { target: { value: 'said' } });
    notes.setSelectionRange(4, 4);
    fireEvent.keyDown(notes, { key: 't', code: 'KeyT', altKey: true });
    await waitFor(() => expect(notes.value).toMatch(/^said \[\d\d:\d\d\] $/));
  });

  it('wraps up: recommendation, summary and what is still missing', async () => {
    const user = userEvent.setup();
    renderSidebar(db);
    await ready();
    await user.keyboard('3');
    await user.click(screen.getByRole('button', { name: 'Wrap up' }));
    expect(await screen.findByRole('heading', { name: 'Wrap-up' })).toHaveFocus();
    const missing = screen.getByRole('list', { name: 'Still missing' });
    expect(within(missing).getByText('Recommendation')).toBeInTheDocument();
    expect(within(missing).getByText('Candidate name')).toBeInTheDocument();
    await user.click(within(screen.getByRole('radiogroup', { name: 'Recommendation' })).getByRole('radio', { name: 'Strong yes' }));
    await user.type(screen.getByRole('textbox', { name: 'Summary' }), 'Crisp on REST.');
    await waitFor(() => expect(within(missing).queryByText('Recommendation')).toBeNull());
    await waitFor(async () => expect(await storedSession()).toMatchObject({ recommendation: 'strong-yes', summary: 'Crisp on REST.' }));
    await user.click(screen.getByRole('button', { name: '← Back to questions' }));
    expect(await screen.findByText('Question 1 of 8')).toBeInTheDocument();
  });

  it('suggests the wrap-up on the last question', async () => {
    const user = userEvent.setup();
    renderSidebar(db);
    await ready();
    for (let i = 2; i <= 8; i++) {
      await user.keyboard('n');
      await screen.findByText(`Question ${i} of 8`);
    }
    await user.click(screen.getByRole('button', { name: 'Open the wrap-up' }));
    expect(await screen.findByRole('heading', { name: 'Wrap-up' })).toBeInTheDocument();
  });
});
