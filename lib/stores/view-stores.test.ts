import { describe, expect, it } from 'vitest';
import { initialDashboardState, useDashboardStore } from './dashboard-store';
import { useSidebarViewStore } from './sidebar-view-store';

describe('the kit library state', () => {
  const state = () => useDashboardStore.getState();

  it('starts empty, as the state the component tests reset to', () => {
    expect(state()).toMatchObject({ view: { kind: 'empty' }, search: '', undo: null, message: '' });
    expect(state()).toMatchObject(initialDashboardState);
  });

  it('keeps the panel, search, Undo and message as set', () => {
    state().show({ kind: 'edit', kitId: 'k1' });
    state().setSearch('backend');
    state().say('Kit deleted.');
    state().offerUndo(null);
    expect(state()).toMatchObject({ view: { kind: 'edit', kitId: 'k1' }, search: 'backend', undo: null, message: 'Kit deleted.' });
  });
});

describe('the sidebar view state', () => {
  const state = () => useSidebarViewStore.getState();

  it('starts on the question, shown, and keeps the view and visibility as set', () => {
    expect(state()).toMatchObject({ view: 'question', shown: true });
    state().setView('wrap-up');
    state().setShown(false);
    expect(state()).toMatchObject({ view: 'wrap-up', shown: false });
  });
});
