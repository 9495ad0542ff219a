import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SEED_PATH, itWithSeed } from './seed.test-support';
import { describe, expect, it } from 'vitest';
import { importKit } from './kit-import';
import type { KitContent } from './kit-types';

const fixture = (name: string) => readFileSync(resolve(__dirname, 'fixtures', name), 'utf8');
const importPage = (text: string): KitContent => {
  const result = importKit(text);
  if (!result.ok) throw new Error(result.error);
  expect(result.kind).toBe('page');
  return result.kit;
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

const NOISE = [
  'Sign up',
  'free trial',
  'Frequently asked questions',
  'Content team',
  'Start a free trial',
  'Regenerate with AI',
  "Let's grow together",
  'Jump to section',
  'buyer’s guide',
  'Related articles',
  'Subscribe',
  'Download our free',
  'Ready to fine-tune',
  'Now, let',
  'Let’s move on',
  "Let's move on",
  'Below are the questions',
  'Here are',
];

describe('page text: a numbered list, then each question with explanation and sample answer', () => {
  const kit = importPage(fixture('page-numbered-list.txt'));

  it('finds every question with its explanation as guidance and its sample answer, quotes stripped', () => {
    expect(kit.title).toBe('Product Designer');
    expect(kit.questions.map((q) => q.text)).toEqual([
      'Walk me through a design you are proud of.',
      'How do you decide what to test with users?',
      'What do you do when engineering says a design is too costly?',
      'How do you keep a design system consistent?',
      'Tell me about a time data changed your mind.',
    ]);
    for (const q of kit.questions) {
      expect(q.guidance).toBeTruthy();
      expect(q.sampleAnswer).toMatch(/^[A-Z]/);
      expect(q.sampleAnswer).not.toMatch(/[“”"]/);
    }
    // Label without colon, with colon, and with the answer on the same line.
    expect(kit.questions[0]!.sampleAnswer).toMatch(/^I redesigned the checkout/);
    expect(kit.questions[3]!.sampleAnswer).toMatch(/^Someone owns it/);
  });

  it('reads the profile and a list of red flags, and leaves page noise out', () => {
    expect(kit.goodCandidate).toMatch(/^They explain decisions with evidence.*\n\nThey are comfortable/s);
    expect(kit.redFlags).toEqual([
      'Cannot say what their own role in a project was',
      'Talks about taste but never about users',
      'Blames engineers for every compromise',
    ]);
    for (const noise of NOISE) expect(allText(kit)).not.toContain(noise);
  });
});

describe('page text: other layouts give what they hold', () => {
  it('takes bulleted questions under headings, and says what was not found', () => {
    const result = importKit(fixture('page-bulleted.txt'));
    expect(result).toMatchObject({ ok: true, kit: { title: 'Support team lead' } });
    if (!result.ok) return;
    expect(result.kit.questions).toHaveLength(5);
    expect(result.notFound).toEqual([
      'Guidance for questions 1, 2, 3, 4, 5',
      'Sample answer for questions 1, 2, 3, 4, 5',
      'What a good candidate looks like',
      'Red flags',
    ]);
    expect(allText(result.kit)).not.toMatch(/Share this|newsletter/);
  });

  it('reads “Question #1:” blocks with “How to answer” as guidance and a paragraph of red flags', () => {
    const result = importKit(fixture('page-question-blocks.txt'));
    if (!result.ok) throw new Error(result.error);
    expect(result.kit.title).toBe('Data Analyst');
    expect(result.kit.questions.map((q) => q.text)).toEqual([
      'How do you check a new data set before you trust it?',
      'Explain a left join to someone outside the data team.',
      'What would you do if two dashboards showed different revenue?',
    ]);
    expect(result.kit.questions[1]).toMatchObject({
      guidance: expect.stringMatching(/^Use an everyday picture/),
      sampleAnswer: expect.stringMatching(/^Every guest/),
    });
    expect(result.kit.redFlags).toEqual(['Reaches a conclusion before looking at how each number was produced.']);
    expect(result.notFound).toContain('Sample answer for questions 1, 3');
  });

  it('refuses text with no questions, saying what it looked for', () => {
    expect(importKit('Just a paragraph about hiring.')).toMatchObject({ ok: false, error: expect.stringMatching(/No questions found/) });
  });
});

// The real page this product was shaped on; the shared folder is not part of every checkout.
const seedPath = SEED_PATH;
describe('the seed page', () => {
  itWithSeed('imports as a complete kit: 8 questions, guidance, answers, profile, red flags, no noise', () => {
    const result = importKit(readFileSync(seedPath, 'utf8'));
    if (!result.ok) throw new Error(result.error);
    const { kit } = result;
    expect(result.notFound).toEqual([]);
    expect(kit.title).toBe('Backend Engineer');
    expect(kit.description).toMatch(/^A Backend Engineer is responsible for server-side application logic/);
    expect(kit.questions.map((q) => q.text)).toEqual([
      'What does REST stand for?',
      'What do you understand by NoSQL databases?',
      'What is SQL injection?',
      'What is an API? How do you access an API with JavaScript?',
      'How do you handle data migrations in a production environment?',
      'Describe the differences between a thread and a process.',
      'How do you ensure the security of data in transit?',
      'What are the key differences between a relational database and a non-relational database?',
    ]);
    for (const q of kit.questions) {
      expect(q.guidance?.length).toBeGreaterThan(40);
      expect(q.sampleAnswer?.length).toBeGreaterThan(40);
      expect(q.sampleAnswer).not.toMatch(/[“”]/);
      expect(q.guidance).not.toContain('\n');
    }
    expect(kit.questions[0]!.guidance).toMatch(/^REST stands for Representational State Transfer\. It’s an architectural style/);
    expect(kit.questions[0]!.sampleAnswer).toMatch(/^REST stands for Representational State Transfer\. It’s a standard/);
    expect(kit.questions[3]!.sampleAnswer).toMatch(/handle responses\.$/);
    expect(kit.goodCandidate).toMatch(/^A proficient Backend Engineer should have a deep understanding.*other team members\.$/);
    expect(kit.redFlags).toHaveLength(2);
    expect(kit.redFlags[0]).toMatch(/^Beware of candidates who lack problem-solving skills/);
    expect(kit.redFlags[1]).toMatch(/aren’t open to feedback can be concerning\.$/);
    for (const noise of [
      ...NOISE,
      'HRIS',
      'Keith MacKenzie',
      'Workable',
      'front end web developer',
      '8 good backend',
      'Explore our',
      'Post jobs',
    ]) {
      expect(allText(kit)).not.toContain(noise);
    }
  });
});
