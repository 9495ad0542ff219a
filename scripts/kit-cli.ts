import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importKit } from '../lib/kits/kit-import';
import { kitToMarkdown } from '../lib/kits/kit-markdown';
import { parseKitContent } from '../lib/kits/kit-schema';

/**
 * For kit authors, with the extension's own parsers:
 *   npm run --silent kit -- parse <file> [--markdown]   kit JSON (or Markdown) on stdout
 *   npm run --silent kit -- validate <file.json>        checks a kit file
 * Exit 0 on success, 1 when the input is not a valid kit, 2 on wrong usage.
 */
const USAGE = 'Usage: kit parse <file> [--markdown] | kit validate <file.json>';

function main(args: string[]): number {
  const [command, file, ...flags] = args;
  if ((command !== 'parse' && command !== 'validate') || !file) return fail(USAGE, 2);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return fail(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, 1);
  }

  if (command === 'validate') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return fail(`${basename(file)}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`, 1);
    }
    const result = parseKitContent(data);
    if (!result.ok) return fail(`${basename(file)}: ${result.error}`, 1);
    process.stdout.write(`${basename(file)}: valid kit “${result.kit.title}”, ${result.kit.questions.length} questions\n`);
    return 0;
  }

  const result = importKit(text, file);
  if (!result.ok) return fail(`${basename(file)}: ${result.error}`, 1);
  process.stdout.write(flags.includes('--markdown') ? kitToMarkdown(result.kit) : `${JSON.stringify(result.kit, null, 2)}\n`);
  // Notes go to stderr so stdout stays a clean kit for pipes.
  if (result.notFound.length > 0) process.stderr.write(`Not found: ${result.notFound.join('; ')}\n`);
  if (result.skipped.length > 0) process.stderr.write(`Left out: ${result.skipped.join('; ')}\n`);
  return 0;
}

function fail(message: string, code: number): number {
  process.stderr.write(`${message}\n`);
  return code;
}

process.exitCode = main(process.argv.slice(2));
