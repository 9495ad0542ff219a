import { beforeEach, describe, expect, it } from 'vitest';
import { useDraftsStore } from './drafts-store';

beforeEach(() => useDraftsStore.setState({ drafts: {}, status: {} }));
const state = () => useDraftsStore.getState();

describe('drafts', () => {
  it('keeps a draft per field, the latest text winning', () => {
    state().setDraft('s/q1', 'a');
    state().setDraft('s/q2', 'b');
    state().setDraft('s/q1', 'ab');
    expect(state().drafts).toEqual({ 's/q1': 'ab', 's/q2': 'b' });
  });

  it('drops one field only, and keeps its save status', () => {
    state().setDraft('s/q1', 'a');
    state().setDraft('s/q2', 'b');
    state().setStatus('s/q1', { state: 'saved' });
    state().dropDraft('s/q1');
    expect(state().drafts).toEqual({ 's/q2': 'b' });
    expect(state().status).toEqual({ 's/q1': { state: 'saved' } });
  });

  it('keeps a status per field', () => {
    state().setStatus('s/q1', { state: 'saving' });
    state().setStatus('s/q2', { state: 'saved' });
    state().setStatus('s/q1', { state: 'saved' });
    expect(state().status).toEqual({ 's/q1': { state: 'saved' }, 's/q2': { state: 'saved' } });
  });
});
