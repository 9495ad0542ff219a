import { useEffect } from 'react';
import { FOCUS_NOTES_FRAME_MESSAGE } from '@/lib/messaging/tab-protocol';

/**
 * The content script posts this after the "focus notes" browser shortcut, having focused the
 * frame itself. Only messages from the embedding page count; they carry no data, so a forged
 * one can do no more than move the cursor.
 */
export function useFocusNotesMessage(focus: () => void): void {
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && event.data === FOCUS_NOTES_FRAME_MESSAGE) focus();
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [focus]);
}
