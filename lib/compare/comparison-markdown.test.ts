import { describe, expect, it } from 'vitest';
import { parseExportedMarkdown } from '../export/exported-markdown.test-support';
import { buildMatrix } from './compare-matrix';
import { compared } from './compare-fixtures.test-support';
import { comparisonMarkdown } from './comparison-markdown';

describe('comparisonMarkdown', () => {
  const m = buildMatrix([
    compared(
      'Ada | Lovelace',
      ['q1', 'q2'],
      { q1: 'yes', q2: 'yes' },
      { recommendation: 'yes', summary: 'Strong *APIs*.', redFlags: [{ text: 'Blames others', note: 'twice', questionId: 'q2' }] },
    ),
    compared('Bob', ['q1', 'q2'], { q1: 'strong-yes', q2: 'no' }),
  ]);
  const md = comparisonMarkdown(m, 'Debrief: Backend Engineer');

  it('starts with a GFM table of ratings, then recommendation, red flags and total time', () => {
    expect(md.startsWith('# Debrief: Backend Engineer\n\n| Question ')).toBe(true);
    const table = parseExportedMarkdown(md).children.find((n) => n.type === 'table');
    const cells =
      table && 'children' in table
        ? table.children.map((r) =>
            'children' in r
              ? r.children.map((c) => ('children' in c ? c.children.map((t) => ('value' in t ? t.value : '')).join('') : ''))
              : [],
          )
        : [];
    expect(cells).toEqual([
      ['Question', 'Ada | Lovelace', 'Bob'],
      ['Text of q1?', 'Yes (01:00)', 'Strong yes (01:00)'],
      ['Text of q2?', 'Yes (01:00)', 'No (01:00)'],
      ['Recommendation', 'Yes', 'No decision'],
      ['Red flags seen', '1', '0'],
      ['Total time', '10:00', '10:00'],
    ]);
  });

  it("points out questions everyone passed, then each candidate's summary and red flags with their question", () => {
    expect(md).toContain('**Questions that did not tell these candidates apart:**\n\n- Text of q1? — everyone passed');
    expect(md).toContain(
      '## Ada | Lovelace — Backend Engineer\n\n**Recommendation:** Yes · 1970-01-01\n\nStrong _APIs_.\n\n- **Red flag:** Blames others (Question 2)\n\n  twice',
    );
    expect(md).toContain(
      '## Bob — Backend Engineer\n\n**Recommendation:** No decision · 1970-01-01\n\n_No summary written_\n\n_No red flags seen_',
    );
  });
});

describe('comparisonMarkdown, where there is less to say', () => {
  const m = buildMatrix([
    compared(
      '',
      ['q1', 'q2'],
      { q1: 'no', q2: null },
      { interviewerName: 'Grace  Hopper', redFlags: [{ text: 'Late', note: '' }], startedAt: Date.UTC(2025, 1, 3, 23) },
    ),
    compared('Bob', ['q1', 'q2'], { q1: 'strong-no' }),
  ]);
  m.columns[0]!.questions[1]!.text = ' ';
  m.columns[0]!.answers.q1!.spentMs = 0;
  const md = comparisonMarkdown(buildMatrix(m.columns), 'Debrief');

  it('points out a question everyone failed; a question without text still has a row', () => {
    expect(md).toContain('- Text of q1? — everyone failed');
    expect(md).not.toContain('everyone passed');
    // No time spent: the rating alone.
    expect(md).toMatch(/\| Text of q1\? +\| No +\| Strong no \(01:00\) \|/);
    expect(md).toMatch(/\| \(no text\) +\| Not rated \(01:00\) +\| Not asked +\|/);
  });

  it('names an unnamed candidate, the interviewer and the day, and a red flag seen on no question', () => {
    expect(md).toContain('## Unnamed candidate — Backend Engineer\n\n**Recommendation:** No decision · 2025-02-03 · Grace Hopper');
    expect(md).toContain('- **Red flag:** Late\n');
  });
});
