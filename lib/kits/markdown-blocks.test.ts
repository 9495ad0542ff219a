import { describe, expect, it } from 'vitest';
import { markdownBlocks } from './markdown-blocks';

describe('markdownBlocks, the one Markdown reader', () => {
  it('reads each top-level block as the text a reader sees, with the lines it spans', () => {
    const md = [
      '# Title *x*',
      '',
      '**Role:** Backend  ',
      '',
      '**Other:** no',
      '',
      '\\*\\*Role:\\*\\* escaped',
      '',
      '- one',
      '- two',
      '  more',
      '',
      '<!-- id: q -->',
      '',
      '```js',
      'code',
      '```',
      '',
      '> quote *q*',
      '',
      '    indented',
      '',
      'soft',
      'break  ',
      'hard ![img](x.png) <b>raw</b>',
      '',
      '## Two',
      '###### Six',
    ].join('\n');
    expect(markdownBlocks(md)).toEqual([
      { type: 'heading', depth: 1, text: 'Title x', line: 1, end: 2 },
      { type: 'paragraph', text: 'Role: Backend', label: { name: 'role:', value: 'Backend' }, line: 3, end: 4 },
      { type: 'paragraph', text: 'Other: no', label: undefined, line: 5, end: 6 },
      { type: 'paragraph', text: '**Role:** escaped', label: undefined, line: 7, end: 8 },
      {
        type: 'list',
        items: [
          { text: 'one', line: 9, end: 10 },
          { text: 'two\nmore', line: 10, end: 13 },
        ],
        text: 'one\ntwo\nmore',
        line: 9,
        end: 13,
      },
      { type: 'html', text: '<!-- id: q -->\n', line: 13, end: 14 },
      { type: 'other', text: 'code\n', line: 15, end: 18 },
      { type: 'other', text: 'quote q', line: 19, end: 20 },
      { type: 'other', text: 'indented\n', line: 21, end: 22 },
      { type: 'paragraph', text: 'soft\nbreak hard img <b>raw</b>', label: undefined, line: 23, end: 26 },
      { type: 'heading', depth: 2, text: 'Two', line: 27, end: 28 },
      { type: 'heading', depth: 6, text: 'Six', line: 28, end: 29 },
    ]);
  });

  it('reads tables in exported interviews (GitHub-flavoured) and not in kits (CommonMark)', () => {
    const table = '| a | `b` |\n| - | - |\n| c | d |';
    expect(markdownBlocks(table, 'gfm')).toEqual([
      {
        type: 'table',
        rows: [
          ['a', 'b'],
          ['c', 'd'],
        ],
        text: 'a\n\nb\n\nc\n\nd',
        line: 1,
        end: 4,
      },
    ]);
    expect(markdownBlocks(table)).toEqual([
      { type: 'paragraph', text: '| a | b |\n| - | - |\n| c | d |', label: undefined, line: 1, end: 4 },
    ]);
  });

  it('gives an ordered list its items and a nested list to its item, not to the top level', () => {
    expect(markdownBlocks('3. a\n   - inner\n4. b')).toEqual([
      {
        type: 'list',
        items: [
          { text: 'a\n\ninner', line: 1, end: 3 },
          { text: 'b', line: 3, end: 4 },
        ],
        text: 'a\n\ninner\nb',
        line: 1,
        end: 4,
      },
    ]);
  });
});
