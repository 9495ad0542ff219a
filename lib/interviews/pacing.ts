import type { KitQuestion } from '../kits/kit-types';

const MINUTE = 60_000;

/**
 * Minutes planned for each question: a question's own budget when the kit gives one, the rest
 * of the planned length shared evenly by the others.
 */
export function questionBudgetsMs(questions: Pick<KitQuestion, 'minutes'>[], plannedMinutes: number): number[] {
  const fixed = questions.reduce((sum, q) => sum + (q.minutes ?? 0), 0);
  const open = questions.filter((q) => q.minutes === undefined).length;
  // Only a question without a budget takes a share, so `open` is at least 1 when it is divided by.
  return questions.map((q) => (q.minutes ?? Math.max(0, plannedMinutes - fixed) / open) * MINUTE);
}

export type PaceSignal = { state: 'on-pace' } | { state: 'behind'; minutes: number };

/**
 * On pace while the elapsed time has not passed the planned end of the current question;
 * otherwise how far behind, in whole minutes (under a minute still counts as on pace).
 */
export function paceSignal(budgetsMs: number[], currentIndex: number, elapsed: number): PaceSignal {
  const plannedEnd = budgetsMs.slice(0, currentIndex + 1).reduce((a, b) => a + b, 0);
  const behind = Math.floor((elapsed - plannedEnd) / MINUTE);
  return behind >= 1 ? { state: 'behind', minutes: behind } : { state: 'on-pace' };
}
