import { platformName } from '../platforms';
import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { formatElapsed, questionSpentMs, sessionElapsedMs } from '../interviews/interview-clock';
import { RATING_LABELS, type InterviewSession, type QuestionNote } from '../interviews/interview-types';
import { questionStatus, type QuestionStatus } from '../interviews/question-status';
import { frontMatter } from './front-matter';
import { serializeMarkdown } from './markdown-format';
import { noteBlocks } from './note-blocks';

/** How times read in the body; the front matter is always ISO 8601 in UTC. */
export interface MarkdownDisplayOptions {
  /** BCP 47 locale; the runtime's own when absent. */
  locale?: string;
  /** IANA time zone; the runtime's own when absent. */
  timeZone?: string;
}

export const UNNAMED_CANDIDATE = 'Unnamed candidate';
const STATUS_LABELS: Record<QuestionStatus, string> = { 'not-asked': 'Not asked', asked: 'Asked', skipped: 'Skipped' };

export const sectionTitles = {
  question: (n: number, text: string) => `Question ${n}: ${oneLine(text) || '(no text)'}`,
  redFlags: 'Red flags seen',
  summary: 'Summary and recommendation',
  notAsked: 'Questions not asked',
};

/** The role an interview was for: the kit's role, else its title. */
export function interviewRole(session: Pick<InterviewSession, 'kit'>): string {
  return oneLine(session.kit.role ?? '') || oneLine(session.kit.title);
}

/**
 * One interview as a Markdown document, built as a syntax tree and serialized, never glued from
 * strings: front matter, a section per question in kit order, red flags, summary, questions not asked.
 */
export function interviewMarkdown(
  session: InterviewSession,
  notes: QuestionNote[],
  now: number,
  options: MarkdownDisplayOptions = {},
): string {
  const byQuestion = new Map(notes.map((n) => [n.questionId, n]));
  const { dateTime, time } = formatters(options);
  const candidate = oneLine(session.candidateName);
  const role = interviewRole(session);
  const duration = formatElapsed(sessionElapsedMs(session, now));
  const recommendation = session.recommendation ? RATING_LABELS[session.recommendation] : null;

  const questions = session.kit.questions.map((question, index) => {
    const note = byQuestion.get(question.id);
    const status = questionStatus(note);
    const isCurrent = index === session.currentQuestionIndex;
    return { question, index, note, status, spentMs: questionSpentMs(session.clock, note, isCurrent, now) };
  });
  const notAsked = questions.filter((q) => q.status !== 'asked');

  const children: RootContent[] = [
    frontMatter({
      candidate,
      role,
      kit: oneLine(session.kit.title),
      date: new Date(session.startedAt).toISOString(),
      duration,
      platform: platformName(session.platform),
      meeting_code: session.meetingCode,
      interviewer: oneLine(session.interviewerName),
      recommendation,
    }),
    heading(1, `${candidate || UNNAMED_CANDIDATE} — ${role}`),
    fieldList([
      ['Date', dateTime.format(session.startedAt)],
      ['Duration', duration],
      ['Interviewer', oneLine(session.interviewerName) || 'Not given'],
      ['Meeting', `${platformName(session.platform)} · ${session.meetingCode}`],
      ['Kit', oneLine(session.kit.title)],
      ['Recommendation', recommendation ?? 'No decision'],
    ]),
    ...questions.flatMap(({ question, index, note, status, spentMs }) => [
      heading(2, sectionTitles.question(index + 1, question.text)),
      fieldList([
        ['Status', STATUS_LABELS[status]],
        ['Rating', note?.rating ? RATING_LABELS[note.rating] : 'Not rated'],
        ['Time spent', formatElapsed(spentMs)],
      ]),
      ...orPlaceholder(noteBlocks(note?.text ?? ''), 'No notes'),
    ]),
    heading(2, sectionTitles.redFlags),
    session.redFlagsSeen.length
      ? list(session.redFlagsSeen.map((flag) => [para(text(`${formatElapsed(flag.seenAtElapsedMs)} (${time.format(flag.seenAt)}) — ${oneLine(flag.text)}`)), ...noteBlocks(flag.note)]))
      : para(emphasis('None')),
    heading(2, sectionTitles.summary),
    fieldList([['Recommendation', recommendation ?? 'No decision']]),
    ...orPlaceholder(noteBlocks(session.summary), 'No summary'),
  ];
  if (notAsked.length) {
    children.push(
      heading(2, sectionTitles.notAsked),
      list(notAsked.map((q) => [para(text(`${sectionTitles.question(q.index + 1, q.question.text)} (${STATUS_LABELS[q.status].toLowerCase()})`))])),
    );
  }
  return serializeMarkdown({ type: 'root', children });
}

// Creating an Intl formatter costs about as much as writing a note, so they are kept per setting.
const formatterCache = new Map<string, { dateTime: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();
function formatters({ locale, timeZone }: MarkdownDisplayOptions) {
  const key = `${locale ?? ''}|${timeZone ?? ''}`;
  let cached = formatterCache.get(key);
  if (!cached) {
    cached = {
      dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }),
      time: new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }),
    };
    formatterCache.set(key, cached);
  }
  return cached;
}

/** Headings, names and titles are one line; a line ending there would break the structure. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const emphasis = (value: string): PhrasingContent => ({ type: 'emphasis', children: [text(value)] });
const para = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const heading = (depth: 1 | 2, value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });

function list(items: BlockContent[][]): List {
  const children: ListItem[] = items.map((blocks) => ({ type: 'listItem', spread: false, children: blocks }));
  return { type: 'list', ordered: false, spread: false, children };
}

/** `- **Label:** value` lines: readable as plain text and as rendered Markdown. */
function fieldList(fields: [string, string][]): List {
  return list(fields.map(([label, value]) => [para({ type: 'strong', children: [text(`${label}:`)] }, text(` ${value}`))]));
}

function orPlaceholder(blocks: BlockContent[], placeholder: string): BlockContent[] {
  return blocks.length ? blocks : [para(emphasis(placeholder))];
}
