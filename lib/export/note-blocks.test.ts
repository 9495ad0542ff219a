import fc from 'fast-check';
import type { BlockContent, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { serializeMarkdown } from './markdown-format';
import { micromarkNoteBlocks } from './micromark-note-blocks.test-support';
import { noteBlocks } from './note-blocks';

const exported = (blocks: BlockContent[]) => serializeMarkdown({ type: 'root', children: blocks } as Root);

// Notes as people write them: words with emphasis, code, links and addresses; paragraphs, lists
// (nested, ordered from any number, tight or loose, tasks), code blocks, and refused constructs.
const word = fc.constantFrom('a', 'Bob', 'said', 'x_y', 'it\\*s', '&amp;', '#1', 'http://e.org/p_(q).', 'é');
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const inline = fc.oneof(
  words,
  words.map((w) => `*${w}*`),
  words.map((w) => `_${w}_`),
  words.map((w) => `**${w}**`),
  words.map((w) => `~~${w}~~`),
  words.map((w) => `\`${w}\``),
  // The words of a link are no address: micromark's reader lost an address there (the next test).
  words.filter((w) => !w.includes('http')).map((w) => `[${w}](https://a.b/c)`),
  fc.constantFrom('[a](javascript:x)', '[u](https://u.v)', '<https://a.b>', '<me@x.org>', '![i](x.png)', '<b>bold</b>', '[r][a]'),
);
const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
const refused = fc.constantFrom('# Title', 'Title\n===', '---', '> quoted *text*\n> more', '<div>\nhi\n</div>', '[a]: https://x.y "t"');
const code = fc.tuple(fc.constantFrom('', 'js', 'ts x=1'), paragraph).map(([info, body]) => `\`\`\`${info}\n${body}\n\`\`\``);
const item = fc.tuple(fc.constantFrom('', '[ ] ', '[x] ', '[X] '), line, fc.option(line, { nil: undefined }));
const list = fc
  .tuple(fc.constantFrom('- ', '* ', '1. ', '3) '), fc.array(item, { minLength: 1, maxLength: 3 }), fc.constantFrom('\n', '\n\n'))
  .map(([marker, items, gap]) =>
    items.map(([task, text, nested]) => `${marker}${task}${text}${nested ? `\n${' '.repeat(marker.length)}- ${nested}` : ''}`).join(gap),
  );
const note = fc.array(fc.oneof(paragraph, list, code, refused), { minLength: 1, maxLength: 5 }).map((blocks) => blocks.join('\n\n'));

describe('noteBlocks', () => {
  it('exports a note as micromark read it before (the baseline), construct for construct', () => {
    fc.assert(
      fc.property(note, (text) => {
        expect(exported(noteBlocks(text))).toBe(exported(micromarkNoteBlocks(text)));
      }),
      { numRuns: 300 },
    );
    // 600 parses: seconds alone, more on a loaded 2-core machine.
  }, 60_000);

  it('reads tasks, list numbering, looseness and code info', () => {
    const blocks = noteBlocks('3. [x] done\n\n4. [ ] todo\n   more\n\n```ts title="a"\nx\n```\n\n    indented\n');
    expect(blocks).toMatchObject([
      {
        type: 'list',
        ordered: true,
        start: 3,
        spread: true,
        children: [
          { checked: true, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'done' }] }] },
          { checked: false, children: [{ children: [{ value: 'todo' }, { type: 'break' }, { value: 'more' }] }] },
        ],
      },
      { type: 'code', lang: 'ts', meta: 'title="a"', value: 'x' },
      { type: 'code', lang: null, meta: null, value: 'indented' },
    ]);
    expect(noteBlocks('- a\n- b')).toMatchObject([{ type: 'list', ordered: false, start: null, spread: false }]);
  });

  it.each([
    ['Windows and old Mac line ends read as line ends', 'a\r\nb\r\n\r\nc\rd', 'a\\\nb\n\nc\\\nd\n'],
    ['a note of blanks is no note', '   \n\t', ''],
    ["a line's trailing spaces and the note's trailing blank lines go; its lines stay lines", 'x  \ny\n\n\n', 'x\\\ny\n'],
    ['a continued line loses its indent', 'x \n y', 'x\\\ny\n'],
    ['a backslash break and two spaces make one break each', 'one  \ntwo\\\nthree', 'one\\\ntwo\\\nthree\n'],
    ['many blank lines are one paragraph break', 'a\n\n\n\nb', 'a\n\nb\n'],
    ['nested lists keep their levels', '- a\n  - b\n    - c\n- d', '- a\n  - b\n    - c\n- d\n'],
    ['a blank line of old Mac line ends between items makes the list loose', '- a\r\r- b', '- a\n\n- b\n'],
    ['a list with a blank line inside an item is loose', '- a\n- b\n\n  c', '- a\n\n- b\n\n  c\n'],
    ['an item continued after a blank line keeps its paragraph', '- a\n\n  more\n- b', '- a\n\n  more\n\n- b\n'],
    ['a task keeps whatever spacing follows its box but one space', '- [x]  spaced\n- [ ]\ttab', '- [x] &#x20;spaced\n- [ ] &#x9;tab\n'],
    ["a fence's language and meta are read trimmed", '```  js  extra  \ncode\n```', '```js extra\ncode\n```\n'],
    ['a link keeps its words and address, and the line after it', '[a](https://x.y)\nb', 'a (<https://x.y>)\\\nb\n'],
  ])('%s', (_name, note, markdown) => {
    expect(exported(noteBlocks(note))).toBe(markdown);
  });

  it('keeps a note nested past the cap as its lines and paragraphs, whatever its line ends', () => {
    const deep = Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\r\n');
    const text = exported(noteBlocks(`${deep}\r\n \t \r\nafter  para\r\nline`));
    expect(text.startsWith('\\- level 0\\\n\\- level 1\\\n')).toBe(true);
    expect(text.endsWith('\\- level 59\n\nafter  para\\\nline\n')).toBe(true);
  });

  it('writes refused constructs as the exact text typed, inside lists too', () => {
    const text = '- # not a heading\n- > not *a* quote\n- [see](javascript:alert(1)) ![alt *x*](i.png) <img src=x>';
    expect(exported(noteBlocks(text))).toBe(
      '- \\# not a heading\n- \\> not \\*a\\* quote\n- \\[see]\\(javascript:alert(1)) !\\[alt \\*x\\*]\\(i.png) \\<img src=x>\n',
    );
  });

  it("keeps the words of a link whose words are an address (micromark's reader dropped them)", () => {
    expect(exported(noteBlocks('[see http://a.b/c](https://d.e)'))).toBe('see http\\://a.b/c (<https://d.e>)\n');
  });

  it('keeps every word of a note nested deeper than the parser goes', () => {
    const deep = `${Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}`;
    const text = exported(noteBlocks(deep));
    for (let i = 0; i < 60; i++) expect(text).toContain(`level ${i}`);
  });

  it('reads a long emphasis-heavy note whole', () => {
    const heavy = '_*'.repeat(10_000);
    const text = exported(noteBlocks(heavy));
    expect(text.replace(/\\/g, '')).toBe(`${heavy}\n`);
  });
});
