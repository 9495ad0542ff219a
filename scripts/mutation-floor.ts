/**
 * `npm run test:mutation` ends here: reads Stryker's JSON report, prints the score of each folder
 * measured and of all of them together (`lib`), and fails when one is below the floor recorded in
 * mutation-floor.json. With --record, raises each floor to today's score (a floor never goes down
 * by itself).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { belowFloor, overallScore, scoresByFolder, type MutationReport } from './mutation-scores';

const REPORT = 'reports/mutation/mutation.json';
const FLOOR = 'mutation-floor.json';

const report = JSON.parse(readFileSync(REPORT, 'utf8')) as MutationReport;
// `lib` is every folder measured so far, together: its floor guards the whole as each folder's guards a part.
const measured = { ...scoresByFolder(report), lib: overallScore(report) };
const floor = JSON.parse(readFileSync(FLOOR, 'utf8')) as Record<string, number>;
for (const [folder, { score, mutants }] of Object.entries(measured)) {
  console.log(`${folder.padEnd(20)} ${score.toFixed(1).padStart(5)}%  (${mutants} mutants; floor ${floor[folder] ?? 'none'})`);
}
if (process.argv.includes('--record')) {
  for (const [folder, { score }] of Object.entries(measured)) floor[folder] = Math.max(floor[folder] ?? 0, score);
  writeFileSync(FLOOR, `${JSON.stringify(floor, null, 2)}\n`);
  console.log(`Recorded in ${FLOOR}.`);
} else {
  const failures = belowFloor(measured, floor);
  if (failures.length) {
    console.error(failures.join('\n'));
    process.exit(1);
  }
}
