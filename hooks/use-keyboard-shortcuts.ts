import { useEffect, useRef } from 'react';
import { shortcutFor, type SidebarAction } from '@/lib/keyboard/sidebar-shortcuts';

/** Runs `onAction` for the sidebar's single-key shortcuts; Escape in a text field hands keys back. */
export function useKeyboardShortcuts(onAction: (action: SidebarAction) => void): void {
  const latest = useRef(onAction);
  useEffect(() => {
    latest.current = onAction;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (event.key === 'Escape' && event.target instanceof HTMLElement && event.target !== document.body) {
        event.target.blur();
        return;
      }
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      latest.current(action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
