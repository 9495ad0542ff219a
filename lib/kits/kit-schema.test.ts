import { describe, expect, it } from 'vitest';
import { backendEngineerKit } from './bundled/backend-engineer';
import { formatPath, normaliseText, parseKitContent, slugify, withQuestionIds } from './kit-schema';

const minimal = { title: 'T', questions: [{ text: 'Q?' }], redFlags: [] };

describe('parseKitContent', () => {
  it('accepts the bundled kit unchanged', () => {
    expect(parseKitContent(backendEngineerKit)).toEqual({ ok: true, kit: backendEngineerKit });
  });

  it('names the field path of what is wrong', () => {
    const bad = { ...minimal, questions: [{ text: 'a' }, { text: 'b' }, { guidance: 'no text' }] };
    expect(parseKitContent(bad)).toMatchObject({ ok: false, error: 'questions[2].text: required' });
    expect(parseKitContent({ ...minimal, title: '   ' })).toMatchObject({ error: 'title: required' });
    expect(parseKitContent({ ...minimal, questions: 'x' })).toMatchObject({ error: 'questions: must be a list' });
    expect(parseKitContent({ ...minimal, questions: [] })).toMatchObject({ error: 'questions: add at least one question' });
    expect(parseKitContent({ ...minimal, redFlags: ['ok', 3] })).toMatchObject({ error: 'redFlags[1]: must be text' });
    expect(parseKitContent({ ...minimal, questions: [{ text: 'a', minutes: '5' }] })).toMatchObject({
      error: 'questions[0].minutes: must be a number',
    });
    expect(parseKitContent({ ...minimal, questions: [{ text: 'a', minutes: -1 }] })).toMatchObject({
      error: 'questions[0].minutes: must be more than 0',
    });
    expect(parseKitContent(null)).toMatchObject({ error: 'kit: must be an object' });
    expect(parseKitContent({ questions: [] })).toMatchObject({ error: expect.stringMatching(/^title: required \(and 1 more\)$/) });
  });

  it('keeps a web address as the source, and refuses anything else there', () => {
    const kit = { title: 'x', questions: [{ text: 'q' }] };
    expect(parseKitContent({ ...kit, sourceUrl: ' https://example.org/a ' })).toMatchObject({
      ok: true,
      kit: { sourceUrl: 'https://example.org/a' },
    });
    expect(parseKitContent({ ...kit, sourceUrl: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
      error: 'sourceUrl: must be a web address (http or https)',
    });
  });

  it('refuses oversized fields', () => {
    const result = parseKitContent({ ...minimal, title: 'x'.repeat(501) });
    expect(result).toMatchObject({ ok: false, error: 'title: at most 500 characters' });
  });

  it('normalises whitespace, drops empty optionals and empty red flags, and fills in question ids', () => {
    const result = parseKitContent({
      title: '  My\tkit \n',
      role: '   ',
      description: ' para one\nstill one \n\n\n  para two ',
      questions: [{ text: ' What is  X? ', guidance: '', minutes: null }],
      redFlags: [' a ', '', '  '],
      extra: 'ignored',
    });
    expect(result).toEqual({
      ok: true,
      kit: {
        title: 'My kit',
        description: 'para one still one\n\npara two',
        questions: [{ id: 'what-is-x', text: 'What is X?' }],
        redFlags: ['a'],
      },
    });
  });

  it('defaults missing red flags to none', () => {
    expect(parseKitContent({ title: 'T', questions: [{ text: 'Q' }] })).toMatchObject({ ok: true, kit: { redFlags: [] } });
  });
});

describe('helpers', () => {
  it('formats paths', () => {
    expect(formatPath(['questions', 2, 'text'])).toBe('questions[2].text');
    expect(formatPath([])).toBe('kit');
  });

  it('keeps given ids and replaces missing or repeated ones with unique slugs', () => {
    const ids = withQuestionIds([{ id: 'a', text: 'One' }, { id: 'a', text: 'Two' }, { text: 'Two' }, { text: 'A' }]).map((q) => q.id);
    expect(ids).toEqual(['a', 'two', 'two-2', 'a-2']);
    expect(slugify('¿¡!')).toBe('question');
  });

  it('normalises text to paragraphs', () => {
    expect(normaliseText('\r\n a \r\n\r\n\r\n b\u0000 ')).toBe('a\n\nb');
  });
});
