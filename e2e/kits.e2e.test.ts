import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { clickToolbarButton } from './support/browser-control';
import { KIT_BLOG_HOST } from './support/fixture-server';
import { openSidebar } from './support/sidebar';
import { ARTIFACTS_DIR, meetCode, meetUrl, setupSuite } from './support/suite';
import { normalize, waitUntil } from './support/wait';

const suite = setupSuite();

/** A kit as a colleague might paste it from a page: numbered questions, then each explained. */
const PASTED_PAGE = `Platform engineer interview questions

3 good platform engineer interview questions

  1. How would you roll out a breaking change to a shared CI pipeline?
  2. What makes an internal developer platform pleasant to use?
  3. How do you decide what to automate first?

1. How would you roll out a breaking change to a shared CI pipeline?

Look for staged rollouts, opt-in periods and a clear way back.

Sample answer:

“I would ship it behind a flag, migrate a few teams first, announce a date, and keep the old path until usage drops to zero.”

2. What makes an internal developer platform pleasant to use?

Listen for empathy with the teams who use it.

Sample answer:

“Good defaults, fast feedback, documentation next to the tool, and an escape hatch.”

3. How do you decide what to automate first?

Expect a way of measuring toil rather than a favourite tool.

Sample answer:

“I count how often a task happens and how long it takes, then automate the most expensive repeated one.”

Red flags

Automates everything without asking the teams what hurts.
`;

describe('kits from the dashboard to the call', () => {
  test('a kit pasted in the dashboard, saved, and picked in a meeting’s sidebar shows its first question', async () => {
    const dashboard = await suite.browser.newPage();
    await dashboard.goto(`chrome-extension://${suite.browser.extensionId}/dashboard.html#kits`);
    await dashboard.getByRole('button', { name: 'Import kit' }).click();
    await dashboard.getByRole('textbox', { name: 'Paste a kit' }).fill(PASTED_PAGE);
    await dashboard.getByRole('button', { name: 'Preview' }).click();
    const preview = dashboard.getByRole('region', { name: 'Import preview' });
    await preview.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await preview.getByText('How do you decide what to automate first?').count()).toBeGreaterThan(0);
    await preview.getByRole('button', { name: /^Save/ }).click();
    // Saved kits appear in the library list.
    await dashboard
      .getByRole('button', { name: /Platform engineer/i })
      .first()
      .waitFor({ timeout: 10_000 });

    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    const picker = view.frame.getByRole('combobox', { name: 'Interview kit' });
    await picker.waitFor({ state: 'visible', timeout: 10_000 });
    const option = await picker
      .locator('option', { hasText: /Platform engineer/i })
      .first()
      .getAttribute('value');
    expect(option, 'the pasted kit is offered in the sidebar').toBeTruthy();
    await picker.selectOption(option!);
    await waitUntil(
      'the pasted kit’s first question in the sidebar',
      async () => (await view.heading.textContent())?.trim() === 'How would you roll out a breaking change to a shared CI pipeline?',
      { describe: () => view.heading.textContent() },
    );
    expect((await view.position.textContent())?.trim()).toBe('Question 1 of 3');
  });

  test('a kit page on an ordinary site, imported from the toolbar button, is offered in a meeting’s sidebar', async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const blog = await suite.browser.open(`https://${KIT_BLOG_HOST}/posts/customer-success-kit`);
    await blog.getByRole('heading', { name: 'Customer success manager interview questions' }).waitFor({ timeout: 10_000 });
    const opened = suite.browser.context.waitForEvent('page', { timeout: 10_000 });
    await clickToolbarButton(suite.browser, blog);
    const dashboard = await opened;
    await dashboard.waitForURL(/dashboard\.html#kits\?page=\d+$/, { timeout: 10_000 });

    // The page is read only when the user says so, then shown line by line with the part each one is.
    await dashboard.getByRole('button', { name: 'Import this page' }).click();
    const preview = dashboard.getByRole('region', { name: 'Import preview' });
    await preview.waitFor({ state: 'visible', timeout: 10_000 });
    expect(normalize((await preview.locator('.kit-meta').textContent()) ?? '')).toBe(
      `Read as page text · Customer success manager · 5 questions · 2 red flags · from ${KIT_BLOG_HOST}`,
    );
    const row = (text: string) => preview.locator('li', { hasText: text });
    expect(normalize((await row('How do you spot an account that is about to leave?').locator('.part-tag').textContent()) ?? '')).toBe(
      'Question 1',
    );
    expect(normalize((await row('Two of your largest accounts need you').locator('.part-tag').textContent()) ?? '')).toBe('Question 4');
    expect(normalize((await row('Can they explain their trade-offs?').locator('.part-tag').textContent()) ?? '')).toBe('Profile');
    expect(await preview.textContent()).not.toMatch(/cookies|Sign up|hiring tips|Share on|Privacy policy/);
    // For looking at, in both themes and sizes (not compared): e2e/.artifacts/import-preview-*.png.
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await dashboard.setViewportSize({ width, height });
        await dashboard.emulateMedia({ colorScheme });
        await preview.scrollIntoViewIfNeeded();
        await dashboard.screenshot({ path: join(ARTIFACTS_DIR, `import-preview-${width}x${height}-${colorScheme}.png`) });
      }
    }
    await preview.getByRole('button', { name: 'Save kit' }).click();
    await dashboard
      .getByRole('button', { name: /Customer success manager/ })
      .first()
      .waitFor({ timeout: 10_000 });

    const view = await openSidebar(suite.browser, meetUrl(meetCode()));
    const picker = view.frame.getByRole('combobox', { name: 'Interview kit' });
    await picker.waitFor({ state: 'visible', timeout: 10_000 });
    const option = await picker.locator('option', { hasText: 'Customer success manager' }).first().getAttribute('value');
    expect(option, 'the imported kit is offered in the sidebar').toBeTruthy();
    await picker.selectOption(option!);
    await waitUntil(
      'the imported kit’s first question in the sidebar',
      async () => normalize((await view.heading.textContent()) ?? '') === 'How do you spot an account that is about to leave?',
      { describe: () => view.heading.textContent() },
    );
    expect(normalize((await view.position.textContent()) ?? '')).toBe('Question 1 of 5');
  });
});
