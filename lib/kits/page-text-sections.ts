/** Reading the sections of a pasted page: paragraphs, a question's explanation and sample answer, red flags. */
import { closesQuote, isNoise, isTransition, opensQuote, sentences, stripWrappingQuotes, type LineKind } from './page-text-lines';

/** One line of the pasted page, classified. */
export interface Line {
  text: string;
  kind: LineKind;
  /** Lines of one paragraph (no blank line between them) share this number. */
  para: number;
  /** A table row (cells separated by tabs, as browsers copy tables): its cells. */
  cells?: string[];
}

export function inList(lines: Line[], at: number): boolean {
  const here = lines[at]!.kind;
  if (here.kind !== 'numbered') return false;
  const prev = lines[at - 1]?.kind;
  const next = lines[at + 1]?.kind;
  return (prev?.kind === 'numbered' && prev.num === here.num - 1) || (next?.kind === 'numbered' && next.num === here.num + 1);
}

export function isBoundary(kind: LineKind): boolean {
  return ['goodHeading', 'redFlagsHeading', 'stop', 'questionHeading'].includes(kind.kind);
}

/** Paragraphs from `from` to the next section, without noise or "here comes…" transitions. */
export function sectionParas(lines: Line[], from: number, stopAtHeadingLike: boolean, to = lines.length): string[] {
  const paras: string[] = [];
  for (let i = from; i < to && !isBoundary(lines[i]!.kind);) {
    const { text, next } = readParagraph(lines, i, to);
    i = next;
    if (stopAtHeadingLike && paras.length > 0 && looksLikeHeading(text)) break;
    // A paragraph of noise alone reads as nothing: no empty paragraph in the kit's text.
    if (text && !isNoise(text) && !isTransition(text)) paras.push(text);
  }
  return paras;
}

/**
 * The paragraph starting at `from`, up to `to` or a line that starts something else, and the index
 * after it. Bounded on purpose: a paste without blank lines must not be re-read per question.
 */
export function readParagraph(lines: Line[], from: number, to = lines.length): { text: string; next: number } {
  const parts: string[] = [];
  const para = lines[from]?.para;
  let i = from;
  for (; i < to && lines[i]!.para === para; i++) {
    if (i > from && startsSomething(lines[i]!.kind)) break;
    if (!isNoise(lines[i]!.text)) parts.push(lines[i]!.text);
  }
  return { text: parts.join(' '), next: Math.max(i, from + 1) };
}

export function startsSomething(kind: LineKind): boolean {
  return isBoundary(kind) || kind.kind === 'sampleLabel' || kind.kind === 'guidanceLabel';
}

export function looksLikeHeading(text: string): boolean {
  return text.length < 80 && !/[.!?:;,]$/.test(text) && /^[A-Z]/.test(text);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const joinParas = (paras: string[]) => (paras.length > 0 ? paras.join('\n\n') : undefined);

/** A question's explanation (guidance) and sample answer; what follows the answer is left out. */
export function questionBody(lines: Line[], from: number, to = lines.length) {
  const guidance: string[] = [];
  const sample: string[] = [];
  let mode: 'guidance' | 'sample' | 'after' = 'guidance';
  for (let i = from; i < to && !isBoundary(lines[i]!.kind);) {
    const line = lines[i]!;
    if (line.kind.kind === 'sampleLabel' || line.kind.kind === 'guidanceLabel') {
      mode = line.kind.kind === 'sampleLabel' ? (sample.length > 0 ? 'after' : 'sample') : 'guidance';
      // The label's text runs on in the lines of its paragraph, up to the next label.
      const runsOn = i + 1 < to && lines[i + 1]!.para === line.para && !startsSomething(lines[i + 1]!.kind);
      const following = runsOn ? readParagraph(lines, i + 1, to) : { text: '', next: i + 1 };
      const rest = capitalise(`${line.kind.rest} ${following.text}`.trim());
      i = following.next;
      if (rest && mode !== 'after') (mode === 'sample' ? sample : guidance).push(rest);
      continue;
    }
    const { text, next } = readParagraph(lines, i, to);
    i = next;
    if (!text || isNoise(text) || mode === 'after') continue;
    // By position: a quoted paragraph after the explanation is the answer.
    if (mode === 'guidance' && guidance.length > 0 && sample.length === 0 && opensQuote(text)) mode = 'sample';
    if (mode === 'guidance') {
      if (guidance.length > 0 && looksLikeHeading(text)) mode = 'after';
      else if (!isTransition(text)) guidance.push(text);
    } else if (isTransition(text) && sample.length > 0) {
      mode = 'after';
    } else {
      sample.push(text);
    }
    // A quoted answer ends with its closing quote; an unquoted one runs to the next label or section.
    if (mode === 'sample' && sample.length > 0 && opensQuote(sample[0]!) && closesQuote(sample[sample.length - 1]!)) {
      mode = 'after';
    }
  }
  const answer = sample.join('\n\n');
  return { guidance: joinParas(guidance), sampleAnswer: answer ? stripWrappingQuotes(answer) : undefined };
}

/**
 * Red flags as a list (one item a line), as lines of one paragraph, or as a paragraph (one item a
 * sentence); "Red flags: A. B." on one line gives one item a sentence too.
 */
export function redFlagItems(lines: Line[], from: number, rest = ''): string[] {
  const first = lines[from];
  if (!rest && (first?.kind.kind === 'bullet' || first?.kind.kind === 'numbered')) {
    const items: string[] = [];
    for (let i = from; i < lines.length; i++) {
      const { kind } = lines[i]!;
      if (kind.kind !== 'bullet' && kind.kind !== 'numbered') break;
      if (!isNoise(kind.text)) items.push(kind.text);
    }
    return items;
  }
  const paraLines: string[] = rest ? [rest] : [];
  const para = rest ? lines[from - 1]?.para : first?.para;
  for (let i = from; i < lines.length && lines[i]!.para === para && !startsSomething(lines[i]!.kind); i++) {
    if (lines[i]!.kind.kind === 'bullet' || lines[i]!.kind.kind === 'numbered') break;
    paraLines.push(lines[i]!.text);
  }
  const asLines = !rest && paraLines.length > 1 && paraLines.every((t) => t.length < 150);
  const items = asLines ? paraLines : sentences(paraLines.join(' '));
  return items.filter((t) => !isNoise(t));
}
