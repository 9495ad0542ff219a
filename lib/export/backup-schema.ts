import { z } from 'zod';
import { RATINGS, type InterviewSession, type QuestionNote, type Setting } from '../interviews/interview-types';
import { MAX_TEXT_LENGTH } from '../interviews/limits';
import type { Kit } from '../kits/kit-types';

export const BACKUP_FORMAT = 'interview-sidebar-backup';
/** Bumped when the file's shape changes; a reader refuses versions newer than its own. */
export const BACKUP_FORMAT_VERSION = 1;

const time = z.number();
const text = z.string().max(MAX_TEXT_LENGTH);
const rating = z.enum(RATINGS).nullable();

const kitQuestion = z.strictObject({
  id: z.string().min(1),
  text,
  guidance: text.optional(),
  sampleAnswer: text.optional(),
  minutes: z.number().optional(),
});

const kitContent = z.strictObject({
  title: text,
  role: text.optional(),
  description: text.optional(),
  questions: z.array(kitQuestion),
  goodCandidate: text.optional(),
  redFlags: z.array(text),
  sourceUrl: text.optional(),
});

const kit = kitContent.extend({
  id: z.string().min(1),
  origin: z.enum(['bundled', 'user']),
  bundledVersion: z.number().optional(),
  createdAt: time,
  updatedAt: time,
}) satisfies z.ZodType<Kit>;

const interview = z.strictObject({
  id: z.string().min(1),
  meetingKey: z.string().min(1),
  platform: z.enum(['meet', 'zoom']),
  meetingCode: z.string(),
  meetingUrl: z.string(),
  kitId: z.string(),
  kit: kitContent,
  currentQuestionIndex: z.number().int().nonnegative(),
  candidateName: text,
  interviewerName: text,
  startedAt: time,
  plannedMinutes: z.number(),
  clock: z.strictObject({ elapsedMs: time, runningSince: time.nullable(), questionSince: time.nullable() }),
  redFlagsSeen: z.array(
    z.strictObject({ id: z.string(), text, seenAt: time, seenAtElapsedMs: z.number().nonnegative(), note: text, custom: z.boolean() }),
  ),
  recommendation: rating,
  summary: text,
  createdAt: time,
  updatedAt: time,
}) satisfies z.ZodType<InterviewSession>;

const note = z.strictObject({
  id: z.string().min(1),
  sessionId: z.string().min(1),
  questionId: z.string().min(1),
  text,
  rating,
  mark: z.enum(['asked', 'skipped']).nullable(),
  spentMs: time,
  updatedAt: time,
}) satisfies z.ZodType<QuestionNote>;

const setting = z.strictObject({ key: z.enum(['interviewerName', 'lastKitId']), value: text }) satisfies z.ZodType<Setting>;

/** The whole file; cross-record rules (unique ids, notes belong to an interview) follow. */
export const backupSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_FORMAT_VERSION),
    exportedAt: z.string(),
    kits: z.array(kit),
    interviews: z.array(interview),
    notes: z.array(note),
    settings: z.array(setting),
  })
  .superRefine((backup, ctx) => {
    const fail = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    unique(backup.kits, (k) => k.id, (i, id) => fail(['kits', i, 'id'], `a second kit with id "${id}"`));
    unique(backup.interviews, (s) => s.id, (i, id) => fail(['interviews', i, 'id'], `a second interview with id "${id}"`));
    unique(backup.interviews, (s) => s.meetingKey, (i, key) => fail(['interviews', i, 'meetingKey'], `a second interview of meeting "${key}"`));
    unique(backup.notes, (n) => n.id, (i, id) => fail(['notes', i, 'id'], `a second note with id "${id}"`));
    unique(backup.settings, (s) => s.key, (i, key) => fail(['settings', i, 'key'], `a second "${key}" setting`));
    const interviews = new Set(backup.interviews.map((s) => s.id));
    backup.notes.forEach((n, i) => {
      if (!interviews.has(n.sessionId)) fail(['notes', i, 'sessionId'], `no interview with id "${n.sessionId}" in this file`);
      else if (n.id !== `${n.sessionId}/${n.questionId}`) fail(['notes', i, 'id'], 'expected "<sessionId>/<questionId>"');
    });
  });

export type Backup = z.infer<typeof backupSchema>;

function unique<T>(rows: T[], key: (row: T) => string, onDuplicate: (index: number, key: string) => void): void {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const k = key(row);
    if (seen.has(k)) onDuplicate(i, k);
    seen.add(k);
  });
}
