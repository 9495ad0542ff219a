import { RATINGS, type Rating } from '../interviews/interview-types';

export type SidebarAction =
  | { type: 'rate'; rating: Rating | null }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'skip' }
  | { type: 'wrap-up' }
  | { type: 'focus-notes' }
  | { type: 'help' };

/** True where a key press types text (or moves a choice), so single-key shortcuts must stay out. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}

type KeyInput = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>;

/** Maps a key press outside text fields to a sidebar action; modified keys are the browser's. */
export function shortcutFor(event: KeyInput): SidebarAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return null;
  const digit = Number(event.key);
  if (event.key.length === 1 && digit >= 1 && digit <= RATINGS.length) return { type: 'rate', rating: RATINGS[digit - 1]! };
  switch (event.key.toLowerCase()) {
    case '0':
      return { type: 'rate', rating: null };
    case 'n':
      return { type: 'next' };
    case 'p':
      return { type: 'previous' };
    case 's':
      return { type: 'skip' };
    case 'w':
      return { type: 'wrap-up' };
    case '?':
      return { type: 'help' };
    case 'enter':
      return event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement ? null : { type: 'focus-notes' };
    default:
      return null;
  }
}
