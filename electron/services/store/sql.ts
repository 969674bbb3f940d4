/**
 * Helpers for the SQL the migrations generate from fixed code lists. Only ever fed constants
 * from the source (never input), but quoted properly all the same.
 */

/** A string literal: 'it''s'. */
export function sqlText(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * `(x = 'a' OR x = 'b' OR …)`: the value is one of the list. Written out rather than as
 * `x IN ('a', 'b', …)` because SQLite builds a temporary index for an IN list of more than two
 * constants every time a statement runs, CHECK constraints and triggers included: that cost
 * about 30 µs per list per insert (100,000 support events took 88 s instead of 2 s).
 */
export function sqlOneOf(expression: string, values: readonly string[]): string {
  if (values.length === 0) throw new Error('a list of allowed values needs at least one value');
  return `(${values.map((value) => `${expression} = ${sqlText(value)}`).join(' OR ')})`;
}
