import { defineConfig } from 'wxt';

// Host access is limited to the meeting sites; the content script's matches are the only
// pages the extension touches. No remote code, no network permissions.
export const MEETING_HOSTS = ['https://meet.google.com/*', 'https://*.zoom.us/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: {
    name: 'Interview Sidebar',
    description:
      'Interview kit, notes and scorecard beside your Google Meet or Zoom call. Stored only in this browser.',
    permissions: [],
    // The toolbar button opens the kit library page (see entrypoints/background.ts).
    action: { default_title: 'Open the kit library' },
    host_permissions: MEETING_HOSTS,
    web_accessible_resources: [
      { resources: ['sidebar.html'], matches: ['https://meet.google.com/*', 'https://*.zoom.us/*'] },
    ],
  },
});
