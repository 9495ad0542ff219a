import { describe, expect, it, vi } from 'vitest';
import type { SaveNoteInput } from '../interviews/interview-service';
import { createNoteWriter, noteKey, type NoteWriteStatus } from './note-writer';

function deferredSaves() {
  const calls: { input: SaveNoteInput; resolve: () => void; reject: (e: Error) => void }[] = [];
  const save = vi.fn(
    (input: SaveNoteInput) => new Promise<void>((resolve, reject) => calls.push({ input, resolve, reject })),
  );
  return { calls, save };
}

const note = (text: string, questionId = 'q1'): SaveNoteInput => ({ sessionId: 's', questionId, text });
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createNoteWriter', () => {
  it('keeps one write in flight and sends only the latest text after it', async () => {
    const { calls, save } = deferredSaves();
    const writer = createNoteWriter({ save });
    writer.write(note('a'));
    writer.write(note('ab'));
    writer.write(note('abc'));
    expect(calls.map((c) => c.input.text)).toEqual(['a']);
    calls[0]!.resolve();
    await tick();
    expect(calls.map((c) => c.input.text)).toEqual(['a', 'abc']);
    calls[1]!.resolve();
    await tick();
    expect(save).toHaveBeenCalledTimes(2);
    expect(writer.isBusy(noteKey(note('')))).toBe(false);
  });

  it('flush sends what waits at once, without waiting for the write in flight', () => {
    const { calls, save } = deferredSaves();
    const writer = createNoteWriter({ save });
    writer.write(note('first'));
    writer.write(note('first and last'));
    writer.write(note('other', 'q2'));
    void writer.flush();
    expect(calls.map((c) => c.input.text)).toEqual(['first', 'first and last', 'other']);
  });

  it('reports saving, then saved only when nothing is left for that note', async () => {
    const { calls, save } = deferredSaves();
    const statuses: NoteWriteStatus['state'][] = [];
    const writer = createNoteWriter({ save, onStatus: (_key, s) => statuses.push(s.state) });
    writer.write(note('a'));
    writer.write(note('ab'));
    calls[0]!.resolve();
    await tick();
    expect(statuses).toEqual(['saving', 'saving']);
    calls[1]!.resolve();
    await tick();
    expect(statuses).toEqual(['saving', 'saving', 'saved']);
  });

  it('reports a failed write with its message and goes on with the next', async () => {
    const { calls, save } = deferredSaves();
    const failures: string[] = [];
    const writer = createNoteWriter({
      save,
      onStatus: (_key, s) => s.state === 'failed' && failures.push(s.message),
    });
    writer.write(note('a'));
    writer.write(note('b', 'q2'));
    calls[0]!.reject(new Error('disk full'));
    await tick();
    expect(failures).toEqual(['disk full']);
    expect(calls.map((c) => c.input.text)).toEqual(['a', 'b']);
  });
});
