import { describe, expect, it } from 'vitest';
import { createDraftWriter, type DraftStatus } from './draft-writer';

/** Records each send and lets the test decide when it is stored. */
function deferredSends() {
  const calls: { value: string; revision: number; resolve: () => void; reject: (e: Error) => void }[] = [];
  const sender = (value: string) => (revision: number) =>
    new Promise<void>((resolve, reject) => calls.push({ value, revision, resolve, reject }));
  return { calls, sender };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createDraftWriter', () => {
  it('sends every change at once, so nothing waits in the page when it closes', () => {
    const { calls, sender } = deferredSends();
    const writer = createDraftWriter();
    writer.write('q1', sender('a'));
    writer.write('q1', sender('ab'));
    writer.write('q2', sender('x'));
    expect(calls.map((c) => c.value)).toEqual(['a', 'ab', 'x']);
  });

  it('stamps writes with strictly growing revisions, even within one millisecond', () => {
    const { calls, sender } = deferredSends();
    const writer = createDraftWriter(undefined, () => 1_000);
    writer.write('q1', sender('a'));
    writer.write('q1', sender('ab'));
    expect(calls[1]!.revision).toBeGreaterThan(calls[0]!.revision);
    expect(calls[0]!.revision).toBe(1_000_000);
  });

  it('reports saving, then saved once every write of that field is stored', async () => {
    const { calls, sender } = deferredSends();
    const statuses: DraftStatus['state'][] = [];
    const writer = createDraftWriter((_key, s) => statuses.push(s.state));
    writer.write('q1', sender('a'));
    writer.write('q1', sender('ab'));
    calls[0]!.resolve();
    await tick();
    expect(statuses).toEqual(['saving', 'saving']);
    expect(writer.isBusy('q1')).toBe(true);
    calls[1]!.resolve();
    await tick();
    expect(statuses).toEqual(['saving', 'saving', 'saved']);
    expect(writer.isBusy('q1')).toBe(false);
  });

  it('reports a failed write with its message', async () => {
    const { calls, sender } = deferredSends();
    const failures: string[] = [];
    const writer = createDraftWriter((_key, s) => s.state === 'failed' && failures.push(s.message));
    writer.write('q1', sender('a'));
    calls[0]!.reject(new Error('disk full'));
    await tick();
    expect(failures).toEqual(['disk full']);
  });

  it('reports superseded when the background dropped the newest write as stale, and saved again after a later applied one', async () => {
    const statuses: DraftStatus['state'][] = [];
    const writer = createDraftWriter((_key, s) => statuses.push(s.state));
    writer.write('q1', async () => ({ applied: false }));
    await tick();
    expect(statuses.at(-1)).toBe('superseded');
    writer.write('q1', async () => ({ applied: true }));
    await tick();
    expect(statuses.at(-1)).toBe('saved');
  });

  it('is not superseded when only an older write was dropped and the newest one was applied', async () => {
    const statuses: DraftStatus['state'][] = [];
    const writer = createDraftWriter((_key, s) => statuses.push(s.state));
    let answerOlder: (outcome: { applied: boolean }) => void = () => undefined;
    writer.write('q1', () => new Promise((resolve) => (answerOlder = resolve)));
    writer.write('q1', async () => ({ applied: true }));
    await tick();
    answerOlder({ applied: false });
    await tick();
    expect(statuses.at(-1)).toBe('saved');
  });
});
