import { z } from 'zod';
import { settleClock } from '../interviews/interview-clock';
import type { InterviewSession } from '../interviews/interview-types';
import { clockRecord, interviewRecord, noteRecord, settingRecord } from '../records/interview-record';
import { kitRecord } from '../records/kit-record';

export const BACKUP_FORMAT = 'interview-sidebar-backup';
/** Bumped when the file's shape changes; a reader refuses versions newer than its own. */
export const BACKUP_FORMAT_VERSION = 1;

// The records are declared once (lib/records/); the file holds them as stored, with one allowance for
// files written before the clock had a state.
export const interviewSchema = interviewRecord
  .extend({
    // Backups written before the clock had a state have none; a running clock in a file is settled
    // as away at the interview's last change, so a restored interview never counts the time between.
    clock: clockRecord.partial({ state: true }),
  })
  .transform((s): InterviewSession => ({ ...s, clock: settleClock(s.clock, s.updatedAt) }));

export const noteSchema = noteRecord;

/** The whole file; cross-record rules (unique ids, notes belong to an interview) follow. */
export const backupSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_FORMAT_VERSION),
    exportedAt: z.string(),
    kits: z.array(kitRecord),
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
