import { describe, expect, it } from 'vitest';
import type { LineKind } from './page-text-lines';
import { pageLines as lines } from './page-lines.test-support';
import {
  inList,
  isBoundary,
  joinParas,
  looksLikeHeading,
  questionBody,
  readParagraph,
  redFlagItems,
  sectionParas,
  startsSomething,
} from './page-text-sections';

const kind = (name: LineKind['kind']) => ({ kind: name }) as LineKind;

describe('line roles', () => {
  it('isBoundary: the headings that end a section', () => {
    expect(
      (['goodHeading', 'redFlagsHeading', 'stop', 'questionHeading', 'text', 'sampleLabel', 'bullet'] as const).map((k) =>
        isBoundary(kind(k)),
      ),
    ).toEqual([true, true, true, true, false, false, false]);
  });

  it('startsSomething: a boundary or a label', () => {
    expect((['sampleLabel', 'guidanceLabel', 'stop', 'text', 'bullet', 'noise'] as const).map((k) => startsSomething(kind(k)))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('inList: a numbered line with its neighbour numbered one before or after it', () => {
    const page = lines('1. a', '2. b', 'text', '5. c', '7. d', '8. e');
    expect(page.map((_, at) => inList(page, at))).toEqual([true, true, false, false, true, true]);
  });

  it('looksLikeHeading: short, capitalised, no closing punctuation', () => {
    expect(
      [
        'Short Heading',
        'short heading',
        'Ends with dot.',
        'Colon:',
        'Semi;',
        'Comma,',
        'Bang!',
        'Ask?',
        'A'.repeat(80),
        'A'.repeat(79),
      ].map(looksLikeHeading),
    ).toEqual([true, false, false, false, false, false, false, false, false, true]);
  });

  it('joinParas: blank lines between, nothing for none', () => {
    expect(joinParas([])).toBeUndefined();
    expect(joinParas(['a', 'b'])).toBe('a\n\nb');
  });
});

describe('readParagraph', () => {
  it('joins the lines of one paragraph without noise, up to a line that starts something else', () => {
    const page = lines('Text a', 'Sign up for free', 'Text b', 'Sample answer: x', 'Text c', '', 'Next para');
    expect(readParagraph(page, 0)).toEqual({ text: 'Text a Text b', next: 3 });
    expect(readParagraph(page, 0, 1)).toEqual({ text: 'Text a', next: 1 });
    // The label itself is read, then what runs on after it.
    expect(readParagraph(page, 3)).toEqual({ text: 'Sample answer: x Text c', next: 5 });
    expect(readParagraph(page, 5)).toEqual({ text: 'Next para', next: 6 });
    expect(readParagraph(page, 9)).toEqual({ text: '', next: 10 });
  });
});

describe('sectionParas', () => {
  const page = lines(
    'First para line one',
    'line two',
    '',
    'Sign up for free',
    '',
    'Here are the questions:',
    '',
    'Short Heading',
    '',
    'After heading.',
    '',
    'Red flags',
    'x',
  );

  it('reads paragraphs to the next section, leaving out noise and transitions', () => {
    expect(sectionParas(page, 0, false)).toEqual(['First para line one line two', 'Short Heading', 'After heading.']);
    expect(sectionParas(page, 0, false, 2)).toEqual(['First para line one line two']);
    expect(sectionParas(page, 6, false)).toEqual([]);
  });

  it('stops at a line that looks like a heading, when asked to, once it has a paragraph', () => {
    expect(sectionParas(page, 0, true)).toEqual(['First para line one line two']);
    expect(sectionParas(page, 4, true)).toEqual(['Short Heading', 'After heading.']);
  });
});

describe('questionBody', () => {
  it('reads the explanation as guidance and the labelled answer as the sample answer, up to the next section', () => {
    expect(
      questionBody(lines('Explain the idea here.', '', 'Sample answer:', 'It is a style', 'for APIs.', '', 'Red flags', 'x'), 0),
    ).toEqual({
      guidance: 'Explain the idea here.',
      sampleAnswer: 'It is a style for APIs.',
    });
  });

  it("runs a label's text on over its paragraph, capitalised; a second answer is left out", () => {
    expect(questionBody(lines('Look for: depth', 'and clarity', '', 'Answer: yes', '', 'Answer: second'), 0)).toEqual({
      guidance: 'Depth and clarity',
      sampleAnswer: 'Yes',
    });
    expect(questionBody(lines('Answer: lowercase start'), 0)).toEqual({ guidance: undefined, sampleAnswer: 'Lowercase start' });
  });

  it('takes a quoted paragraph after the explanation as the answer, to its closing quote', () => {
    expect(questionBody(lines('Why we ask.', '', '“I would cache', 'the results.”', '', 'Trailing para.'), 0)).toEqual({
      guidance: 'Why we ask.',
      sampleAnswer: 'I would cache the results.',
    });
  });

  it('ends at a heading-like line after the guidance, or a transition after the answer', () => {
    expect(questionBody(lines('Guidance first.', '', 'Next Section Title', '', 'More text.'), 0)).toEqual({
      guidance: 'Guidance first.',
      sampleAnswer: undefined,
    });
    expect(questionBody(lines('Sample answer: one', '', 'Then consider:', '', 'Not included.'), 0)).toEqual({
      guidance: undefined,
      sampleAnswer: 'One',
    });
  });

  it('goes back to guidance at a guidance label; leaves out noise; is empty at a boundary', () => {
    expect(questionBody(lines('Sample answer: a', '', 'Why it matters: b', '', 'c'), 0)).toEqual({ guidance: 'B\n\nc', sampleAnswer: 'A' });
    expect(questionBody(lines('Click here to learn', '', 'Real guidance.'), 0)).toEqual({
      guidance: 'Real guidance.',
      sampleAnswer: undefined,
    });
    expect(questionBody(lines('Question 2: next', 'Text'), 0)).toEqual({ guidance: undefined, sampleAnswer: undefined });
    expect(questionBody(lines('Guidance.', '', 'Sample answer: a'), 0, 1)).toEqual({ guidance: 'Guidance.', sampleAnswer: undefined });
  });
});

describe('redFlagItems', () => {
  it('reads a list one item a line, leaving noise out', () => {
    expect(redFlagItems(lines('- One', '* Two', '- Sign up for free', '1. Three', 'Not list'), 0)).toEqual(['One', 'Two', 'Three']);
  });

  it('reads short lines of one paragraph as items, else one item a sentence', () => {
    expect(redFlagItems(lines('Short one', 'Short two', '', 'Other'), 0)).toEqual(['Short one', 'Short two']);
    expect(redFlagItems(lines('Blames others. Never tests.'), 0)).toEqual(['Blames others.', 'Never tests.']);
    expect(redFlagItems(lines(`${'A'.repeat(150)}. B.`, 'Short.'), 0)).toEqual([`${'A'.repeat(150)}.`, 'B.', 'Short.']);
  });

  it('reads "Red flags: A. B." on its heading line, and the rest of its paragraph, one item a sentence', () => {
    const page = lines('Red flags: Says always. Ignores tests.', 'More here.', '- a bullet');
    expect(redFlagItems(page, 1, 'Says always. Ignores tests.')).toEqual(['Says always.', 'Ignores tests.', 'More here.']);
  });

  it('stops at a label or a list inside the paragraph', () => {
    expect(redFlagItems(lines('One.', 'Sample answer: x'), 0)).toEqual(['One.']);
    expect(redFlagItems(lines('One', '- Two'), 0)).toEqual(['One']);
    expect(redFlagItems(lines('One', 'Two', 'Click here to learn'), 0)).toEqual(['One', 'Two']);
  });
});
