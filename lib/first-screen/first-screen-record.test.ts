import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_VERSION, recordToShow, standInSource, type FirstScreenRecord } from './first-screen-record';

const record: FirstScreenRecord = {
  version: FIRST_SCREEN_VERSION,
  source: 'abc',
  compact: false,
  tree: { tag: 'main', attrs: [['class', 'sidebar']], children: ['Question 1 of 8'] },
};

describe('which first screen a call paints before the background answers', () => {
  it('the stored one, for a meeting with no interview, in the same layout', () => {
    expect(recordToShow('meet:abc-defg-hij', false, record, ['meet:other-meet-ing'])).toBe(record);
    expect(recordToShow('meet:abc-defg-hij', false, record, [])).toBe(record);
  });

  it('none for a meeting that has an interview, or when the list of them is not written yet', () => {
    expect(recordToShow('meet:abc-defg-hij', false, record, ['meet:abc-defg-hij'])).toBeNull();
    expect(recordToShow('meet:abc-defg-hij', false, record, undefined)).toBeNull();
  });

  it('none for another layout, an older version, or something else stored under its key', () => {
    expect(recordToShow('meet:abc-defg-hij', true, record, [])).toBeNull();
    expect(recordToShow('meet:abc-defg-hij', false, { ...record, version: FIRST_SCREEN_VERSION - 1 }, [])).toBeNull();
    expect(recordToShow('meet:abc-defg-hij', false, { ...record, tree: 'text' }, [])).toBeNull();
    expect(recordToShow('meet:abc-defg-hij', false, undefined, [])).toBeNull();
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
