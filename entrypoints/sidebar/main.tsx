import { sendMessage } from '@/lib/messaging/protocol';
// Linked from the page itself: it loads while the request travels.
import '@/assets/sidebar.css';

// The first screen's one request (lib/background/sidebar-boot.ts) leaves before React and the app
// are loaded: the background answers while they are fetched, compiled and run. This module and
// what it imports are kept apart from React (wxt.config.ts, `codeSplitting`).
const boot = sendMessage('openTabInterview');
void import('./sidebar-page').then(({ mountSidebar }) => mountSidebar(boot));
