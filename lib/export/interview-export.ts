import type { InterviewSession, QuestionNote } from '../interviews/interview-types';
import { interviewFileName, localDate } from './export-file-name';
import { interviewMarkdownTree, type MarkdownDisplayOptions } from './interview-markdown';
import { interviewRole } from './interview-naming';
import { serializeMarkdown, serializeWithoutFrontMatter } from './markdown-format';
import { plainText } from './plain-text';

/** What an export is made from: one interview and its notes, as the background reads them. */
export interface InterviewRecord {
  session: InterviewSession;
  notes: QuestionNote[];
}

export interface MarkdownExport {
  fileName: string;
  /** The file: YAML front matter, then the document. */
  markdown: string;
  /** The document without front matter, for pasting where YAML would render as a rule and a heading. */
  pasteMarkdown: string;
  /** The document without any markup, for fields that take no Markdown. */
  plainText: string;
}

/**
 * One interview as a Markdown file, the text to paste and plain text. Written by the page that
 * asked, not by the background: the Markdown reader and writer cost the service worker about
 * 25 kB gzipped that it would evaluate at every start, and a worker cannot load code on demand.
 */
export function markdownExport({ session, notes }: InterviewRecord, now: number, display: MarkdownDisplayOptions = {}): MarkdownExport {
  const tree = interviewMarkdownTree(session, notes, now, display);
  return {
    fileName: interviewFileName({
      date: localDate(session.startedAt, display.timeZone),
      candidate: session.candidateName,
      role: interviewRole(session),
    }),
    markdown: serializeMarkdown(tree),
    pasteMarkdown: serializeWithoutFrontMatter(tree),
    plainText: plainText(tree),
  };
}
