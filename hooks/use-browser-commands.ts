import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export interface BrowserCommand {
  description: string;
  shortcut: string;
}

/** The extension's browser-level shortcuts as the user has set them (they can change them). */
export function useBrowserCommands(): BrowserCommand[] {
  const [commands, setCommands] = useState<BrowserCommand[]>([]);
  useEffect(() => {
    let live = true;
    void browser.commands?.getAll().then((all) => {
      if (!live) return;
      setCommands(
        all
          .filter((c) => c.description)
          .map((c) => ({ description: c.description ?? '', shortcut: c.shortcut || 'Not set' })),
      );
    });
    return () => {
      live = false;
    };
  }, []);
  return commands;
}
