/**
 * Tables of questions, as a browser copies them (one row a line, cells separated by tabs) and as
 * the page reader writes them: a header row naming a question column, then one question a row.
 * Other columns are read by their header: guidance, a good or sample answer, red flags.
 */
import { isNoise, sentences } from './page-text-lines';
import type { Line } from './page-text-sections';

type Column = 'text' | 'guidance' | 'sampleAnswer' | 'redFlags';
export interface TableQuestion {
  at: number;
  text: string;
  guidance?: string;
  sampleAnswer?: string;
}

// First match wins: "What a good answer sounds like" is an answer column, not a question one.
const COLUMNS: [RegExp, Column][] = [
  [/red flag|warning sign|avoid/i, 'redFlags'],
  [/answer/i, 'sampleAnswer'],
  [/look for|listen for|guidance|why|signals?|notes?|what (?:it|this) (?:shows|tells)/i, 'guidance'],
  [/question|ask/i, 'text'],
];

function columnsOf(cells: string[]): (Column | undefined)[] | undefined {
  const columns = cells.map((cell) => (cell.length <= 60 ? COLUMNS.find(([pattern]) => pattern.test(cell))?.[1] : undefined));
  return columns.includes('text') ? columns : undefined;
}

/** Questions and red flags of every table among `usable` lines; `rows` are the lines they took. */
export function readTables(lines: Line[], usable: (at: number) => boolean) {
  const questions: TableQuestion[] = [];
  const redFlags: string[] = [];
  const rows = new Set<number>();
  for (let at = 0; at < lines.length; at++) {
    const header = lines[at]!.cells;
    const columns = header && usable(at) ? columnsOf(header) : undefined;
    if (!columns) continue;
    rows.add(at);
    for (at++; at < lines.length && lines[at]!.cells; at++) {
      rows.add(at);
      const cell = (column: Column) => {
        const index = columns.indexOf(column);
        const value = index < 0 ? '' : (lines[at]!.cells![index] ?? '');
        return value && !isNoise(value)
          ? value.replace(/^[\w ]{1,30}:\s+/, (label) => (/answer|look|listen/i.test(label) ? '' : label))
          : undefined;
      };
      const text = cell('text')?.replace(/^\d{1,3}[.)]\s+/, '');
      if (text) questions.push({ at, text, guidance: cell('guidance'), sampleAnswer: cell('sampleAnswer') });
      redFlags.push(...sentences(cell('redFlags') ?? ''));
    }
    at--;
  }
  return { questions, redFlags, rows };
}
