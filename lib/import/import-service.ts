import type { InterviewDatabase } from '../db/database';
import { readBackupText } from '../export/parse-backup';
import type { InterviewSession, QuestionNote } from '../interviews/interview-types';
import { foldText } from '../search/search-text';
import { isBackupFile, tooLarge, type ImportCount, type ImportFile, type InterviewFile } from './import-files';
import { createImportUploads } from './import-uploads';
import { parsedInterviewRecord, type ParsedInterview } from './parsed-interview';

const sameText = (text: string) => foldText(text).replace(/\W+/g, ' ').trim();
/**
 * The same interview imported twice, or an export of one already here: same start, meeting and
 * candidate. The start to the second, as the export writes it (lib/export/interview-front-matter.ts).
 */
const signature = (s: InterviewSession) => `${Math.floor(s.startedAt / 1000)}|${s.meetingCode}|${sameText(s.candidateName)}`;

/**
 * Imports interviews a colleague exported (Markdown, one per file, read by the page; or a backup's
 * JSON), so a hiring manager can compare interviews held by several interviewers. Every file is
 * checked first; one bad file stops the import with its name and the problem, and nothing is written. Questions
 * get the ids of the same question in a kit here, so the comparison lines them up with local rounds.
 */
export function createImportService(db: InterviewDatabase, now: () => number) {
  async function importInterviews(files: ImportFile[]): Promise<ImportCount> {
    if (
      !Array.isArray(files) ||
      files.some((f) => typeof f?.name !== 'string' || !('text' in f ? typeof f.text === 'string' : 'interview' in f))
    )
      throw new Error('Expected files to import.');
    const rows: { session: InterviewSession; notes: QuestionNote[] }[] = [];
    for (const file of files) {
      const refused = 'text' in file && tooLarge(file);
      if (refused) throw new Error(refused);
      try {
        if ('interview' in file) rows.push(await fromMarkdown(readParsed(file.interview), file.name));
        else if (isBackupFile(file)) rows.push(...fromBackup(file));
        else throw new Error('a Markdown export is read by the page before it is sent here.');
      } catch (error) {
        throw new Error(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return db.transaction('rw', db.sessions, db.notes, async () => {
      const here = new Set((await db.sessions.toArray()).map(signature));
      let imported = 0;
      for (const { session, notes } of rows) {
        if (here.has(signature(session)) || (await db.sessions.get(session.id))) continue;
        here.add(signature(session));
        await db.sessions.add(session);
        await db.notes.bulkAdd(notes);
        imported += 1;
      }
      return { imported, skipped: rows.length - imported };
    });
  }

  function readParsed(interview: unknown): ParsedInterview {
    const checked = parsedInterviewRecord.safeParse(interview);
    if (checked.success) return checked.data;
    const issue = checked.error.issues[0];
    throw new Error(`this is not an interview this extension can import (${issue?.path.join('.') || 'the interview'}: ${issue?.message}).`);
  }

  function fromBackup(file: InterviewFile) {
    const backup = readBackupText(file.text);
    return backup.interviews.map((session) => ({
      session: { ...session, meetingKey: `imported:${session.id}`, importedFrom: file.name },
      notes: backup.notes.filter((n) => n.sessionId === session.id),
    }));
  }

  async function fromMarkdown(parsed: ParsedInterview, fileName: string) {
    const known = new Map<string, string>();
    for (const kit of await db.kits.toArray()) for (const q of kit.questions) known.set(sameText(q.text), q.id);
    const id = crypto.randomUUID();
    const at = now();
    const taken = new Set<string>();
    const questionIds = parsed.questions.map((q, i) => {
      const match = known.get(sameText(q.text));
      const questionId = match && !taken.has(match) ? match : `imported-${i + 1}`;
      taken.add(questionId);
      return questionId;
    });
    const session: InterviewSession = {
      id,
      meetingKey: `imported:${id}`,
      platform: parsed.platform,
      meetingCode: parsed.meetingCode,
      meetingUrl: '',
      kitId: `imported:${parsed.kitTitle}`,
      kit: {
        title: parsed.kitTitle,
        role: parsed.role,
        questions: parsed.questions.map((q, i) => ({ id: questionIds[i]!, text: q.text })),
        redFlags: [],
      },
      currentQuestionIndex: 0,
      candidateName: parsed.candidateName,
      interviewerName: parsed.interviewerName,
      startedAt: parsed.startedAt,
      plannedMinutes: 45,
      // A colleague's interview is over: its clock is ended, never resumed by opening it here.
      clock: { state: 'ended', elapsedMs: parsed.elapsedMs, runningSince: null, questionSince: null },
      redFlagsSeen: parsed.redFlags.map((f) => ({
        id: crypto.randomUUID(),
        text: f.text,
        note: f.note,
        seenAt: parsed.startedAt + f.seenAtElapsedMs,
        seenAtElapsedMs: f.seenAtElapsedMs,
        custom: true,
        ...(f.questionNumber && questionIds[f.questionNumber - 1] ? { questionId: questionIds[f.questionNumber - 1] } : {}),
      })),
      recommendation: parsed.recommendation,
      summary: parsed.summary,
      importedFrom: parsed.interviewerName ? `${parsed.interviewerName} (${fileName})` : fileName,
      createdAt: at,
      updatedAt: at,
    };
    const notes: QuestionNote[] = parsed.questions.flatMap((q, i) => {
      if (!q.asked && !q.skipped) return [];
      const questionId = questionIds[i]!;
      return [
        {
          id: `${id}/${questionId}`,
          sessionId: id,
          questionId,
          text: q.note,
          rating: q.rating,
          mark: q.skipped ? 'skipped' : 'asked',
          spentMs: q.spentMs,
          updatedAt: at,
        },
      ];
    });
    return { session, notes };
  }

  return { importInterviews, ...createImportUploads(importInterviews) };
}
