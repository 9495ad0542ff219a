/// <reference types="node" />
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * Libraries the service worker must not carry: it evaluates all of its code at every start and
 * cannot load any on demand, so Markdown is read and written by the pages
 * (lib/export/interview-export.ts, lib/import/read-import-files.ts).
 */
const PAGE_ONLY = /node_modules\/(markdown-it|linkify-it|mdurl|uc\.micro|entities|mdast-util-[^/]+|micromark[^/]*|yaml|fflate)\//;

/** Every module the background's entry reaches through static imports, as the build bundles them. */
async function workerModules(): Promise<string[]> {
  const result = await build({
    entryPoints: [`${ROOT}/entrypoints/background.ts`],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
    alias: { '@': ROOT.replace(/\/$/, '') },
    // WXT's own modules are the same in every surface; what matters here is the app's graph.
    external: ['wxt', 'wxt/*', '#imports'],
  });
  return Object.keys(result.metafile.inputs);
}

describe("the service worker's code", () => {
  it('holds no Markdown, YAML or zip library', async () => {
    const modules = await workerModules();
    expect(modules.some((path) => path.includes('lib/db/database.ts'))).toBe(true);
    expect(modules.some((path) => /node_modules\/dexie\//.test(path))).toBe(true);
    expect(modules.filter((path) => PAGE_ONLY.test(path))).toEqual([]);
  }, 30_000);
});
