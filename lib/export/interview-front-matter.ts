import type { Yaml } from 'mdast';
import { RATING_LABELS, type InterviewSession } from '../interviews/interview-types';
import type { OutlinedQuestion } from '../interviews/question-outline';
import { platformName } from '../platforms';
import { frontMatter } from './front-matter';
import { oneLine } from './mdast-builders';

/**
 * The interview's properties, one type per key whatever the interview holds, so Obsidian's
 * properties view and GitHub's front-matter table read every file alike: text is a quoted string
 * or null when there is none (never ""), counts are numbers, red flags a list, `date` is ISO 8601
 * in UTC without milliseconds.
 */
export function interviewFrontMatter(session: InterviewSession, questions: OutlinedQuestion[], duration: string): Yaml {
  const textOrNull = (value: string | undefined) => oneLine(value ?? '') || null;
  return frontMatter({
    candidate: textOrNull(session.candidateName),
    role: textOrNull(session.kit.role) ?? textOrNull(session.kit.title),
    kit: textOrNull(session.kit.title),
    // Stryker disable next-line Regex: toISOString has one ".sssZ", at its end.
    date: new Date(session.startedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    duration,
    interviewer: textOrNull(session.interviewerName),
    platform: platformName(session.platform),
    meeting_code: textOrNull(session.meetingCode),
    recommendation: session.recommendation ? RATING_LABELS[session.recommendation] : null,
    questions_asked: questions.filter((q) => q.status === 'asked').length,
    questions_total: questions.length,
    red_flags: session.redFlagsSeen.map((flag) => oneLine(flag.text)),
    tags: ['interview'],
  });
}
