import { platformName } from '../platforms';
import type { BlockContent, Root, RootContent } from 'mdast';
import { formatElapsed, sessionElapsedMs } from '../interviews/interview-clock';
import { RATING_LABELS, type InterviewSession, type QuestionNote } from '../interviews/interview-types';
import { hasSection, outlineQuestions, type OutlinedQuestion } from '../interviews/question-outline';
import { interviewFrontMatter } from './interview-front-matter';
import { interviewRole, ratingLabel, UNNAMED_CANDIDATE } from './interview-naming';
import { serializeMarkdown } from './markdown-format';
import { emphasis, fieldList, heading, list, oneLine, orPlaceholder, para, strong, table, text } from './mdast-builders';
import { noteBlocks } from './note-blocks';

/** How times read in the body; the front matter is always ISO 8601 in UTC. */
export interface MarkdownDisplayOptions {
  /** BCP 47 locale; the runtime's own when absent. */
  locale?: string;
  /** IANA time zone; the runtime's own when absent. */
  timeZone?: string;
}

export const sectionTitles = {
  question: (n: number, text: string) => `Question ${n}: ${oneLine(text) || '(no text)'}`,
  scorecard: 'Scorecard',
  redFlags: 'Red flags seen',
  notAsked: 'Not asked',
};

/**
 * One interview as a Markdown syntax tree, in the order a reader wants it: the verdict
 * (recommendation, summary), the facts, a scorecard table, a section per question that was asked
 * or has notes, the red flags with the question they came up on, and one list of questions not asked.
 */
export function interviewMarkdownTree(
  session: InterviewSession,
  notes: QuestionNote[],
  now: number,
  options: MarkdownDisplayOptions = {},
): Root {
  const { dateTime, time } = formatters(options);
  const questions = outlineQuestions(session, notes, now);
  const asked = questions.filter(hasSection);
  const notAsked = questions.filter((q) => !hasSection(q));
  const duration = formatElapsed(sessionElapsedMs(session, now));
  const recommendation = session.recommendation ? RATING_LABELS[session.recommendation] : 'No decision';
  const questionName = new Map(questions.map((q) => [q.question.id, `Question ${q.index + 1}`]));

  const children: RootContent[] = [
    interviewFrontMatter(session, questions, duration),
    heading(1, `${oneLine(session.candidateName) || UNNAMED_CANDIDATE} — ${interviewRole(session)}`),
    para(strong('Recommendation:'), text(` ${recommendation}`)),
    ...orPlaceholder(noteBlocks(session.summary), 'No summary written'),
    fieldList([
      ['Date', dateTime.format(session.startedAt)],
      ['Duration', duration],
      ['Interviewer', oneLine(session.interviewerName) || 'Not given'],
      ['Meeting', `${platformName(session.platform)} · ${session.meetingCode}`],
      ['Kit', oneLine(session.kit.title)],
    ]),
    heading(2, sectionTitles.scorecard),
    asked.length
      ? table(['#', 'Question', 'Rating', 'Time'], asked.map(scorecardRow), ['right', 'left', 'left', 'right'])
      : para(emphasis('No question was asked.')),
    ...asked.flatMap((q) => questionSection(q)),
  ];
  if (session.redFlagsSeen.length) {
    children.push(
      heading(2, sectionTitles.redFlags),
      list(
        session.redFlagsSeen.map((flag): BlockContent[] => {
          const where = flag.questionId && questionName.get(flag.questionId);
          const when = `${formatElapsed(flag.seenAtElapsedMs)} (${time.format(flag.seenAt)})`;
          return [para(text(`${oneLine(flag.text)} — ${where ? `${where}, at ` : 'at '}${when}`)), ...noteBlocks(flag.note)];
        }),
      ),
    );
  }
  if (notAsked.length) {
    children.push(
      heading(2, sectionTitles.notAsked),
      list(
        notAsked.map((q) => [
          para(text(`${sectionTitles.question(q.index + 1, q.question.text)}${q.status === 'skipped' ? ' (skipped)' : ''}`)),
        ]),
      ),
    );
  }
  return { type: 'root', children };
}

/** The tree serialized: YAML front matter, then the document. */
export function interviewMarkdown(
  session: InterviewSession,
  notes: QuestionNote[],
  now: number,
  options: MarkdownDisplayOptions = {},
): string {
  return serializeMarkdown(interviewMarkdownTree(session, notes, now, options));
}

function scorecardRow(q: OutlinedQuestion): string[] {
  return [String(q.index + 1), oneLine(q.question.text) || '(no text)', ratingLabel(q.note), formatElapsed(q.spentMs)];
}

function questionSection(q: OutlinedQuestion): RootContent[] {
  const facts = [strong('Rating:'), text(` ${ratingLabel(q.note)} · `), strong('Time:'), text(` ${formatElapsed(q.spentMs)}`)];
  if (q.status === 'skipped') facts.push(text(' · skipped'));
  return [
    heading(2, sectionTitles.question(q.index + 1, q.question.text)),
    para(...facts),
    ...orPlaceholder(noteBlocks(q.note?.text ?? ''), 'No notes'),
  ];
}

// Creating an Intl formatter costs about as much as writing a note, so they are kept per setting.
const formatterCache = new Map<string, { dateTime: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();
function formatters({ locale, timeZone }: MarkdownDisplayOptions) {
  const key = `${locale ?? ''}|${timeZone ?? ''}`;
  let cached = formatterCache.get(key);
  // Stryker disable next-line ConditionalExpression: formatters made anew each time format the same; only slower.
  if (!cached) {
    cached = {
      dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }),
      time: new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }),
    };
    formatterCache.set(key, cached);
  }
  return cached;
}
