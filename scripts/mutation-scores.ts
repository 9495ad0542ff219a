/** Mutation scores per folder from a Stryker JSON report (mutation-testing-report-schema). */
export interface MutationReport {
  files: Record<string, { mutants: { status: string }[] }>;
}

export type FolderScores = Record<string, { score: number; mutants: number }>;

// Stryker's own definition: detected / valid; compile errors and ignored mutants are not valid.
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

export function scoresByFolder(report: MutationReport): FolderScores {
  const folders = new Map<string, { status: string }[]>();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const folder = file.split('/').slice(0, -1).join('/');
    folders.set(folder, [...(folders.get(folder) ?? []), ...mutants]);
  }
  return Object.fromEntries([...folders].sort(([a], [b]) => a.localeCompare(b)).map(([folder, mutants]) => [folder, scoreOf(mutants)]));
}

/** The score of every file in the report together: `lib/` as far as it has been measured. */
export const overallScore = (report: MutationReport) => scoreOf(Object.values(report.files).flatMap((file) => file.mutants));

function scoreOf(mutants: { status: string }[]): { score: number; mutants: number } {
  const detected = mutants.filter(({ status }) => DETECTED.has(status)).length;
  const valid = detected + mutants.filter(({ status }) => UNDETECTED.has(status)).length;
  return { score: valid ? Math.round((1000 * detected) / valid) / 10 : 100, mutants: valid };
}

/** The folders measured now that score below their recorded floor, as messages. */
export function belowFloor(measured: FolderScores, floor: Record<string, number>): string[] {
  return Object.entries(measured)
    .filter(([folder, { score }]) => floor[folder] !== undefined && score < floor[folder]!)
    .map(([folder, { score }]) => `${folder}: ${score}% is below its recorded ${floor[folder]}%`);
}
