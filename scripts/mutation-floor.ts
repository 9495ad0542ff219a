/**
 * `npm run test:mutation` ends here: reads Stryker's JSON report, prints the score of each folder
 * measured, and fails when one is below the floor recorded in mutation-floor.json. With --record,
 * raises the floor of each measured folder to today's score (a floor never goes down by itself).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { belowFloor, scoresByFolder, type MutationReport } from './mutation-scores';

const REPORT = 'reports/mutation/mutation.json';
const FLOOR = 'mutation-floor.json';

const measured = scoresByFolder(JSON.parse(readFileSync(REPORT, 'utf8')) as MutationReport);
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
