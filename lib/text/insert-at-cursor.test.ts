import { describe, expect, it } from 'vitest';
import { insertAtCursor } from './insert-at-cursor';

describe('insertAtCursor', () => {
  it('inserts at the cursor with a space after', () => {
    expect(insertAtCursor('', 0, 0, '[01:02]')).toEqual({ text: '[01:02] ', cursor: 8 });
  });
  it('keeps a word before it apart and replaces the selection', () => {
    expect(insertAtCursor('said REPLACED then', 5, 13, '[12:34]')).toEqual({ text: 'said [12:34]  then', cursor: 13 });
    expect(insertAtCursor('said', 4, 4, '[12:34]')).toEqual({ text: 'said [12:34] ', cursor: 13 });
  });
});
