/**
 * Line-level reading of text pasted from an interview-questions web page: what each line is
 * (a question heading, a label, a section heading, the end of the useful part) and what is page
 * noise. Every pattern is anchored or bounded and runs on one line, so a 1 MB paste stays linear.
 */
export type LineKind =
  | { kind: 'numbered'; num: number; text: string }
  | { kind: 'questionHeading'; num: number; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'sampleLabel'; rest: string }
  | { kind: 'guidanceLabel'; rest: string }
  | { kind: 'goodHeading'; role?: string }
  | { kind: 'redFlagsHeading'; rest: string }
  | { kind: 'stop' }
  | { kind: 'noise' }
  | { kind: 'text' };

/** Lines longer than this are prose, never headings or labels: checks stay cheap. */
const HEADING_MAX = 200;

const NOISE = [
  /\bsign up\b/i,
  /\bfree trial\b/i,
  /\bregenerate with ai\b/i,
  /\blet['’]s grow together\b/i,
  /^content team$/i,
  /\bcontent (manager|specialist|writer|team)\b/i,
  /\b(subscribe|newsletter|cookie settings|privacy policy|terms of (use|service)|all rights reserved)\b/i,
  /\bget (your|the) free\b/i,
  /\bbuyer['’]s guide\b/i,
  /\b(book|request|schedule) a demo\b/i,
  /\bpost jobs\b/i,
  /\bexplore our\b/i,
  /\bhire better\b/i,
  /^(written|reviewed|posted|published|last updated|updated)( by| on)?\b.{0,80}$/i,
  /^(share|tweet|print|advertisement|sponsored|read more|see more|show more|log in|sign in)\b.{0,40}$/i,
  /\bclick here\b/i,
  /\bwe use cookies\b|\baccept (?:all )?cookies\b|\bcookie (?:policy|preferences)\b/i,
  /^(?:skip to (?:main )?content|leave a (?:comment|reply)|thanks for reading\b.*)$/i,
];

const STOP =
  /^(frequently asked questions|faqs?|jump to section|related (articles|posts|questions|content|resources|jobs|reading)|ready to fine-tune\b.*|you (may|might) also like\b.*|more interview questions\b.*|about the author|start a free trial|table of contents|comments?|next steps|conclusion|final thoughts|in summary|wrapping up)\s*:?$/i;

const NUMBERED = /^(\d{1,3})[.)]\s+(\S.*)$/;
// "Question #1: …", "Question 2.", "Q3) …", "Q: …"; not "Q4 revenue grew", which is prose.
const QUESTION_HEADING = /^(?:(?:question\s*#?\s*|q#?)(\d{1,3})(?:\s*[:.)\-–—]\s*(.*))?|q\s*[:.]\s*(\S.*))$/i;
const BULLET = /^[-*•·◦▪‣–]\s+(\S.*)$/;
// "A:" and "Answer:" (the Q:/A: layout) only with their colon: "A" alone is a word.
const SAMPLE_LABEL =
  /^(?:(?:sample|example|model|suggested|good|great|strong|ideal)\s+answers?\s*(?:[:：\-–—]\s*(.*))?|(?:answer|a)\s*[:：]\s*(.*))$/i;
const GUIDANCE_LABEL =
  /^(?:how to answer(?: this question)?|what to (?:look|listen) for|(?:look|listen) for|why (?:it matters|ask this|i ask (?:it|this))|guidance|explanation|interviewer notes?)\s*(?:[:：\-–—]\s*(.*))?$/i;
const GOOD_HEADING =
  /^(?:what does an? (?:good|great|strong|ideal) (?:(.{1,80}?) )?candidate look like|(?:what )?an? (?:good|great|strong|ideal) (.{0,80}?)\s*candidate(?: looks like)?|(?:the )?ideal candidate(?: profile)?)\s*[?:]?$/i;
const RED_FLAGS_HEADING = /^(?:red flags?|warning signs|red flags to (?:watch|look) (?:out )?for)\s*(?::\s*(.*))?$/i;

export function isNoise(line: string): boolean {
  return NOISE.some((pattern) => pattern.test(line));
}

export function classifyLine(line: string): LineKind {
  if (line.length <= HEADING_MAX) {
    if (STOP.test(line)) return { kind: 'stop' };
    const good = GOOD_HEADING.exec(line);
    if (good) return { kind: 'goodHeading', role: (good[1] ?? good[2])?.trim() || undefined };
  }
  // Labels may start a long line ("Sample answer: …" with the answer after it).
  if (line.length <= HEADING_MAX || /^[\w ]{1,40}:/.test(line)) {
    const redFlags = RED_FLAGS_HEADING.exec(line);
    if (redFlags) return { kind: 'redFlagsHeading', rest: redFlags[1] ?? '' };
    const sample = SAMPLE_LABEL.exec(line);
    if (sample) return { kind: 'sampleLabel', rest: sample[1] ?? sample[2] ?? '' };
    const guidance = GUIDANCE_LABEL.exec(line);
    if (guidance) return { kind: 'guidanceLabel', rest: guidance[1] ?? '' };
  }
  const heading = QUESTION_HEADING.exec(line);
  if (heading) {
    return { kind: 'questionHeading', num: Number(heading[1] ?? 0), text: heading[2] ?? heading[3] ?? '' };
  }
  const numbered = NUMBERED.exec(line);
  if (numbered) return { kind: 'numbered', num: Number(numbered[1]), text: numbered[2]! };
  const bullet = BULLET.exec(line);
  if (bullet) return { kind: 'bullet', text: bullet[1]! };
  if (isNoise(line)) return { kind: 'noise' };
  return { kind: 'text' };
}

/** A line introducing what follows ("Now, let's look at…:") carries nothing for the kit. */
export function isTransition(text: string): boolean {
  return text.length < 300 && /:\s*$/.test(text);
}

/**
 * Strips quotes that wrap a whole answer: “…”, "…", ‘…’, «…». Not when a closing double quote
 * comes inside too: `"Fast" and "cheap"` is two quotations, not one (a single one inside is
 * mostly an apostrophe: ‘It’s fine’).
 */
export function stripWrappingQuotes(text: string): string {
  const match = /^[“"‘'«„]([\s\S]*)([”"’'»“])$/.exec(text);
  if (!match) return text;
  const inner = match[1]!;
  const close = match[2]!;
  return /[”"»“]/.test(close) && inner.includes(close) ? text : inner.trim();
}

export function opensQuote(text: string): boolean {
  return /^[“"‘«„]/.test(text);
}

export function closesQuote(text: string): boolean {
  return /[”"’»“]$/.test(text);
}

/** "backend engineer" → "Backend Engineer"; text with capitals already is left as written. */
export function titleCase(text: string): string {
  // An ALL CAPS title (a document's heading) reads better in title case.
  if (/[A-Z]/.test(text) && /[a-z]/.test(text)) return text;
  text = text.toLowerCase();
  return text.replace(/(^|[\s-])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Splits a paragraph of red flags into sentences, the unit an interviewer ticks. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z“"‘(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}
