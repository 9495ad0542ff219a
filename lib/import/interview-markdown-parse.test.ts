import { describe, expect, it } from 'vitest';
import { sampleNote, sampleSession, T0 } from '../export/export-fixtures.test-support';
import { interviewMarkdown } from '../export/interview-markdown';
import { parseInterviewMarkdown } from './interview-markdown-parse';
import { parseElapsed } from './parsed-interview';

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
    expect(parsed.questions[0]).toEqual({ text: 'Question text 1?', rating: 'yes', spentMs: 90_000, note, skipped: false, asked: true });
    expect(parsed.redFlags).toEqual([{ text: 'Rude', questionNumber: 1, seenAtElapsedMs: 61_000, note: 'once\n\ntwice' }]);
  });

  it('reads a red flag back as the text it was, whatever Markdown it holds', () => {
    const text = 'Says *always* <#@0> <jane@example.com> _x_ \\ `y` [z](w)';
    const flag = { id: 'f', text, note: '', seenAt: T0, seenAtElapsedMs: 61_000, custom: true, questionId: 'q1' };
    const parsed = parseInterviewMarkdown(exported({ redFlagsSeen: [flag] }, 'note'));
    expect(parsed.redFlags).toEqual([{ text, questionNumber: 1, seenAtElapsedMs: 61_000, note: '' }]);
  });

  it('knows each platform by the name the export wrote', () => {
    expect(parseInterviewMarkdown(exported({ platform: 'zoom', meetingCode: '81234567890' }, 'x')).platform).toBe('zoom');
    expect(parseInterviewMarkdown(exported({ platform: 'meet' }, 'x')).platform).toBe('meet');
  });
});

/** An export as a colleague's file holds it, written out so each test can change one line. */
const FILE = [
  '---',
  'candidate: "Ada Lovelace"',
  'role: "Backend Engineer"',
  'kit: "Backend Kit"',
  'date: "2025-01-31T14:05:00Z"',
  'duration: "1:02:03"',
  'interviewer: "Grace Hopper"',
  'platform: "Zoom"',
  'meeting_code: "81234567890"',
  '---',
  '',
  '# Ada Lovelace — Backend Engineer',
  '',
  '**Recommendation:** Strong yes',
  '',
  '_No summary written_',
  '',
  '- **Date:** 31 January 2025 at 14:05',
  '- **Duration:** 1:02:03',
  '',
  '## Scorecard',
  '',
  '|  # | Question | Rating |  Time |',
  '| -: | :------- | :----- | ----: |',
  '|  1 | First?   | Yes    | 01:30 |',
  '|  2 | Second?  | Not rated | 00:00 |',
  '',
  '## Question 1: First?',
  '',
  '**Rating:** Yes · **Time:** 01:30',
  '',
  '_No notes_',
  '',
  '## Question 2: Second?',
  '',
  '**Rating:** Not rated · **Time:** 00:00 · skipped',
  '',
  '## Red flags seen',
  '',
  '- Late — at 00:05 (14:05)',
  '',
  '## Not asked',
  '',
  '- Question 4: Fourth? (skipped)',
  '- Question 3: Third?',
  '',
].join('\n');

describe('parseInterviewMarkdown, line by line', () => {
  it('reads the facts from the front matter and the verdict from the body', () => {
    expect(parseInterviewMarkdown(FILE)).toEqual({
      candidateName: 'Ada Lovelace',
      role: 'Backend Engineer',
      kitTitle: 'Backend Kit',
      startedAt: Date.UTC(2025, 0, 31, 14, 5),
      elapsedMs: 3_723_000,
      interviewerName: 'Grace Hopper',
      platform: 'zoom',
      meetingCode: '81234567890',
      recommendation: 'strong-yes',
      summary: '',
      questions: [
        { text: 'First?', rating: 'yes', spentMs: 90_000, note: '', skipped: false, asked: true },
        { text: 'Second?', rating: null, spentMs: 0, note: '', skipped: true, asked: true },
        { text: 'Third?', rating: null, spentMs: 0, note: '', skipped: false, asked: false },
        { text: 'Fourth?', rating: null, spentMs: 0, note: '', skipped: true, asked: false },
      ],
      redFlags: [{ text: 'Late', questionNumber: null, seenAtElapsedMs: 5_000, note: '' }],
    });
  });

  it('takes a file saved with a byte-order mark and Windows line endings', () => {
    const parsed = parseInterviewMarkdown(`\uFEFF${FILE.replace(/\n/g, '\r\n')}`);
    expect(parsed).toMatchObject({ candidateName: 'Ada Lovelace', kitTitle: 'Backend Kit', recommendation: 'strong-yes' });
    expect(parsed.questions).toHaveLength(4);
  });

  it('falls back where a fact is missing: the kit for the role, no duration, the first platform, no verdict', () => {
    const parsed = parseInterviewMarkdown(
      FILE.replace(/^role: .*\n/m, '')
        .replace(/^duration: .*\n/m, 'duration: "soon"\n')
        .replace('platform: "Zoom"', 'platform: "Jitsi"')
        .replace('**Recommendation:** Strong yes', '**Recommendation:** Maybe'),
    );
    expect(parsed).toMatchObject({ role: 'Backend Kit', elapsedMs: 0, platform: 'meet', recommendation: null });
  });

  it('reads rating labels whatever their case and spacing', () => {
    expect(parseInterviewMarkdown(FILE.replace('| Yes    |', '| sTrOnG nO |')).questions[0]!.rating).toBe('strong-no');
  });

  it('names what is missing when the file is not an export', () => {
    const invalid = 'the front matter has no "kit" or no valid "date": this is not an interview export.';
    expect(() => parseInterviewMarkdown('# Notes\n\n---\nkit: x\n---\n')).toThrow(
      'no front matter: this is not an interview exported by Interview Sidebar.',
    );
    expect(() => parseInterviewMarkdown(FILE.replace('kit: "Backend Kit"', 'kit: ""'))).toThrow(invalid);
    expect(() => parseInterviewMarkdown(FILE.replace('kit: "Backend Kit"', 'kit: 7'))).toThrow(invalid);
    expect(() => parseInterviewMarkdown(FILE.replace('date: "2025-01-31T14:05:00Z"', 'date: "someday"'))).toThrow(invalid);
    expect(() => parseInterviewMarkdown('---\n\n---\n# x')).toThrow(invalid);
    expect(() => parseInterviewMarkdown(FILE.slice(0, FILE.indexOf('## Scorecard')))).toThrow(
      'no questions found (no scorecard, question sections or "Not asked" list).',
    );
  });
});

describe('parseElapsed', () => {
  it('reads mm:ss and h:mm:ss as milliseconds, and nothing else', () => {
    expect(parseElapsed('04:12')).toBe(252_000);
    expect(parseElapsed(' 4:12 ')).toBe(252_000);
    expect(parseElapsed('1:02:03')).toBe(3_723_000);
    expect(parseElapsed('100:00:00')).toBe(360_000_000);
    for (const value of ['', '4', '123:45', '4:1', '04:12:', 'x04:12', '04:12x', '[04:12]']) expect(parseElapsed(value)).toBeUndefined();
  });
});
