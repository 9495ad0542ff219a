import type { Heading, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { sampleNote, sampleSession, T0 } from './export-fixtures.test-support';
import { interviewMarkdown } from './interview-markdown';
import { parseExportedMarkdown } from './markdown-format';

const display = { locale: 'en-GB', timeZone: 'UTC' };
const render = (session = sampleSession(), notes = [sampleNote('s1', 'q1', { text: 'Knew it', rating: 'yes', spentMs: 252_000 })]) =>
  interviewMarkdown(session, notes, T0 + 3_600_000, display);

function nodes(tree: Nodes, type: string): Nodes[] {
  const out: Nodes[] = tree.type === type ? [tree] : [];
  if ('children' in tree) for (const child of tree.children) out.push(...nodes(child, type));
  return out;
}
const headings = (md: string) => (nodes(parseExportedMarkdown(md), 'heading') as Heading[]).map((h) => `${h.depth} ${toString(h)}`);
const sectionOf = (md: string, n: number) => md.split(/^## /m)[n] ?? '';

describe('interviewMarkdown', () => {
  it('starts with YAML front matter holding the interview details', () => {
    const md = render(sampleSession({ candidateName: 'Bob: --- #x "y"', recommendation: 'no' }));
    const yaml = nodes(parseExportedMarkdown(md), 'yaml')[0];
    expect(yaml && 'value' in yaml && parseYaml(yaml.value)).toEqual({
      candidate: 'Bob: --- #x "y"',
      role: 'Backend Engineer',
      kit: 'Backend Engineer',
      date: '2025-01-31T14:05:00.000Z',
      duration: '42:10',
      platform: 'Google Meet',
      meeting_code: 'abc-defg-hij',
      interviewer: 'Grace Hopper',
      // Quoted, so a YAML 1.1 reader does not take "No" for false.
      recommendation: 'No',
    });
    expect(md).toContain('recommendation: "No"');
  });

  it('has a title, then one section per question, red flags, summary and questions not asked', () => {
    expect(headings(render())).toEqual([
      '1 Ada Lovelace — Backend Engineer',
      '2 Question 1: Question text 1?',
      '2 Question 2: Question text 2?',
      '2 Question 3: Question text 3?',
      '2 Red flags seen',
      '2 Summary and recommendation',
      '2 Questions not asked',
    ]);
  });

  it('gives each question its rating, time spent, status and notes', () => {
    const md = render();
    expect(sectionOf(md, 1)).toContain('- **Status:** Asked\n- **Rating:** Yes\n- **Time spent:** 04:12\n\nKnew it');
    expect(sectionOf(md, 2)).toContain('- **Status:** Not asked\n- **Rating:** Not rated\n- **Time spent:** 00:00\n\n_No notes_');
    expect(sectionOf(md, 6)).toContain('- Question 2: Question text 2? (not asked)\n- Question 3: Question text 3? (not asked)');
  });

  it('counts the running stretch of the current question and the running clock', () => {
    const session = sampleSession({ clock: { state: 'running', elapsedMs: 60_000, runningSince: T0, questionSince: T0 + 30_000 } });
    const md = interviewMarkdown(session, [sampleNote('s1', 'q1', { spentMs: 30_000, text: 'x' })], T0 + 90_000, display);
    expect(md).toContain('duration: "02:30"');
    expect(sectionOf(md, 1)).toContain('**Time spent:** 01:30');
  });

  it('lists red flags with the time they were seen, the summary and the recommendation', () => {
    const session = sampleSession({
      redFlagsSeen: [
        { id: 'kit-0', text: 'Blames others', seenAt: T0 + 15 * 60_000, seenAtElapsedMs: 12 * 60_000 + 5_000, note: 'twice', custom: false },
      ],
      summary: 'Strong on *APIs*.\nWeak on SQL.',
    });
    const md = render(session);
    expect(sectionOf(md, 4)).toContain('- 12:05 (14:20) — Blames others\n\n  twice');
    expect(sectionOf(md, 5)).toContain('- **Recommendation:** Yes\n\nStrong on _APIs_.\\\nWeak on SQL.');
  });

  it('keeps the note author\'s line breaks, lists and emphasis', () => {
    const text = 'First line\nsecond line\n\n- a point\n- **bold** point\n\n1. one\n2. two\n\n- [x] done';
    const md = render(sampleSession(), [sampleNote('s1', 'q1', { text })]);
    expect(sectionOf(md, 1)).toContain('First line\\\nsecond line\n\n- a point\n- **bold** point\n\n1. one\n2. two\n\n- [x] done');
  });

  it.each([
    ['# heading', '\\# heading'],
    ['---', '\\---'],
    ['| a | b |\n|---|---|\n| 1 | 2 |', '\\| a | b |\\\n\\|---|---|\\\n\\| 1 | 2 |'],
    ['> quote', '\\> quote'],
    ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['[link](javascript:x)', '\\[link]\\(javascript:x)'],
    ['Title\n===', 'Title\\\n\\==='],
  ])('keeps %j as literal text', (hostile, expected) => {
    const md = render(sampleSession(), [sampleNote('s1', 'q1', { text: hostile })]);
    expect(sectionOf(md, 1)).toContain(expected);
    const tree = parseExportedMarkdown(md);
    for (const type of ['html', 'link', 'table', 'blockquote', 'thematicBreak']) expect(nodes(tree, type)).toEqual([]);
    expect(headings(md)).toHaveLength(7);
  });

  it('keeps backticks and code fences in the note inside the note', () => {
    const text = 'use `a ``b`` c`\n```js\nconst x = "```";\n\n## not a heading';
    const md = render(sampleSession(), [sampleNote('s1', 'q1', { text })]);
    expect(headings(md)).toHaveLength(7);
    const code = nodes(parseExportedMarkdown(md), 'code')[0];
    expect(code && 'value' in code && code.value).toBe('const x = "```";\n\n## not a heading');
  });

  it('keeps a very long line whole', () => {
    const long = 'word '.repeat(20_000).trim();
    const md = render(sampleSession(), [sampleNote('s1', 'q1', { text: long })]);
    expect(md).toContain(long);
  });

  it('neutralises hostile names and kit text in the title and headings', () => {
    const session = sampleSession({ candidateName: '# Eve\n---' });
    session.kit.questions[0]!.text = '## Sub\n<img src=x onerror=alert(1)> C #';
    const md = render(session);
    expect(headings(md).slice(0, 2)).toEqual(['1 # Eve --- — Backend Engineer', '2 Question 1: ## Sub <img src=x onerror=alert(1)> C #']);
    expect(nodes(parseExportedMarkdown(md), 'html')).toEqual([]);
  });

  it('names an unnamed candidate clearly', () => {
    expect(headings(render(sampleSession({ candidateName: '  ' })))[0]).toBe('1 Unnamed candidate — Backend Engineer');
  });
});
