import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging/protocol';

export interface BrowserCommand {
  description: string;
  shortcut: string;
}

/** The extension's browser-level shortcuts as the user has set them (they can change them). */
export function useBrowserCommands(): BrowserCommand[] {
  const [commands, setCommands] = useState<BrowserCommand[]>([]);
  useEffect(() => {
    let live = true;
    // The in-page sidebar in Firefox has no `commands` API (an extension frame in a web page gets
    // only runtime, storage, i18n…): the background, which has it, answers.
    const all = browser.commands ? browser.commands.getAll() : sendMessage('browserCommands');
    void all.then((all) => {
      if (!live) return;
      setCommands(all.filter((c) => c.description).map((c) => ({ description: c.description ?? '', shortcut: c.shortcut || 'Not set' })));
    });
    return () => {
      live = false;
    };
  }, []);
  return commands;
}
