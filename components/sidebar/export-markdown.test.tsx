// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InterviewDatabase } from '@/lib/db/database';
import { freshSidebarState, renderSidebar } from './render-sidebar.test-support';
import { blobText, captureDownloads } from '@/components/export/capture-downloads.test-support';

let db: InterviewDatabase;
beforeEach(() => {
  db = freshSidebarState();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const openWrapUp = async (user: ReturnType<typeof userEvent.setup>) => {
  await screen.findByRole('heading', { level: 1 });
  const notes = screen.getByRole('textbox', { name: 'Notes for question 1' });
  await waitFor(() => expect(notes).toBeEnabled());
  await user.type(notes, '# not a heading');
  await waitFor(async () => expect((await db.notes.toArray())[0]?.text).toBe('# not a heading'));
  await user.click(screen.getByRole('button', { name: 'Wrap up' }));
  await screen.findByRole('heading', { name: 'Wrap-up' });
};

describe('Markdown export from the sidebar', () => {
  it('copies the interview as Markdown to the clipboard, without the front matter', async () => {
    const user = userEvent.setup();
    renderSidebar(db);
    await openWrapUp(user);
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    await waitFor(() => expect(screen.getByText('Copied')).toBeInTheDocument());
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^# Unnamed candidate — Backend Engineer\n\n\*\*Recommendation:\*\* No decision\n/);
    expect(copied).not.toMatch(/^---$|^candidate:/m);
    expect(copied).toContain('## Question 1: What does REST stand for?');
    expect(copied).toContain('\\# not a heading');
  });

  it('copies the interview as plain text, without markup', async () => {
    const user = userEvent.setup();
    renderSidebar(db);
    await openWrapUp(user);
    await user.click(screen.getByRole('button', { name: 'Copy as plain text' }));
    await waitFor(() => expect(screen.getByText('Copied as plain text')).toBeInTheDocument());
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^Unnamed candidate — Backend Engineer\n\nRecommendation: No decision\n/);
    expect(copied).toContain('\nQuestion 1: What does REST stand for?\n');
    expect(copied).toContain('\n# not a heading\n');
    expect(copied).not.toMatch(/\*\*|\\/);
  });

  it('downloads a .md file named after the day, the candidate and the role', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    renderSidebar(db);
    await openWrapUp(user);
    await user.click(screen.getByRole('button', { name: 'Export Markdown' }));
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    const [file] = downloads.files;
    expect(file?.name).toMatch(/^\d{4}-\d{2}-\d{2} Unnamed candidate - Backend Engineer\.md$/);
    expect(await blobText(file!.blob)).toContain('## Question 1: What does REST stand for?');
    expect(file?.blob.type).toBe('text/markdown;charset=utf-8');
    expect(screen.getByText(/^Saved .*\.md$/)).toBeInTheDocument();
  });

  it('says why when the clipboard refuses', async () => {
    const user = userEvent.setup();
    renderSidebar(db);
    await openWrapUp(user);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('Write permission denied.'));
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not copy: Write permission denied.');
  });
});
