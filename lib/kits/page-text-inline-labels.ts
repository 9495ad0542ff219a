/**
 * Labels written inside a line ("… changed a decision. Look for: a clear question … Sample answer: …"):
 * the line is cut before each label, so every part is read as if it started its own line. A label
 * counts only after the end of a sentence and with its colon, so "the sample answer shows" is prose.
 */
const LABELS = [
  'Look for',
  'Listen for',
  'What to (?:look|listen) for',
  '(?:Sample|Example|Model|Suggested|Good|Great|Strong|Ideal) answers?',
  'Red flags?',
  'Warning signs',
  'Why (?:it matters|ask this|I ask (?:it|this))',
  'How to answer',
  'Guidance',
].join('|');
// "A:" / "Answer:" only right after a question mark: "Q: Why? A: Because …".
const INLINE_LABEL = new RegExp(`(?<=[.?!"”’)]) +(?=(?:${LABELS})\\s*:)|(?<=\\?) +(?=(?:A|Answer)\\s*:)`, 'g');

export function splitInlineLabels(line: string): string[] {
  return line.split(INLINE_LABEL).filter(Boolean);
}
