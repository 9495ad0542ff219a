import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importKit } from '../lib/kits/kit-import';

const root = resolve(__dirname, '..');
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const fixture = (name: string) => resolve(root, 'lib/kits/fixtures', name);
const kit = (...args: string[]) =>
  spawnSync(process.execPath, [tsx, resolve(root, 'scripts/kit-cli.ts'), ...args], { cwd: root, encoding: 'utf8' });

describe('kit CLI', { timeout: 30_000 }, () => {
  it('parse prints the kit JSON of a pasted page, with what was not found on stderr', () => {
    const run = kit('parse', fixture('page-question-blocks.txt'));
    expect(run.status).toBe(0);
    const parsed = JSON.parse(run.stdout);
    expect(parsed).toMatchObject({ title: 'Data Analyst', questions: [{}, {}, {}] });
    expect(run.stderr).toMatch(/^Not found: Sample answer for questions 1, 3/);
  });

  it('parse gives the same kit as the dashboard’s import of the same text', () => {
    for (const name of ['page-inline-labels.txt', 'page-wiki-table.txt']) {
      const run = kit('parse', fixture(name));
      const dashboard = importKit(readFileSync(fixture(name), 'utf8'));
      if (!dashboard.ok) throw new Error(dashboard.error);
      expect(JSON.parse(run.stdout)).toEqual(dashboard.kit);
    }
  });

  it('parse reads Markdown and can write Markdown', () => {
    const run = kit('parse', fixture('kit.md'), '--markdown');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# Site reliability engineer\n/);
  });

  it('validate accepts a kit file and names the field of a broken one', () => {
    const good = kit('validate', fixture('kit.json'));
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/valid kit “Site reliability engineer”, 2 questions/);
    const bad = kit('validate', fixture('bad-kit.json'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim()).toBe('bad-kit.json: questions[2].text: required');
    const notJson = kit('parse', fixture('not-json.json'));
    expect(notJson.status).toBe(1);
    expect(notJson.stderr).toMatch(/not valid JSON: line 3, column 3/);
  });

  it('explains usage and missing files', () => {
    expect(kit('frobnicate').status).toBe(2);
    const missing = kit('parse', 'nope.txt');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^Cannot read nope.txt/);
  });

  it('runs as npm run --silent kit', () => {
    const run = spawnSync('npm', ['run', '--silent', 'kit', '--', 'validate', fixture('kit.json')], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^kit.json: valid kit/);
  });
});
