import { describe, expect, it } from 'vitest';
import { DEFAULT_APPEARANCE, normaliseAppearance } from './appearance';

describe('the "on a call" setting', () => {
  it('opens by itself unless set to stay a handle; anything else reads as the default', () => {
    expect(DEFAULT_APPEARANCE.callStart).toBe('open');
    expect(normaliseAppearance({ callStart: 'handle' }).callStart).toBe('handle');
    expect(normaliseAppearance({ callStart: 'sometimes' }).callStart).toBe('open');
    expect(normaliseAppearance({ theme: 'dark' })).toEqual({ ...DEFAULT_APPEARANCE, theme: 'dark' });
  });
});
