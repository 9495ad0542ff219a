/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../e2e/support/chromium';

/** Runs a command and returns its output; its errors go to this process's stderr. */
export const run = (cwd: string, command: string, ...args: string[]) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' }).trim();

/**
 * Builds a revision in a temporary worktree (npm ci only when its lock file differs from this
 * one's), hands `read` its Chromium build, then removes the worktree: what `read` keeps of the build
 * must be read or copied before it returns.
 */
export function withRevisionBuild<T>(revision: string, read: (chromiumBuild: string) => T): T {
  const commit = run(REPO_ROOT, 'git', 'rev-parse', '--verify', `${revision}^{commit}`);
  const dir = join(tmpdir(), `interview-sidebar-build-${commit.slice(0, 12)}`);
  if (existsSync(dir)) run(REPO_ROOT, 'git', 'worktree', 'remove', '--force', dir);
  run(REPO_ROOT, 'git', 'worktree', 'add', '--detach', dir, commit);
  try {
    const sameLock =
      run(REPO_ROOT, 'git', 'show', `${commit}:package-lock.json`) === readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8').trim();
    if (sameLock) symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'));
    else run(dir, 'npm', 'ci', '--no-audit', '--no-fund');
    run(dir, 'npx', 'wxt', 'build');
    return read(join(dir, '.output', 'chrome-mv3'));
  } finally {
    rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
    run(REPO_ROOT, 'git', 'worktree', 'remove', '--force', dir);
  }
}
