// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InterviewDatabase } from '@/lib/db/database';
import { BACKEND_ENGINEER_KIT_ID } from '@/lib/kits/bundled/backend-engineer';
import { installBundledKits } from '@/lib/kits/bundled-kits';
import { freshSidebarState, renderSidebar as renderWith } from './render-sidebar.test-support';
import { PLATFORM_LIST } from '@/lib/platforms';

let db: InterviewDatabase;
beforeEach(() => {
  db = freshSidebarState();
});
afterEach(() => db.delete());

const renderSidebar = (meeting?: null) => renderWith(db, meeting === null ? { meeting: null } : {});

const heading = () => screen.findByRole('heading', { level: 1 });

describe('SidebarApp', () => {
  it('shows the kit, the first question, its sample answer, red flags and the folded profile', async () => {
    renderSidebar();
    expect(await heading()).toHaveTextContent('What does REST stand for?');
    expect(screen.getByText('Backend Engineer', { selector: '.kit-title' })).toBeInTheDocument();
    expect(screen.getByText('Question 1 of 8')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Sample answer' })).toHaveTextContent(/Representational State Transfer/);
    const flags = within(screen.getByRole('list', { name: 'Red flags' })).getAllByRole('listitem');
    expect(flags.length).toBeGreaterThanOrEqual(3);
    const profile = screen.getByText('What a good candidate looks like').closest('details');
    expect(profile).not.toHaveAttribute('open');
  });

  it('moves between questions and keeps the position in the interview record', async () => {
    const user = userEvent.setup();
    renderSidebar();
    await heading();
    expect(screen.getByRole('button', { name: 'Previous question' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    expect(await screen.findByText('Question 2 of 8')).toBeInTheDocument();
    expect(await heading()).toHaveTextContent('What do you understand by NoSQL databases?');
    await user.click(screen.getByRole('button', { name: 'Previous question' }));
    expect(await screen.findByText('Question 1 of 8')).toBeInTheDocument();
    const session = await db.sessions.where('meetingKey').equals('meet:abc-defg-hij').first();
    expect(session?.currentQuestionIndex).toBe(0);
  });

  it('writes nothing for a call where nothing was done; the first keystroke creates the interview with every letter', async () => {
    const user = userEvent.setup();
    renderSidebar();
    expect(await heading()).toHaveTextContent('What does REST stand for?');
    const notes = screen.getByRole('textbox', { name: 'Notes for question 1' });
    expect(notes).toBeEnabled();
    expect(screen.getByRole('timer')).toHaveTextContent('Not started');
    expect(await db.sessions.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);

    await user.type(notes, 'Representational');
    await waitFor(async () => expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['Representational']));
    const sessions = await db.sessions.toArray();
    expect(sessions.map((s) => [s.meetingKey, s.clock.state])).toEqual([['meet:abc-defg-hij', 'running']]);
    expect(notes).toHaveValue('Representational');
    // The surface now follows the interview it created: a change from elsewhere shows here.
    await db.notes.update(`${sessions[0]!.id}/${sessions[0]!.kit.questions[0]!.id}`, { text: 'Changed elsewhere' });
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Notes for question 1' })).toHaveValue('Changed elsewhere'));
  });

  it('disables Next on the last question', async () => {
    const user = userEvent.setup();
    renderSidebar();
    await heading();
    for (let i = 2; i <= 8; i++) {
      await user.click(screen.getByRole('button', { name: 'Next question' }));
      await screen.findByText(`Question ${i} of 8`);
    }
    expect(screen.getByRole('button', { name: 'Next question' })).toBeDisabled();
  });

  it('saves the note as it is typed, per question, and shows it again when coming back', async () => {
    const user = userEvent.setup();
    renderSidebar();
    await heading();
    const notes = await screen.findByRole('textbox', { name: /^Notes for question 1/ });
    await waitFor(() => expect(notes).toBeEnabled());
    await user.type(notes, 'Knew the acronym; weak on statelessness');
    await waitFor(async () => {
      const stored = await db.notes.toArray();
      expect(stored.map((n) => n.text)).toEqual(['Knew the acronym; weak on statelessness']);
    });
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    expect(await screen.findByRole('textbox', { name: 'Notes for question 2' })).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Previous question' }));
    expect(await screen.findByRole('textbox', { name: 'Notes for question 1' })).toHaveValue('Knew the acronym; weak on statelessness');
  });

  it('resumes a reopened meeting on its question, with its notes', async () => {
    const user = userEvent.setup();
    const first = renderSidebar();
    await heading();
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    const notes = await screen.findByRole('textbox', { name: 'Notes for question 2' });
    await waitFor(() => expect(notes).toBeEnabled());
    await user.type(notes, 'Documents vs tables');
    await waitFor(async () => expect((await db.notes.toArray()).map((n) => n.text)).toContain('Documents vs tables'));
    first.unmount();

    renderSidebar();
    expect(await screen.findByText('Question 2 of 8')).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Notes for question 2' })).toHaveValue('Documents vs tables');
  });

  it('renders kit text as text, never as HTML', async () => {
    await installBundledKits(db);
    const kit = await db.kits.get(BACKEND_ENGINEER_KIT_ID);
    const [q1, ...rest] = kit!.questions;
    await db.kits.update(BACKEND_ENGINEER_KIT_ID, {
      questions: [{ ...q1!, text: '<img src=x onerror=alert(1)>Injected?' }, ...rest],
    });
    renderSidebar();
    expect(await heading()).toHaveTextContent('<img src=x onerror=alert(1)>Injected?');
    expect(document.querySelector('img')).toBeNull();
  });

  it('says so when the tab is not in a meeting', async () => {
    renderSidebar(null);
    expect(await screen.findByText(`Join a ${PLATFORM_LIST} call to see its interview here.`)).toBeInTheDocument();
  });

  it('keeps the typed text and says why when a note cannot be saved', async () => {
    const user = userEvent.setup();
    // The client's namespaces are proxies (lib/messaging/request-proxy.ts): override one method by prototype.
    // The first keystroke goes as the call's first action, later ones as saveNote: both fail here.
    const full = () => Promise.reject(new Error('Storage is full'));
    renderWith(db, {
      wrap: (client) =>
        Object.assign(Object.create(client), {
          interviews: Object.assign(Object.create(client.interviews), { saveNote: full }),
          firstAction: full,
        }),
    });
    const notes = await screen.findByRole('textbox', { name: 'Notes for question 1' });
    await waitFor(() => expect(notes).toBeEnabled());
    await user.type(notes, 'evidence');
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved: Storage is full');
    expect(notes).toHaveValue('evidence');
    expect(await db.notes.count()).toBe(0);
  });
});
