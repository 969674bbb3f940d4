import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseJsonWithPositions } from './json-positions';

const lines = (...rows: string[]) => rows.join('\n');

describe('parseJsonWithPositions', () => {
  it('parses what JSON.parse parses, to the same value', () => {
    const text = lines('{', '  "a": [1, -2.5e3, true, false, null],', '  "b": { "c": "x\\"y\\u00e4\\n" }', '}');
    const parsed = parseJsonWithPositions(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(JSON.stringify(parsed.value)).toBe(JSON.stringify(JSON.parse(text)));
  });

  it('locates keys and array elements by line and column', () => {
    const text = lines('{', '  "idle": {', '    "timeoutSeconds": 60', '  },', '  "services": [', '    { "id": "kela" },', '    { "id": "vero" }', '  ]', '}');
    const parsed = parseJsonWithPositions(text);
    if (!parsed.ok) throw new Error('expected valid JSON');
    expect(parsed.locate(['idle', 'timeoutSeconds'])).toEqual({ line: 3, column: 5 });
    expect(parsed.locate(['services', 1, 'id'])).toEqual({ line: 7, column: 7 });
    expect(parsed.locate(['services', 1])).toEqual({ line: 7, column: 5 });
    // A key that is not in the file: its nearest parent that is.
    expect(parsed.locate(['idle', 'warningSeconds'])).toEqual({ line: 2, column: 3 });
    expect(parsed.locate([])).toEqual({ line: 1, column: 1 });
    expect(parsed.has(['idle'])).toBe(true);
    expect(parsed.has(['languages'])).toBe(false);
  });

  it.each([
    ['a missing comma', lines('{', '  "a": 1', '  "b": 2', '}'), 3, 3, /expected , or \}/],
    ['a trailing comma', lines('{', '  "a": 1,', '}'), 3, 1, /trailing comma/],
    ['a comment', lines('{', '  // note', '  "a": 1', '}'), 2, 3, /comments are not allowed/],
    ['single quotes', lines('{', "  'a': 1", '}'), 2, 3, /double quotes/],
    ['an unclosed string', lines('{', '  "a": "open', '}'), 2, 8, /never closed/],
    ['a bare word', lines('{ "a": yes }'), 1, 8, /unexpected word yes/],
    ['a leading zero', lines('{ "a": 012 }'), 1, 8, /malformed number/],
    ['a duplicate key', lines('{', '  "a": 1,', '  "a": 2', '}'), 3, 3, /appears twice/],
    ['junk after the value', lines('{}', 'x'), 2, 1, /after the end/],
    ['nothing at all', '  \n ', 2, 2, /empty/],
    ['a bad escape', lines('{ "a": "C:\\Users" }'), 1, 11, /invalid escape/],
  ])('reports %s with its line and column', (_name, text, line, column, message) => {
    const parsed = parseJsonWithPositions(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatchObject({ line, column });
      expect(parsed.error.message).toMatch(message);
    }
  });

  it('refuses nesting deeper than the limit without overflowing the stack', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const parsed = parseJsonWithPositions(deep);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ line: 1, column: MAX_DEPTH + 2 });
  });

  it('keeps __proto__ as plain data', () => {
    const parsed = parseJsonWithPositions('{ "__proto__": { "polluted": true } }');
    if (!parsed.ok) throw new Error('expected valid JSON');
    expect(Object.getPrototypeOf(parsed.value)).toBeNull();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
