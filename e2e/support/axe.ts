/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Frame } from 'playwright-core';

/** axe-core's browser build, read once (it is ~550 kB of JavaScript). */
let source: string | undefined;
function axeSource(): string {
  source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

export type Violation = Pick<Result, 'id' | 'impact' | 'help' | 'helpUrl'> & { targets: string[]; summaries: string[] };

export interface AxeScan {
  /** What was scanned, for messages: e.g. "sidebar question view (dark)". */
  what: string;
  violations: Violation[];
}

/**
 * Runs axe-core in `frame` (a page's main frame or the sidebar iframe). The source is evaluated
 * through the DevTools protocol, which the extension pages' CSP (script-src 'self') does not
 * govern, so nothing is added to the extension. `include` limits the scan (e.g. to the content
 * script's controls on a meeting page, leaving out the fixture's own markup).
 */
export async function scanWithAxe(frame: Frame, what: string, include?: string[][]): Promise<AxeScan> {
  const loaded = await frame.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await frame.evaluate(axeSource());
  const options: RunOptions = { resultTypes: ['violations'] };
  const results = await frame.evaluate(
    ([context, opts]) =>
      (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResults> } }).axe.run(
        context ? { include: context } : document,
        opts,
      ),
    [include ?? null, options] as const,
  );
  return {
    what,
    violations: results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.map(String).join(' >> ')),
      summaries: v.nodes.map((n) => n.failureSummary ?? ''),
    })),
  };
}

export const isSerious = (v: Violation) => v.impact === 'serious' || v.impact === 'critical';

/** One line per violation and node: id, impact, target, help (and what axe says to fix). */
export function formatViolations(scans: AxeScan[], filter: (v: Violation) => boolean = () => true): string {
  const lines: string[] = [];
  for (const scan of scans) {
    for (const v of scan.violations.filter(filter)) {
      v.targets.forEach((target, i) => {
        lines.push(`[${scan.what}] ${v.id} (${v.impact}) ${target} — ${v.help} <${v.helpUrl}>`);
        const summary = v.summaries[i]?.replace(/\s+/g, ' ').trim();
        if (summary) lines.push(`    ${summary}`);
      });
    }
  }
  return lines.join('\n');
}
