// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataClientContext } from '@/hooks/use-data-client';
import { createInProcessClient } from '@/lib/client/in-process-client';
import { openInterviewDatabase, type InterviewDatabase } from '@/lib/db/database';
import { BACKEND_ENGINEER_KIT_ID } from '@/lib/kits/bundled/backend-engineer';
import { installBundledKits } from '@/lib/kits/bundled-kits';
import { initialDashboardState, useDashboardStore } from '@/lib/stores/dashboard-store';
import { KitLibrary } from './kit-library';
import { readFileText } from '@/lib/export/read-file-text';

let db: InterviewDatabase;
beforeEach(async () => {
  db = openInterviewDatabase(`test-${crypto.randomUUID()}`);
  await installBundledKits(db);
  useDashboardStore.setState(initialDashboardState);
});
afterEach(() => db.delete());

function renderDashboard() {
  const user = userEvent.setup();
  render(
    <DataClientContext.Provider value={createInProcessClient(db, null)}>
      <KitLibrary />
    </DataClientContext.Provider>,
  );
  return user;
}

const kitItem = (title: string) => screen.findByRole('listitem', { name: title });
const question = (n: number) => screen.getByRole('group', { name: `Question ${n}` });
const userKits = () => db.kits.filter((k) => k.origin === 'user').toArray();

describe('kit library', () => {
  it('lists kits, searches them, and says when nothing matches', async () => {
    const user = renderDashboard();
    expect(await kitItem('Backend Engineer')).toHaveTextContent('8 questions · bundled');
    await user.type(screen.getByRole('searchbox', { name: 'Search kits' }), 'sql injection');
    expect(await kitItem('Backend Engineer')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search kits' }), ' zebra');
    expect(await screen.findByText('No kit matches this search.')).toBeInTheDocument();
  });

  it('duplicates the bundled kit, which is read-only, and edits the copy', async () => {
    const user = renderDashboard();
    await user.click(within(await kitItem('Backend Engineer')).getByRole('button', { name: /Backend Engineer/ }));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Save kit' })).toBeNull();
    await user.click(within(await kitItem('Backend Engineer')).getByRole('button', { name: 'Duplicate' }));
    // The copy opens in a new form, replacing the read-only one.
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Backend Engineer (copy)'));
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'My backend kit');
    await user.click(screen.getByRole('button', { name: 'Save kit' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect((await userKits()).map((k) => k.title)).toEqual(['My backend kit']);
    expect((await db.kits.get(BACKEND_ENGINEER_KIT_ID))?.title).toBe('Backend Engineer');
  });
});

describe('kit editor', () => {
  it('creates a kit with questions, reorders them, and saves red flags one per line', async () => {
    const user = renderDashboard();
    await user.click(screen.getByRole('button', { name: 'New kit' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Data engineer');
    await user.type(screen.getByRole('textbox', { name: 'Role' }), 'Data engineer');
    await user.type(screen.getByRole('textbox', { name: 'Question 1' }), 'How do you backfill a table?');
    await user.type(within(question(1)).getByRole('textbox', { name: 'Guidance' }), 'Idempotent batches.');
    await user.type(within(question(1)).getByRole('textbox', { name: 'Sample answer' }), 'In date partitions.');
    await user.type(within(question(1)).getByRole('textbox', { name: 'Minutes' }), '7');
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    await user.type(screen.getByRole('textbox', { name: 'Question 2' }), '<b>Why</b> # streaming?');
    await user.click(screen.getByRole('button', { name: 'Move question 2 up' }));
    expect(screen.getByRole('textbox', { name: 'Question 1' })).toHaveValue('<b>Why</b> # streaming?');
    await user.type(screen.getByRole('textbox', { name: 'Red flags' }), 'No tests{enter}{enter}Blames upstream');
    await user.type(screen.getByRole('textbox', { name: 'What a good candidate looks like' }), 'Careful.');
    await user.click(screen.getByRole('button', { name: 'Save kit' }));

    await waitFor(async () => expect(await userKits()).toHaveLength(1));
    const [kit] = await userKits();
    expect(kit).toMatchObject({
      title: 'Data engineer',
      questions: [
        { text: '<b>Why</b> # streaming?' },
        { text: 'How do you backfill a table?', guidance: 'Idempotent batches.', sampleAnswer: 'In date partitions.', minutes: 7 },
      ],
      redFlags: ['No tests', 'Blames upstream'],
      goodCandidate: 'Careful.',
    });
    expect(await kitItem('Data engineer')).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
  });

  it('names the field that is wrong and saves nothing', async () => {
    const user = renderDashboard();
    await user.click(screen.getByRole('button', { name: 'New kit' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Half done');
    await user.type(screen.getByRole('textbox', { name: 'Question 1' }), 'First?');
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    await user.type(within(question(2)).getByRole('textbox', { name: 'Minutes' }), 'soon');
    await user.click(screen.getByRole('button', { name: 'Save kit' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Question 2: required');
    await user.type(screen.getByRole('textbox', { name: 'Question 2' }), 'Second?');
    await user.click(screen.getByRole('button', { name: 'Save kit' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Question 2 – Minutes: must be a number');
    expect(await userKits()).toHaveLength(0);
  });

  it('deletes a kit and brings it back with Undo', async () => {
    const user = renderDashboard();
    await db.kits.add({
      id: 'user:k1',
      origin: 'user',
      title: 'Temp kit',
      questions: [{ id: 'a', text: 'A?' }],
      redFlags: [],
      createdAt: 1,
      updatedAt: 1,
    });
    await user.click(within(await kitItem('Temp kit')).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await db.kits.get('user:k1')).toBeUndefined());
    expect(await screen.findByText('Deleted “Temp kit”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await kitItem('Temp kit')).toBeInTheDocument();
    expect(await db.kits.get('user:k1')).toMatchObject({ title: 'Temp kit', createdAt: 1 });
  });

  it('exports a kit as a JSON download that imports back', async () => {
    const created: Blob[] = [];
    // jsdom has no object URLs: record the Blob instead.
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:kit';
    };
    URL.revokeObjectURL = () => {};
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('backend-engineer.json');
    });
    const user = renderDashboard();
    await user.click(within(await kitItem('Backend Engineer')).getByRole('button', { name: 'Export JSON' }));
    expect(click).toHaveBeenCalledOnce();
    expect(JSON.parse(await readFileText(created[0]!))).toMatchObject({ title: 'Backend Engineer', questions: expect.any(Array) });
    click.mockRestore();
  });
});

describe('import panel', () => {
  const fixture = (name: string) => readFileSync(resolve(__dirname, '../../lib/kits/fixtures', name), 'utf8');

  it('previews pasted page text with what was not found, and saves only on Save kit', async () => {
    const user = renderDashboard();
    await user.click(screen.getByRole('button', { name: 'Import kit' }));
    const paste = screen.getByRole('textbox', { name: 'Paste a kit' });
    await user.click(paste);
    await user.paste(fixture('page-question-blocks.txt'));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(within(preview).getByRole('heading', { name: 'Data Analyst' })).toBeInTheDocument();
    expect(within(preview).getByText('Explain a left join to someone outside the data team.')).toBeInTheDocument();
    expect(within(preview).getByRole('note', { name: 'Not found' })).toHaveTextContent('Sample answer for questions 1, 3');
    expect(await userKits()).toHaveLength(0);
    await user.click(within(preview).getByRole('button', { name: 'Save kit' }));
    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue('Data Analyst');
    expect((await userKits()).map((k) => k.questions.length)).toEqual([3]);
  });

  it('shows what is wrong and where, saving nothing', async () => {
    const user = renderDashboard();
    await user.click(screen.getByRole('button', { name: 'Import kit' }));
    await user.click(screen.getByRole('textbox', { name: 'Paste a kit' }));
    await user.paste(fixture('not-json.json'));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not valid JSON: line 3, column 3.*Nothing was saved/);
    expect(screen.queryByRole('region', { name: 'Import preview' })).toBeNull();
    expect(await userKits()).toHaveLength(0);
  });

  it('reads a file from the picker and shows imported markup as text', async () => {
    const user = renderDashboard();
    await user.click(screen.getByRole('button', { name: 'Import kit' }));
    const json = JSON.stringify({ title: '<img src=x onerror=alert(1)>', questions: [{ text: '<script>alert(1)</script>?' }] });
    await user.upload(screen.getByLabelText('Choose a file'), new File([json], 'evil.json', { type: 'application/json' }));
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(within(preview).getByRole('heading', { level: 2 })).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(within(preview).getByText('<script>alert(1)</script>?')).toBeInTheDocument();
    expect(document.querySelector('img, script')).toBeNull();
  });
});
