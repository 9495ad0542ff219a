// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { SIDEBAR_SHORTCUTS } from './shortcut-list';
import { shortcutFor } from './sidebar-shortcuts';

const press = (key: string) => shortcutFor({ key, altKey: false, ctrlKey: false, metaKey: false, target: document.body });

describe('the shortcut list the help view shows', () => {
  it('lists every key, in the order a person learns them', () => {
    expect(SIDEBAR_SHORTCUTS.map((row) => row.keys)).toEqual([
      '1 – 4',
      '0',
      'N / P',
      'S',
      'W',
      '1 – 4, 0 (wrap-up)',
      '?',
      'Enter',
      'Alt+T',
      'Esc',
    ]);
  });

  it('says what each one does, no two alike', () => {
    const said = SIDEBAR_SHORTCUTS.map((row) => row.does);
    for (const does of said) expect(does.length).toBeGreaterThan(10);
    expect(new Set(said).size).toBe(said.length);
  });

  it('every single key it names is one the sidebar answers', () => {
    const singleKeys = SIDEBAR_SHORTCUTS.flatMap((row) => row.keys.split(/[\s/–,()]+/)).filter((key) => key.length === 1);
    expect(singleKeys.length).toBeGreaterThanOrEqual(8);
    for (const key of singleKeys) expect(press(key), `the key ${key}`).not.toBeNull();
    expect(press('Enter')).toEqual({ type: 'focus-notes' });
  });
});
