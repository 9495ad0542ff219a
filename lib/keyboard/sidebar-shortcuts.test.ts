// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { shortcutFor } from './sidebar-shortcuts';

const key = (k: string, target: EventTarget | null = document.body, mods: Partial<KeyboardEvent> = {}) =>
  shortcutFor({ key: k, altKey: false, ctrlKey: false, metaKey: false, target, ...mods });

describe('shortcutFor', () => {
  it('maps 1–4 to the four ratings and 0 to clearing', () => {
    expect(['1', '2', '3', '4', '0'].map((k) => key(k))).toEqual([
      { type: 'rate', rating: 'strong-no' },
      { type: 'rate', rating: 'no' },
      { type: 'rate', rating: 'yes' },
      { type: 'rate', rating: 'strong-yes' },
      { type: 'rate', rating: null },
    ]);
    expect(key('5')).toBeNull();
  });

  it('maps navigation, skip and wrap-up keys', () => {
    expect([key('n'), key('P'), key('s'), key('w')]).toEqual([
      { type: 'next' },
      { type: 'previous' },
      { type: 'skip' },
      { type: 'wrap-up' },
    ]);
  });

  it('leaves keys alone in text fields, and modified keys to the browser', () => {
    const textarea = document.createElement('textarea');
    const input = document.createElement('input');
    expect(key('1', textarea)).toBeNull();
    expect(key('n', input)).toBeNull();
    expect(key('1', document.body, { ctrlKey: true })).toBeNull();
    expect(key('n', document.body, { altKey: true })).toBeNull();
  });

  it('still rates while a rating radio or a checkbox has focus', () => {
    const radio = Object.assign(document.createElement('input'), { type: 'radio' });
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(key('3', radio)).toEqual({ type: 'rate', rating: 'yes' });
    expect(key('3', checkbox)).toEqual({ type: 'rate', rating: 'yes' });
  });

  it('? opens the help; keys that only look like digits, and a target outside the page, are handled as keys', () => {
    expect(key('?')).toEqual({ type: 'help' });
    expect(key('2.5')).toBeNull();
    expect(key('n', null)).toEqual({ type: 'next' });
  });

  it('still rates while any button-like input has focus, whose keys type nothing', () => {
    for (const type of ['button', 'submit', 'reset']) {
      expect(key('2', Object.assign(document.createElement('input'), { type })), type).toEqual({ type: 'rate', rating: 'no' });
    }
    expect(key('2', Object.assign(document.createElement('input'), { type: 'search' }))).toBeNull();
  });

  it('Enter focuses the notes, except on a button where it presses the button', () => {
    expect(key('Enter')).toEqual({ type: 'focus-notes' });
    expect(key('Enter', document.createElement('button'))).toBeNull();
  });
});
