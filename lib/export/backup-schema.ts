import { z } from 'zod';
import { PLATFORM_IDS, platformName } from '../platforms';
import { settleClock } from '../interviews/interview-clock';
import { CLOCK_STATES, RATINGS, type InterviewSession, type QuestionNote, type Setting } from '../interviews/interview-types';
import { MAX_DATE_MS, MAX_TEXT_LENGTH, PLANNED_MINUTES } from '../interviews/limits';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { BUNDLED_KIT_IDS } from '../kits/bundled-kits';
import { KIT_LIMITS } from '../kits/kit-schema';
import type { Kit } from '../kits/kit-types';

export const BACKUP_FORMAT = 'interview-sidebar-backup';
/** Bumped when the file's shape changes; a reader refuses versions newer than its own. */
export const BACKUP_FORMAT_VERSION = 1;

// Restore checks meaning as well as shape: a value every page can show (a date a Date can hold,
// an index inside its kit, a link that is a meeting), so a hand-edited or hostile file cannot
// break the dashboard after it is written.
const time = z
  .number()
  .min(0, { error: 'must not be negative' })
  .max(MAX_DATE_MS, { error: `must be a time JavaScript can hold (at most ${MAX_DATE_MS} ms after 1970)` });
const text = z.string().max(MAX_TEXT_LENGTH);
const rating = z.enum(RATINGS).nullable();

const kitQuestion = z.strictObject({
  id: z.string().min(1),
  text,
  guidance: text.optional(),
  sampleAnswer: text.optional(),
  minutes: z.number().positive().max(KIT_LIMITS.maxMinutes).optional(),
});

const kitContent = z.strictObject({
  title: text,
  role: text.optional(),
  description: text.optional(),
  questions: z.array(kitQuestion).min(1, { error: 'a kit needs at least one question' }).max(KIT_LIMITS.questions),
  goodCandidate: text.optional(),
  redFlags: z.array(text),
  sourceUrl: text.optional(),
});

const kit = kitContent
  .extend({
    id: z.string().min(1),
    origin: z.enum(['bundled', 'user']),
    bundledVersion: z.number().optional(),
    createdAt: time,
    updatedAt: time,
  })
  // A bundled kit cannot be deleted, so only the shipped kits' ids may claim to be one.
  .refine((k) => k.origin !== 'bundled' || BUNDLED_KIT_IDS.includes(k.id), {
    error: 'only a kit shipped with the extension is "bundled"',
    path: ['origin'],
  }) satisfies z.ZodType<Kit>;

export const interviewSchema = z
  .strictObject({
    id: z.string().min(1),
    meetingKey: z.string().min(1),
    platform: z.enum(PLATFORM_IDS),
    meetingCode: z.string(),
    meetingUrl: z.string(),
    kitId: z.string(),
    kit: kitContent,
    currentQuestionIndex: z.number().int().nonnegative(),
    candidateName: text,
    interviewerName: text,
    startedAt: time,
    plannedMinutes: z.number().int().min(PLANNED_MINUTES.min).max(PLANNED_MINUTES.max),
    // Backups written before the clock had a state have none; a running clock in a file is settled
    // as away at the interview's last change, so a restored interview never counts the time between.
    clock: z.strictObject({
      state: z.enum(CLOCK_STATES).optional(),
      elapsedMs: time,
      runningSince: time.nullable(),
      questionSince: time.nullable(),
    }),
    redFlagsSeen: z.array(
      z.strictObject({
        id: z.string(),
        text,
        seenAt: time,
        seenAtElapsedMs: time,
        note: text,
        custom: z.boolean(),
        questionId: z.string().optional(),
      }),
    ),
    recommendation: rating,
    summary: text,
    candidateGroup: z.string().max(200).optional(),
    importedFrom: text.optional(),
    createdAt: time,
    updatedAt: time,
  })
  .superRefine((s, ctx) => {
    if (s.currentQuestionIndex >= s.kit.questions.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['currentQuestionIndex'],
        message: `must be below the kit's ${s.kit.questions.length} question(s)`,
      });
    }
    // A running clock is settled at the last change (below); the sum must be a time too.
    if (settleClock(s.clock, s.updatedAt).elapsedMs > MAX_DATE_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['clock', 'elapsedMs'],
        message: 'with the time it ran until updatedAt, longer than a Date can hold',
      });
    }
    // An imported interview has no link; any other link must be a meeting of its own platform.
    if (s.meetingUrl !== '' && parseMeetingUrl(s.meetingUrl)?.platform !== s.platform) {
      ctx.addIssue({ code: 'custom', path: ['meetingUrl'], message: `must be a ${platformName(s.platform)} meeting link or empty` });
    }
  })
  .transform((s): InterviewSession => ({ ...s, clock: settleClock(s.clock, s.updatedAt) }));

export const noteSchema = z.strictObject({
  id: z.string().min(1),
  sessionId: z.string().min(1),
  questionId: z.string().min(1),
  text,
  rating,
  mark: z.enum(['asked', 'skipped']).nullable(),
  spentMs: time,
  updatedAt: time,
}) satisfies z.ZodType<QuestionNote>;

const setting = z.strictObject({
  key: z.enum(['interviewerName', 'lastKitId', 'retentionDays']),
  value: text,
}) satisfies z.ZodType<Setting>;

/** The whole file; cross-record rules (unique ids, notes belong to an interview) follow. */
export const backupSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_FORMAT_VERSION),
    exportedAt: z.string(),
    kits: z.array(kit),
    interviews: z.array(interviewSchema),
    notes: z.array(noteSchema),
    settings: z.array(setting),
  })
  .superRefine((backup, ctx) => {
    const fail = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    unique(
      backup.kits,
      (k) => k.id,
      (i, id) => fail(['kits', i, 'id'], `a second kit with id "${id}"`),
    );
    unique(
      backup.interviews,
      (s) => s.id,
      (i, id) => fail(['interviews', i, 'id'], `a second interview with id "${id}"`),
    );
    unique(
      backup.interviews,
      (s) => s.meetingKey,
      (i, key) => fail(['interviews', i, 'meetingKey'], `a second interview of meeting "${key}"`),
    );
    unique(
      backup.notes,
      (n) => n.id,
      (i, id) => fail(['notes', i, 'id'], `a second note with id "${id}"`),
    );
    unique(
      backup.settings,
      (s) => s.key,
      (i, key) => fail(['settings', i, 'key'], `a second "${key}" setting`),
    );
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
