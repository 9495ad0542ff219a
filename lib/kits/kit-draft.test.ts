import { describe, expect, it } from 'vitest';
import { backendEngineerKit } from './bundled/backend-engineer';
import { describeForForm, draftToContent, emptyDraft, emptyQuestion, kitToDraft, moveQuestion } from './kit-draft';
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

  it('give every field of an empty form an empty text and one empty question with a fresh id', () => {
    const draft = emptyDraft();
    expect(draft).toEqual({
      title: '',
      role: '',
      description: '',
      questions: [{ id: expect.stringMatching(/^q-[0-9a-f-]{36}$/), text: '', guidance: '', sampleAnswer: '', minutes: '' }],
      goodCandidate: '',
      redFlags: '',
    });
    expect(emptyQuestion().id).not.toBe(emptyQuestion().id);
  });

  it('show missing fields as empty text, minutes as written, red flags one a line', () => {
    const draft = kitToDraft({
      title: 'T',
      questions: [
        { id: 'a', text: 'Q?', minutes: 2.5 },
        { id: 'b', text: 'R?' },
      ],
      redFlags: ['One', 'Two'],
    });
    expect(draft).toEqual({
      title: 'T',
      role: '',
      description: '',
      goodCandidate: '',
      redFlags: 'One\nTwo',
      questions: [
        { id: 'a', text: 'Q?', guidance: '', sampleAnswer: '', minutes: '2.5' },
        { id: 'b', text: 'R?', guidance: '', sampleAnswer: '', minutes: '' },
      ],
    });
  });

  it('read minutes with a comma or a point, blank as none, anything else as a number for the schema to refuse', () => {
    const minutesOf = (typed: string) => {
      const content = draftToContent({ ...emptyDraft(), questions: [{ ...emptyQuestion(), minutes: typed }] }) as {
        questions: { minutes?: number }[];
      };
      return content.questions[0]!.minutes;
    };
    expect(minutesOf('2,5')).toBe(2.5);
    expect(minutesOf(' 3 ')).toBe(3);
    expect(minutesOf('  ')).toBeUndefined();
    expect(minutesOf('')).toBeUndefined();
    expect(minutesOf('soon')).toBeNaN();
    expect((draftToContent({ ...emptyDraft(), redFlags: 'A\n\nB' }) as { redFlags: string[] }).redFlags).toEqual(['A', '', 'B']);
  });

  it('move the last question down not at all, and any question up', () => {
    const draft = kitToDraft(backendEngineerKit);
    const last = draft.questions.length - 1;
    expect(moveQuestion(draft, last, 1)).toBe(draft);
    const moved = moveQuestion(draft, last, -1);
    expect(moved.questions.map((q) => q.id).slice(-2)).toEqual([draft.questions[last]!.id, draft.questions[last - 1]!.id]);
    // The draft it came from is unchanged.
    expect(draft.questions[last]!.id).toBe(kitToDraft(backendEngineerKit).questions[last]!.id);
  });

  it('name every field in the words of the form, and leave other messages as they are', () => {
    expect(describeForForm('questions[0].guidance: too long')).toBe('Question 1 – Guidance: too long');
    expect(describeForForm('questions[11].sampleAnswer: too long')).toBe('Question 12 – Sample answer: too long');
    expect(describeForForm('questions[0].other[2]: odd')).toBe('Question 1 – other: odd');
    expect(describeForForm('role: too long')).toBe('Role: too long');
    expect(describeForForm('description: too long')).toBe('Description: too long');
    expect(describeForForm('goodCandidate: too long')).toBe('What a good candidate looks like: too long');
    expect(describeForForm('questions: at least one')).toBe('Questions: at least one');
    expect(describeForForm('unknown: odd')).toBe('unknown: odd');
    expect(describeForForm('Something else entirely')).toBe('Something else entirely');
  });
});
