import { describe, expect, it } from 'vitest';
import { CONFLICT_COPY_HEADING, FUTURE_SKEW_MS, honestTime, incomingWins, trustedTime, withConflictCopy } from './merge-rules';

const NOW = Date.UTC(2026, 10, 28, 12);

describe('a time in the future is believed only within the clock skew', () => {
  it('up to FUTURE_SKEW_MS ahead counts as written; one ms more loses to every honest time', () => {
    expect(trustedTime(NOW + FUTURE_SKEW_MS, NOW)).toBe(NOW + FUTURE_SKEW_MS);
    expect(trustedTime(NOW + FUTURE_SKEW_MS + 1, NOW)).toBe(-Infinity);
    expect(honestTime(NOW + FUTURE_SKEW_MS, NOW)).toBe(NOW + FUTURE_SKEW_MS);
    expect(honestTime(NOW + FUTURE_SKEW_MS + 1, NOW)).toBe(NOW);
  });

  it('the skew believed is five minutes', () => {
    expect(honestTime(NOW + 5 * 60_000, NOW)).toBe(NOW + 5 * 60_000);
    expect(honestTime(NOW + 5 * 60_000 + 1, NOW)).toBe(NOW);
  });

  it('the file wins only when strictly newer; a tie keeps the local version', () => {
    expect(incomingWins({ updatedAt: 10 }, { updatedAt: 11 }, NOW)).toBe(true);
    expect(incomingWins({ updatedAt: 10 }, { updatedAt: 10 }, NOW)).toBe(false);
    expect(incomingWins({ updatedAt: 11 }, { updatedAt: 10 }, NOW)).toBe(false);
    // A local time from the future loses to the file's honest one, however old.
    expect(incomingWins({ updatedAt: NOW + FUTURE_SKEW_MS + 1 }, { updatedAt: 0 }, NOW)).toBe(true);
  });
});

describe('withConflictCopy keeps the losing text under a heading, within the field limit', () => {
  it('appends the loser below the winner', () => {
    expect(withConflictCopy('Mine', 'Theirs', 1000)).toBe(`Mine\n\n${CONFLICT_COPY_HEADING}\nTheirs`);
    // The heading a reader of the note sees, saying where the second version came from.
    expect(CONFLICT_COPY_HEADING).toBe('--- Conflict copy: the other version, kept by merge-restore ---');
  });

  it('nothing to keep: an empty or blank loser, or one the winner already holds', () => {
    expect(withConflictCopy('Mine', '', 1000)).toBeNull();
    expect(withConflictCopy('Mine', ' \n\t', 1000)).toBeNull();
    expect(withConflictCopy(`Mine\n\n${CONFLICT_COPY_HEADING}\nTheirs`, 'Theirs', 1000)).toBeNull();
  });

  it('a blank winner is replaced by the loser, with no heading', () => {
    expect(withConflictCopy('', 'Theirs', 1000)).toBe('Theirs');
    expect(withConflictCopy('  \n', 'Theirs', 1000)).toBe('Theirs');
  });

  it('a joined text longer than the limit is cut to exactly the limit, ending in an ellipsis', () => {
    const joined = `Mine\n\n${CONFLICT_COPY_HEADING}\nTheirs`;
    expect(withConflictCopy('Mine', 'Theirs', joined.length)).toBe(joined);
    const cut = withConflictCopy('Mine', 'Theirs', joined.length - 1)!;
    expect(cut).toHaveLength(joined.length - 1);
    expect(cut).toBe(`${joined.slice(0, joined.length - 2)}…`);
  });
});
