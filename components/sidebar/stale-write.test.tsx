// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DataClient } from '@/lib/client/data-client';
import type { InterviewDatabase } from '@/lib/db/database';
import { installBundledKits } from '@/lib/kits/bundled-kits';
import { freshSidebarState, renderSidebar } from './render-sidebar.test-support';

let db: InterviewDatabase;
beforeEach(async () => {
  db = freshSidebarState();
  await installBundledKits(db);
});
afterEach(() => db.delete());

/** Another window's newer text lands just before each of this window's writes, so this one's is stale. */
function anotherWindowWritesFirst(client: DataClient): DataClient {
  const interviews = new Proxy(client.interviews, {
    get(target, name, receiver) {
      if (name !== 'saveNote') return Reflect.get(target, name, receiver);
      return async (input: Parameters<DataClient['interviews']['saveNote']>[0]) => {
        await target.saveNote({ ...input, text: 'Typed in the other window', revision: input.revision! + 1e12 });
        return target.saveNote(input);
      };
    },
  });
  const wrapped: DataClient = Object.create(client);
  return Object.defineProperty(wrapped, 'interviews', { value: interviews });
}

describe('a write the background dropped as stale', () => {
  it('shows the stored text and says newer text came from another window, never "saved" for text not stored', async () => {
    const user = userEvent.setup();
    renderSidebar(db, { wrap: anotherWindowWritesFirst });
    const box = await screen.findByRole('textbox', { name: 'Notes for question 1' });
    await waitFor(() => expect(box).toBeEnabled());
    await user.type(box, 'x');
    await waitFor(() => expect(box).toHaveValue('Typed in the other window'));
    expect(screen.getByText('Newer text from another window')).toBeInTheDocument();
    const stored = await db.notes.toArray();
    expect(stored.map((n) => n.text)).toEqual(['Typed in the other window']);
  });
});
