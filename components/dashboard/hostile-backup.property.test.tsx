// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import type { ReactNode } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DataClientContext } from '@/hooks/use-data-client';
import { createInProcessClient } from '@/lib/client/in-process-client';
import { openInterviewDatabase, type InterviewDatabase } from '@/lib/db/database';
import { writeBackup } from '@/lib/export/backup-restore';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '@/lib/export/backup-schema';
import { createExportService } from '@/lib/export/export-service';
import { parseBackup } from '@/lib/export/parse-backup';
import { candidateKey } from '@/lib/interviews/candidate-key';
import { CLOCK_STATES, RATINGS } from '@/lib/interviews/interview-types';
import { MAX_DATE_MS, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, PLANNED_MINUTES } from '@/lib/interviews/limits';
import { PLATFORMS } from '@/lib/platforms';
import { initialHistoryState, useHistoryStore } from '@/lib/stores/history-store';
import { exportMarkdown } from '@/components/export/export-markdown';
import { CandidateView } from './candidates/candidate-view';
import { CompareView } from './compare/compare-view';
import { DashboardApp } from './dashboard-app';
import { PastInterviewView } from './past-interview/past-interview-view';

// Values a backup may hold and a page must still show: both ends of a Date's range, fractions,
// text from any Unicode (lone surrogates, right-to-left marks, combining runs, NUL) and huge strings.
const time = fc.oneof(
  fc.constantFrom(0, 1, MAX_DATE_MS, MAX_DATE_MS - 1),
  fc.double({ min: 0, max: MAX_DATE_MS, noNaN: true }),
  fc.integer({ min: 0, max: 2 ** 53 - 1 }).map((n) => n % MAX_DATE_MS),
);
const ODD = ['\u202E', '\u200F', '\u0000', '\uD800', '\uDFFF', '\u0301'.repeat(50), '\uFEFF', '👩‍👩‍👧‍👦', '\n\n', '<b>x</b>', '=1+1'];
const hostile = fc
  .array(
    fc.oneof(
      { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 8 },
      { arbitrary: fc.constantFrom(...ODD), weight: 4 },
      { arbitrary: fc.constant('W'.repeat(40_000)), weight: 1 },
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join('').slice(0, MAX_TEXT_LENGTH));
const name = hostile.map((s) => s.slice(0, MAX_NAME_LENGTH));
const rating = fc.constantFrom(null, ...RATINGS);

const interview = (id: string) =>
  fc
    .record({
      platform: fc.constantFrom(...PLATFORMS.filter((p) => p.id === 'meet' || p.id === 'zoom')),
      linked: fc.boolean(),
      questions: fc.array(
        fc.record({ text: hostile, minutes: fc.option(fc.double({ min: 0.001, max: 600, noNaN: true }), { nil: undefined }) }),
        {
          minLength: 1,
          maxLength: 4,
        },
      ),
      title: hostile,
      role: fc.option(hostile, { nil: undefined }),
      index: fc.nat(),
      candidateName: name,
      interviewerName: name,
      startedAt: time,
      plannedMinutes: fc.integer(PLANNED_MINUTES),
      clock: fc.record({
        state: fc.constantFrom(...CLOCK_STATES),
        elapsedMs: time,
        runningSince: fc.option(time),
        questionSince: fc.option(time),
      }),
      flags: fc.array(fc.record({ text: hostile, seenAt: time, seenAtElapsedMs: time, note: hostile, custom: fc.boolean() }), {
        maxLength: 2,
      }),
      recommendation: rating,
      summary: hostile,
      createdAt: time,
      updatedAt: time,
      notes: fc.array(
        fc.record({ text: hostile, rating, mark: fc.constantFrom(null, 'asked', 'skipped'), spentMs: time, updatedAt: time }),
        {
          maxLength: 4,
        },
      ),
    })
    .map(({ platform, linked, questions, title, role, index, flags, notes, ...rest }) => {
      const code = platform.id === 'meet' ? 'abc-defg-hij' : '123456789';
      const url = platform.id === 'meet' ? `https://meet.google.com/${code}` : `https://app.zoom.us/wc/${code}/join`;
      const kitQuestions = questions.map((q, i) => ({ id: `q${i}`, ...q }));
      return {
        session: {
          id,
          meetingKey: `${platform.id}:${id}`,
          platform: platform.id,
          meetingCode: code,
          meetingUrl: linked ? url : '',
          kitId: 'user-kit',
          kit: { title, role, questions: kitQuestions, redFlags: [] },
          currentQuestionIndex: index % kitQuestions.length,
          redFlagsSeen: flags.map((f, i) => ({ id: `f${i}`, ...f })),
          ...rest,
        },
        notes: notes.slice(0, kitQuestions.length).map((n, i) => ({ id: `${id}/q${i}`, sessionId: id, questionId: `q${i}`, ...n })),
      };
    });

const backupArb = fc.tuple(interview('a'), interview('b')).map((rows) =>
  JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    exportedAt: new Date(0).toISOString(),
    kits: [],
    interviews: rows.map((r) => r.session),
    notes: rows.flatMap((r) => r.notes),
    settings: [],
  }),
);

let db: InterviewDatabase;
beforeAll(() => {
  db = openInterviewDatabase(`hostile-${crypto.randomUUID()}`);
  // A page that throws is caught by its error boundary, which logs; the test fails on the boundary's alert instead.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(() => db.delete());

function show(page: ReactNode) {
  cleanup();
  return render(<DataClientContext.Provider value={createInProcessClient(db, null)}>{page}</DataClientContext.Provider>);
}

const noBoundaryError = () => expect(document.querySelector('.error-boundary')?.textContent ?? null).toBeNull();

describe('a backup that passes restore renders and exports everywhere (property)', () => {
  it('lists, opens, compares and exports hostile but valid interviews without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(backupArb, async (json) => {
        let backup: ReturnType<typeof parseBackup>;
        try {
          backup = parseBackup(json);
        } catch (error) {
          // The one rule the generator does not follow: a running clock settled past a Date's range.
          expect(String(error)).toMatch(/clock\.elapsedMs: with the time it ran/);
          return;
        }
        await writeBackup(db, backup, 'replace');
        const ids = backup.interviews.map((s) => s.id);

        useHistoryStore.setState(initialHistoryState);
        window.location.hash = '#interviews';
        show(<DashboardApp />);
        await waitFor(() => expect(screen.getAllByRole('button', { name: /^Open / })).toHaveLength(2));
        noBoundaryError();

        for (const id of ids) {
          show(<PastInterviewView sessionId={id} />);
          await screen.findAllByRole('heading', { level: 1 });
          noBoundaryError();
        }
        show(<CompareView sessionIds={ids} />);
        await screen.findByRole('table');
        noBoundaryError();
        show(<CandidateView candidateKey={candidateKey(backup.interviews[0]!)} />);
        await screen.findAllByRole('heading', { level: 1 });
        noBoundaryError();

        const markdown = await exportMarkdown(createInProcessClient(db, null), ids);
        expect(markdown.map((m) => m.fileName.length > 0)).toEqual([true, true]);
        // A backup of what was restored restores again.
        expect(parseBackup(await createExportService(db, Date.now).createBackup()).interviews).toHaveLength(2);
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});
