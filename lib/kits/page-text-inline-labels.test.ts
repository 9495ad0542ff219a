import { describe, expect, it } from 'vitest';
import { splitInlineLabels } from './page-text-inline-labels';

describe('splitInlineLabels', () => {
  it('cuts a line before each label that follows the end of a sentence', () => {
    expect(splitInlineLabels('1. Tell me about it. Look for: a clear question. Sample answer: We found churn.')).toEqual([
      '1. Tell me about it.',
      'Look for: a clear question.',
      'Sample answer: We found churn.',
    ]);
    expect(splitInlineLabels('How do you check it? Listen for: reconciliation. Red flags: Guesses.')).toEqual([
      'How do you check it?',
      'Listen for: reconciliation.',
      'Red flags: Guesses.',
    ]);
    expect(splitInlineLabels('Q: Why Rust? A: Memory safety without a collector.')).toEqual([
      'Q: Why Rust?',
      'A: Memory safety without a collector.',
    ]);
  });

  it('leaves prose alone: a label word mid-sentence, without a colon, or a lone "A:" after a full stop', () => {
    for (const line of [
      'The sample answer: shows nothing here.',
      'They will Look for work elsewhere. Look for signs of it.',
      'Plan A. A: is not a label here.',
    ]) {
      expect(splitInlineLabels(line)).toEqual([line]);
    }
  });
});
