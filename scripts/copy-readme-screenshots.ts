// Copies the README's pictures, as the e2e suite last took them, into the tracked docs/ folder.
// The suite writes only to e2e/.artifacts (ignored), so `npm test` never changes tracked files.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const from = join(import.meta.dirname, '..', 'e2e', '.artifacts', 'readme');
const to = join(import.meta.dirname, '..', 'docs');
if (!existsSync(from)) {
  console.error(`No screenshots in ${from}: run the README tests first (npm run docs:screenshots does).`);
  process.exit(1);
}
const pictures = readdirSync(from).filter((name) => name.endsWith('.png'));
for (const name of pictures) copyFileSync(join(from, name), join(to, name));
console.log(`Copied ${pictures.length} pictures to docs/: ${pictures.join(', ')}`);
