import MarkdownIt from 'markdown-it';
import { toMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import { EMAIL_AUTOLINK_START } from './email-autolink-escape';

const written = (value: string) =>
  toMarkdown({ type: 'paragraph', children: [{ type: 'text', value }] }, { unsafe: [EMAIL_AUTOLINK_START] }).trimEnd();
/** What a CommonMark reader sees in one line of Markdown: its tokens' types and its text. */
function read(markdown: string): { types: string[]; text: string } {
  const children = new MarkdownIt('commonmark').parseInline(markdown, {})[0]?.children ?? [];
  return { types: [...new Set(children.map((t) => t.type))], text: children.map((t) => t.content).join('') };
}

describe('EMAIL_AUTOLINK_START', () => {
  it('keeps every text that would open an email autolink as text', () => {
    for (const start of "0#$%&'*+.=^_`{|}~-") {
      const text = `<${start}a@b.c>`;
      expect(read(`<${start}a@b.c>`).types, `${text} unescaped is a link`).toContain('link_open');
      expect(read(written(text)), text).toEqual({ types: ['text'], text });
    }
  });

  it('leaves a `<` before a space or at the end as typed', () => {
    expect(written('O(n) < O(n²) and 3 <')).toBe('O(n) < O(n²) and 3 <');
  });
});
