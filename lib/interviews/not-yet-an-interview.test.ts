import { describe, expect, it } from 'vitest';
import { holdsStandIn, isNotYetAnInterview, NOT_YET_AN_INTERVIEW } from './not-yet-an-interview';

describe('the stand-in interview', () => {
  it('is recognised by its id only', () => {
    expect(isNotYetAnInterview({ id: NOT_YET_AN_INTERVIEW })).toBe(true);
    expect(isNotYetAnInterview({ id: 'a real id' })).toBe(false);
  });

  it('is named by a request that passes its id, or an input whose sessionId is its id', () => {
    expect(holdsStandIn(NOT_YET_AN_INTERVIEW)).toBe(true);
    expect(holdsStandIn({ sessionId: NOT_YET_AN_INTERVIEW, questionId: 'q1', text: 'x' })).toBe(true);
  });

  it('is not named by another id, another field, or no object at all', () => {
    expect(holdsStandIn('s1')).toBe(false);
    expect(holdsStandIn({ sessionId: 's1' })).toBe(false);
    expect(holdsStandIn({ id: NOT_YET_AN_INTERVIEW })).toBe(false);
    expect(holdsStandIn(null)).toBe(false);
    expect(holdsStandIn(undefined)).toBe(false);
    expect(holdsStandIn(3)).toBe(false);
  });
});
