import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importKit } from './kit-import';
import type { KitContent } from './kit-types';

// Five layouts real kit pages use, written in this project's own words (lib/kits/fixtures/page-*.txt).
const fixture = (name: string) => readFileSync(resolve(__dirname, 'fixtures', name), 'utf8');
const imported = (name: string) => {
  const result = importKit(fixture(name));
  if (!result.ok) throw new Error(result.error);
  expect(result.kind).toBe('page');
  return result;
};
const allText = (kit: KitContent) =>
  [
    kit.title,
    kit.role,
    kit.description,
    kit.goodCandidate,
    ...kit.redFlags,
    ...kit.questions.flatMap((q) => [q.text, q.guidance, q.sampleAnswer]),
  ]
    .filter(Boolean)
    .join('\n');

describe('labels inside a line (the paste from issue 15)', () => {
  const { kit } = imported('page-inline-labels.txt');

  it('takes "Look for:" and "Sample answer:" out of the question text', () => {
    expect(kit.title).toBe('Data Analyst');
    expect(kit.questions).toHaveLength(2);
    expect(kit.questions[0]).toMatchObject({
      text: 'Tell me about a time your analysis changed a decision.',
      guidance: 'A clear business question, the data used, and the outcome.',
      sampleAnswer: 'We found churn was driven by onboarding, not price...',
    });
    expect(kit.questions[1]).toMatchObject({
      text: "How do you check a dashboard's numbers are right?",
      guidance: 'Reconciliation against the source...',
    });
    expect(kit.questions[1]!.sampleAnswer).toBeUndefined();
  });

  it('makes one red flag per sentence of a "Red flags:" line', () => {
    expect(kit.redFlags).toEqual(['Cannot explain their own SQL.', 'Blames the data for every problem.']);
    expect(allText(kit).match(/Red flags|Look for|Sample answer/g)).toBeNull();
  });
});

describe('a question-library page: sections of questions, traits in the introduction', () => {
  const { kit } = imported('page-question-library.txt');

  it('takes questions only from the question sections; a list numbered again continues the kit', () => {
    expect(kit.questions.map((q) => q.text)).toEqual([
      'How would you find out why a service got slower after a release?',
      'What would you put on the first dashboard for a new service?',
      'How do you decide how many replicas a service needs?',
      'Tell me about an incident you handled from start to finish.',
      'Describe a time you pushed back on a deadline.',
    ]);
  });

  it('puts the introduction\'s traits and the "what to look for" list in the profile', () => {
    expect(kit.goodCandidate?.split('\n\n')).toEqual([
      'Can they explain their trade-offs?',
      'Do they write things down before they change things?',
      'Would they stop a release that looks risky?',
      'Calm, ordered thinking under pressure',
      'Measures before changing anything',
    ]);
    expect(kit.redFlags).toEqual(['Blames individuals in postmortems', 'Has never been on call and does not want to be']);
    expect(kit.description).toBe('Hiring an SRE means hiring someone who keeps systems calm when nobody else can.');
    expect(allText(kit)).not.toMatch(/cookies|Skip to|Pricing|Related jobs|Platform engineer job|newsletter|rights reserved/);
  });
});

describe('a blog post with Q:/A: pairs', () => {
  const { kit, notFound } = imported('page-blog-qa.txt');

  it('reads each Q: as a question, A: as its sample answer, and "Why I ask it:" / "Listen for:" as guidance', () => {
    expect(kit.title).toBe('The five questions I ask every engineering manager candidate');
    expect(kit.questions).toHaveLength(4);
    expect(kit.questions[0]).toMatchObject({
      text: 'How do you know your team is doing well?',
      guidance: 'It shows whether they measure output, people, or both.',
      sampleAnswer: expect.stringMatching(/^I look at whether we ship.*to a friend\.$/),
    });
    expect(kit.questions[1]).toMatchObject({
      guidance: 'Specific steps over months, not a single lucky break.',
      sampleAnswer: expect.stringMatching(/^I gave a senior engineer/),
    });
    expect(kit.questions[3]).toEqual({ id: expect.any(String), text: 'When did you last disagree with your own manager?' });
    expect(notFound).toContain('Sample answer for question 4');
  });

  it("keeps the introduction's list of traits out of the questions, and the sign-off out of the red flags", () => {
    expect(kit.goodCandidate).toMatch(/^Does this person know their team by name\?\n\nCan they describe a hard conversation/);
    expect(kit.redFlags).toEqual([
      'Talks only about delivery dates.',
      'Cannot name one person they have promoted or coached.',
      'Describes the team as resources.',
    ]);
    expect(allText(kit)).not.toMatch(/Posted on|Thanks for reading|Leave a comment|share it/);
  });
});

describe('a wiki page with a table of questions', () => {
  const { kit } = imported('page-wiki-table.txt');

  it('reads one question a row, with the "listen for" column as guidance and the "good answer" column as the sample', () => {
    expect(kit.title).toBe('Frontend engineer');
    expect(kit.questions).toHaveLength(3);
    expect(kit.questions[0]).toMatchObject({
      text: 'How would you make a custom dropdown accessible?',
      guidance: 'Keyboard support, focus handling and the right roles.',
      sampleAnswer: expect.stringMatching(/^Use a native select when possible/),
    });
    expect(kit.redFlags).toEqual(['Says accessibility is for a later sprint', 'Cannot explain what the browser does with a click']);
    expect(allText(kit)).not.toMatch(/Page history|Edited by|Labels:|Engineering wiki/);
  });
});

describe('a document exported to text, headings in ALL CAPS', () => {
  const { kit } = imported('page-doc-caps.txt');

  it('reads the sections by their capital headings, labels on their own line or inline', () => {
    expect(kit.title).toBe('Senior Product Manager');
    expect(kit.description).toMatch(/^The senior product manager owns the roadmap/);
    expect(kit.questions.map((q) => q.text)).toEqual([
      'Tell me about a product you shipped that did not work.',
      'How do you say no to a senior stakeholder?',
      'How would you price a new add-on?',
    ]);
    expect(kit.questions[0]).toMatchObject({
      guidance: expect.stringMatching(/^What they learned/),
      sampleAnswer: expect.stringMatching(/^We launched annual plans/),
    });
    expect(kit.questions[1]!.guidance).toBe('Evidence and an alternative, not a flat refusal.');
    expect(kit.questions[2]!.sampleAnswer).toMatch(/^Talk to a few customers/);
  });

  it('takes "what we look for" as the profile, and leaves "next steps" out', () => {
    expect(kit.goodCandidate?.split('\n\n')).toHaveLength(3);
    expect(kit.redFlags).toEqual([
      'Treats the roadmap as a list of promises.',
      'Never mentions customers.',
      'Cannot say what went wrong in a launch.',
    ]);
    expect(allText(kit)).not.toMatch(/Write up your notes|debrief|NEXT STEPS|ABOUT THE ROLE/);
  });
});

describe('smaller rules', () => {
  it('continues a kit whose numbered questions start again at 1 under a new section, each with its explanation', () => {
    const text = `Technical questions\n\n1. How do you test a migration?\n\nLook at rollback plans.\n\n2. How do you roll out a schema change?\n\nExpect expand and contract.\n\nBehavioural questions\n\n1. Tell me about a mistake you made.\n\nListen for ownership.`;
    const result = importKit(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.kit.questions.map((q) => [q.text, q.guidance])).toEqual([
      ['How do you test a migration?', 'Look at rollback plans.'],
      ['How do you roll out a schema change?', 'Expect expand and contract.'],
      ['Tell me about a mistake you made.', 'Listen for ownership.'],
    ]);
  });

  it('reads questions standing alone as headings, and a quoted paragraph after the explanation as the sample answer', () => {
    const text = `Interview questions\n\nHow do you keep a test suite fast?\n\nLook for measurement before changes.\n\n“I time every file and split the slowest.”\n\nWhat would you delete from our codebase first?\n\nCurious candidates ask what hurts.`;
    const result = importKit(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.kit.questions).toHaveLength(2);
    expect(result.kit.questions[0]).toMatchObject({
      guidance: 'Look for measurement before changes.',
      sampleAnswer: 'I time every file and split the slowest.',
    });
    expect(result.kit.questions[1]).toMatchObject({
      text: 'What would you delete from our codebase first?',
      guidance: 'Curious candidates ask what hurts.',
    });
  });
});
