import type { List, Nodes, Root, RootContent, Table } from 'mdast';

/**
 * The document as plain text, for fields that take no Markdown (many ATS forms): no front matter,
 * no markup characters; headings are lines of their own, lists keep their bullets, a table becomes
 * one line per row, links show their address.
 */
export function plainText(tree: Root): string {
  return tree.children
    .filter((node) => node.type !== 'yaml')
    .map((node) => block(node))
    .filter(Boolean)
    .join('\n\n')
    .concat('\n');
}

function block(node: RootContent, indent = ''): string {
  switch (node.type) {
    case 'heading':
      return indent + inline(node);
    case 'paragraph':
      return indent + inline(node).replace(/\n/g, `\n${indent}`);
    case 'code':
      return node.value.replace(/^/gm, indent);
    case 'list':
      return listText(node, indent);
    case 'table':
      return tableText(node, indent);
    default:
      return 'children' in node ? node.children.map((c) => block(c as RootContent, indent)).join('\n\n') : '';
  }
}

function listText(node: List, indent: string): string {
  return node.children
    .map((item, i) => {
      const bullet = node.ordered ? `${(node.start ?? 1) + i}. ` : '- ';
      const box = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
      const inner = item.children.map((c) => block(c, `${indent}${' '.repeat(bullet.length)}`)).join('\n');
      return `${indent}${bullet}${box}${inner.slice(indent.length + bullet.length)}`;
    })
    .join('\n');
}

/** Header row dropped; each row reads "1. Question — Yes — 04:12". */
function tableText(node: Table, indent: string): string {
  return node.children
    .slice(1)
    .map((row) => {
      const [first, ...rest] = row.children.map((cell) => inline(cell));
      return `${indent}${/^\d+$/.test(first ?? '') ? `${first}. ` : `${first} — `}${rest.join(' — ')}`;
    })
    .join('\n');
}

function inline(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'link') {
    const words = node.children.map(inline).join('');
    return words === node.url ? node.url : `${words} (${node.url})`;
  }
  return 'children' in node ? node.children.map(inline).join('') : '';
}
