import { strToU8, zipSync } from 'fflate';
import { uniqueFileNames } from './export-file-name';
import type { MarkdownExport } from './interview-export';

/**
 * Several exports as one .zip, built on the page (binary does not survive runtime messaging as
 * JSON). Names are made unique, since two interviews can share a day, a name and a role.
 */
export function markdownZip(exports: Pick<MarkdownExport, 'fileName' | 'markdown'>[], mtime = new Date()): Uint8Array<ArrayBuffer> {
  const names = uniqueFileNames(exports.map((e) => e.fileName));
  const files = Object.fromEntries(exports.map((e, i) => [names[i]!, strToU8(e.markdown)]));
  return zipSync(files, { level: 6, mtime }) as Uint8Array<ArrayBuffer>;
}
