// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataClientContext } from '@/hooks/use-data-client';
import { createInProcessClient } from '@/lib/client/in-process-client';
import { openInterviewDatabase, type InterviewDatabase } from '@/lib/db/database';
import { DashboardApp } from './dashboard-app';

let db: InterviewDatabase;
beforeEach(() => {
  db = openInterviewDatabase(`test-${crypto.randomUUID()}`);
  window.location.hash = '';
});
afterEach(() => db.delete());

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
});
