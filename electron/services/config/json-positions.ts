/**
 * A strict JSON parser that remembers where every key and value starts, so that a problem
 * found later by the schema can name the line IT has to fix. JSON.parse tells neither the
 * line of a syntax error (only an offset, worded differently per Node version) nor where a
 * value came from, and it silently keeps the last of two duplicate keys.
 */

export interface Position {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units (what editors show for the BMP). */
  readonly column: number;
}

export type JsonPath = readonly (string | number)[];

export interface JsonSyntaxError extends Position {
  readonly message: string;
}

export type ParsedJson =
  | {
      readonly ok: true;
      readonly value: unknown;
      /** Where the path starts in the file, or where its deepest existing parent does. */
      locate(path: JsonPath): Position;
      /** Whether the file itself spells out this path. */
      has(path: JsonPath): boolean;
    }
  | { readonly ok: false; readonly error: JsonSyntaxError };

/** Deeper nesting than any configuration needs; bounds the recursion on hostile input. */
export const MAX_DEPTH = 32;

class SyntaxFault extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Paths are keyed by a string that cannot collide: each segment JSON-encoded. */
const keyOf = (path: JsonPath): string => path.map((segment) => JSON.stringify(segment)).join('/');

function describeChar(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  if (ch === '\n') return 'a line break';
  if (ch === "'") return "' (JSON strings use double quotes)";
  if (ch === '/') return '/ (comments are not allowed in JSON)';
  return JSON.stringify(ch);
}

export function parseJsonWithPositions(text: string): ParsedJson {
  const positions = new Map<string, number>();
  let i = 0;

  const fail = (message: string, at: number = i): never => {
    throw new SyntaxFault(message, at);
  };

  function skipWhitespace(): void {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  }

  function parseString(): string {
    const start = i;
    i++; // opening quote
    let out = '';
    for (;;) {
      if (i >= text.length) fail('this string is never closed (a " is missing)', start);
      const ch = text.charAt(i);
      if (ch === '"') {
        i++;
        return out;
      }
      if (ch === '\n') fail('this string is never closed before the end of the line (a " is missing)', start);
      if (text.charCodeAt(i) < 0x20) fail('a control character inside a string (use \\t or \\n)');
      if (ch === '\\') {
        const escape = text.charAt(i + 1);
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (escape in simple) {
          out += simple[escape];
          i += 2;
        } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          fail(`an invalid escape \\${escape} in a string (write \\\\ for a backslash)`);
        }
      } else {
        out += ch;
        i++;
      }
    }
  }

  function parseNumber(): number {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (match === null) fail(`unexpected ${describeChar(text.charAt(i))}`);
    const literal = (match as RegExpExecArray)[0];
    const next = text.charAt(i + literal.length);
    if (/[0-9.eE]/.test(next)) fail('a malformed number (no leading zeros, digits after the point)');
    i += literal.length;
    return Number(literal);
  }

  function parseLiteral(): boolean | null {
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    const word = /^[A-Za-z_]\w*/.exec(text.slice(i, i + 40))?.[0];
    return fail(word === undefined ? `unexpected ${describeChar(text.charAt(i))}` : `unexpected word ${word} (strings need double quotes)`);
  }

  function parseValue(path: JsonPath, depth: number): unknown {
    skipWhitespace();
    positions.set(keyOf(path), i);
    if (depth > MAX_DEPTH) fail(`nested more than ${MAX_DEPTH} levels deep`);
    const ch = text.charAt(i);
    if (ch === '{') return parseObject(path, depth);
    if (ch === '[') return parseArray(path, depth);
    if (ch === '"') return parseString();
    if (ch === '-' || (ch >= '0' && ch <= '9')) return parseNumber();
    return parseLiteral();
  }

  function parseObject(path: JsonPath, depth: number): Record<string, unknown> {
    i++; // {
    // A null prototype: a key named __proto__ is data here, never the object's prototype.
    const out = Object.create(null) as Record<string, unknown>;
    const seen = new Set<string>();
    skipWhitespace();
    if (text.charAt(i) === '}') {
      i++;
      return out;
    }
    for (;;) {
      skipWhitespace();
      if (text.charAt(i) !== '"') {
        fail(text.charAt(i) === '}' ? 'a comma before } (JSON allows no trailing comma)' : `expected a key in double quotes, found ${describeChar(text.charAt(i))}`);
      }
      const keyStart = i;
      const key = parseString();
      if (seen.has(key)) fail(`the key ${JSON.stringify(key)} appears twice in the same object`, keyStart);
      seen.add(key);
      skipWhitespace();
      if (text.charAt(i) !== ':') fail(`expected : after the key ${JSON.stringify(key)}, found ${describeChar(text.charAt(i))}`);
      i++;
      const memberPath = [...path, key];
      out[key] = parseValue(memberPath, depth + 1);
      // A member is located at its key, which is where an editor's eye goes.
      positions.set(keyOf(memberPath), keyStart);
      skipWhitespace();
      const next = text.charAt(i);
      if (next === ',') {
        i++;
        continue;
      }
      if (next === '}') {
        i++;
        return out;
      }
      fail(`expected , or } after the value of ${JSON.stringify(key)}, found ${describeChar(next)}`);
    }
  }

  function parseArray(path: JsonPath, depth: number): unknown[] {
    i++; // [
    const out: unknown[] = [];
    skipWhitespace();
    if (text.charAt(i) === ']') {
      i++;
      return out;
    }
    for (;;) {
      skipWhitespace();
      if (text.charAt(i) === ']') fail('a comma before ] (JSON allows no trailing comma)');
      out.push(parseValue([...path, out.length], depth + 1));
      skipWhitespace();
      const next = text.charAt(i);
      if (next === ',') {
        i++;
        continue;
      }
      if (next === ']') {
        i++;
        return out;
      }
      fail(`expected , or ] in a list, found ${describeChar(next)}`);
    }
  }

  try {
    skipWhitespace();
    if (i >= text.length) fail('the file is empty (write {} to use the defaults)');
    const value = parseValue([], 0);
    skipWhitespace();
    if (i < text.length) fail(`unexpected ${describeChar(text.charAt(i))} after the end of the JSON value`);
    return {
      ok: true,
      value,
      locate(path) {
        // The deepest part of the path that exists in the file: a missing key is reported
        // at the object that should hold it.
        for (let n = path.length; n >= 0; n--) {
          const offset = positions.get(keyOf(path.slice(0, n)));
          if (offset !== undefined) return positionAt(text, offset);
        }
        return { line: 1, column: 1 };
      },
      has: (path) => positions.has(keyOf(path)),
    };
  } catch (error) {
    if (!(error instanceof SyntaxFault)) throw error;
    return { ok: false, error: { message: error.message, ...positionAt(text, error.offset) } };
  }
}
