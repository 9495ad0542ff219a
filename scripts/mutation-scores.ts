/** Mutation scores per folder from a Stryker JSON report (mutation-testing-report-schema). */
export interface MutationReport {
  files: Record<string, { mutants: { status: string }[] }>;
}

export type FolderScores = Record<string, { score: number; mutants: number }>;

// Stryker's own definition: detected / valid; compile errors and ignored mutants are not valid.
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

export function scoresByFolder(report: MutationReport): FolderScores {
  const tally = new Map<string, { detected: number; valid: number }>();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const folder = file.split('/').slice(0, -1).join('/');
    const entry = tally.get(folder) ?? { detected: 0, valid: 0 };
    for (const { status } of mutants) {
      if (DETECTED.has(status)) entry.detected++;
      if (DETECTED.has(status) || UNDETECTED.has(status)) entry.valid++;
    }
    tally.set(folder, entry);
  }
  return Object.fromEntries(
    [...tally]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([folder, t]) => [folder, { score: t.valid ? Math.round((1000 * t.detected) / t.valid) / 10 : 100, mutants: t.valid }]),
  );
}

/** The folders measured now that score below their recorded floor, as messages. */
export function belowFloor(measured: FolderScores, floor: Record<string, number>): string[] {
  return Object.entries(measured)
    .filter(([folder, { score }]) => floor[folder] !== undefined && score < floor[folder]!)
    .map(([folder, { score }]) => `${folder}: ${score}% is below its recorded ${floor[folder]}%`);
}
