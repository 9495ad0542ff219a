import { describe, expect, it } from 'vitest';
import { createRevisionGuard } from './revision-guard';

describe('createRevisionGuard', () => {
  it('accepts growing revisions per field and drops older or equal ones', () => {
    const guard = createRevisionGuard();
    expect(guard.accept('a', 2)).toBe(true);
    expect(guard.accept('a', 1)).toBe(false);
    expect(guard.accept('a', 2)).toBe(false);
    expect(guard.accept('b', 1)).toBe(true);
    expect(guard.accept('a', 3)).toBe(true);
  });
  it('accepts writes without a revision', () => {
    const guard = createRevisionGuard();
    guard.accept('a', 5);
    expect(guard.accept('a', undefined)).toBe(true);
  });
  it('forgets the least recently written fields past its limit', () => {
    const guard = createRevisionGuard(2);
    guard.accept('a', 5);
    guard.accept('b', 5);
    guard.accept('c', 5);
    expect(guard.accept('a', 1)).toBe(true);
    expect(guard.accept('c', 1)).toBe(false);
  });
});
