// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InterviewDatabase } from '@/lib/db/database';
import { freshSidebarState, renderSidebar } from './render-sidebar.test-support';

let db: InterviewDatabase;
beforeEach(async () => {
  db = freshSidebarState();
  await db.kits.add({
    id: 'user-sre',
    origin: 'user',
    title: 'Site Reliability',
    questions: [{ id: 'slo', text: 'How would you choose an SLO for a login service?' }],
    redFlags: [],
    createdAt: 1,
    updatedAt: 1,
  });
});
afterEach(() => db.delete());

describe('kit picker', () => {
  it('switches the interview to another kit until the first rating, then shows the kit fixed', async () => {
    const user = userEvent.setup();
    renderSidebar(db);
    // The picker loads after the first screen (a code-split chunk, then the kits): give it time on a loaded machine.
    const picker = await screen.findByRole('combobox', { name: 'Interview kit' }, { timeout: 5_000 });
    await user.selectOptions(picker, 'Site Reliability');
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How would you choose an SLO for a login service?'),
    );
    expect(screen.getByText('Question 1 of 1')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await waitFor(() => expect(screen.queryByRole('combobox', { name: 'Interview kit' })).toBeNull());
    expect(screen.getByText('Site Reliability', { selector: '.kit-title' })).toBeInTheDocument();
  });
});
