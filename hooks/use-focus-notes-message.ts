import { useEffect } from 'react';
import { onTabMessage } from '@/lib/messaging/tab-protocol';

/**
 * The "focus notes" shortcut: the background has had the content script show and focus this
 * frame, then tells the frame itself to focus the notes box. It comes by runtime messaging from
 * the background only; the page cannot send it (a window `postMessage` from the page could).
 */
export function useFocusNotesMessage(focus: () => void): void {
  useEffect(() => onTabMessage('focusNotesBox', focus), [focus]);
}
