import { describe, expect, it } from 'vitest';
import { KIT_CONTENT_FIELDS } from '../records/kit-record';
import { kitContentOf } from './kit-content';
import type { Kit } from './kit-types';

describe('kitContentOf', () => {
  it('keeps every content field of the record and nothing of where the kit is stored', () => {
    const kit: Kit = {
      id: 'user:1',
      origin: 'user',
      bundledVersion: 2,
      createdAt: 1,
      updatedAt: 2,
      title: 'T',
      role: 'R',
      description: 'D',
      questions: [{ id: 'q', text: 'Q?', guidance: 'G', sampleAnswer: 'S', minutes: 5 }],
      goodCandidate: 'G',
      redFlags: ['F'],
      sourceUrl: 'https://example.com/kit',
    };
    expect(Object.keys(kitContentOf(kit)).sort()).toEqual([...KIT_CONTENT_FIELDS].sort());
  });
});
