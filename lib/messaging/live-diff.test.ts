import { describe, expect, it } from 'vitest';
import { applyLivePatch, createLiveDiff } from './live-diff';

describe('createLiveDiff', () => {
  it('sends a keyed list whole first, then only the rows that changed and the ids that went', () => {
    const diff = createLiveDiff(true);
    expect(
      diff([
        { id: 'a', n: 1 },
        { id: 'b', n: 1 },
      ]),
    ).toEqual({
      kind: 'value',
      value: [
        { id: 'a', n: 1 },
        { id: 'b', n: 1 },
      ],
    });
    expect(
      diff([
        { id: 'a', n: 2 },
        { id: 'b', n: 1 },
      ]),
    ).toEqual({ kind: 'patch', upsert: [{ id: 'a', n: 2 }], remove: [] });
    expect(
      diff([
        { id: 'a', n: 2 },
        { id: 'c', n: 1 },
      ]),
    ).toEqual({ kind: 'patch', upsert: [{ id: 'c', n: 1 }], remove: ['b'] });
    expect(
      diff([
        { id: 'a', n: 2 },
        { id: 'c', n: 1 },
      ]),
    ).toBeNull();
  });

  it('sends any other value only when it changed', () => {
    const diff = createLiveDiff(false);
    expect(diff({ id: 's', clock: 1 })).toEqual({ kind: 'value', value: { id: 's', clock: 1 } });
    expect(diff({ id: 's', clock: 1 })).toBeNull();
    expect(diff(null)).toEqual({ kind: 'value', value: null });
  });
});

describe('a subscription that is not keyed', () => {
  it('sends a list of rows whole, never as a patch', () => {
    const diff = createLiveDiff(false);
    expect(diff([{ id: 'a' }])).toEqual({ kind: 'value', value: [{ id: 'a' }] });
    expect(diff([{ id: 'a' }, { id: 'b' }])).toEqual({ kind: 'value', value: [{ id: 'a' }, { id: 'b' }] });
  });
});

describe('applyLivePatch', () => {
  it('puts rows that come in any order into id order', () => {
    const rows = ['b', 'e', 'h'].map((id) => ({ id }));
    const upsert = ['j', 'a', 'f', 'c', 'i', 'd', 'g'].map((id) => ({ id }));
    expect(applyLivePatch(rows, upsert, ['e']).map((row) => row.id)).toEqual(['a', 'b', 'c', 'd', 'f', 'g', 'h', 'i', 'j']);
  });

  it('gives the rows the server holds, in id order, after any sequence of patches', () => {
    const server = [
      [{ id: 'b' }, { id: 'd' }],
      [{ id: 'a' }, { id: 'b', x: 1 }, { id: 'd' }],
      [{ id: 'a' }, { id: 'c' }],
      [],
      [{ id: 'e' }],
    ];
    const diff = createLiveDiff(true);
    let rows: { id: string }[] = [];
    for (const value of server) {
      const delta = diff(value);
      if (delta?.kind === 'value') rows = delta.value as { id: string }[];
      else if (delta?.kind === 'patch') rows = applyLivePatch(rows, delta.upsert as { id: string }[], delta.remove);
      expect(rows).toEqual(value);
    }
  });
});
