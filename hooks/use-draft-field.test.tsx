// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createDraftWriter, type WriteOutcome } from '@/lib/drafts/draft-writer';
import { useDraftsStore } from '@/lib/stores/drafts-store';
import { useDraftField } from './use-draft-field';
import { DraftWriterContext } from './use-draft-writer';

/** A save whose answers the test gives, one by one, in the order the writes were sent. */
function controlledSave() {
  const sent: { value: string; revision: number; answer: (outcome: WriteOutcome) => void }[] = [];
  const save = (value: string, revision: number) => new Promise<WriteOutcome>((answer) => sent.push({ value, revision, answer }));
  return { sent, save };
}

function renderField(stored: string, save: ReturnType<typeof controlledSave>['save']) {
  const writer = createDraftWriter(useDraftsStore.getState().setStatus);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DraftWriterContext.Provider value={writer}>{children}</DraftWriterContext.Provider>
  );
  return renderHook(({ value }: { value: string }) => useDraftField('note:q1', value, save), { wrapper, initialProps: { value: stored } });
}

afterEach(() => useDraftsStore.setState({ drafts: {}, status: {} }));

describe('useDraftField', () => {
  it('sends each keystroke in the same task, with growing revisions (no debounce can hide a closing tab)', () => {
    const { sent, save } = controlledSave();
    const field = renderField('', save);
    act(() => field.result.current.setValue('a'));
    expect(sent.map((s) => s.value)).toEqual(['a']);
    act(() => field.result.current.setValue('ab'));
    expect(sent.map((s) => s.value)).toEqual(['a', 'ab']);
    expect(sent[1]!.revision).toBeGreaterThan(sent[0]!.revision);
    expect(field.result.current.value).toBe('ab');
  });

  it('keeps showing the draft while a write of it is in flight, even when the stored text briefly equals it', async () => {
    const { sent, save } = controlledSave();
    const field = renderField('', save);
    act(() => field.result.current.setValue('x'));
    // Cleared again before anything came back: the draft ('') equals what is stored ('').
    act(() => field.result.current.setValue(''));
    expect(field.result.current.value).toBe('');
    // The first write lands, and the stored text becomes 'x' for a moment.
    await act(async () => sent[0]!.answer({ applied: true }));
    field.rerender({ value: 'x' });
    expect(field.result.current.value, 'what the user sees while the clearing write is in flight').toBe('');
    // The clearing write lands: stored and typed agree, and the draft goes.
    await act(async () => sent[1]!.answer({ applied: true }));
    field.rerender({ value: '' });
    expect(field.result.current.value).toBe('');
    expect(useDraftsStore.getState().drafts['note:q1']).toBeUndefined();
    expect(useDraftsStore.getState().status['note:q1']).toEqual({ state: 'saved' });
  });

  it('shows the stored text when the background kept newer text from another window', async () => {
    const { sent, save } = controlledSave();
    const field = renderField('theirs', save);
    act(() => field.result.current.setValue('mine'));
    await act(async () => sent[0]!.answer({ applied: false }));
    field.rerender({ value: 'theirs, newer' });
    expect(field.result.current.value).toBe('theirs, newer');
    expect(field.result.current.status).toEqual({ state: 'superseded' });
  });
});
