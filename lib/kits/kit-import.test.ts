import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backendEngineerKit } from './bundled/backend-engineer';
import { detectKind, importKit, MAX_IMPORT_CHARS, MAX_MARKDOWN_CHARS } from './kit-import';
import { kitToMarkdown } from './kit-markdown';
import { markdownToKit } from './kit-markdown-parse';
import { parsePageText } from './page-text-parser';

describe('importKit', () => {
  it('detects JSON, Markdown and page text, by file name first', () => {
    expect(detectKind('{"title":1}')).toBe('json');
    expect(detectKind('# Kit\n\n## Questions')).toBe('markdown');
    expect(detectKind('Kit\n1. What?')).toBe('page');
    expect(detectKind('# looks like markdown', 'kit.txt')).toBe('page');
    expect(detectKind('anything', 'kit.md')).toBe('markdown');
  });

  it('imports an exported kit in either form unchanged', () => {
    expect(importKit(JSON.stringify(backendEngineerKit))).toMatchObject({ ok: true, kind: 'json', kit: backendEngineerKit, notFound: [] });
    expect(importKit(kitToMarkdown(backendEngineerKit))).toMatchObject({ ok: true, kind: 'markdown', kit: backendEngineerKit });
  });

  it('names the line and column of broken JSON, and the field of an invalid kit', () => {
    const broken = importKit('{\n  "title": "x"\n  "questions": []\n}');
    expect(broken).toMatchObject({ ok: false, kind: 'json', error: expect.stringMatching(/^This is not valid JSON: line 3, column 3/) });
    expect(importKit('{"title":"x","questions":[{"text":""}]}')).toMatchObject({ ok: false, error: 'questions[0].text: required' });
  });

  it('refuses empty and oversized input with a clear message', () => {
    expect(importKit('  \n ')).toMatchObject({ ok: false, error: expect.stringMatching(/nothing to import/) });
    expect(importKit('x'.repeat(MAX_IMPORT_CHARS + 1))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/at most 2\.0 million characters/),
    });
    expect(importKit(`# K\n${'x'.repeat(MAX_MARKDOWN_CHARS)}`)).toMatchObject({
      ok: false,
      kind: 'markdown',
      error: expect.stringMatching(/Markdown kit can be at most/),
    });
  });

  // Its time is measured by `npm run bench` (scripts/bench-kits.ts), not asserted here.
  it('imports a 1 MB paste whole', () => {
    const page = Array.from(
      { length: 150 },
      (_, i) =>
        `${i + 1}. Question number ${i + 1}?\n\n${'Some explanation. '.repeat(300)}\n\nSample answer:\n\n“${'An answer. '.repeat(100)}”\n`,
    ).join('\n');
    const text = page.padEnd(1_000_000, ' filler');
    const result = importKit(text);
    expect(result).toMatchObject({ ok: true, kind: 'page' });
    if (result.ok) expect(result.kit.questions).toHaveLength(150);
  });

  // A hang fails on the test's timeout; the time itself is measured by `npm run bench`.
  it('answers pathological Markdown up to its limit with a kit or an error', () => {
    for (const pattern of ['_*', '#\n', '![', '> - ', 'a\n\n']) {
      const text = `# T\n\n${pattern.repeat((MAX_MARKDOWN_CHARS - 10) / pattern.length)}`;
      expect(importKit(text), pattern).toHaveProperty('ok');
    }
  }, 30_000);
});

describe('importKit on arbitrary input', () => {
  const pieces = fc.constantFrom(
    '\n',
    '\n\n',
    '1. ',
    '2. ',
    '- ',
    '# ',
    '## Questions\n',
    '### ',
    'Question #1: ',
    'Sample answer',
    ':',
    '“',
    '”',
    'Red flags\n',
    'What does a good x candidate look like?\n',
    'How to answer: ',
    '{',
    '}',
    '[',
    '"',
    '**Role:** ',
    '<!-- id: a -->',
    '?',
    'Sign up',
  );
  const messy = fc
    .array(fc.oneof(pieces, fc.string({ maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 40 })
    .map((p) => p.join(''));

  it('never throws and always answers a kit or an error', () => {
    fc.assert(
      fc.property(messy, fc.option(fc.constantFrom('a.json', 'a.md', 'a.txt'), { nil: undefined }), (text, name) => {
        // The parsers themselves, not only importKit's safety net, must not throw.
        expect(() => parsePageText(text)).not.toThrow();
        expect(() => markdownToKit(text)).not.toThrow();
        const result = importKit(text, name);
        if (result.ok) expect(result.kit.questions.length).toBeGreaterThan(0);
        else expect(result.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  }, 20_000);

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = importKit(JSON.stringify(value) ?? 'null', 'x.json');
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  }, 20_000);
});
