import { describe, expect, it } from 'vitest';
import { paceSignal, questionBudgetsMs } from './pacing';

const MIN = 60_000;

describe('questionBudgetsMs', () => {
  it('splits the planned length evenly when no question has a budget', () => {
    expect(questionBudgetsMs([{}, {}, {}], 45)).toEqual([15 * MIN, 15 * MIN, 15 * MIN]);
  });
  it('keeps each own budget and shares what is left among the others', () => {
    expect(questionBudgetsMs([{ minutes: 10 }, {}, {}], 30)).toEqual([10 * MIN, 10 * MIN, 10 * MIN]);
    expect(questionBudgetsMs([{ minutes: 40 }, {}], 30)).toEqual([40 * MIN, 0]);
    expect(questionBudgetsMs([{ minutes: 5 }, { minutes: 7 }], 45)).toEqual([5 * MIN, 7 * MIN]);
  });
});

describe('paceSignal', () => {
  const budgets = [10 * MIN, 10 * MIN, 10 * MIN];
  it('is on pace while the current question is within its planned end', () => {
    expect(paceSignal(budgets, 0, 9 * MIN)).toEqual({ state: 'on-pace' });
    expect(paceSignal(budgets, 1, 20 * MIN)).toEqual({ state: 'on-pace' });
    // Under a whole minute late still reads as on pace.
    expect(paceSignal(budgets, 0, 10 * MIN + 59_000)).toEqual({ state: 'on-pace' });
  });
  it('says how many whole minutes behind', () => {
    expect(paceSignal(budgets, 0, 13 * MIN + 30_000)).toEqual({ state: 'behind', minutes: 3 });
    expect(paceSignal(budgets, 2, 41 * MIN)).toEqual({ state: 'behind', minutes: 11 });
    // A whole minute past the planned end is the first that counts.
    expect(paceSignal(budgets, 0, 11 * MIN)).toEqual({ state: 'behind', minutes: 1 });
  });
});
