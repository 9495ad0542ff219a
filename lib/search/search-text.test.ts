import { describe, expect, it } from 'vitest';
import { foldText, highlightParts, snippetAround, words } from './search-text';

describe('foldText', () => {
  it('lowers case and drops accents, in any script', () => {
    expect(foldText('José NÚÑEZ')).toBe('jose nunez');
    expect(foldText('Ärger Øre')).toBe('arger øre');
    expect(foldText('Ελληνικά')).toBe('ελληνικα');
    expect(foldText('Plain ASCII 42')).toBe('plain ascii 42');
  });
});

describe('words', () => {
  it('cuts runs of letters and digits, in any script, and nothing from punctuation alone', () => {
    expect(words("Ada's REST-API, v2 — 日本語 ok")).toEqual(['Ada', 's', 'REST', 'API', 'v2', '日本語', 'ok']);
    expect(words(' ,.;- ')).toEqual([]);
  });
});

describe('highlightParts', () => {
  it('marks every word starting with a term, without case or accents, keeping the text between', () => {
    expect(highlightParts('José met jose, Joseph!', ['JOSE'])).toEqual([
      { text: 'José', hit: true },
      { text: ' met ', hit: false },
      { text: 'jose', hit: true },
      { text: ', ', hit: false },
      { text: 'Joseph', hit: true },
      { text: '!', hit: false },
    ]);
  });

  it('matches a term at the start of a word only, and any of several terms', () => {
    expect(highlightParts('disjoint joins', ['join', 'dis'])).toEqual([
      { text: 'disjoint', hit: true },
      { text: ' ', hit: false },
      { text: 'joins', hit: true },
    ]);
    expect(highlightParts('rejoin', ['join'])).toEqual([{ text: 'rejoin', hit: false }]);
  });

  it('leaves the text whole with no terms, or only empty ones', () => {
    expect(highlightParts('Kafka outbox', [])).toEqual([{ text: 'Kafka outbox', hit: false }]);
    expect(highlightParts('Kafka outbox', [''])).toEqual([{ text: 'Kafka outbox', hit: false }]);
  });
});

describe('snippetAround', () => {
  const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');

  it('is the whole text, spaces flattened, when it is short', () => {
    expect(snippetAround('a  b\n\nc target d', ['target'])).toBe('a b c target d');
  });

  it('cuts about `width` characters around the first match at word boundaries, with an ellipsis where text is left out', () => {
    expect(snippetAround(long, ['word20'], 40)).toBe('…word19 word20 word21 word22 word23…');
    expect(snippetAround(long, ['word1'], 40)).toBe('word0 word1 word2 word3 word4 word5…');
    expect(snippetAround(long, ['word39'], 40)).toBe('…word38 word39');
  });

  it('never cuts off the match itself, even after a long word', () => {
    expect(snippetAround(`${'x'.repeat(50)} target`, ['target'], 20)).toBe('…target');
  });

  it('is undefined when no word matches', () => {
    expect(snippetAround(long, ['nothing'])).toBeUndefined();
    expect(snippetAround(long, [])).toBeUndefined();
  });
});
