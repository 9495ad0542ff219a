// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataClientContext } from '@/hooks/use-data-client';
import { createInProcessClient } from '@/lib/client/in-process-client';
import { openInterviewDatabase, type InterviewDatabase } from '@/lib/db/database';
import { sampleSession, T0 } from '@/lib/export/export-fixtures.test-support';
import { RetentionSettings } from './retention-settings';

let db: InterviewDatabase;
beforeEach(async () => {
  db = openInterviewDatabase(`retention-ui-${crypto.randomUUID()}`);
  await db.sessions.add(sampleSession({ startedAt: T0 }));
});
afterEach(() => db.delete());

describe('RetentionSettings', () => {
  it('asks before a period deletes interviews, then says how many it deleted', async () => {
    const user = userEvent.setup();
    render(
      <DataClientContext.Provider value={createInProcessClient(db, null, () => T0 + 40 * 86_400_000)}>
        <RetentionSettings />
      </DataClientContext.Provider>,
    );
    const days = await screen.findByRole('spinbutton', { name: 'Delete interviews older than (days)' });
    await waitFor(() => expect(days).toBeEnabled());
    await user.type(days, '30');
    await user.click(screen.getByRole('button', { name: 'Save retention' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('1 interview is older than 30 days and will be deleted now, without Undo.');
    expect(await db.sessions.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Delete them and save' }));
    expect(await screen.findByText('Interviews are kept 30 days. Deleted 1 older interview.')).toBeInTheDocument();
    expect(await db.sessions.count()).toBe(0);
  });
});
