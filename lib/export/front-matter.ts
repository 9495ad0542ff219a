import type { Yaml } from 'mdast';
import { stringify } from 'yaml';

export type FrontMatterValue = string | number | null | string[];

/**
 * The YAML front matter node. Every string is double-quoted on one line (no folding), so no
 * value can end the block with a `---` line, and no YAML 1.1 reader turns a rating of "no"
 * into false or a duration like "42:10" into a number. Lists are block lists of quoted strings.
 */
export function frontMatter(fields: Record<string, FrontMatterValue>): Yaml {
  const value = stringify(fields, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return { type: 'yaml', value: value.trimEnd() };
}
