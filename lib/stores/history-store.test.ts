import { beforeEach, describe, expect, it } from 'vitest';
import { initialHistoryState, useHistoryStore } from './history-store';

beforeEach(() => useHistoryStore.setState(initialHistoryState));
const state = () => useHistoryStore.getState();

describe('the Interviews section state', () => {
  it('starts on the list, with no search, filter, selection or Undo', () => {
    expect(state()).toMatchObject({ view: { kind: 'list' }, query: '', filters: {}, byCandidate: false, undo: null });
    expect([...state().selected]).toEqual([]);
  });

  it('selects and deselects interviews, each once, and clears the selection', () => {
    state().select(['a', 'b'], true);
    state().select(['b', 'c'], true);
    expect([...state().selected]).toEqual(['a', 'b', 'c']);
    state().select(['a', 'missing'], false);
    expect([...state().selected]).toEqual(['b', 'c']);
    state().clearSelection();
    expect(state().selected.size).toBe(0);
  });

  it('gives a new selection object on each change, so views that hold the old one re-render', () => {
    const before = state().selected;
    state().select(['a'], true);
    expect(state().selected).not.toBe(before);
    expect(before.size).toBe(0);
  });

  it('keeps the view, query, filters, grouping and Undo as set', () => {
    state().show({ kind: 'compare', ids: ['a', 'b'] });
    state().setQuery('kafka');
    state().setFilters({ platform: 'zoom' });
    state().setByCandidate(true);
    state().offerUndo([]);
    expect(state()).toMatchObject({
      view: { kind: 'compare', ids: ['a', 'b'] },
      query: 'kafka',
      filters: { platform: 'zoom' },
      byCandidate: true,
      undo: [],
    });
  });
});
