import { describe, expect, it } from 'vitest';
import {
  classifyLine,
  closesQuote,
  isNoise,
  isTransition,
  opensQuote,
  sentences,
  stripWrappingQuotes,
  titleCase,
  type LineKind,
} from './page-text-lines';

const expectKinds = (table: [string, LineKind][]) => {
  for (const [line, kind] of table) expect(classifyLine(line), line).toEqual(kind);
};

describe('classifyLine', () => {
  it('stops at the parts of a page after the questions', () => {
    for (const line of [
      'Frequently asked questions',
      'FAQ:',
      'FAQs',
      'Jump to section',
      'Related articles',
      'Related jobs:',
      'Ready to fine-tune your process?',
      'You may also like these',
      'You might also like',
      'More interview questions for engineers',
      'About the author',
      'Start a free trial',
      'Table of contents',
      'Comments',
      'Comment',
      'Next steps',
      'Conclusion:',
      'Final thoughts',
      'In summary',
      'Wrapping up',
    ])
      expect(classifyLine(line), line).toEqual({ kind: 'stop' });
    // Only as a whole line: a question about them is a question.
    expect(classifyLine('Comments on your last review?')).toEqual({ kind: 'text' });
  });

  it('reads what a good candidate looks like, with the role when the heading names one', () => {
    expectKinds([
      ['What does a good backend engineer candidate look like?', { kind: 'goodHeading', role: 'backend engineer' }],
      ['What does an ideal candidate look like', { kind: 'goodHeading' }],
      ['What does a great candidate look like?', { kind: 'goodHeading' }],
      ['A strong Backend Engineer candidate', { kind: 'goodHeading', role: 'Backend Engineer' }],
      ['An ideal candidate looks like:', { kind: 'goodHeading' }],
      ['What a great candidate looks like', { kind: 'goodHeading' }],
      ['Ideal candidate profile', { kind: 'goodHeading' }],
      ['The ideal candidate', { kind: 'goodHeading' }],
      ['A good candidate will ask questions.', { kind: 'text' }],
      [`What does a good ${'w'.repeat(190)} candidate look like?`, { kind: 'text' }],
    ]);
  });

  it('reads the red flags heading, with what follows its colon', () => {
    expectKinds([
      ['Red flags', { kind: 'redFlagsHeading', rest: '' }],
      ['Red flag: says always', { kind: 'redFlagsHeading', rest: 'says always' }],
      ['Warning signs', { kind: 'redFlagsHeading', rest: '' }],
      ['Red flags to watch out for:', { kind: 'redFlagsHeading', rest: '' }],
      ['Red flags to look for', { kind: 'redFlagsHeading', rest: '' }],
      [`Red flags: ${'z'.repeat(250)}`, { kind: 'redFlagsHeading', rest: 'z'.repeat(250) }],
      ['Red flags are rare here', { kind: 'text' }],
    ]);
  });

  it('reads sample answer and guidance labels, on their own line or starting a long one', () => {
    expectKinds([
      ['Sample answer: REST is a style', { kind: 'sampleLabel', rest: 'REST is a style' }],
      ['Example answers', { kind: 'sampleLabel', rest: '' }],
      ['Model answer — use HTTP', { kind: 'sampleLabel', rest: 'use HTTP' }],
      ['Suggested answer：x', { kind: 'sampleLabel', rest: 'x' }],
      ['Great answers -', { kind: 'sampleLabel', rest: '' }],
      ['Ideal answer', { kind: 'sampleLabel', rest: '' }],
      ['Answer: yes', { kind: 'sampleLabel', rest: 'yes' }],
      ['A: yes', { kind: 'sampleLabel', rest: 'yes' }],
      // "A" without its colon is a word.
      ['A yes', { kind: 'text' }],
      [`Sample answer: ${'y'.repeat(250)}`, { kind: 'sampleLabel', rest: 'y'.repeat(250) }],
      ['How to answer this question: calmly', { kind: 'guidanceLabel', rest: 'calmly' }],
      ['How to answer', { kind: 'guidanceLabel', rest: '' }],
      ['What to look for', { kind: 'guidanceLabel', rest: '' }],
      ['What to listen for', { kind: 'guidanceLabel', rest: '' }],
      ['Listen for: clarity', { kind: 'guidanceLabel', rest: 'clarity' }],
      ['Why it matters', { kind: 'guidanceLabel', rest: '' }],
      ['Why ask this', { kind: 'guidanceLabel', rest: '' }],
      ['Why I ask this: x', { kind: 'guidanceLabel', rest: 'x' }],
      ['Guidance – short', { kind: 'guidanceLabel', rest: 'short' }],
      ['Explanation', { kind: 'guidanceLabel', rest: '' }],
      ['Interviewer notes: y', { kind: 'guidanceLabel', rest: 'y' }],
      // A long line that does not start with a short label is prose.
      [`${'x'.repeat(201)}:`, { kind: 'text' }],
    ]);
  });

  it('reads question headings and numbered lines, with their numbers', () => {
    expectKinds([
      ['Question #1: What is REST?', { kind: 'questionHeading', num: 1, text: 'What is REST?' }],
      ['Question 2.', { kind: 'questionHeading', num: 2, text: '' }],
      ['Question 3', { kind: 'questionHeading', num: 3, text: '' }],
      ['Q3) Explain caching', { kind: 'questionHeading', num: 3, text: 'Explain caching' }],
      ['Q: Why?', { kind: 'questionHeading', num: 0, text: 'Why?' }],
      ['Q. Why not?', { kind: 'questionHeading', num: 0, text: 'Why not?' }],
      ['question 12 - foo', { kind: 'questionHeading', num: 12, text: 'foo' }],
      ['Q#5: bar', { kind: 'questionHeading', num: 5, text: 'bar' }],
      ['Question 7—Describe', { kind: 'questionHeading', num: 7, text: 'Describe' }],
      ['Q4 revenue grew', { kind: 'text' }],
      ['1. What is HTTP?', { kind: 'numbered', num: 1, text: 'What is HTTP?' }],
      ['12) Name two verbs', { kind: 'numbered', num: 12, text: 'Name two verbs' }],
      ['999. The last', { kind: 'numbered', num: 999, text: 'The last' }],
      ['1000. Too many', { kind: 'text' }],
      ['3.No space', { kind: 'text' }],
    ]);
  });

  it('reads bullets of every common mark', () => {
    for (const mark of ['-', '*', '•', '·', '◦', '▪', '‣', '–'])
      expect(classifyLine(`${mark} point`), mark).toEqual({ kind: 'bullet', text: 'point' });
    expect(classifyLine('–  dash')).toEqual({ kind: 'bullet', text: 'dash' });
    expect(classifyLine('-no space')).toEqual({ kind: 'text' });
  });

  it('marks page furniture as noise and anything else as text', () => {
    for (const line of [
      'Sign up for free',
      'Start your free trial',
      'Regenerate with AI',
      "Let's grow together",
      'Content team',
      'Our content writer',
      'Subscribe to our newsletter',
      'Privacy policy',
      'Terms of service',
      'Get your free guide',
      "Buyer's guide",
      'Book a demo',
      'post jobs today',
      'Explore our tools',
      'Hire better people',
      'Written by Jane Doe',
      'Updated on May 3',
      'Share this',
      'Read more',
      'Click here to learn',
      'We use cookies',
      'Accept all cookies',
      'Skip to main content',
      'Leave a reply',
      'Thanks for reading, friend',
    ]) {
      expect(classifyLine(line), line).toEqual({ kind: 'noise' });
      expect(isNoise(line), line).toBe(true);
    }
    expect(classifyLine('Just some prose about engineering.')).toEqual({ kind: 'text' });
    expect(isNoise('Describe a time you shared a design.')).toBe(false);
    // Bounded: a byline runs a short way; a long line that starts so is prose.
    expect(isNoise(`Written by ${'x'.repeat(90)}`)).toBe(false);
    expect(isNoise(`Share ${'x'.repeat(50)}`)).toBe(false);
  });
});

describe('line helpers', () => {
  it('isTransition: a short line ending in a colon', () => {
    expect(isTransition('Now, let us look at these:')).toBe(true);
    expect(isTransition('Now, let us look at these:  ')).toBe(true);
    expect(isTransition(`${'x'.repeat(298)}:`)).toBe(true);
    expect(isTransition(`${'x'.repeat(299)}:`)).toBe(false);
    expect(isTransition('Done.')).toBe(false);
  });

  it('stripWrappingQuotes: one quotation around the whole text, trimmed', () => {
    expect(stripWrappingQuotes('“Hello”')).toBe('Hello');
    expect(stripWrappingQuotes('"a"')).toBe('a');
    expect(stripWrappingQuotes('«  a  »')).toBe('a');
    expect(stripWrappingQuotes('„Ja“')).toBe('Ja');
    expect(stripWrappingQuotes('‘It’s fine’')).toBe('It’s fine');
    expect(stripWrappingQuotes("'It's fine'")).toBe("It's fine");
    expect(stripWrappingQuotes('"Fast" and "cheap"')).toBe('"Fast" and "cheap"');
    expect(stripWrappingQuotes('“One” or “two”')).toBe('“One” or “two”');
    expect(stripWrappingQuotes('no quotes')).toBe('no quotes');
    expect(stripWrappingQuotes('"open only')).toBe('"open only');
  });

  it('opensQuote and closesQuote look at the first and last character', () => {
    expect(['“a', '"a', '‘a', '«a', '„a', 'a“'].map(opensQuote)).toEqual([true, true, true, true, true, false]);
    expect(['a”', 'a"', 'a’', 'a»', 'a“', '”a'].map(closesQuote)).toEqual([true, true, true, true, true, false]);
  });

  it('titleCase: lower or upper case in title case; mixed case as written', () => {
    expect(titleCase('backend engineer')).toBe('Backend Engineer');
    expect(titleCase('BACKEND ENGINEER')).toBe('Backend Engineer');
    expect(titleCase('Backend engineer')).toBe('Backend engineer');
    expect(titleCase('full-stack dev')).toBe('Full-Stack Dev');
    expect(titleCase('123 go')).toBe('123 Go');
  });

  it('sentences: split after . ! ? before a capital, a quote or a bracket', () => {
    expect(sentences('Blames others. Never tests! Why? (Really) yes.  “Quote” here. lower case. Done')).toEqual([
      'Blames others.',
      'Never tests!',
      'Why?',
      '(Really) yes.',
      '“Quote” here. lower case.',
      'Done',
    ]);
    expect(sentences('  ')).toEqual([]);
    expect(sentences('One.Two')).toEqual(['One.Two']);
  });
});
