import { describe, expect, it } from 'vitest';
import { pageLines } from './page-lines.test-support';
import { listedQuestions, mergeWithList, questionHeadings } from './page-text-questions';

describe('questionHeadings', () => {
  it('takes "Question N" and "Q:" headings first, the text on the next line when the heading has none', () => {
    const lines = pageLines('Question 1:', 'What is REST?', '', 'Question 2: Why?', '', 'Question 3', '', 'Q: Third?', '', '1. Not this');
    expect(questionHeadings(lines, 0)).toEqual([
      { at: 1, text: 'What is REST?' },
      { at: 2, text: 'Why?' },
      { at: 4, text: 'Third?' },
    ]);
  });

  it('else numbered lines standing alone, counting 1, 2, 3 (a list or a number out of turn is not one)', () => {
    const lines = pageLines(
      '1. First question',
      'Detail one',
      '',
      '3. Out of turn',
      '',
      '2. Second question',
      '',
      '1. Listed a',
      '2. Listed b',
    );
    expect(questionHeadings(lines, 0)).toEqual([
      { at: 0, text: 'First question' },
      { at: 3, text: 'Second question' },
    ]);
  });

  it('else lines that start a paragraph and end with a question mark, at least two and as many as the listed ones', () => {
    const lines = pageLines(
      'Why Go?',
      '',
      'Intro text. Then a question?',
      'and more?',
      '',
      'How do you test?”',
      '',
      `${'x'.repeat(300)}?`,
      '',
      `${'x'.repeat(299)}?`,
    );
    const asked = [
      { at: 0, text: 'Why Go?' },
      { at: 1, text: 'Intro text. Then a question?' },
      { at: 3, text: 'How do you test?”' },
      { at: 5, text: `${'x'.repeat(299)}?` },
    ];
    expect(questionHeadings(lines, 0)).toEqual(asked);
    expect(questionHeadings(lines, 4)).toEqual(asked);
    expect(questionHeadings(lines, 5)).toEqual([]);
    expect(questionHeadings(pageLines('Only one?'), 0)).toEqual([]);
    expect(questionHeadings(pageLines('Why?', '', 'Why (really)?)', '', 'Not a question.'), 0)).toEqual([
      { at: 0, text: 'Why?' },
      { at: 1, text: 'Why (really)?)' },
    ]);
  });
});

describe('listedQuestions', () => {
  it('takes list items that end with a question mark or start as a question does', () => {
    const lines = pageLines(
      '- Describe a project',
      '- Kubernetes',
      '* Why not?',
      '1. Tell me about you',
      '2. Salary',
      'Plain text?',
      '- If you could',
      '- Ifrit',
    );
    expect(listedQuestions(lines)).toEqual([
      { at: 0, text: 'Describe a project' },
      { at: 2, text: 'Why not?' },
      { at: 3, text: 'Tell me about you' },
      { at: 6, text: 'If you could' },
    ]);
  });
});

describe('mergeWithList', () => {
  const list = pageLines('1. Alpha?', '2. Beta!', '3. Gamma');

  it("keeps a longer numbered list's order and text, with the details found for its questions", () => {
    expect(
      mergeWithList(list, [
        { text: 'alpha', guidance: 'g' },
        { text: 'Gamma', sampleAnswer: 's' },
      ]),
    ).toEqual([{ text: 'alpha', guidance: 'g' }, { text: 'Beta!' }, { text: 'Gamma', sampleAnswer: 's' }]);
  });

  it('keeps the detailed questions when one is not in the list, or the list is no longer', () => {
    const detailed = [{ text: 'alpha' }, { text: 'Delta' }];
    expect(mergeWithList(list, detailed)).toBe(detailed);
    const same = [{ text: 'A' }, { text: 'B' }];
    expect(mergeWithList(pageLines('1. A', '2. B'), same)).toBe(same);
  });
});
