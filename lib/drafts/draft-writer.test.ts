import { describe, expect, it } from 'vitest';
import { createDraftWriter, type DraftStatus } from './draft-writer';

/** Records each send and lets the test decide when it is stored. */
function deferredSends() {
  const calls: { value: string; resolve: () => void; reject: (e: Error) => void }[] = [];
  const sender = (value: string) => () =>
    new Promise<void>((resolve, reject) => calls.push({ value, resolve, reject }));
  return { calls, sender };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createDraftWriter', () => {
  it('keeps one write in flight and sends only the latest value after it', async () => {
    const { calls, sender } = deferredSends();
    const writer = createDraftWriter();
    writer.write('q1', sender('a'));
    writer.write('q1', sender('ab'));
    writer.write('q1', sender('abc'));
    expect(calls.map((c) => c.value)).toEqual(['a']);
    calls[0]!.resolve();
    await tick();
    expect(calls.map((c) => c.value)).toEqual(['a', 'abc']);
    calls[1]!.resolve();
    await tick();
    expect(calls).toHaveLength(2);
    expect(writer.isBusy('q1')).toBe(false);
  });

  it('flush sends what waits at once, without waiting for the write in flight', () => {
    const { calls, sender } = deferredSends();
    const writer = createDraftWriter();
    writer.write('q1', sender('first'));
    writer.write('q1', sender('first and last'));
    writer.write('q2', sender('other'));
    void writer.flush();
    expect(calls.map((c) => c.value)).toEqual(['first', 'first and last', 'other']);
  });

  it('reports saving, then saved only when nothing is left for that field', async () => {
    const { calls, sender } = deferredSends();
    const statuses: DraftStatus['state'][] = [];
    const writer = createDraftWriter((_key, s) => statuses.push(s.state));
    writer.write('q1', sender('a'));
    writer.write('q1', sender('ab'));
    calls[0]!.resolve();
    await tick();
    expect(statuses).toEqual(['saving', 'saving']);
    calls[1]!.resolve();
    await tick();
    expect(statuses).toEqual(['saving', 'saving', 'saved']);
  });

  it('reports a failed write with its message and goes on with the next field', async () => {
    const { calls, sender } = deferredSends();
    const failures: string[] = [];
    const writer = createDraftWriter((_key, s) => s.state === 'failed' && failures.push(s.message));
    writer.write('q1', sender('a'));
    writer.write('q2', sender('b'));
    calls[0]!.reject(new Error('disk full'));
    await tick();
    expect(failures).toEqual(['disk full']);
    expect(calls.map((c) => c.value)).toEqual(['a', 'b']);
  });
});
