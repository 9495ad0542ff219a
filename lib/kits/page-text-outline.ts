/**
 * The outline of a pasted page: which lines are section headings, what each section holds, and so
 * which part of the page every line is in. Questions come only from question sections when the
 * page has any; lists in the introduction and under "what to look for" / "traits" headings are
 * the profile of a good candidate.
 */
import { isNoise, isTransition } from './page-text-lines';
import type { Line } from './page-text-sections';

export type SectionKind = 'questions' | 'profile' | 'redFlags' | 'stop' | 'other';
/** Where a line is: before the first question section ('intro'), or inside a section of a kind. */
export type Zone = 'intro' | Exclude<SectionKind, 'other'>;

export interface Outline {
  sections: { at: number; kind: SectionKind }[];
  zones: Zone[];
  hasQuestionSections: boolean;
}

const PROFILE_HEADING =
  /\b(?:what (?:we|to|you should) look for|what (?:good|great) looks like|traits|qualities|requirements|qualifications|skills|competencies|must[- ]haves|who (?:we|you)(?:['’]re| are) looking for|ideal candidate|(?:good|great|strong) candidate)\b/i;
const QUESTIONS_HEADING = /\bquestions?\b/i;

/** Short, no letter in lower case, at least two capitals: a heading in a document exported to text. */
export function isAllCaps(text: string): boolean {
  return text.length <= 100 && !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** A line that stands alone (its own paragraph) and reads as a title, or any ALL CAPS line. */
export function isHeadingLine(lines: Line[], at: number): boolean {
  const line = lines[at]!;
  if (line.text.length > 100 || line.cells) return false;
  // "Technical questions:" is a heading; "Let's move on to a few questions about process:" leads in.
  const text = line.text.length <= 40 ? line.text.replace(/\s*:$/, '') : line.text;
  if (isAllCaps(text)) return true;
  const alone = lines[at - 1]?.para !== line.para && lines[at + 1]?.para !== line.para;
  return alone && /^[\p{Lu}\d]/u.test(text) && !/[.!?:;,]$/.test(text);
}

function sectionKind(lines: Line[], at: number, titleAt: number): SectionKind | undefined {
  const { kind, text } = lines[at]!;
  if (kind.kind === 'goodHeading') return 'profile';
  if (kind.kind === 'redFlagsHeading') return kind.rest ? undefined : 'redFlags';
  if (kind.kind === 'stop') return 'stop';
  if (kind.kind !== 'text' || !isHeadingLine(lines, at)) return undefined;
  if (PROFILE_HEADING.test(text)) return 'profile';
  // The page's title names its questions ("Data analyst interview questions") without being a
  // section of them, unless questions follow it at once.
  const next = lines[at + 1]?.kind.kind;
  const questionsFollow = next === 'numbered' || next === 'bullet' || next === 'questionHeading';
  if (QUESTIONS_HEADING.test(text) && (at !== titleAt || questionsFollow) && !/\?$/.test(text)) return 'questions';
  return 'other';
}

export function readOutline(lines: Line[], titleAt: number): Outline {
  const sections: Outline['sections'] = [];
  lines.forEach((_, at) => {
    const kind = sectionKind(lines, at, titleAt);
    if (kind) sections.push({ at, kind });
  });
  const hasQuestionSections = sections.some((s) => s.kind === 'questions');
  const zones: Zone[] = [];
  let zone: Zone = hasQuestionSections ? 'intro' : 'questions';
  let next = 0;
  for (let at = 0; at < lines.length; at++) {
    const section = sections[next];
    if (section?.at === at) {
      next++;
      // A heading of no known kind ("Technical", "People") continues the part it is in.
      if (section.kind !== 'other') zone = section.kind;
    }
    zones.push(zone);
  }
  return { sections, zones, hasQuestionSections };
}

/**
 * The profile: lists in the introduction (when the page has question sections) and what profile
 * sections hold, one paragraph per list item, in page order.
 */
export function profileParagraphs(lines: Line[], outline: Outline): string[] {
  const out: string[] = [];
  const headingAt = new Set(outline.sections.map((s) => s.at));
  for (let at = 0; at < lines.length;) {
    const { kind } = lines[at]!;
    const zone = outline.zones[at];
    const listItem = isListItem(lines[at]!);
    if (headingAt.has(at) || (zone !== 'profile' && !(zone === 'intro' && listItem))) {
      at++;
      continue;
    }
    if (kind.kind === 'bullet' || kind.kind === 'numbered') {
      if (!isNoise(kind.text)) out.push(kind.text);
      at++;
      continue;
    }
    if (zone === 'intro' || kind.kind === 'sampleLabel' || kind.kind === 'questionHeading') {
      at++;
      continue;
    }
    // Lines of one paragraph, up to a list item or the next heading.
    const parts: string[] = [];
    const para = lines[at]!.para;
    do parts.push(lines[at++]!.text);
    while (at < lines.length && lines[at]!.para === para && !headingAt.has(at) && !isListItem(lines[at]!));
    const text = parts.join(' ').replace(/^(?:look|listen) for\s*:\s*/i, '');
    if (text && !isNoise(text) && !isTransition(text)) out.push(text);
  }
  return out;
}

function isListItem({ kind }: Line): boolean {
  return kind.kind === 'bullet' || kind.kind === 'numbered';
}
