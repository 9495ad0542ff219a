import type { Parents, Text } from 'mdast';
import type { Info, State } from 'mdast-util-to-markdown';

/** A note's time stamp as the sidebar inserts it: `[12:34]` or `[1:02:03]`. */
const STAMP = /\[\d{1,2}:\d{2}(?::\d{2})?\]/g;
/** After one of these, `[12:34]` would open a link (`(`, `[`) or a definition (`:`). */
const LINK_OPENERS = /^[([:]/;

/**
 * The serializer's text handler, except that time stamps stay as written. The default escapes
 * every `[` (`\[12:34]`), since a bracket may start a link. A stamp can only be a link when a
 * `(`, `[` or `:` follows it, or when a definition with its label exists; notes never keep
 * definitions (see note-blocks.ts), so a stamp is escaped only when one of those characters follows.
 */
export function textKeepingStamps(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  const siblings = parent && 'children' in parent ? (parent.children as unknown[]) : [];
  const index = state.indexStack[state.indexStack.length - 1] ?? 0;
  const around = { afterNode: siblings[index + 1], beforeNode: siblings[index - 1] } as Partial<Info>;
  const value = node.value;
  let out = '';
  let last = 0;
  for (const match of value.matchAll(STAMP)) {
    const start = match.index;
    const end = start + match[0].length;
    const next = end < value.length ? value.charAt(end) : info.after;
    if (LINK_OPENERS.test(next)) continue;
    out += state.safe(value.slice(last, start), { ...info, ...around, before: last === 0 ? info.before : ']', after: '[' });
    out += match[0];
    last = end;
  }
  if (last === 0) return state.safe(value, { ...info, ...around });
  return out + state.safe(value.slice(last), { ...info, ...around, before: ']' });
}
