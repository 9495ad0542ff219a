import { z } from 'zod';
import { settleClock } from '../interviews/interview-clock';
import type { InterviewSession } from '../interviews/interview-types';
import { MAX_DATE_MS } from '../interviews/limits';
import { BUNDLED_KIT_IDS } from '../kits/bundled-kits';
import { KIT_LIMITS } from '../kits/kit-schema';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { platformName } from '../platforms';
import { clockRecord, interviewRecord, noteRecord, redFlagSightingRecord, settingRecord } from '../records/interview-record';
import { kitContentRecord, kitQuestionRecord, kitRecord } from '../records/kit-record';

export const BACKUP_FORMAT = 'interview-sidebar-backup';
/** Bumped when the file's shape changes; a reader refuses versions newer than its own. */
export const BACKUP_FORMAT_VERSION = 1;

// The records are declared once (lib/records/); the file holds them as stored, with one allowance for
// files written before the clock had a state. Restore also checks meaning, not just shape: values
// every page can show (a time a Date can hold, an index inside its kit, a link that is a meeting),
// so a hand-edited or hostile file cannot break the dashboard once it is written.
const time = z
  .number()
  .min(0, { error: 'must not be negative' })
  .max(MAX_DATE_MS, { error: `must be a time JavaScript can hold (at most ${MAX_DATE_MS} ms after 1970)` });

const questions = z
  .array(kitQuestionRecord.extend({ minutes: z.number().positive().max(KIT_LIMITS.maxMinutes).optional() }))
  .min(1, { error: 'a kit needs at least one question' })
  .max(KIT_LIMITS.questions);

const kitSchema = kitRecord
  .extend({ questions, createdAt: time, updatedAt: time })
  // A bundled kit cannot be deleted, so only the shipped kits' ids may claim to be one.
  .refine((k) => k.origin !== 'bundled' || BUNDLED_KIT_IDS.includes(k.id), {
    error: 'only a kit shipped with the extension is "bundled"',
    path: ['origin'],
  });

export const interviewSchema = interviewRecord
  .extend({
    kit: kitContentRecord.extend({ questions }),
    startedAt: time,
    createdAt: time,
    updatedAt: time,
    // Backups written before the clock had a state have none; a running clock in a file is settled
    // as away at the interview's last change, so a restored interview never counts the time between.
    clock: clockRecord.extend({ elapsedMs: time, runningSince: time.nullable(), questionSince: time.nullable() }).partial({ state: true }),
    redFlagsSeen: z.array(redFlagSightingRecord.extend({ seenAt: time, seenAtElapsedMs: time })),
  })
  .superRefine((s, ctx) => {
    if (s.currentQuestionIndex >= s.kit.questions.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['currentQuestionIndex'],
        message: `must be below the kit's ${s.kit.questions.length} question(s)`,
      });
    }
    // The clock is settled at the last change (below); the sum must be a time too.
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

export const noteSchema = noteRecord.extend({ spentMs: time, updatedAt: time });

/** The whole file; cross-record rules (unique ids, notes belong to an interview) follow. */
export const backupSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_FORMAT_VERSION),
    exportedAt: z.string(),
    kits: z.array(kitSchema),
    interviews: z.array(interviewSchema),
    notes: z.array(noteSchema),
    settings: z.array(settingRecord),
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
