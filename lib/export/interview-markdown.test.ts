import type { Heading, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { sampleNote, sampleSession, T0 } from './export-fixtures.test-support';
import { interviewMarkdown } from './interview-markdown';
import { parseExportedMarkdown } from './exported-markdown.test-support';

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
  it('starts with YAML front matter of one type per key: quoted text or null, numbers, lists', () => {
    const md = render(sampleSession({ candidateName: 'Bob: --- #x "y"', recommendation: 'no', interviewerName: ' ' }));
    const yaml = nodes(parseExportedMarkdown(md), 'yaml')[0];
    expect(yaml && 'value' in yaml && parseYaml(yaml.value)).toEqual({
      candidate: 'Bob: --- #x "y"',
      role: 'Backend Engineer',
      kit: 'Backend Engineer',
      date: '2025-01-31T14:05:00Z',
      duration: '42:10',
      // Missing text is null, never "": a property keeps one type across files.
      interviewer: null,
      platform: 'Google Meet',
      meeting_code: 'abc-defg-hij',
      // Quoted, so a YAML 1.1 reader does not take "No" for false.
      recommendation: 'No',
      questions_asked: 1,
      questions_total: 3,
      red_flags: [],
      tags: ['interview'],
    });
    expect(md).toContain('recommendation: "No"');
    expect(md).not.toMatch(/: ""$/m);
  });

  it('puts the verdict first, then a scorecard, sections only for asked questions, one "Not asked" list', () => {
    expect(headings(render())).toEqual([
      '1 Ada Lovelace — Backend Engineer',
      '2 Scorecard',
      '2 Question 1: Question text 1?',
      '2 Not asked',
    ]);
    const md = render();
    const body = md.slice(md.indexOf('# Ada'));
    expect(body).toMatch(
      /^# Ada Lovelace — Backend Engineer\n\n\*\*Recommendation:\*\* Yes\n\nSolid\.\n\n- \*\*Date:\*\* 31 January 2025 at 14:05\n/,
    );
    expect(sectionOf(md, 2)).toContain('**Rating:** Yes · **Time:** 04:12\n\nKnew it');
    expect(sectionOf(md, 3)).toBe('Not asked\n\n- Question 2: Question text 2?\n- Question 3: Question text 3?\n');
    // A question not asked appears once, in the list, with no empty section of its own.
    expect(md.match(/Question text 2/g)).toHaveLength(1);
    expect(md).not.toContain('00:00');
  });

  it('has a scorecard table of asked questions: number, question, rating, time', () => {
    const notes = [
      sampleNote('s1', 'q1', { text: 'Knew it', rating: 'yes', spentMs: 252_000 }),
      sampleNote('s1', 'q3', { text: 'Partly | maybe', rating: 'strong-no', spentMs: 61_000 }),
    ];
    const table = nodes(parseExportedMarkdown(render(sampleSession(), notes)), 'table')[0];
    const rows =
      table && 'children' in table ? table.children.map((row) => ('children' in row ? row.children.map((c) => toString(c)) : [])) : [];
    expect(rows).toEqual([
      ['#', 'Question', 'Rating', 'Time'],
      ['1', 'Question text 1?', 'Yes', '04:12'],
      ['3', 'Question text 3?', 'Strong no', '01:01'],
    ]);
  });

  it('gives a skipped question with notes its section, and lists a skipped one without notes as skipped', () => {
    const notes = [sampleNote('s1', 'q1', { text: 'Ran out of time', mark: 'skipped' }), sampleNote('s1', 'q2', { mark: 'skipped' })];
    const md = render(sampleSession(), notes);
    expect(headings(md)).toEqual(['1 Ada Lovelace — Backend Engineer', '2 Scorecard', '2 Question 1: Question text 1?', '2 Not asked']);
    expect(sectionOf(md, 2)).toContain('**Rating:** Not rated · **Time:** 00:00 · skipped\n\nRan out of time');
    expect(sectionOf(md, 3)).toContain('- Question 2: Question text 2? (skipped)\n- Question 3: Question text 3?\n');
  });

  it('says so when nothing was asked, and leaves out the "Not asked" list when everything was', () => {
    expect(render(sampleSession(), [])).toContain('## Scorecard\n\n_No question was asked._');
    const all = ['q1', 'q2', 'q3'].map((q) => sampleNote('s1', q, { rating: 'no' }));
    expect(headings(render(sampleSession(), all))).not.toContain('2 Not asked');
  });

  it('counts the running stretch of the current question and the running clock', () => {
    const session = sampleSession({ clock: { state: 'running', elapsedMs: 60_000, runningSince: T0, questionSince: T0 + 30_000 } });
    const md = interviewMarkdown(session, [sampleNote('s1', 'q1', { spentMs: 30_000, text: 'x' })], T0 + 90_000, display);
    expect(md).toContain('duration: "02:30"');
    expect(sectionOf(md, 2)).toContain('**Time:** 01:30');
  });

  it('lists red flags with the question they came up on and when, and puts them in the front matter', () => {
    const session = sampleSession({
      redFlagsSeen: [
        {
          id: 'kit-0',
          text: 'Blames others',
          seenAt: T0 + 15 * 60_000,
          seenAtElapsedMs: 12 * 60_000 + 5_000,
          note: 'twice',
          custom: false,
          questionId: 'q1',
        },
        { id: 'x', text: 'Late', seenAt: T0, seenAtElapsedMs: 0, note: '', custom: true },
      ],
      summary: 'Strong on *APIs*.\nWeak on SQL.',
    });
    const md = render(session);
    expect(md).toContain('red_flags:\n  - "Blames others"\n  - "Late"\n');
    expect(sectionOf(md, 3)).toBe(
      'Red flags seen\n\n- Blames others — Question 1, at 12:05 (14:20)\n\n  twice\n- Late — at 00:00 (14:05)\n\n',
    );
    expect(md).toContain('**Recommendation:** Yes\n\nStrong on _APIs_.\\\nWeak on SQL.');
  });

  it('keeps web addresses in notes as links, and time stamps as written', () => {
    const text = '[12:34] see https://example.com/a_(b). and [the repo](https://github.com/x/y)\n[1:02:03] done, [00:10](x) [00:11]: z';
    const md = render(sampleSession(), [sampleNote('s1', 'q1', { text })]);
    expect(sectionOf(md, 2)).toContain(
      '[12:34] see <https://example.com/a_(b)>. and the repo (<https://github.com/x/y>)\\\n[1:02:03] done, \\[00:10]\\(x) \\[00:11]: z',
    );
    const links = nodes(parseExportedMarkdown(md), 'link').map((l) => ('url' in l ? l.url : ''));
    expect(links).toEqual(['https://example.com/a_(b)', 'https://github.com/x/y']);
    expect(md).not.toContain('https\\:');
  });

  it("keeps the note author's line breaks, lists and emphasis", () => {
    const text = 'First line\nsecond line\n\n- a point\n- **bold** point\n\n1. one\n2. two\n\n- [x] done';
    const md = render(sampleSession(), [sampleNote('s1', 'q1', { text })]);
    expect(sectionOf(md, 2)).toContain('First line\\\nsecond line\n\n- a point\n- **bold** point\n\n1. one\n2. two\n\n- [x] done');
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
    expect(sectionOf(md, 2)).toContain(expected);
    const tree = parseExportedMarkdown(md);
    for (const type of ['html', 'link', 'blockquote', 'thematicBreak']) expect(nodes(tree, type)).toEqual([]);
    expect(nodes(tree, 'table'), 'only the scorecard is a table').toHaveLength(1);
    expect(headings(md)).toHaveLength(4);
  });

  it('keeps backticks and code fences in the note inside the note', () => {
    const text = 'use `a ``b`` c`\n```js\nconst x = "```";\n\n## not a heading';
    const md = render(sampleSession(), [sampleNote('s1', 'q1', { text })]);
    expect(headings(md)).toHaveLength(4);
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
    expect(headings(md).slice(0, 3)).toEqual([
      '1 # Eve --- — Backend Engineer',
      '2 Scorecard',
      '2 Question 1: ## Sub <img src=x onerror=alert(1)> C #',
    ]);
    expect(nodes(parseExportedMarkdown(md), 'html')).toEqual([]);
  });

  it('says what is missing: no decision, no summary, no interviewer, no notes, a question with no text', () => {
    const session = sampleSession({ interviewerName: '', summary: '', recommendation: null });
    session.kit.questions[1]!.text = ' ';
    const notes = [sampleNote('s1', 'q1', { rating: 'yes' }), sampleNote('s1', 'q2', { text: 'x' })];
    const md = interviewMarkdown(session, notes, T0, display);
    expect(md.slice(md.indexOf('# Ada'), md.indexOf('## Question 2'))).toBe(
      [
        '# Ada Lovelace — Backend Engineer',
        '**Recommendation:** No decision',
        '_No summary written_',
        [
          '- **Date:** 31 January 2025 at 14:05',
          '- **Duration:** 42:10',
          '- **Interviewer:** Not given',
          '- **Meeting:** Google Meet · abc-defg-hij',
          '- **Kit:** Backend Engineer',
        ].join('\n'),
        '## Scorecard',
        // Numbers and times right-aligned, text left-aligned.
        [
          '|  # | Question         | Rating    |  Time |',
          '| -: | :--------------- | :-------- | ----: |',
          '|  1 | Question text 1? | Yes       | 00:00 |',
          '|  2 | (no text)        | Not rated | 00:00 |',
        ].join('\n'),
        '## Question 1: Question text 1?',
        '**Rating:** Yes · **Time:** 00:00',
        '_No notes_',
        '',
      ].join('\n\n'),
    );
  });

  it("writes times in the reader's time zone, each export in its own", () => {
    const flag = { id: 'x', text: 'Late', seenAt: T0, seenAtElapsedMs: 0, note: '- a\n- b', custom: true };
    const session = sampleSession({ redFlagsSeen: [flag] });
    const tokyo = interviewMarkdown(session, [], T0, { locale: 'en-GB', timeZone: 'Asia/Tokyo' });
    expect(tokyo).toContain('- **Date:** 31 January 2025 at 23:05\n');
    // The flag's note (a list) sits tight under it.
    expect(sectionOf(tokyo, 2)).toBe('Red flags seen\n\n- Late — at 00:00 (23:05)\n  - a\n  - b\n\n');
    expect(interviewMarkdown(session, [], T0, { locale: 'en-GB', timeZone: 'UTC' })).toContain('- Late — at 00:00 (14:05)');
    expect(interviewMarkdown(session, [], T0, { locale: 'en-US', timeZone: 'UTC' })).toContain('- **Date:** January 31, 2025 at 2:05 PM\n');
  });

  it("gives the kit's role, or its title when it has none, in the title and the front matter", () => {
    const withRole = sampleSession();
    withRole.kit.title = 'Backend loop';
    expect(render(withRole)).toContain('role: "Backend Engineer"\nkit: "Backend loop"\n');
    const noRole = sampleSession();
    noRole.kit = { ...noRole.kit, title: 'Backend loop', role: undefined };
    const md = render(noRole);
    expect(md).toContain('role: "Backend loop"\nkit: "Backend loop"\n');
    expect(headings(md)[0]).toBe('1 Ada Lovelace — Backend loop');
  });

  it('closes the front matter right after its last key, then a blank line before the title', () => {
    expect(render()).toMatch(/^---\ncandidate: "Ada Lovelace"\n[^]*\ntags:\n {2}- "interview"\n---\n\n# Ada Lovelace/);
  });

  it('names an unnamed candidate clearly', () => {
    expect(headings(render(sampleSession({ candidateName: '  ' })))[0]).toBe('1 Unnamed candidate — Backend Engineer');
  });
});
