import { sendMessage } from '@/lib/messaging/protocol';

// The first screen's one request (lib/background/sidebar-boot.ts) leaves before React and the app
// are loaded: the background answers while they are fetched, compiled and run. This module and
// what it imports are kept apart from React (wxt.config.ts, `codeSplitting`).
const boot = sendMessage('openTabInterview');
void import('./sidebar-page').then(({ mountSidebar }) => mountSidebar(boot));
