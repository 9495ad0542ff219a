import { describe, expect, it } from 'vitest';
import type { InterviewSummary } from '../interviews/interview-summary';
import { hasFilters, matchesFilters } from './search-filters';

const local = (at: string) => new Date(at).getTime();
const row = (over: Partial<InterviewSummary> = {}): InterviewSummary => ({
  id: 'r',
  candidateName: 'Ada',
  candidateKey: 'name:ada',
  role: 'Platform Engineer',
  kitId: 'k',
  kitTitle: 'Backend Engineer',
  platform: 'meet',
  startedAt: local('2025-02-03T12:00:00'),
  updatedAt: 0,
  recommendation: 'yes',
  missing: 0,
  ...over,
});

describe('matchesFilters', () => {
  it('lets everything through with no filter', () => {
    expect(matchesFilters(row(), {})).toBe(true);
  });

  it("takes a role by the role or by the kit's title", () => {
    expect(matchesFilters(row(), { role: 'Platform Engineer' })).toBe(true);
    expect(matchesFilters(row(), { role: 'Backend Engineer' })).toBe(true);
    expect(matchesFilters(row(), { role: 'Designer' })).toBe(false);
  });

  it('includes both local days of the range, from their first to their last millisecond', () => {
    const on = (startedAt: string) => matchesFilters(row({ startedAt: local(startedAt) }), { from: '2025-02-03', to: '2025-02-05' });
    expect(on('2025-02-03T00:00:00')).toBe(true);
    expect(on('2025-02-05T23:59:59.999')).toBe(true);
    expect(on('2025-02-02T23:59:59.999')).toBe(false);
    expect(on('2025-02-06T00:00:00')).toBe(false);
  });

  it('takes a recommendation, or none for interviews without one', () => {
    expect(matchesFilters(row(), { recommendation: 'yes' })).toBe(true);
    expect(matchesFilters(row(), { recommendation: 'strong-yes' })).toBe(false);
    expect(matchesFilters(row({ recommendation: null }), { recommendation: 'none' })).toBe(true);
    expect(matchesFilters(row(), { recommendation: 'none' })).toBe(false);
  });

  it('takes a platform, and unfinished scorecards only when asked', () => {
    expect(matchesFilters(row(), { platform: 'meet' })).toBe(true);
    expect(matchesFilters(row(), { platform: 'zoom' })).toBe(false);
    expect(matchesFilters(row({ missing: 2 }), { unfinished: true })).toBe(true);
    expect(matchesFilters(row(), { unfinished: true })).toBe(false);
    expect(matchesFilters(row(), { unfinished: false })).toBe(true);
  });

  it('needs every filter given to hold', () => {
    expect(matchesFilters(row(), { platform: 'meet', recommendation: 'no' })).toBe(false);
    expect(matchesFilters(row(), { platform: 'meet', recommendation: 'yes', role: 'Backend Engineer' })).toBe(true);
  });
});

describe('hasFilters', () => {
  it('is false while every filter is unset, empty or off', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ role: '', from: undefined, unfinished: false })).toBe(false);
  });
  it('is true once one is set', () => {
    expect(hasFilters({ role: 'Designer' })).toBe(true);
    expect(hasFilters({ unfinished: true })).toBe(true);
    expect(hasFilters({ to: '2025-02-05' })).toBe(true);
  });
});
