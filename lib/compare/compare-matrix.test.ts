import { describe, expect, it } from 'vitest';
import { buildMatrix } from './compare-matrix';
import { compared } from './compare-fixtures.test-support';

const kinds = (m: ReturnType<typeof buildMatrix>) =>
  m.rows.map((r) => [r.questionId, ...r.cells.map((c) => (c.kind === 'answer' ? c.rating : c.kind))]);

describe('buildMatrix', () => {
  it('has a row per question and a column per interview, in the order chosen', () => {
    const m = buildMatrix([compared('ada', ['q1', 'q2'], { q1: 'yes', q2: 'no' }), compared('bob', ['q1', 'q2'], { q1: 'strong-no' })]);
    expect(m.columns.map((c) => c.id)).toEqual(['ada', 'bob']);
    expect(kinds(m)).toEqual([
      ['q1', 'yes', 'strong-no'],
      ['q2', 'no', 'not-asked'],
    ]);
  });

  it('lines up interviews from different kit versions by question id', () => {
    // v1 asked q1, q2, q3; v2 dropped q2 and added q4 after q1. The newer version's order comes
    // first; q2, only in v1, goes right after q1, the question it followed there.
    const v1 = compared('old', ['q1', 'q2', 'q3'], { q1: 'yes', q2: 'yes', q3: 'no' }, { startedAt: 1 });
    const v2 = compared('new', ['q1', 'q4', 'q3'], { q1: 'no', q4: 'strong-yes', q3: 'no' }, { startedAt: 2 });
    expect(kinds(buildMatrix([v1, v2]))).toEqual([
      ['q1', 'yes', 'no'],
      ['q2', 'yes', 'not-in-kit'],
      ['q4', 'not-in-kit', 'strong-yes'],
      ['q3', 'no', 'no'],
    ]);
  });

  it('counts the spread of ratings and points out a question that does not tell candidates apart', () => {
    const m = buildMatrix([
      compared('a', ['q1', 'q2', 'q3'], { q1: 'yes', q2: 'no', q3: 'yes' }),
      compared('b', ['q1', 'q2', 'q3'], { q1: 'strong-yes', q2: 'strong-no', q3: 'no' }),
      compared('c', ['q1', 'q2', 'q3'], { q1: 'yes', q2: null }),
    ]);
    expect(m.rows.map((r) => r.verdict)).toEqual(['everyone-passes', 'everyone-fails', null]);
    expect(m.rows[0]!.spread).toEqual({ 'strong-no': 0, no: 0, yes: 2, 'strong-yes': 1 });
    // One rating alone says nothing about telling candidates apart.
    expect(buildMatrix([compared('a', ['q1'], { q1: 'yes' })]).rows[0]!.verdict).toBeNull();
  });

  it('sorts columns by recommendation, or by the rating on one question, keeping ties in order', () => {
    const list = [
      compared('a', ['q1'], { q1: 'no' }, { recommendation: 'yes' }),
      compared('b', ['q1'], { q1: 'strong-yes' }, { recommendation: null }),
      compared('c', ['q1'], {}, { recommendation: 'strong-yes' }),
      compared('d', ['q1'], { q1: 'no' }, { recommendation: 'yes' }),
    ];
    expect(buildMatrix(list, { by: 'recommendation' }).columns.map((c) => c.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(buildMatrix(list, { by: 'question', questionId: 'q1' }).columns.map((c) => c.id)).toEqual(['b', 'a', 'd', 'c']);
    expect(kinds(buildMatrix(list, { by: 'question', questionId: 'q1' }))).toEqual([['q1', 'strong-yes', 'no', 'no', 'not-asked']]);
  });
});
