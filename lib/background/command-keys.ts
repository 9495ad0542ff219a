/**
 * The manifest's `commands`, with their suggested keys; users change them at the browser's
 * shortcuts page. A key the browser uses itself is left unassigned, silently: Alt+Shift+N is
 * Chromium's "new split tab" and Alt+Shift+I is Google Chrome's feedback form, so neither is used.
 */
export const BROWSER_COMMANDS = {
  'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Show or hide the interview sidebar' },
  'next-question': { suggested_key: { default: 'Alt+Shift+Period' }, description: 'Next question' },
  'previous-question': { suggested_key: { default: 'Alt+Shift+Comma' }, description: 'Previous question' },
  'focus-notes': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Write in the notes box' },
} as const;
