/** Most file systems allow 255 bytes per name; leave room for " (2)" and the extension. */
const MAX_NAME_BYTES = 200;
const MAX_PART_BYTES = 90;

// Forbidden on Windows (and / everywhere), control characters, and invisible characters that
// could disguise a name: bidi controls (an RLO can make "dm.exe" look like "exe.md"), zero-width
// space. Zero-width joiners stay: emoji and several scripts need them.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

const encoder = new TextEncoder();
const byteLength = (value: string) => encoder.encode(value).length;

/**
 * One part of a file name, safe on Windows, macOS, Linux and in zip archives: unsafe characters
 * become spaces, runs of space collapse, no leading dot (hidden), no trailing dot or space
 * (Windows drops them), no reserved device name, at most `maxBytes` of UTF-8, cut between
 * user-perceived characters. Empty when nothing usable is left.
 */
export function safeFileNamePart(value: string, maxBytes = MAX_PART_BYTES): string {
  let part = value.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  part = truncateBytes(part, maxBytes);
  part = part.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  return WINDOWS_RESERVED.test(part.split('.')[0] ?? '') ? `${part}_` : part;
}

function truncateBytes(value: string, maxBytes: number): string {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; the loop below returns such a value whole.
  if (byteLength(value) <= maxBytes) return value;
  let out = '';
  // Stryker disable next-line ObjectLiteral: graphemes are also the Segmenter's default, named here for the reader.
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(value)) {
    if (byteLength(out + segment) > maxBytes) break;
    out += segment;
  }
  return out;
}

export interface InterviewFileNameParts {
  /** `YYYY-MM-DD`, the interview's day where the user is. */
  date: string;
  candidate: string;
  role: string;
}

export const UNNAMED_CANDIDATE_FILE = 'Unnamed candidate';

/** `YYYY-MM-DD <candidate> - <role>.md`, every part made safe; a missing role is left out. */
export function interviewFileName({ date, candidate, role }: InterviewFileNameParts): string {
  const who = safeFileNamePart(candidate) || UNNAMED_CANDIDATE_FILE;
  const what = safeFileNamePart(role);
  const base = safeFileNamePart(what ? `${date} ${who} - ${what}` : `${date} ${who}`, MAX_NAME_BYTES);
  return `${base}.md`;
}

/** The interview's local day as `YYYY-MM-DD` (en-CA formats dates that way). */
export function localDate(at: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(at);
}

/** Names made unique for one folder or archive: the second "a.md" becomes "a (2).md". */
export function uniqueFileNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
