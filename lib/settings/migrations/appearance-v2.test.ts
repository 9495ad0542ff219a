import { describe, expect, it } from 'vitest';
import { appearanceV2, type AppearanceV2 } from './appearance-v2';

const VALUES = {
  theme: ['system', 'light', 'dark'],
  textSize: ['small', 'medium', 'large'],
  surface: ['page', 'side-panel'],
  callStart: ['open', 'handle'],
} as const;

describe('appearance v2 migration', () => {
  it('keeps every value version 2 knows, field by field', () => {
    const whole: AppearanceV2 = { theme: 'dark', textSize: 'small', surface: 'side-panel', callStart: 'handle' };
    for (const [field, values] of Object.entries(VALUES))
      for (const value of values) expect(appearanceV2({ ...whole, [field]: value })).toEqual({ ...whole, [field]: value });
  });

  it('fills what is missing or unknown with the defaults of that time', () => {
    const defaults = { theme: 'system', textSize: 'medium', surface: 'page', callStart: 'open' };
    expect(appearanceV2(undefined)).toEqual(defaults);
    expect(appearanceV2(null)).toEqual(defaults);
    expect(appearanceV2(['dark'])).toEqual(defaults);
    expect(appearanceV2({ theme: 'DARK', textSize: 3, surface: null, callStart: 'handle' })).toEqual({ ...defaults, callStart: 'handle' });
  });
});
