/**
 * CSV as RFC 4180 writes it, for spreadsheets: CRLF line ends, every field that holds a comma, a
 * quote, a line break or leading/trailing space in double quotes (quotes doubled), and a UTF-8
 * byte order mark so Excel reads the text as UTF-8 rather than the local code page.
 *
 * A field that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would run as a formula
 * in Excel, LibreOffice or Google Sheets (CSV injection), so it gets a leading apostrophe and is
 * shown as the text it is. Numbers are written as numbers and never neutralised.
 */
export function toCsv(rows: (string | number)[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
