// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataClientContext } from '@/hooks/use-data-client';
import { createInProcessClient } from '@/lib/client/in-process-client';
import { openInterviewDatabase, type InterviewDatabase } from '@/lib/db/database';
import { sampleSession } from '@/lib/export/export-fixtures.test-support';
import { DashboardApp } from './dashboard-app';

let db: InterviewDatabase;
beforeEach(() => {
  db = openInterviewDatabase(`test-${crypto.randomUUID()}`);
  window.location.hash = '';
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('DashboardApp', () => {
  it('opens on the kit library and moves between sections by their links', async () => {
    const user = userEvent.setup();
    render(
      <DataClientContext.Provider value={createInProcessClient(db, null)}>
        <DashboardApp />
      </DataClientContext.Provider>,
    );
    expect(screen.getByRole('heading', { name: 'Kit library' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kit library' })).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('link', { name: 'Backup and restore' }));
    expect(await screen.findByRole('button', { name: 'Download backup' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Interviews' }));
    expect(await screen.findByRole('link', { name: 'Interviews' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('heading', { name: 'Kit library' })).toBeNull();
  });

  it('shows a section that fails to render as an error, and the other sections keep working', async () => {
    // Written past restore's checks (an older version, or another tool): no Date holds this start.
    await db.sessions.add(sampleSession({ startedAt: 1e16 }));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    window.location.hash = '#interviews';
    const user = userEvent.setup();
    render(
      <DataClientContext.Provider value={createInProcessClient(db, null)}>
        <DashboardApp />
      </DataClientContext.Provider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/Could not show the interviews: .+/);
    await user.click(screen.getByRole('link', { name: 'Backup and restore' }));
    expect(await screen.findByRole('button', { name: 'Download backup' })).toBeEnabled();
    expect(screen.queryByText(/Could not show/)).toBeNull();
  });
});
