// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importKit } from './kit-import';
import { readPageForKit } from './page-reader';

const html = readFileSync(resolve(__dirname, 'fixtures', 'page-kit-blog.html'), 'utf8');
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');

describe('reading a kit page in the browser', () => {
  const reading = readPageForKit(parse(html));

  it('writes lists, headings, <details> and tables as the page-text parser reads them, without the page’s furniture', () => {
    expect(reading.title).toBe('Customer success manager interview questions | The Hiring Desk');
    expect(reading.fromSelection).toBe(false);
    expect(reading.text).toContain('1. How do you spot an account that is about to leave?\nLook for: usage signals');
    expect(reading.text).toContain('\n\nA customer asks for a feature the roadmap will never have. What do you say?\n\nGood answer:');
    expect(reading.text).toContain(
      'Question\tWhat to listen for\nHow many accounts have you managed at once?\tNumbers, and how they split their time.',
    );
    expect(reading.text).not.toMatch(/cookies|Pricing|Sign up|hiring tips|Share on|What is churn|Privacy policy/);
  });

  it('gives the kit: questions from lists, <details> and tables; traits to the profile; red flags; no noise', () => {
    const result = importKit(reading.text);
    if (!result.ok) throw new Error(result.error);
    const { kit } = result;
    expect(kit.title).toBe('Customer success manager');
    expect(kit.questions.map((q) => q.text)).toEqual([
      'How do you spot an account that is about to leave?',
      'Tell me about a customer you turned around.',
      'A customer asks for a feature the roadmap will never have. What do you say?',
      'Two of your largest accounts need you on the same afternoon. What do you do?',
      'How many accounts have you managed at once?',
    ]);
    expect(kit.questions[0]).toMatchObject({
      guidance: 'Usage signals and a habit of asking, not only waiting for renewal dates.',
      sampleAnswer: 'I watch logins and support tickets together, and I call the sponsor when both change.',
    });
    expect(kit.questions[2]!.sampleAnswer).toMatch(/^I say no clearly/);
    expect(kit.questions[4]!.guidance).toBe('Numbers, and how they split their time.');
    expect(kit.goodCandidate).toBe('Can they explain their trade-offs?\n\nDo they talk about customers as people, not accounts?');
    expect(kit.redFlags).toEqual(['Talks about upselling before listening', 'Cannot name a customer they lost, or why']);
    expect(kit.description).toMatch(/^A customer success manager keeps customers/);
  });

  it('reads only the selection when there is one', () => {
    // The test's own document: jsdom gives it a selection, as a browser tab has.
    document.body.replaceChildren(...Array.from(parse(html).body.childNodes).map((n) => document.importNode(n, true)));
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('ol')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const selected = readPageForKit();
    expect(selected.fromSelection).toBe(true);
    expect(selected.text).toMatch(/^1\. How do you spot an account/);
    expect(selected.text).toContain('2. Tell me about a customer you turned around.');
    expect(selected.text).not.toMatch(/Red flags|Scenario|trade-offs/);
  });
});
