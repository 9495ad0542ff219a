import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_VERSION, recordToShow, standInSource, type FirstScreenRecord } from './first-screen-record';

const RIGHT = { dock: 'right', compact: false, width: 360, textSize: 'medium' } as const;
const record: FirstScreenRecord = {
  version: FIRST_SCREEN_VERSION,
  source: 'abc',
  layout: RIGHT,
  tree: { tag: 'main', attrs: [['class', 'sidebar']], children: ['Question 1 of 8'] },
};
const checks = (interviewed: unknown, standInSource: unknown = 'abc') => ({ interviewed, standInSource });

describe('which first screen a call paints before the background answers', () => {
  it('the given one, for a meeting with no interview, made of the current stand-in, in the same layout', () => {
    expect(recordToShow('meet:abc-defg-hij', RIGHT, record, checks(['meet:other-meet-ing']))).toBe(record);
    expect(recordToShow('meet:abc-defg-hij', RIGHT, record, checks([]))).toBe(record);
  });

  it('none for a meeting that has an interview, or when the list of them is not written yet', () => {
    expect(recordToShow('meet:abc-defg-hij', RIGHT, record, checks(['meet:abc-defg-hij']))).toBeNull();
    expect(recordToShow('meet:abc-defg-hij', RIGHT, record, checks(undefined))).toBeNull();
  });

  it('none once the starting kit or the interviewer changed, or before the background has said what they are', () => {
    expect(recordToShow('meet:abc-defg-hij', RIGHT, record, checks([], 'another kit'))).toBeNull();
    expect(recordToShow('meet:abc-defg-hij', RIGHT, record, { interviewed: [], standInSource: undefined })).toBeNull();
  });

  it('none for another layout, an older version, or something else stored under its key', () => {
    for (const other of [{ compact: true }, { dock: 'left' }, { width: 480 }, { textSize: 'large' }] as const) {
      expect(recordToShow('meet:abc-defg-hij', { ...RIGHT, ...other }, record, checks([])), JSON.stringify(other)).toBeNull();
    }
    expect(recordToShow('meet:abc-defg-hij', RIGHT, { ...record, version: FIRST_SCREEN_VERSION - 1 }, checks([]))).toBeNull();
    expect(recordToShow('meet:abc-defg-hij', RIGHT, { ...record, tree: 'text' }, checks([]))).toBeNull();
    expect(recordToShow('meet:abc-defg-hij', RIGHT, { ...record, layout: { ...RIGHT, dock: 'top' } }, checks([]))).toBeNull();
    expect(recordToShow('meet:abc-defg-hij', RIGHT, undefined, checks([]))).toBeNull();
  });
});

describe('the digest of a stand-in', () => {
  const standIn = { kitId: 'kit-1', kit: { title: 'Backend', questions: [{ id: 'q1', text: 'Why?' }] }, interviewerName: 'Ana' };
  it('is the same for the same kit and interviewer, and changes with either', () => {
    expect(standInSource(standIn)).toBe(standInSource(structuredClone(standIn)));
    const others = [
      { ...standIn, kitId: 'kit-2' },
      { ...standIn, interviewerName: 'Ann' },
      { ...standIn, kit: { ...standIn.kit, questions: [{ id: 'q1', text: 'Why not?' }] } },
    ];
    for (const other of others) expect(standInSource(other)).not.toBe(standInSource(standIn));
  });

  it('does not depend on the order of keys', () => {
    const reordered = { interviewerName: 'Ana', kit: { questions: [{ text: 'Why?', id: 'q1' }], title: 'Backend' }, kitId: 'kit-1' };
    expect(standInSource(reordered)).toBe(standInSource(standIn));
  });
});
