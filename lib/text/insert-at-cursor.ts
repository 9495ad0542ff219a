/**
 * Inserts `insertion` in `text` in place of the selection [start, end), with a space before it
 * when it would otherwise touch a word. Returns the new text and where the cursor goes.
 */
export function insertAtCursor(text: string, start: number, end: number, insertion: string) {
  const before = text.slice(0, start);
  const needsSpace = before.length > 0 && !/\s$/.test(before);
  const piece = `${needsSpace ? ' ' : ''}${insertion} `;
  return { text: before + piece + text.slice(end), cursor: start + piece.length };
}
