import { describe, expect, it } from 'vitest';
import { pageLines as lines } from './page-lines.test-support';
import { readTables } from './page-text-table';

const everywhere = () => true;

describe('readTables', () => {
  it('reads each row under a header naming a question column, other columns by their header', () => {
    const page = lines(
      'Intro text',
      'Question\tWhat to look for\tSample answer\tRed flags',
      '1. What is REST?\tResources and verbs\tA style for web APIs\tBlames HTTP. Never read the spec.',
      'How do you cache?\t\tAnswer: with care\t',
      'After the table',
    );
    expect(readTables(page, everywhere)).toEqual({
      questions: [
        { at: 2, text: 'What is REST?', guidance: 'Resources and verbs', sampleAnswer: 'A style for web APIs' },
        { at: 3, text: 'How do you cache?', guidance: undefined, sampleAnswer: 'with care' },
      ],
      redFlags: ['Blames HTTP.', 'Never read the spec.'],
      rows: new Set([1, 2, 3]),
    });
  });

  it('takes a header by its first matching rule: an answer column is never the question column', () => {
    const page = lines(
      'Ask this\tWhat a good answer sounds like\tWhy it matters\tAvoid',
      'Why Go?\tFast builds\tShows taste\tSays "no reason"',
    );
    expect(readTables(page, everywhere).questions).toEqual([
      { at: 1, text: 'Why Go?', guidance: 'Shows taste', sampleAnswer: 'Fast builds' },
    ]);
    expect(readTables(page, everywhere).redFlags).toEqual(['Says "no reason"']);
  });

  it('keeps a label that is not an answer or guidance label, and drops page noise from a cell', () => {
    const page = lines(
      'Question\tNotes',
      'Tell me about X\tTip: listen closely',
      'Tell me about Y\tLook for: depth',
      'Tell me about Z\tClick here to learn',
    );
    expect(readTables(page, everywhere).questions).toEqual([
      { at: 1, text: 'Tell me about X', guidance: 'Tip: listen closely', sampleAnswer: undefined },
      { at: 2, text: 'Tell me about Y', guidance: 'depth', sampleAnswer: undefined },
      { at: 3, text: 'Tell me about Z', guidance: undefined, sampleAnswer: undefined },
    ]);
  });

  it('is no table without a question column, with a header cell too long to be one, or where lines are not usable', () => {
    expect(readTables(lines('Name\tRole', 'Ada\tEngineer'), everywhere).questions).toEqual([]);
    expect(readTables(lines(`Question ${'x'.repeat(60)}\tNotes`, 'A?\tB'), everywhere).questions).toEqual([]);
    const table = lines('Question\tNotes', 'Why?\tBecause');
    expect(readTables(table, (at) => at !== 0)).toEqual({ questions: [], redFlags: [], rows: new Set() });
    expect(readTables(table, everywhere).rows).toEqual(new Set([0, 1]));
  });

  it('skips rows with no question and reads two tables one after the other', () => {
    const page = lines('Question\tGuidance', '\tOrphan guidance', 'First?\tG1', 'Between', 'Questions to ask\tAnswer', 'Second?\tA2');
    const read = readTables(page, everywhere);
    expect(read.questions).toEqual([
      { at: 2, text: 'First?', guidance: 'G1', sampleAnswer: undefined },
      { at: 5, text: 'Second?', guidance: undefined, sampleAnswer: 'A2' },
    ]);
    expect(read.rows).toEqual(new Set([0, 1, 2, 4, 5]));
  });
});
