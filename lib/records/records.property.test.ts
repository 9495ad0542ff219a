import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackgroundService } from '../background/background-service';
import { openInterviewDatabase } from '../db/database';
import { dumpDatabase } from '../export/db-dump.test-support';
import { settleClock } from '../interviews/interview-clock';
import { RATINGS } from '../interviews/interview-types';
import { backendEngineerKit } from '../kits/bundled/backend-engineer';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { interviewRecord, noteRecord, settingRecord } from './interview-record';
import { kitRecord } from './kit-record';

const T0 = Date.UTC(2026, 10, 2, 9);
const MEETINGS = ['https://meet.google.com/abc-defg-hij', 'https://app.zoom.us/wc/81234567890/join'].map((url) => parseMeetingUrl(url)!);
const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('', '<b>x</b>', '---', '\u0000\u202e', 'ünï 😀'));

/** One thing a surface can do through the service, with arguments a person could give. */
const step = fc.oneof(
  fc.record({ kind: fc.constant('note' as const), question: fc.nat(7), text }),
  fc.record({ kind: fc.constant('rating' as const), question: fc.nat(7), rating: fc.option(fc.constantFrom(...RATINGS), { nil: null }) }),
  fc.record({ kind: fc.constant('mark' as const), question: fc.nat(7), mark: fc.constantFrom('asked' as const, 'skipped' as const, null) }),
  fc.record({ kind: fc.constant('go' as const), question: fc.nat(7) }),
  fc.record({ kind: fc.constant('kitFlag' as const), index: fc.nat(3), seen: fc.boolean() }),
  fc.record({ kind: fc.constant('customFlag' as const), text: text.filter((t) => t.trim() !== ''), note: text }),
  fc.record({
    kind: fc.constant('details' as const),
    candidateName: text,
    summary: text,
    plannedMinutes: fc.integer({ min: 5, max: 600 }),
    recommendation: fc.option(fc.constantFrom(...RATINGS), { nil: null }),
  }),
  fc.record({ kind: fc.constant('clock' as const), running: fc.boolean() }),
  fc.record({ kind: fc.constant('end' as const) }),
  fc.record({ kind: fc.constant('kit' as const), title: text.filter((t) => t.trim() !== ''), guidance: text }),
);

describe('every record the extension can write (property)', () => {
  it('matches its record schema, and restore accepts the backup and gives it back whole', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(1), step), { maxLength: 25 }), async (steps) => {
        const source = openInterviewDatabase(`records-${crypto.randomUUID()}`);
        const target = openInterviewDatabase(`records-${crypto.randomUUID()}`);
        let t = T0;
        const service = createBackgroundService(source, () => (t += 1_000));
        const { interviews, kits, exports } = service.requests;
        try {
          const sessions = await Promise.all(MEETINGS.map((m) => service.meetings.openInterview(m)));
          for (const [which, s] of steps) {
            const id = sessions[which]!.id;
            const questionId =
              backendEngineerKit.questions[s.kind === 'note' || s.kind === 'rating' || s.kind === 'mark' ? s.question : 0]!.id;
            if (s.kind === 'note') await interviews.saveNote({ sessionId: id, questionId, text: s.text });
            else if (s.kind === 'rating') await interviews.setRating(id, questionId, s.rating);
            else if (s.kind === 'mark') await interviews.setQuestionMark(id, questionId, s.mark);
            else if (s.kind === 'go') await interviews.setCurrentQuestion(id, s.question);
            else if (s.kind === 'kitFlag') await interviews.setKitRedFlagSeen(id, s.index, s.seen);
            else if (s.kind === 'customFlag') {
              await interviews.addRedFlag(id, s.text);
              const flag = (await source.sessions.get(id))?.redFlagsSeen.at(-1);
              if (flag) await interviews.setRedFlagNote(id, flag.id, s.note);
            } else if (s.kind === 'details') {
              const { kind: _kind, ...patch } = s;
              await interviews.updateDetails(id, patch);
            } else if (s.kind === 'clock') await interviews.setClockRunning(id, s.running);
            else if (s.kind === 'end') await interviews.endInterview(id);
            else {
              const kit = await kits.createKit({ ...backendEngineerKit, title: s.title });
              await kits.updateKit(kit.id, { ...kit, questions: [{ ...kit.questions[0]!, guidance: s.guidance }] });
            }
          }
          for (const kit of await source.kits.toArray()) expect(kitRecord.safeParse(kit).error).toBeUndefined();
          for (const row of await source.sessions.toArray()) expect(interviewRecord.safeParse(row).error).toBeUndefined();
          for (const note of await source.notes.toArray()) expect(noteRecord.safeParse(note).error).toBeUndefined();
          for (const setting of await source.settings.toArray()) expect(settingRecord.safeParse(setting).error).toBeUndefined();

          const backup = await exports.createBackup();
          await createBackgroundService(target, () => t).requests.exports.restoreBackup(backup, 'replace');
          // A clock running in a file comes back paused as away at the interview's last change (backup-schema.ts).
          const expected = await dumpDatabase(source);
          expected.sessions = expected.sessions.map((row) => ({ ...row, clock: settleClock(row.clock, row.updatedAt) }));
          expect(await dumpDatabase(target)).toEqual(expected);
        } finally {
          await source.delete();
          await target.delete();
        }
      }),
      { numRuns: 40 },
    );
  });
});
