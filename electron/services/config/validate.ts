/**
 * Validates the text of IT's configuration file: decoding, JSON syntax, unknown keys, the zod
 * schema and the cross-field rules, every problem with the line and column to fix. Top-level
 * keys the file leaves out come from the shipped defaults; a key that is present replaces the
 * default as a whole (so `idle` must be complete).
 */
import type { z } from 'zod';
import { DEFAULT_CONFIG } from '../../../shared/config/defaults';
import { KioskConfigSchema, type KioskConfig } from '../../../shared/config/schema';
import { consistencyIssues } from './consistency';
import { parseJsonWithPositions, type JsonPath, type Position } from './json-positions';
import { findUnknownKeys } from './unknown-keys';

/**
 * Far above any real configuration (60 services and 200 referrals are about 100 kB), and below
 * the store's limit for the last known good copy.
 */
export const MAX_CONFIG_BYTES = 512 * 1024;

export interface ConfigProblem extends Position {
  /** `services[0].url`; '' for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

export type ConfigValidation =
  | { readonly ok: true; readonly config: KioskConfig; readonly text: string }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

export function formatPath(path: JsonPath | readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** `config.json:12:5: services[0].url: service URLs must use https`, as compilers print it. */
export function formatProblem(problem: ConfigProblem, file?: string): string {
  const where = `${file === undefined ? 'line ' : `${file}:`}${problem.line}:${problem.column}`;
  return `${where}: ${problem.path === '' ? '' : `${problem.path}: `}${problem.message}`;
}

function fileProblem(message: string, position: Position = { line: 1, column: 1 }): ConfigValidation {
  return { ok: false, problems: [{ ...position, path: '', message }] };
}

function positionOfOffset(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** Bytes → text, or the decoding problem IT will actually meet (UTF-16 from PowerShell, ANSI from old editors). */
function decode(bytes: Uint8Array): { text: string } | { problem: ConfigValidation } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0)) {
    return { problem: fileProblem('the file is UTF-16 (or binary); save it as UTF-8') };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const offset = Math.max(0, lenient.indexOf('\uFFFD'));
    return { problem: fileProblem('the file is not UTF-8 (an ä or ö saved as ANSI?); save it as UTF-8', positionOfOffset(lenient, offset)) };
  }
}

/** Whether the input holds a value at the path (zod's issues do not carry the input). */
function present(input: unknown, path: readonly PropertyKey[]): boolean {
  let current: unknown = input;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return false;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current !== undefined;
}

function messageFor(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === 'invalid_type' && !present(input, issue.path)) return `is missing (expected ${issue.expected})`;
  return issue.message;
}

export function validateConfigText(input: string | Uint8Array): ConfigValidation {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > MAX_CONFIG_BYTES) {
    return fileProblem(`the file is ${Math.ceil(size / 1024)} kB; a configuration is at most ${MAX_CONFIG_BYTES / 1024} kB`);
  }
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decode(input);
    if ('problem' in decoded) return decoded.problem;
    text = decoded.text;
  }
  // Windows editors (and PowerShell's Out-File -Encoding utf8) write a byte order mark.
  if (text.startsWith('\uFEFF')) text = text.slice(1);

  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return fileProblem(message, { line, column });
  }
  const raw = parsed.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fileProblem('the file must hold one JSON object: { "key": value, … }', parsed.locate([]));
  }

  // Editors find the JSON Schema through "$schema"; the kiosk has no use for it.
  const { $schema: schemaRef, ...fields } = raw as Record<string, unknown>;
  if (schemaRef !== undefined && typeof schemaRef !== 'string') {
    return fileProblem('"$schema" must be the path or address of the JSON Schema', parsed.locate(['$schema']));
  }

  const problems: ConfigProblem[] = [];
  const at = (path: JsonPath, message: string) => problems.push({ ...parsed.locate(path), path: formatPath(path), message });

  for (const path of findUnknownKeys(KioskConfigSchema, fields)) {
    at(path, `unknown key ${JSON.stringify(path[path.length - 1])} (a typo? see the configuration reference)`);
  }
  const merged: unknown = { ...DEFAULT_CONFIG, ...fields };
  const result = KioskConfigSchema.safeParse(merged);
  if (!result.success) {
    for (const issue of result.error.issues) {
      // Unknown keys were reported above, once each and with their own line.
      if (issue.code === 'unrecognized_keys') continue;
      at(issue.path as JsonPath, messageFor(issue, merged));
    }
  } else if (problems.length === 0) {
    for (const issue of consistencyIssues(result.data)) {
      at(issue.paths.find((path) => parsed.has(path)) ?? issue.paths[0] ?? [], issue.message);
    }
  }
  if (problems.length > 0 || !result.success) {
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return { ok: false, problems };
  }
  return { ok: true, config: result.data, text };
}
