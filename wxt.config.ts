import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { BROWSER_COMMANDS } from './lib/background/command-keys';
import { MEETING_HOST_PATTERNS, PLATFORM_LIST } from './lib/platforms';

// Host access is limited to the meeting sites (lib/platforms/); the content script's matches are
// the only pages the extension touches. No remote code, no network permissions.
/** Firefox's add-on id (browser_specific_settings.gecko.id). Fix it before the first AMO upload: it cannot change after. */
export const FIREFOX_ADDON_ID = 'interview-sidebar@interview-sidebar.local';

/** "Kit by link": host access asked for one origin at the moment the user imports from it. */
const KIT_LINK_ORIGINS = ['https://*/*'];

/**
 * The meeting page pays for the content script only. WXT's entry for a content script wraps its
 * main in a ContentScriptContext (about 1.3 kB gzipped: location polling, timers, abort signals)
 * and a logger; ours uses neither (entrypoints/meeting.content.ts handles its own invalidation)
 * and no WXT runtime plugin, so its entry only calls the `main` it exports (its options, read by
 * WXT at build time for the manifest, then stay out of the bundle).
 */
function plainContentScriptEntry(): Plugin {
  const ENTRY = '\0virtual:wxt-content-script-isolated-world-entrypoint?';
  return {
    name: 'interview-sidebar:plain-content-script-entry',
    enforce: 'pre',
    load: (id) =>
      id.startsWith(ENTRY) ? `import { main } from ${JSON.stringify(id.slice(ENTRY.length))};\nexport default main();` : undefined,
  };
}

/**
 * React, ReactDOM, the scheduler and the bundler's CommonJS helpers in one chunk that every page
 * loads, rather than split over two chunks mixed with app code (README, "Performance"). Only the
 * pages' build splits code: the background and the content script are single IIFE files, which
 * take no code-splitting options.
 */
function reactChunkForPages(): Plugin {
  return {
    name: 'interview-sidebar:react-chunk-for-pages',
    outputOptions: (output) =>
      output.format === 'iife'
        ? undefined
        : {
            ...output,
            codeSplitting: { groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 }] },
          },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({
    plugins: [plainContentScriptEntry(), reactChunkForPages()],
    build: {
      // Source maps only when asked (scripts/bench-first-screen.ts), to see which modules a chunk holds.
      sourcemap: process.env.BUNDLE_SOURCEMAP === '1',
      // Extension pages run in browsers that support modulepreload (Chrome, Firefox 115+): no polyfill.
      modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    },
    resolve: {
      alias: {
        // The export serializer (mdast-util-to-markdown) reads entities with micromark's decoder, which
        // has a DOM version (document.createElement + innerHTML) chosen by the "browser" export
        // condition; the background is a service worker, with no document, and would throw on the
        // first `&amp;` in a note. Its table version carries a second copy of the entity names
        // (character-entities, 8 kB gzipped): this one reads markdown-it's table instead.
        'decode-named-character-reference': fileURLToPath(new URL('./lib/export/named-character-reference.ts', import.meta.url)),
      },
    },
  }),
  imports: false,
  // Manifest V3 in Firefox too: only its object form of web_accessible_resources takes `matches`, so
  // sidebar.html is loadable by the meeting pages alone (Firefox MV2 opens it to every site, and
  // its per-install moz-extension:// UUID becomes an identifier any site can probe).
  manifestVersion: 3,
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Interview Sidebar',
    description: `Interview kit, notes and scorecard beside your ${PLATFORM_LIST} call. Stored only in this browser.`,
    // storage: layout and appearance preferences, and what a new call paints before the worker
    // answers (lib/first-screen/); closed to content scripts where the browser can (the content
    // script reads no storage). sidePanel is added by WXT for the side panel entrypoint on Chromium.
    // activeTab + scripting: "Import as interview kit" reads the page the user is on, at that click
    // only (no host access, no content script on other pages). contextMenus: that menu entry.
    // unlimitedStorage: every interview lives only here, so the browser must not evict it under
    // storage pressure; the dashboard also asks navigator.storage.persist() (lib/storage/).
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus'],
    ...(manifestVersion === 3 ? { optional_host_permissions: KIT_LINK_ORIGINS } : { optional_permissions: KIT_LINK_ORIGINS }),
    // On a call the toolbar button shows the sidebar; elsewhere it opens the dashboard.
    action: { default_title: 'Interview Sidebar' },
    commands: BROWSER_COMMANDS,
    host_permissions: MEETING_HOST_PATTERNS,
    // Only the meeting pages may frame the sidebar. Not use_dynamic_url: measured in Chromium 156, a
    // frame loaded from the per-session URL fails (chrome-error://) on a page with
    // Cross-Origin-Embedder-Policy, which Zoom's web client sends (e2e/platforms.e2e.test.ts).
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: MEETING_HOST_PATTERNS }],
    // Firefox only (Chrome's manifest stays as it is): a fixed add-on id, which AMO needs to sign
    // and update the add-on (uninstalling still deletes its storage and IndexedDB, as in Chrome:
    // README, "Export and backup"), and the data-collection declaration AMO requires of new
    // add-ons: nothing is collected or transmitted.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: FIREFOX_ADDON_ID, data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
