// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataClientContext } from '@/hooks/use-data-client';
import { createInProcessClient } from '@/lib/client/in-process-client';
import { openInterviewDatabase, type InterviewDatabase } from '@/lib/db/database';
import { readPageForKit } from '@/lib/kits/page-reader';
import { initialDashboardState, useDashboardStore } from '@/lib/stores/dashboard-store';
import { ImportPanel } from './import-panel';

const readTabPage = vi.hoisted(() => vi.fn());
const fetchKitFromLink = vi.hoisted(() => vi.fn());
vi.mock('@/lib/kits/read-tab-page', () => ({ readTabPage }));
vi.mock('@/lib/kits/kit-link', () => ({ fetchKitFromLink }));

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../lib/kits/fixtures', name), 'utf8');
let db: InterviewDatabase;
beforeEach(() => {
  db = openInterviewDatabase(`test-${crypto.randomUUID()}`);
  useDashboardStore.setState(initialDashboardState);
  readTabPage.mockReset();
  fetchKitFromLink.mockReset();
});
afterEach(() => db.delete());

function renderPanel(page?: { tabId: number; readNow: boolean }) {
  const user = userEvent.setup();
  render(
    <DataClientContext.Provider value={createInProcessClient(db, null)}>
      <ImportPanel page={page} />
    </DataClientContext.Provider>,
  );
  return user;
}
const partRow = (text: string) => screen.getByText(text).closest('li')!;
const savedKits = () => db.kits.toArray();

describe('the labelled import preview', () => {
  it('marks each line with the part it was read as, and saves a line moved to another part', async () => {
    const user = renderPanel();
    await user.click(screen.getByRole('textbox', { name: 'Paste a kit' }));
    await user.paste(fixture('page-inline-labels.txt'));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(within(preview).getByText(/2 questions · 2 red flags/)).toBeInTheDocument();
    expect(
      within(partRow('Tell me about a time your analysis changed a decision.')).getByText('Question 1', { selector: '.part-tag' }),
    ).toBeInTheDocument();
    expect(
      within(partRow('A clear business question, the data used, and the outcome.')).getByText('Guidance', { selector: '.part-tag' }),
    ).toBeInTheDocument();
    expect(
      within(partRow('We found churn was driven by onboarding, not price...')).getByText('Sample answer', { selector: '.part-tag' }),
    ).toBeInTheDocument();
    expect(within(partRow('Blames the data for every problem.')).getByText('Red flag', { selector: '.part-tag' })).toBeInTheDocument();

    // The user disagrees: the second guidance is really a red flag.
    await user.selectOptions(
      within(preview).getByRole('combobox', { name: 'Part of the kit for “Reconciliation against the source...”' }),
      'Red flag',
    );
    expect(within(partRow('Reconciliation against the source...')).getByText('Red flag', { selector: '.part-tag' })).toBeInTheDocument();
    expect(within(preview).getByText(/2 questions · 3 red flags/)).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Save kit' }));
    await vi.waitFor(async () => expect(await savedKits()).toHaveLength(1));
    const [kit] = await savedKits();
    // In page order: the moved line came before the red flags section.
    expect(kit!.redFlags).toEqual([
      'Reconciliation against the source...',
      'Cannot explain their own SQL.',
      'Blames the data for every problem.',
    ]);
    expect(kit!.questions[1]!.guidance).toBeUndefined();
  });

  it('will not save a kit with no question left, and says why', async () => {
    const user = renderPanel();
    await user.click(screen.getByRole('textbox', { name: 'Paste a kit' }));
    await user.paste('Interview\n\n- What is a join?');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Part of the kit for “What is a join?”' }), 'Left out');
    expect(screen.getByRole('alert')).toHaveTextContent('A kit needs at least one question');
    expect(screen.getByRole('button', { name: 'Save kit' })).toBeDisabled();
  });
});

describe('importing the page the user came from, and a link', () => {
  it('reads the page at once when asked from the menu, and keeps its address on the kit', async () => {
    const page = new DOMParser().parseFromString(fixture('page-kit-blog.html'), 'text/html');
    readTabPage.mockResolvedValue({ ...readPageForKit(page), url: 'https://blog.example/cs-kit' });
    const user = renderPanel({ tabId: 12, readNow: true });
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(readTabPage).toHaveBeenCalledWith(12);
    expect(within(preview).getByText(/5 questions · 2 red flags · from blog\.example/)).toBeInTheDocument();
    expect(within(partRow('Can they explain their trade-offs?')).getByText('Profile', { selector: '.part-tag' })).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Save kit' }));
    await vi.waitFor(async () => expect((await savedKits())[0]?.sourceUrl).toBe('https://blog.example/cs-kit'));
  });

  it('offers the page without reading it until asked, and says clearly when it cannot be read', async () => {
    readTabPage.mockRejectedValue(new Error('The page could not be read (no access).'));
    const user = renderPanel({ tabId: 3, readNow: false });
    expect(readTabPage).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Import this page' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The page could not be read (no access).');
    expect(screen.queryByRole('region', { name: 'Import preview' })).toBeNull();
  });

  it('fetches a kit file from a link and previews it', async () => {
    fetchKitFromLink.mockResolvedValue({ text: fixture('kit.json'), fileName: 'kit.json', url: 'https://kits.example/kit.json' });
    const user = renderPanel();
    await user.type(screen.getByRole('textbox', { name: /link to a kit file/ }), 'https://kits.example/kit.json');
    await user.click(screen.getByRole('button', { name: 'Fetch' }));
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(fetchKitFromLink).toHaveBeenCalledWith('https://kits.example/kit.json');
    expect(within(preview).getByText(/Read as JSON/)).toBeInTheDocument();
  });
});
