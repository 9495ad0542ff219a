import { describe, expect, it } from 'vitest';
import { parseDetailsPatch } from './interview-details';

describe('a details patch', () => {
  it('passes the fields a surface may change, as given', () => {
    const patch = { candidateName: 'Ada', interviewerName: 'Grace', plannedMinutes: 60, summary: 'Solid.', recommendation: null };
    expect(parseDetailsPatch(patch)).toEqual(patch);
    expect(parseDetailsPatch({})).toEqual({});
  });

  it('names the field that is wrong, with the rule it breaks', () => {
    expect(() => parseDetailsPatch({ plannedMinutes: 4 })).toThrow('plannedMinutes: Too small: expected number to be >=5');
    expect(() => parseDetailsPatch({ candidateName: 'x'.repeat(201) })).toThrow(/^candidateName: Too big/);
  });

  it('refuses a field no surface may change, and a patch that is not an object', () => {
    expect(() => parseDetailsPatch({ meetingKey: 'x' })).toThrow(/^details: Unrecognized key: "meetingKey"/);
    expect(() => parseDetailsPatch('Ada')).toThrow(/^details: Invalid input: expected object/);
  });
});
