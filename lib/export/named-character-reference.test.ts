import { characterEntities } from 'character-entities';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeNamedCharacterReference } from './named-character-reference';

const own = (name: string) => Object.prototype.hasOwnProperty.call(characterEntities, name);

describe('decodeNamedCharacterReference', () => {
  it('decodes every name of the table it stands in for, to the same text', () => {
    const names = Object.keys(characterEntities);
    expect(names.length).toBeGreaterThan(2000);
    for (const name of names) expect(decodeNamedCharacterReference(name), name).toBe(characterEntities[name]);
  });

  it('refuses what is no name: unknown, numeric, or holding more than one reference', () => {
    for (const value of ['', 'notaname', 'ampx', 'AMp', '#38', '#x26', 'amp;lt', 'lt;', '&amp', 'a b']) {
      expect(decodeNamedCharacterReference(value), value).toBe(false);
    }
  });

  it('agrees with the table on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (value) => {
        expect(decodeNamedCharacterReference(value)).toBe(own(value) ? characterEntities[value] : false);
      }),
    );
  });
});
