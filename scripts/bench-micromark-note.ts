/**
 * The baseline of bench-export.ts (c), run in its own process so that it can be stopped: the note
 * reader exports used before markdown-it, micromark, on the note given by its length in characters.
 * Prints the milliseconds it took.
 */
import { emphasisHeavyNote } from '../lib/export/export-fixtures.test-support';
import { micromarkNoteBlocks } from '../lib/export/micromark-note-blocks.test-support';

const note = emphasisHeavyNote(Number(process.argv[2]));
const start = performance.now();
micromarkNoteBlocks(note);
console.log((performance.now() - start).toFixed(0));
