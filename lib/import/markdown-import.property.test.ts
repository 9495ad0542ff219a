import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackgroundService } from '../background/background-service';
import { openInterviewDatabase } from '../db/database';
import { sampleNote, sampleSession, T0 } from '../export/export-fixtures.test-support';
import { hostileText, name } from '../export/hostile-text.test-support';
import { markdownExport } from '../export/interview-export';
import { RATINGS } from '../interviews/interview-types';
import { parsedInterviewRecord } from './parsed-interview';
import { readImportFiles } from './read-import-files';

const interviewArb = fc.record({
  candidate: name,
  // Every kit has a title: its schema requires one (lib/kits/kit-schema.ts), and the export's front matter names it.
  title: hostileText.filter((t) => /[^\s\0]/.test(t)),
  questions: fc.array(hostileText, { minLength: 1, maxLength: 6 }),
  notes: fc.array(fc.option(fc.tuple(hostileText, fc.constantFrom(null, ...RATINGS))), { maxLength: 6 }),
  summary: hostileText,
  recommendation: fc.constantFrom(null, ...RATINGS),
  flags: fc.array(fc.tuple(name, hostileText, fc.nat(7)), { maxLength: 3 }),
});

describe('an interview exported as Markdown, imported again (property)', () => {
  it('is read by the page into an interview the background accepts, whatever its text', async () => {
    await fc.assert(
      fc.asyncProperty(interviewArb, async (x) => {
        const questions = x.questions.map((text, i) => ({ id: `q${i}`, text }));
        const session = sampleSession({
          candidateName: x.candidate,
          summary: x.summary,
          recommendation: x.recommendation,
          kit: { title: x.title, questions, redFlags: [] },
          redFlagsSeen: x.flags.map(([text, note, at], i) => ({
            id: `f${i}`,
            text,
            note,
            seenAt: T0,
            seenAtElapsedMs: 0,
            custom: true,
            ...(questions[at] ? { questionId: questions[at].id } : {}),
          })),
        });
        const notes = x.notes.flatMap((note, i) =>
          note === null || i >= questions.length ? [] : [sampleNote('s1', `q${i}`, { text: note[0], rating: note[1] })],
        );
        const exported = markdownExport({ session, notes }, T0, { timeZone: 'UTC', locale: 'en-GB' });

        const [file] = readImportFiles([{ name: exported.fileName, text: exported.markdown }]);
        expect(file && 'interview' in file && parsedInterviewRecord.safeParse(file.interview).error).toBeUndefined();
        const db = openInterviewDatabase(`markdown-import-${crypto.randomUUID()}`);
        try {
          const imports = createBackgroundService(db, () => T0).requests.imports;
          // Through JSON, as runtime messaging carries it.
          expect(await imports.importInterviews(JSON.parse(JSON.stringify([file])))).toEqual({ imported: 1, skipped: 0 });
          const [imported] = await db.sessions.toArray();
          expect(imported?.kit.questions).toHaveLength(questions.length);
          expect(imported?.recommendation).toBe(x.recommendation);
          expect(imported?.redFlagsSeen).toHaveLength(x.flags.length);
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
