import { useEffect, useState } from 'react';
import { isTypingTarget } from '@/lib/keyboard/sidebar-shortcuts';

export type KeysState = 'active' | 'typing' | 'elsewhere';

/**
 * Whether the sidebar's single-key shortcuts would work now: this document has the focus and no
 * text field holds it. Follows focus events; nothing polls.
 */
export function useKeysState(): KeysState {
  const read = (): KeysState => (!document.hasFocus() ? 'elsewhere' : isTypingTarget(document.activeElement) ? 'typing' : 'active');
  const [state, setState] = useState<KeysState>(read);
  useEffect(() => {
    // focusout fires before the next element has the focus: read once the move is done.
    const update = () => queueMicrotask(() => setState(read()));
    const events = ['focusin', 'focusout'] as const;
    events.forEach((e) => document.addEventListener(e, update));
    window.addEventListener('focus', update);
    window.addEventListener('blur', update);
    update();
    return () => {
      events.forEach((e) => document.removeEventListener(e, update));
      window.removeEventListener('focus', update);
      window.removeEventListener('blur', update);
    };
  }, []);
  return state;
}
