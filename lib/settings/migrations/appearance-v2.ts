/** The appearance as version 2 stores it (the types in lib/settings/appearance.ts may move on). */
export interface AppearanceV2 {
  theme: 'system' | 'light' | 'dark';
  textSize: 'small' | 'medium' | 'large';
  surface: 'page' | 'side-panel';
  callStart: 'open' | 'handle';
}

// Literal on purpose: the migration is frozen, whatever the defaults of later versions.
const DEFAULTS_V2: AppearanceV2 = { theme: 'system', textSize: 'medium', surface: 'page', callStart: 'open' };
const VALUES_V2: { [K in keyof AppearanceV2]: readonly AppearanceV2[K][] } = {
  theme: ['system', 'light', 'dark'],
  textSize: ['small', 'medium', 'large'],
  surface: ['page', 'side-panel'],
  callStart: ['open', 'handle'],
};

const pick = <K extends keyof AppearanceV2>(stored: Partial<Record<keyof AppearanceV2, unknown>>, field: K): AppearanceV2[K] =>
  VALUES_V2[field].find((value) => value === stored[field]) ?? DEFAULTS_V2[field];

/**
 * Version 2: the first with a version. Builds before it wrote `appearance` unversioned (version 1
 * to @wxt-dev/storage), and not always whole: before the "on a call" setting it had no `callStart`.
 * A missing field, or a value this version does not know, takes that field's default; anything but
 * an object is the defaults. A whole version 2 value comes out as it went in.
 */
export function appearanceV2(stored: unknown): AppearanceV2 {
  const v = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof AppearanceV2, unknown>>;
  return {
    theme: pick(v, 'theme'),
    textSize: pick(v, 'textSize'),
    surface: pick(v, 'surface'),
    callStart: pick(v, 'callStart'),
  };
}
