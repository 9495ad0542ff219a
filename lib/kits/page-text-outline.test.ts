import { describe, expect, it } from 'vitest';
import { pageLines as lines } from './page-lines.test-support';
import { isAllCaps, isHeadingLine, profileParagraphs, readOutline } from './page-text-outline';

describe('headings', () => {
  it('isAllCaps: short, no lower case letter, at least two capitals (any script)', () => {
    expect(
      ['BACKEND ENGINEER', 'A', 'AB', 'ÉCOLE ÉTÉ', 'ÀB', '123 GO', 'Backend', 'X'.repeat(100), 'X'.repeat(101)].map(isAllCaps),
    ).toEqual([true, false, true, true, true, true, false, true, false]);
  });

  it('isHeadingLine: a line alone that reads as a title, a short one ending in a colon, or any ALL CAPS line', () => {
    const page = lines(
      'Technical questions:',
      '',
      'Let us move on to a few questions about process and more:',
      '',
      'TRAITS',
      'text',
      '',
      'Short title',
      '',
      '2024 plans',
      '',
      'ends in lower case',
      '',
      'Ends with dot.',
      '',
      'Row\tcell',
      '',
      'In para',
      'with another',
      '',
      'X'.repeat(101),
    );
    expect(page.map((_, at) => isHeadingLine(page, at))).toEqual([
      true,
      false,
      true,
      false,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('readOutline', () => {
  const page = lines(
    'Data analyst interview questions',
    '',
    'Intro paragraph here.',
    '',
    '- intro list item',
    '',
    'What we look for',
    '',
    '- Curiosity',
    'Cares about users',
    'and data.',
    '',
    'Technical questions',
    '',
    '1. What is SQL?',
    '',
    'People',
    '',
    'Why join us?',
    '',
    'Red flags',
    '',
    '- Blames',
    '',
    'Red flags: inline rest',
    '',
    'Conclusion',
    '',
    'bye',
    '',
    'What does a good analyst candidate look like?',
    'Look for: rigor',
    '',
    'Sample answer: x',
    '',
    '- Sign up for free',
    '',
    'Here is what matters:',
    '',
    'Q: not profile',
  );

  it('finds each section heading and its kind, and the part of the page every line is in', () => {
    const outline = readOutline(page, 0);
    expect(outline.sections).toEqual([
      { at: 0, kind: 'other' },
      { at: 3, kind: 'profile' },
      { at: 7, kind: 'questions' },
      // "People" continues the questions; "Why join us?" is a question, not a heading.
      { at: 9, kind: 'other' },
      { at: 11, kind: 'redFlags' },
      { at: 14, kind: 'stop' },
      { at: 16, kind: 'profile' },
      { at: 20, kind: 'other' },
    ]);
    expect(outline.hasQuestionSections).toBe(true);
    expect(outline.zones).toEqual([
      ...Array(3).fill('intro'),
      ...Array(4).fill('profile'),
      ...Array(4).fill('questions'),
      ...Array(3).fill('redFlags'),
      ...Array(2).fill('stop'),
      ...Array(6).fill('profile'),
    ]);
  });

  it("takes the page's title as a questions section only when questions follow it at once", () => {
    expect(readOutline(lines('Backend interview questions', '', '1. What is REST?', '2. Why?'), 0)).toEqual({
      sections: [{ at: 0, kind: 'questions' }],
      zones: ['questions', 'questions', 'questions'],
      hasQuestionSections: true,
    });
    expect(readOutline(lines('Backend interview questions', '', 'Intro.'), 0).sections).toEqual([{ at: 0, kind: 'other' }]);
    expect(readOutline(lines('Intro.', '', 'Backend interview questions', '', 'Intro.'), 0)).toEqual({
      sections: [{ at: 1, kind: 'questions' }],
      zones: ['intro', 'questions', 'questions'],
      hasQuestionSections: true,
    });
  });

  it('reads the whole page as questions when it has no questions section', () => {
    expect(readOutline(lines('Intro.', '', '1. What?'), -1)).toEqual({
      sections: [],
      zones: ['questions', 'questions'],
      hasQuestionSections: false,
    });
  });
});

describe('profileParagraphs', () => {
  it("reads the introduction's lists and the profile sections, one paragraph per item, without labels, answers, questions or noise", () => {
    const page = lines(
      'Data analyst interview questions',
      '',
      'Intro paragraph here.',
      '',
      '- intro list item',
      '',
      'What we look for',
      '',
      '- Curiosity',
      'Cares about users',
      'and data.',
      '',
      'Technical questions',
      '',
      '- Not profile',
      '',
      'What does a good analyst candidate look like?',
      'Look for: rigor',
      '',
      'Sample answer: x',
      '',
      '- Sign up for free',
      '',
      'Here comes the list:',
      '',
      'Q: not profile',
    );
    expect(profileParagraphs(page, readOutline(page, 0))).toEqual(['intro list item', 'Curiosity', 'Cares about users and data.', 'rigor']);
  });

  it('takes no introduction list when the page has no questions section', () => {
    const page = lines('- a', '', 'text');
    expect(profileParagraphs(page, readOutline(page, 0))).toEqual([]);
  });
});
