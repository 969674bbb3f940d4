/** CSV as RFC 4180 writes it: comma-separated fields, CRLF line ends, quoting where needed. */

export type CsvValue = string | number | boolean | null;

export const CSV_LINE_END = '\r\n';

/**
 * One field. A field with a comma, a double quote, CR or LF is enclosed in double quotes and its
 * quotes doubled; null is the empty field. (Formula injection is no concern here: every value
 * the statistics export is a code from a fixed list, a number or a flag.)
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + CSV_LINE_END;
}
