/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import type { Download } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { KIT, openSidebar, type SidebarView } from './support/sidebar';
import { meetCode, meetUrl, setupSuite, zoomId, zoomUrl } from './support/suite';
import { waitForText } from './support/wait';

const suite = setupSuite();

const CANDIDATE = 'Ada Lovelace';
const ROLE = 'Backend Engineer';
/**
 * A note whose lines would be structure if pasted into the document as they are: a heading, raw
 * HTML, a fake question section and a thematic break (which, under a paragraph, would also turn
 * it into a setext heading).
 */
const HOSTILE_NOTE = ['# not a heading', '<script>alert(1)</script>', '## Question 9: injected', '---'].join('\n');
/** The same lines as the export must write them: literal text (see lib/export/note-blocks.ts). */
const HOSTILE_NOTE_ESCAPED = ['\\# not a heading', '\\<script>alert(1)\\</script>', '\\## Question 9: injected', '\\---'];

/**
 * Today as `YYYY-MM-DD` in the local time zone, as the export names files (the interview's day
 * where the user is). Chromium inherits this process's time zone (the suite sets no timezoneId).
 */
const localDay = () => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now());

/**
 * An interview with a candidate, a rated question 1 with a hostile note, and the clock paused (so
 * two exports of it are the same text: the duration and time spent stop moving). Ends in the
 * wrap-up view.
 */
async function interviewToExport(url: string): Promise<SidebarView> {
  const view = await openSidebar(suite.browser, url);
  await view.waitForQuestion(1, KIT.questions[0]);
  await view.candidateName.pressSequentially(CANDIDATE);
  await view.choose(view.rating, 'Yes');
  const notes = await view.notesReady(1);
  await notes.pressSequentially(HOSTILE_NOTE);
  await view.waitForChoice(view.rating, 'Yes', 'the rating of question 1');
  await view.pauseClock.click();
  await view.resumeClock.waitFor({ state: 'visible' });
  await view.openWrapUp();
  return view;
}

async function exportMarkdown(view: SidebarView): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([
    view.page.waitForEvent('download', { timeout: 10_000 }),
    view.frame.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  const failure = await download.failure();
  expect(failure, 'the download failed').toBeNull();
  return { download, text: await readFile(await download.path(), 'utf8') };
}

/** The lines of the section that starts with `heading`, up to the next `## ` line. */
function section(lines: string[], heading: string): string[] {
  const start = lines.indexOf(heading);
  expect(start, `the document has the line ${JSON.stringify(heading)}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe('Markdown export from the wrap-up view', () => {
  test('"Export Markdown" downloads "<day> <candidate> - <role>.md": front matter, a section per question, the note as literal text', async () => {
    const code = meetCode();
    const dayBefore = localDay();
    const wrapUp = await interviewToExport(meetUrl(code));
    const { download, text } = await exportMarkdown(wrapUp);
    const dayAfter = localDay();

    // The name: the interview's day (it began between the two readings), candidate and role.
    const names = new Set([dayBefore, dayAfter].map((day) => `${day} ${CANDIDATE} - ${ROLE}.md`));
    expect([...names], 'the file name').toContain(download.suggestedFilename());
    expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2} Ada Lovelace - Backend Engineer\.md$/);
    await waitForText(
      wrapUp.frame.getByRole('status').filter({ hasText: /^Saved / }),
      `Saved ${download.suggestedFilename()}`,
      'the export status',
    );

    const lines = text.split('\n');
    // YAML front matter first, closed by the only other `---` line of the document.
    expect(lines[0], 'the first line').toBe('---');
    const end = lines.indexOf('---', 1);
    expect(end, 'the end of the front matter').toBeGreaterThan(1);
    const frontMatter = lines.slice(1, end);
    expect(frontMatter).toEqual(
      expect.arrayContaining([
        `candidate: "${CANDIDATE}"`,
        `role: "${ROLE}"`,
        'platform: "Google Meet"',
        `meeting_code: "${code}"`,
        'recommendation: null',
        'questions_asked: 1',
        `questions_total: ${KIT.questionCount}`,
        'red_flags: []',
      ]),
    );
    // Missing text is null, never an empty string.
    expect(
      frontMatter.filter((line) => line.endsWith(': ""')),
      'empty strings in the front matter',
    ).toEqual([]);
    expect(
      lines.filter((line) => line === '---'),
      'lines that are exactly `---`',
    ).toHaveLength(2);

    // The verdict first, then the scorecard, one section for the one asked question, one "Not asked" list.
    expect(lines.slice(end + 1, end + 6)).toEqual(['', `# ${CANDIDATE} — ${ROLE}`, '', '**Recommendation:** No decision', '']);
    expect(lines.filter((line) => line.startsWith('# '))).toEqual([`# ${CANDIDATE} — ${ROLE}`]);
    const question1 = `## Question 1: ${KIT.questions[0]}`;
    expect(
      lines.filter((line) => line.startsWith('## ')),
      'every `## ` line',
    ).toEqual(['## Scorecard', question1, '## Not asked']);
    const scorecard = section(lines, '## Scorecard').filter((line) => line.startsWith('|'));
    expect(scorecard, 'the scorecard table').toHaveLength(3);
    expect(scorecard[2]).toMatch(
      new RegExp(`^\\|\\s*1 \\| ${KIT.questions[0]!.replace(/[?.()]/g, '\\$&')}\\s*\\| Yes\\s*\\| \\d\\d:\\d\\d \\|$`),
    );

    // Question 1 holds its rating and the note, every structural line escaped as literal text.
    const body = section(lines, question1);
    expect(body.find((line) => line.startsWith('**Rating:**'))).toMatch(/^\*\*Rating:\*\* Yes · \*\*Time:\*\* \d\d:\d\d$/);
    expect(
      body.filter((line) => line.startsWith('\\')),
      'the note’s lines',
    ).toEqual(HOSTILE_NOTE_ESCAPED);
    expect(text.match(/<script>/g), 'every <script> in the document').toHaveLength(1);
    expect(text).not.toMatch(/(^|[^\\])<script>/);

    // Every other question is listed once, under "Not asked", and has no section of its own.
    const notAsked = section(lines, '## Not asked').filter(Boolean);
    expect(notAsked).toHaveLength(KIT.questionCount - 1);
    expect(notAsked[0]).toBe(`- Question 2: ${KIT.questions[1]}`);
    expect(text.split(KIT.questions[1]!)).toHaveLength(2);
  });

  test('"Copy Markdown" puts the document without its front matter on the clipboard and says "Copied"', async () => {
    const url = zoomUrl(zoomId());
    const view = await interviewToExport(url);
    const { text: downloaded } = await exportMarkdown(view);

    await view.frame.getByRole('button', { name: 'Copy Markdown' }).click();
    await waitForText(view.frame.getByRole('status').filter({ hasText: /^Copied$/ }), 'Copied', 'the copy status');
    expect(await view.frame.getByRole('alert').count(), 'an error shown after copying').toBe(0);

    // The frame may write the clipboard (allow="clipboard-write") but not read it, and Chromium
    // will not grant a chrome-extension:// origin a permission over CDP ("opaque origin"). The
    // clipboard is the browser's own, so the meeting page reads it back, for this test only.
    const origin = new URL(url).origin;
    await suite.browser.context.grantPermissions(['clipboard-read'], { origin });
    try {
      const copied = await view.page.evaluate(() => navigator.clipboard.readText());
      expect(
        copied.startsWith(`# ${CANDIDATE} — ${ROLE}\n`),
        `the clipboard starts with the title: ${JSON.stringify(copied.slice(0, 40))}`,
      ).toBe(true);
      // The file minus its front matter block, nothing else changed.
      const body = downloaded.slice(downloaded.indexOf('\n---\n', 4) + '\n---\n\n'.length);
      expect(copied).toBe(body);

      await view.frame.getByRole('button', { name: 'Copy as plain text' }).click();
      await waitForText(
        view.frame.getByRole('status').filter({ hasText: /^Copied as plain text$/ }),
        'Copied as plain text',
        'the copy status',
      );
      const plain = await view.page.evaluate(() => navigator.clipboard.readText());
      expect(plain.startsWith(`${CANDIDATE} — ${ROLE}\n\nRecommendation: No decision\n`), JSON.stringify(plain.slice(0, 80))).toBe(true);
      expect(plain).toContain('\n# not a heading\n\n<script>alert(1)</script>\n');
      expect(plain).not.toMatch(/\*\*|\\#/);
    } finally {
      await suite.browser.context.clearPermissions();
    }
  });

  test('"Import interviews" in the dashboard reads the exported file back: the same interview is already here, a colleague\'s copy is imported', async () => {
    const wrapUp = await interviewToExport(meetUrl(meetCode()));
    const { download, text } = await exportMarkdown(wrapUp);
    const colleague = text.replaceAll(CANDIDATE, 'Grace Hopper');
    const dashboard = await suite.browser.newPage();
    try {
      await dashboard.goto(`chrome-extension://${suite.browser.extensionId}/dashboard.html#interviews`);
      await dashboard.getByRole('heading', { name: 'Past interviews' }).waitFor({ timeout: 10_000 });
      // The Markdown reader loads on this first import, in the page (lib/import/read-import-files.ts).
      await dashboard.getByLabel('Import interviews…').setInputFiles([
        { name: download.suggestedFilename(), mimeType: 'text/markdown', buffer: Buffer.from(text) },
        { name: 'grace.md', mimeType: 'text/markdown', buffer: Buffer.from(colleague) },
      ]);
      await waitForText(
        dashboard.getByRole('status').filter({ hasText: /^Imported / }),
        'Imported 1 interview; 1 was already here.',
        'the import status',
      );
      const rows = dashboard.getByRole('list', { name: 'Past interviews' }).getByRole('listitem');
      await rows.filter({ hasText: 'Grace Hopper' }).first().waitFor({ timeout: 10_000 });

      // A file that is not an export is named, and nothing is imported.
      await dashboard
        .getByLabel('Import interviews…')
        .setInputFiles([{ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# My notes') }]);
      await waitForText(
        dashboard.getByRole('alert').filter({ hasText: /^Nothing imported/ }),
        'Nothing imported: notes.md: no front matter: this is not an interview exported by Interview Sidebar.',
        'the import failure',
      );
    } finally {
      await dashboard.close();
    }
  });
});
