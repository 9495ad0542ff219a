import type { Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sampleNote, sampleSession, T0 } from './export-fixtures.test-support';
import { interviewMarkdownTree } from './interview-markdown';
import { heading, list, para, strong, table, text } from './mdast-builders';
import { noteBlocks } from './note-blocks';
import { plainText } from './plain-text';

const doc = (...children: RootContent[]): Root => ({ type: 'root', children });

describe('plainText', () => {
  it('leaves out the front matter and all markup; blocks are separated by one blank line', () => {
    const tree = interviewMarkdownTree(
      sampleSession(),
      [sampleNote('s1', 'q1', { text: 'Knew **it**', rating: 'yes', spentMs: 252_000 })],
      T0,
      {
        locale: 'en-GB',
        timeZone: 'UTC',
      },
    );
    const out = plainText(tree);
    expect(out.startsWith('Ada Lovelace — Backend Engineer\n\nRecommendation: Yes\n\nSolid.\n\n- Date: 31 January 2025 at 14:05\n')).toBe(
      true,
    );
    expect(out).toContain(
      '\n\nScorecard\n\n1. Question text 1? — Yes — 04:12\n\nQuestion 1: Question text 1?\n\nRating: Yes · Time: 04:12\n\nKnew it\n\n',
    );
    expect(out.endsWith('- Question 3: Question text 3?\n')).toBe(true);
    expect(out).not.toContain('candidate:');
  });

  it('numbers an ordered list from its start, ticks tasks, and puts what an item holds on the lines under its text, indented', () => {
    const blocks = noteBlocks('3. three\n4. four\n\n   more of four\n\n- [x] done\n- [ ] open\n  - inner\n\n        code');
    expect(plainText(doc(...blocks))).toBe('3. three\n4. four\n   more of four\n\n- [x] done\n- [ ] open\n  - inner\n    code\n');
  });

  it('indents code and the lines of a paragraph inside an item', () => {
    const blocks = noteBlocks('- first line\n  second line\n\n  ```\n  a\n  b\n  ```');
    expect(plainText(doc(...blocks))).toBe('- first line\n  second line\n  a\n  b\n');
  });

  it('shows a link by its address, after its words when they differ', () => {
    const blocks = noteBlocks('See [the docs](https://example.com/docs) and <https://example.com>, `code` too.');
    expect(plainText(doc(...blocks))).toBe('See the docs (https://example.com/docs) and https://example.com, code too.\n');
  });

  it('reads a table row by row without its header: a number leads as "1.", other text as "x —"', () => {
    const rows = table(
      ['#', 'What', 'When'],
      [
        ['2', 'Late', '01:00'],
        ['Flag', 'Rude', '02:00'],
        ['', 'None', '03:00'],
      ],
    );
    expect(plainText(doc(rows))).toBe('2. Late — 01:00\nFlag — Rude — 02:00\n — None — 03:00\n');
  });

  it('keeps a heading as a line of its own, drops blocks that hold nothing, and ends with one newline', () => {
    expect(plainText(doc(heading(2, 'Title'), para(), para(strong('Bold'), text(' plain'))))).toBe('Title\n\nBold plain\n');
    expect(plainText(doc(list([[para(text('a'))], [para(text('b'))]], true)))).toBe('1. a\n2. b\n');
    expect(plainText(doc({ type: 'thematicBreak' }, { type: 'html', value: '<b>' }))).toBe('\n');
  });
});
