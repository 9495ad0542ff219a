/**
 * The single-key shortcuts (lib/keyboard/sidebar-shortcuts.ts), listed for the help view. A file of
 * its own so the table loads with the help view, not with the first screen.
 */
export const SIDEBAR_SHORTCUTS: { keys: string; does: string }[] = [
  { keys: '1 – 4', does: 'Rate the answer: Strong no, No, Yes, Strong yes' },
  { keys: '0', does: 'Clear the rating' },
  { keys: 'N / P', does: 'Next / previous question' },
  { keys: 'S', does: 'Skip the question' },
  { keys: 'W', does: 'Open the wrap-up' },
  { keys: '1 – 4, 0 (wrap-up)', does: 'Set or clear the recommendation' },
  { keys: '?', does: 'Show these shortcuts and the settings' },
  { keys: 'Enter', does: 'Write in the notes box' },
  { keys: 'Alt+T', does: 'Insert the elapsed time into the notes' },
  { keys: 'Esc', does: 'Leave a text field, so single keys work again' },
];
