/// <reference types="node" />
import { existsSync, readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One source map line's segments as [generated column, source index delta, ...] (VLQ, source map v3). */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/**
 * How many bytes of a built chunk each source file produced, read from the chunk's source map
 * (built with BUNDLE_SOURCEMAP=1, wxt.config.ts; a chunk with no map is all "(unmapped)"). Code no mapping covers counts as "(unmapped)".
 */
export function bytesBySource(chunkPath: string): Map<string, number> {
  const code = readFileSync(chunkPath, 'utf8');
  const mapPath = `${chunkPath}.map`;
  // Rolldown's own runtime chunk has no map: its code is all helpers.
  if (!existsSync(mapPath)) return new Map([['(unmapped)', code.length]]);
  const map = JSON.parse(readFileSync(mapPath, 'utf8')) as { sources: string[]; mappings: string };
  const lines = code.split('\n');
  const bytes = new Map<string, number>();
  const add = (source: string, count: number) => bytes.set(source, (bytes.get(source) ?? 0) + count);
  let sourceIndex = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    const text = lines[lineIndex] ?? '';
    let column = 0;
    const starts: { column: number; source: string }[] = [];
    for (const segment of line.split(',').filter(Boolean)) {
      const [columnDelta = 0, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      if (sourceDelta === undefined) {
        starts.push({ column, source: '(unmapped)' });
        continue;
      }
      sourceIndex += sourceDelta;
      starts.push({ column, source: map.sources[sourceIndex] ?? '(unmapped)' });
    }
    if (starts.length === 0 || starts[0]!.column > 0) add('(unmapped)', starts[0]?.column ?? text.length);
    starts.forEach((start, i) => add(start.source, (starts[i + 1]?.column ?? text.length) - start.column));
  });
  return bytes;
}

/** A source path as a short name: the npm package it belongs to, or its path in the repository. */
export function moduleGroup(source: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (inPackage) return inPackage[1]!;
  return source.replace(/^(\.\.\/)+/, '').replace(/^\0/, '');
}
