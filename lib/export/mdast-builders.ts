import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Table, TableRow } from 'mdast';

/** Small builders for the export's syntax trees: text always goes in as text nodes, never as Markdown. */
export const text = (value: string): PhrasingContent => ({ type: 'text', value });
export const emphasis = (value: string): PhrasingContent => ({ type: 'emphasis', children: [text(value)] });
export const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
export const para = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
export const heading = (depth: 1 | 2, value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });

export function list(items: BlockContent[][], ordered = false): List {
  const children: ListItem[] = items.map((blocks) => ({ type: 'listItem', spread: false, children: blocks }));
  return { type: 'list', ordered, spread: false, children };
}

/** `- **Label:** value` lines: readable as plain text and as rendered Markdown. */
export function fieldList(fields: [string, string][]): List {
  return list(fields.map(([label, value]) => [para(strong(`${label}:`), text(` ${value}`))]));
}

/** A GFM table; every cell is one line of text. */
export function table(header: string[], rows: string[][], align: ('left' | 'right' | 'center' | null)[] = []): Table {
  const row = (cells: string[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((cell) => ({ type: 'tableCell', children: cell ? [text(oneLine(cell))] : [] })),
  });
  return { type: 'table', align, children: [row(header), ...rows.map(row)] };
}

export function orPlaceholder(blocks: BlockContent[], placeholder: string): BlockContent[] {
  return blocks.length ? blocks : [para(emphasis(placeholder))];
}

/** Headings, names and titles are one line; a line ending there would break the structure. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
