import { describe, expect, it } from 'vitest';
import { markdownToKit } from './kit-markdown-parse';

const kitOf = (markdown: string) => {
  const { result } = markdownToKit(markdown);
  if (!result.ok) throw new Error(result.error);
  return result.kit;
};

describe('markdownToKit, section by section', () => {
  const written = [
    '# Kit title',
    '',
    '**Role:** Backend Engineer',
    '',
    '**Role:** Second role',
    '',
    '**Source:** https://example.com/kit',
    '',
    'Intro paragraph.',
    '',
    '- intro item',
    '',
    '## 12 Interview Questions',
    '',
    '### 1. First?',
    '<!-- id: q-1 -->',
    '',
    '**Minutes:** 5',
    '',
    'Guidance under heading.',
    '',
    '#### What to listen for',
    '',
    'Listen text.',
    '',
    '#### Example answer',
    '',
    'Sample text.',
    '',
    '- sample item',
    '',
    '#### Scoring',
    '',
    'x',
    '',
    '### Second?',
    '',
    '<!-- id: q-2 -->',
    '',
    '## Ideal candidate',
    '',
    'Good para.',
    '',
    '- good item',
    '',
    '## Red flag',
    '',
    'Flag one\nFlag two',
    '',
    '- Flag three',
    '',
    '## Overview',
    '',
    'More description.',
    '',
    '# Another h1',
    '',
    'ignored text',
    '',
    '## Question',
    '',
    '- Listed question?',
    '',
    '**Minutes:** 3',
  ].join('\n');

  it('reads every section a person may write, and names the ones it leaves out with their line', () => {
    expect(markdownToKit(written)).toEqual({
      result: {
        ok: true,
        kit: {
          title: 'Kit title',
          role: 'Backend Engineer',
          // The first role and source are the fields; a second one is text.
          description: 'Role: Second role\n\nIntro paragraph.\n\nintro item\n\nMore description.',
          sourceUrl: 'https://example.com/kit',
          questions: [
            {
              id: 'q-1',
              text: 'First?',
              guidance: 'Guidance under heading.\n\nListen text.',
              // What follows an answer up to the next question is the answer's, an unknown heading left out.
              sampleAnswer: 'Sample text.\n\nsample item\n\nx',
              minutes: 5,
            },
            { id: 'q-2', text: 'Second?' },
            { id: 'listed-question', text: 'Listed question?' },
          ],
          goodCandidate: 'Good para.\n\ngood item',
          redFlags: ['Flag one', 'Flag two', 'Flag three'],
        },
      },
      skipped: ['Heading “Scoring” (line 32)', 'Section “Another h1” (line 57)'],
    });
  });

  it('takes the section names it knows, any case, and "About" as the description', () => {
    for (const heading of ['Questions', 'question', 'Interview questions', '8 questions'])
      expect(kitOf(`# K\n\n## ${heading}\n\n- One?\n`).questions, heading).toEqual([{ id: 'one', text: 'One?' }]);
    expect(kitOf('# K\n\n## About\n\nDesc.\n\n## Questions\n\n- One?\n').description).toBe('Desc.');
    expect(kitOf('# K\n\n## What a good candidate shows\n\nCalm.\n\n## Questions\n\n- One?\n').goodCandidate).toBe('Calm.');
    expect(kitOf('# K\n\n## Red flags\n\n- Late\n\n## Questions\n\n- One?\n').redFlags).toEqual(['Late']);
    expect(markdownToKit('# K\n\n## Scoring\n\nx\n\n## Questions\n\n- One?\n').skipped).toEqual(['Section “Scoring” (line 3)']);
  });

  it('takes a question field only under its question, and a heading under a question only there', () => {
    expect(kitOf('# K\n\n**Minutes:** 4\n\n## Questions\n\n### Q?\n')).toEqual({
      title: 'K',
      description: 'Minutes: 4',
      questions: [{ id: 'q', text: 'Q?' }],
      redFlags: [],
    });
    expect(kitOf('# K\n\n## Questions\n\n#### Guidance\n\ntext\n\n### Q?\n')).toEqual({
      title: 'K',
      questions: [{ id: 'q', text: 'Q?' }],
      redFlags: [],
    });
    expect(kitOf('# K\n\n## Questions\n\n### Q?\n\n#### Guidance\n\ng\n\n#### Model answer\n\na\n\n#### Listen for\n\nl\n')).toEqual({
      title: 'K',
      questions: [{ id: 'q', text: 'Q?', guidance: 'g\n\nl', sampleAnswer: 'a' }],
      redFlags: [],
    });
  });

  it('says on which line a field is wrong: the field, else the nearest that holds it', () => {
    expect(markdownToKit('# K\n\n## Questions\n\n### Q?\n\n**Minutes:**\n').result).toEqual({
      ok: false,
      error: 'Line 7: questions[0].minutes: must be a number',
      path: 'questions[0].minutes',
    });
    expect(markdownToKit('# K\n\n## Questions\n\n### A?\n\n### B?\n\n### \n').result).toEqual({
      ok: false,
      error: 'Line 9: questions[2].text: required',
      path: 'questions[2].text',
    });
    expect(markdownToKit('Text first\n\n# K\n').result).toEqual({
      ok: false,
      error: 'No questions found: add a “## Questions” section with a “### …” heading per question.',
    });
  });
});
