/** Longest free text kept in a note, summary or red-flag note, in characters. */
export const MAX_TEXT_LENGTH = 100_000;
/** Longest name or one-line red flag, in characters. */
export const MAX_NAME_LENGTH = 200;
/** How long an interview may be planned for, in minutes. */
export const PLANNED_MINUTES = { min: 5, max: 600 } as const;
/** The largest time a JavaScript Date holds, in ms either side of 1970 (ECMA-262 "Time Values"). */
export const MAX_DATE_MS = 8.64e15;
