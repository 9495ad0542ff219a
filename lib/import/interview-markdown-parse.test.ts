import { describe, expect, it } from 'vitest';
import { sampleNote, sampleSession, T0 } from '../export/export-fixtures.test-support';
import { interviewMarkdown } from '../export/interview-markdown';
import { parseInterviewMarkdown } from './interview-markdown-parse';

const exported = (overrides: Parameters<typeof sampleSession>[0], noteText: string) => {
  const session = sampleSession(overrides, 3);
  return interviewMarkdown(session, [sampleNote(session.id, 'q1', { text: noteText, rating: 'yes', spentMs: 90_000 })], T0, {
    timeZone: 'UTC',
    locale: 'en-GB',
  });
};

describe('parseInterviewMarkdown', () => {
  it('reads notes, the summary and red-flag notes back as the Markdown the file holds', () => {
    const note = '- a\n- b\n\n[12:34] said _this_\n\n```\ncode\n```';
    const parsed = parseInterviewMarkdown(
      exported(
        {
          summary: 'First.\n\nSecond, with a list:\n\n- one',
          recommendation: 'no',
          redFlagsSeen: [
            { id: 'f', text: 'Rude', note: 'once\n\ntwice', seenAt: T0, seenAtElapsedMs: 61_000, custom: true, questionId: 'q1' },
          ],
        },
        note,
      ),
    );
    expect(parsed.summary).toBe('First.\n\nSecond, with a list:\n\n- one');
    expect(parsed.recommendation).toBe('no');
    expect(parsed.questions[0]).toEqual({ text: 'Question text 1?', rating: 'yes', spentMs: 90_000, note, skipped: false });
    expect(parsed.redFlags).toEqual([{ text: 'Rude', questionNumber: 1, seenAtElapsedMs: 61_000, note: 'once\n\ntwice' }]);
  });

  it('knows each platform by the name the export wrote', () => {
    expect(parseInterviewMarkdown(exported({ platform: 'zoom', meetingCode: '81234567890' }, 'x')).platform).toBe('zoom');
    expect(parseInterviewMarkdown(exported({ platform: 'meet' }, 'x')).platform).toBe('meet');
  });
});
