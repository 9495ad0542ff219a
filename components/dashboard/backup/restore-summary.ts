import type { RestoreResult } from '@/lib/export/export-service';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Merged: 2 interviews, 16 notes, 1 kit, 0 settings. 3 records here were as new or newer and kept." */
export function restoreSummary(result: RestoreResult): string {
  const written = [
    count(result.interviews, 'interview'),
    count(result.notes, 'note'),
    count(result.kits, 'kit'),
    count(result.settings, 'setting'),
  ].join(', ');
  const kept = result.keptLocal
    ? ` ${count(result.keptLocal, 'record')} here ${result.keptLocal === 1 ? 'was' : 'were'} as new or newer and kept.`
    : '';
  const copies = result.conflictCopies
    ? ` ${count(result.conflictCopies, 'note or summary', 'notes or summaries')} had a different version here: both are kept, the other under "Conflict copy".`
    : '';
  return `${result.mode === 'merge' ? 'Merged' : 'Replaced everything with'}: ${written}.${kept}${copies}`;
}
