import { describe, expect, it } from 'vitest';
import { backendEngineerKit } from './bundled/backend-engineer';
import { describeForForm, draftToContent, emptyDraft, kitToDraft, moveQuestion } from './kit-draft';
import { parseKitContent } from './kit-schema';

describe('kit drafts', () => {
  it('turn a kit into a form and back into the same kit', () => {
    const kit = { ...backendEngineerKit, questions: backendEngineerKit.questions.map((q) => ({ ...q, minutes: 4 })) };
    expect(parseKitContent(draftToContent(kitToDraft(kit)))).toEqual({ ok: true, kit });
  });

  it('move questions up and down within bounds', () => {
    const draft = kitToDraft(backendEngineerKit);
    expect(
      moveQuestion(draft, 0, 1)
        .questions.map((q) => q.id)
        .slice(0, 2),
    ).toEqual(['nosql', 'rest']);
    expect(moveQuestion(draft, 0, -1)).toBe(draft);
  });

  it('say what is wrong in the words of the form', () => {
    const result = parseKitContent(draftToContent({ ...emptyDraft(), title: 'T' }));
    expect(result).toMatchObject({ ok: false, error: 'questions[0].text: required' });
    expect(describeForForm('questions[0].text: required')).toBe('Question 1: required');
    expect(describeForForm('questions[1].minutes: must be a number')).toBe('Question 2 – Minutes: must be a number');
    expect(describeForForm('redFlags[3]: at most 500 characters')).toBe('Red flags (line 4): at most 500 characters');
    expect(describeForForm('title: required')).toBe('Title: required');
  });
});
