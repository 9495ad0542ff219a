/// <reference types="node" />
import { mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { KIT, openSidebar, type RatingLabel } from './support/sidebar';
import { ARTIFACTS_DIR, meetCode, meetUrl, README_SHOTS_DIR, setupSuite, zoomId, zoomUrl } from './support/suite';
import { waitForText, waitUntil } from './support/wait';

const suite = setupSuite();

/** Three interviews, each in its own meeting, with different ratings on question 1. */
const INTERVIEWS: { name: string; url: () => string; rating: RatingLabel; note: string; recommendation: RatingLabel }[] = [
  {
    name: 'Ada Lovelace',
    url: () => meetUrl(meetCode()),
    rating: 'Strong yes',
    note: 'Representational state transfer, with examples.',
    recommendation: 'Yes',
  },
  {
    name: 'Bea Núñez',
    url: () => zoomUrl(zoomId()),
    rating: 'No',
    note: 'Guessed; then talked about kubernetes operators.',
    recommendation: 'No',
  },
  { name: 'Cy Young', url: () => meetUrl(meetCode()), rating: 'Yes', note: 'Knew the acronym, no examples.', recommendation: 'Strong no' },
];

async function holdInterview({ name, url, rating, note, recommendation }: (typeof INTERVIEWS)[number]): Promise<void> {
  const view = await openSidebar(suite.browser, url());
  await view.waitForQuestion(1, KIT.questions[0]);
  await view.candidateName.pressSequentially(name);
  await view.choose(view.rating, rating);
  const notes = await view.notesReady(1);
  await notes.fill(note);
  await view.waitForChoice(view.rating, rating, `the rating of ${name}`);
  await view.openWrapUp();
  await view.choose(view.recommendation, recommendation);
  await view.waitForChoice(view.recommendation, recommendation, `the recommendation for ${name}`);
  await view.page.close();
}

async function openInterviews(): Promise<Page> {
  const page = await suite.browser.newPage();
  await page.goto(`chrome-extension://${suite.browser.extensionId}/dashboard.html#interviews`);
  await page.getByRole('heading', { name: 'Past interviews' }).waitFor({ timeout: 10_000 });
  return page;
}

const rowNames = (page: Page) =>
  page.getByRole('list', { name: 'Past interviews' }).getByRole('listitem').locator('strong').allTextContents();

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 10_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  expect(await file.failure(), `the ${button} download failed`).toBeNull();
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

describe('the debrief in the dashboard', () => {
  test('three interviews in three meetings: search finds a word of one note, Compare shows the matrix, both exports download', async () => {
    for (const interview of INTERVIEWS) await holdInterview(interview);
    const page = await openInterviews();
    await waitUntil('three rows', async () => (await rowNames(page)).length === 3, { describe: () => rowNames(page) });
    expect(await rowNames(page)).toEqual(['Cy Young', 'Bea Núñez', 'Ada Lovelace']);

    // Search: a word from Bea's note, typed as a prefix, finds her alone, the word marked.
    const search = page.getByRole('searchbox', { name: 'Search interviews' });
    await search.pressSequentially('kubern');
    await waitUntil('one row', async () => (await rowNames(page)).join() === 'Bea Núñez', { describe: () => rowNames(page) });
    const bea = page.getByRole('listitem', { name: 'Bea Núñez' });
    expect(await bea.locator('mark').first().textContent()).toBe('kubernetes');
    expect(await bea.textContent()).toContain('Notes: Guessed; then talked about kubernetes operators.');
    await search.fill('');
    await waitUntil('three rows again', async () => (await rowNames(page)).length === 3);

    // Compare: enabled from two chosen interviews.
    const compare = page.getByRole('button', { name: 'Compare' });
    expect(await compare.isDisabled()).toBe(true);
    for (const { name } of INTERVIEWS) await page.getByRole('checkbox', { name: new RegExp(`^Select ${name}`) }).check();
    await compare.click();
    const table = page.getByRole('table');
    await table.waitFor({ timeout: 10_000 });
    const headers = await table.getByRole('columnheader').evaluateAll((cells) => cells.map((c) => c.firstChild?.textContent));
    expect(headers).toEqual(INTERVIEWS.map((i) => i.name));
    const rowHeaders = await table.getByRole('rowheader').locator('.row-question').allTextContents();
    expect(rowHeaders.slice(0, 2)).toEqual(KIT.questions.map((q, i) => `${i + 1}. ${q}`));
    const q1 = table.getByRole('row', { name: new RegExp(`^1\\. ${KIT.questions[0]!.replace('?', '\\?')}`) });
    const ratings = await q1.getByRole('cell').locator('.rating-label').allTextContents();
    expect(ratings).toEqual(INTERVIEWS.map((i) => i.rating));
    expect(await table.getByRole('row', { name: /^2\./ }).getByRole('cell').allTextContents()).toEqual([
      'Not asked',
      'Not asked',
      'Not asked',
    ]);

    const md = await download(page, 'Export comparison');
    expect(md.name).toMatch(/^\d{4}-\d{2}-\d{2} debrief Backend Engineer\.md$/);
    const text = md.bytes.toString('utf8');
    expect(text).toMatch(/^# Debrief: Backend Engineer\n\n\| Question +\| Ada Lovelace +\| Bea Núñez +\| Cy Young +\|$/m);
    expect(text).toMatch(/^\| Recommendation +\| Yes +\| No +\| Strong no +\|$/m);
    expect(text).toContain('## Bea Núñez — Backend Engineer');

    const csv = await download(page, 'Export CSV');
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)], 'UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      'Question,Ada Lovelace: rating,Ada Lovelace: minutes,Bea Núñez: rating,Bea Núñez: minutes,Cy Young: rating,Cy Young: minutes',
    );
    expect(lines[1]).toMatch(new RegExp(`^${KIT.questions[0]!.replace('?', '\\?')},Strong yes,[\\d.]+,No,[\\d.]+,Yes,[\\d.]+$`));
    await waitForText(
      page.getByRole('status').filter({ hasText: /^Saved .*\.csv$/ }),
      csv.name ? `Saved ${csv.name}` : '',
      'the export status',
    );
  });

  test('screenshots of the list, a search, a past interview and the comparison, light and dark, 1280×720 and 1920×1080', async () => {
    const page = await openInterviews();
    await waitUntil('rows', async () => (await rowNames(page)).length === 3);
    const shots: string[] = [];
    const shoot = async (name: string, size: { width: number; height: number }, scheme: 'light' | 'dark') => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      // README pictures go to the ignored readme folder; npm run docs:screenshots copies them to docs/.
      const dir = size.width === 1280 ? README_SHOTS_DIR : ARTIFACTS_DIR;
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `debrief-${name}-${scheme}${size.width === 1280 ? '' : '-1920'}.png`);
      await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
      expect(readFileSync(path).readUInt32BE(16)).toBe(size.width);
      shots.push(path);
    };
    const every = async (name: string) => {
      for (const size of [
        { width: 1280, height: 720 },
        { width: 1920, height: 1080 },
      ])
        for (const scheme of ['light', 'dark'] as const) await shoot(name, size, scheme);
    };
    await every('list');
    await page.getByRole('searchbox', { name: 'Search interviews' }).fill('examples');
    await waitUntil('two rows', async () => (await rowNames(page)).length === 2);
    await every('search');
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await page.getByRole('button', { name: /^Open Bea Núñez/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Bea Núñez — Backend Engineer' }).waitFor();
    await every('interview');
    await page.getByRole('button', { name: '← All interviews' }).click();
    await page.getByRole('checkbox', { name: /^Select all/ }).check();
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.getByRole('table').waitFor();
    await page.getByRole('button', { name: 'Note: Bea Núñez, question 1' }).click();
    await every('compare');
    expect(shots).toHaveLength(16);
  });
});
