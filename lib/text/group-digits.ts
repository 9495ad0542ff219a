/**
 * 1234567 → "1,234,567", as `toLocaleString('en')` writes it, without Intl: the first Intl call
 * loads the locale data (about 20 ms here), and these run while the worker and the sidebar start.
 */
export const groupDigits = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** ["a", "b", "c"] → "a, b, or c", as `Intl.ListFormat('en', { type: 'disjunction' })` writes it. */
export function listWithOr(items: readonly string[]): string {
  if (items.length < 3) return items.join(' or ');
  return `${items.slice(0, -1).join(', ')}, or ${items.at(-1)}`;
}
