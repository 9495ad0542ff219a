import { describe, expect, it } from 'vitest';
import { backendEngineerKit } from './bundled/backend-engineer';
import { kitToParts, partsToKit, type PartRole } from './kit-parts';

describe('kit parts', () => {
  it('splits a kit into marked lines and builds the same kit back', () => {
    const parts = kitToParts(backendEngineerKit);
    expect(parts.filter((p) => p.role === 'question')).toHaveLength(backendEngineerKit.questions.length);
    expect(partsToKit(backendEngineerKit, parts)).toEqual({ ok: true, kit: backendEngineerKit });
  });

  it('moves a line to another part: guidance to a red flag, a question under the one before, a line left out', () => {
    const kit = {
      title: 'Analyst',
      questions: [
        { id: 'a', text: 'Tell me about a decision.', guidance: 'Look for a question.' },
        { id: 'b', text: 'Can they explain their trade-offs?' },
      ],
      redFlags: [],
    };
    const parts = kitToParts(kit);
    const move = (text: string, role: PartRole) => parts.forEach((p) => p.text === text && (p.role = role));
    move('Look for a question.', 'redFlag');
    move('Can they explain their trade-offs?', 'profile');
    expect(partsToKit(kit, parts)).toEqual({
      ok: true,
      kit: {
        title: 'Analyst',
        questions: [{ id: 'a', text: 'Tell me about a decision.' }],
        goodCandidate: 'Can they explain their trade-offs?',
        redFlags: ['Look for a question.'],
      },
    });
    move('Can they explain their trade-offs?', 'guidance');
    move('Look for a question.', 'omit');
    expect(partsToKit(kit, parts)).toMatchObject({
      ok: true,
      kit: { questions: [{ guidance: 'Can they explain their trade-offs?' }], redFlags: [] },
    });
  });

  it('says so when no question is left, and a guidance line before any question joins the description', () => {
    const parts = kitToParts({
      title: 'x',
      questions: [
        { id: 'q', text: 'Why?' },
        { id: 'r', text: 'How?' },
      ],
      redFlags: [],
    });
    parts[0]!.role = 'guidance';
    expect(partsToKit({ title: 'x' }, parts)).toMatchObject({ ok: true, kit: { description: 'Why?', questions: [{ text: 'How?' }] } });
    parts[1]!.role = 'omit';
    expect(partsToKit({ title: 'x' }, parts)).toEqual({
      ok: false,
      error: 'A kit needs at least one question: mark a line as a question.',
    });
  });
});
