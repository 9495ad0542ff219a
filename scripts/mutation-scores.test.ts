import { describe, expect, it } from 'vitest';
import { belowFloor, overallScore, scoresByFolder } from './mutation-scores';

const report = {
  files: {
    'lib/drafts/a.ts': { mutants: [{ status: 'Killed' }, { status: 'Survived' }, { status: 'CompileError' }] },
    'lib/drafts/b.ts': { mutants: [{ status: 'Timeout' }, { status: 'Killed' }] },
    'lib/export/c.ts': { mutants: [{ status: 'NoCoverage' }, { status: 'Killed' }, { status: 'Ignored' }] },
  },
};

describe('mutation scores', () => {
  it('counts killed and timed-out mutants over the valid ones, per folder', () => {
    expect(scoresByFolder(report)).toEqual({
      'lib/drafts': { score: 75, mutants: 4 },
      'lib/export': { score: 50, mutants: 2 },
    });
  });

  it('scores every measured file together, as one folder would', () => {
    expect(overallScore(report)).toEqual({ score: 66.7, mutants: 6 });
  });

  it('names each measured folder below its floor, and ignores folders not measured or not recorded', () => {
    const measured = scoresByFolder(report);
    expect(belowFloor(measured, { 'lib/drafts': 80, 'lib/export': 50, 'lib/kits': 90 })).toEqual([
      'lib/drafts: 75% is below its recorded 80%',
    ]);
  });
});
