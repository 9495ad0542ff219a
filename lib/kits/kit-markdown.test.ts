import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backendEngineerKit } from './bundled/backend-engineer';
import { kitToMarkdown } from './kit-markdown';
import { markdownToKit } from './kit-markdown-parse';
import { parseKitContent } from './kit-schema';
import type { KitContent } from './kit-types';

const roundTrip = (kit: KitContent) => markdownToKit(kitToMarkdown(kit)).result;

// Text that tries to be Markdown or HTML, mixed with ordinary words and spacing.
const tricky = fc.constantFrom(
  '#',
  '*',
  '_',
  '|',
  '>',
  '<script>alert(1)</script>',
  '`',
  '[x](y)',
  '1.',
  '-',
  '\\',
  '&amp;',
  '<!-- id: x -->',
  '**Role:**',
  '**Minutes:**',
  '---',
  '~~~',
  '  ',
  '\n',
  '\n\n',
  ' word ',
  'é',
  '😀',
  '!',
  '[',
  ']',
);
const messyText = fc
  .array(fc.oneof(tricky, fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 12 })
  .map((parts) => parts.join(''));
const nonEmpty = messyText.filter((s) => s.trim() !== '');
const arbitraryKit = fc.record(
  {
    title: nonEmpty,
    role: messyText,
    description: messyText,
    questions: fc.array(
      fc.record(
        {
          text: nonEmpty,
          guidance: messyText,
          sampleAnswer: messyText,
          minutes: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }),
        },
        { requiredKeys: ['text'] },
      ),
      { minLength: 1, maxLength: 5 },
    ),
    goodCandidate: messyText,
    redFlags: fc.array(messyText, { maxLength: 4 }),
  },
  { requiredKeys: ['title', 'questions', 'redFlags'] },
);

describe('kit ⇄ Markdown', () => {
  it('round-trips the bundled kit exactly', () => {
    const kit = { ...backendEngineerKit, questions: backendEngineerKit.questions.map((q, i) => ({ ...q, minutes: i + 1 })) };
    expect(roundTrip(kit)).toEqual({ ok: true, kit });
  });

  it('keeps the address the kit was imported from', () => {
    const kit = { ...backendEngineerKit, sourceUrl: 'https://example.org/kits/backend?ref=a_b#top' };
    expect(kitToMarkdown(kit)).toContain('**Source:**');
    expect(roundTrip(kit)).toEqual({ ok: true, kit });
  });

  it('writes text as text: markup in fields is escaped, not structure', () => {
    const kit: KitContent = {
      title: '# Not a heading',
      questions: [{ id: 'q', text: '<script>alert(1)</script> | *bold*', guidance: '## Red flags\n\n- not a flag' }],
      redFlags: [],
    };
    const md = kitToMarkdown(kit);
    expect(md).not.toMatch(/(^|[^\\])<script>/);
    expect(md).not.toMatch(/^## Red flags/m);
    expect(roundTrip(kit)).toEqual({ ok: true, kit });
  });

  it('keeps text in angle brackets as typed, where Markdown would read an autolink', () => {
    const kit: KitContent = {
      title: 'Mail <jane@example.com>',
      questions: [{ id: 'q', text: 'See <https://example.org>', guidance: '<#@0>' }],
      redFlags: ['Writes <a@b> in the chat'],
    };
    expect(roundTrip(kit)).toEqual({ ok: true, kit });
  });

  it('is the identity on any valid kit, after the schema’s normalisation', () => {
    fc.assert(
      fc.property(arbitraryKit, (input) => {
        const normalised = parseKitContent(input);
        fc.pre(normalised.ok);
        if (!normalised.ok) return;
        expect(roundTrip(normalised.kit)).toEqual({ ok: true, kit: normalised.kit });
      }),
      { numRuns: 150 },
    );
  }, 20_000);
});

describe('reading hand-written Markdown', () => {
  it('accepts a plain list of questions, numbered headings and paragraphs under a question', () => {
    const md = [
      '# Data analyst',
      '',
      '## Questions',
      '',
      '### 1. How do you check a data set before you trust it?',
      '',
      'Listen for counts, nulls and ranges.',
      '',
      '## Red flags',
      '',
      '* Never looks at the raw rows',
    ].join('\n');
    expect(markdownToKit(md).result).toEqual({
      ok: true,
      kit: {
        title: 'Data analyst',
        questions: [
          {
            id: 'how-do-you-check-a-data',
            text: 'How do you check a data set before you trust it?',
            guidance: 'Listen for counts, nulls and ranges.',
          },
        ],
        redFlags: ['Never looks at the raw rows'],
      },
    });
    const list = markdownToKit('# K\n\n## Questions\n\n1. First?\n2. Second?\n');
    expect(list.result).toMatchObject({ ok: true, kit: { questions: [{ text: 'First?' }, { text: 'Second?' }] } });
  });

  it('says what is wrong and on which line', () => {
    expect(markdownToKit('no heading here').result).toMatchObject({ ok: false, error: expect.stringMatching(/^Line 1: .*# Title/) });
    expect(markdownToKit('# K\n\nSome text').result).toMatchObject({ ok: false, error: expect.stringMatching(/No questions found/) });
    const badMinutes = '# K\n\n## Questions\n\n### Q\n\n**Minutes:** soon\n';
    expect(markdownToKit(badMinutes).result).toMatchObject({ ok: false, error: 'Line 7: questions[0].minutes: must be a number' });
  });

  it('reports sections it leaves out', () => {
    expect(markdownToKit('# K\n\n## Questions\n\n### Q\n\n## Scoring\n\nUse 1-4.').skipped).toEqual(['Section “Scoring” (line 7)']);
  });
});
