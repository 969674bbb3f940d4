import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../shared/config/defaults';
import { KioskConfigSchema } from '../../../shared/config/schema';
import { configJsonSchema } from './json-schema';
import { FIELD_NOTES, referenceRows, TOP_LEVEL_NOTES } from './reference';
import { generatedFiles, IT_GUIDE_FILE, SCHEMA_FILE } from './write-schema';

describe('generated files', () => {
  it('build/config.schema.json is up to date (run npm run schema)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generatedFiles().schema);
  });

  it('the configuration reference in docs/it-guide.md is up to date (run npm run schema)', () => {
    expect(readFileSync(IT_GUIDE_FILE, 'utf8')).toBe(generatedFiles().guide);
  });
});

describe('the configuration reference', () => {
  const rows = referenceRows(configJsonSchema());

  it('documents every top-level key of the schema, and nothing else', () => {
    const topLevel = rows.map((r) => r.path).filter((p) => !p.includes('.'));
    expect(topLevel.sort()).toEqual(Object.keys(KioskConfigSchema.shape).sort());
    expect(Object.keys(TOP_LEVEL_NOTES).sort()).toEqual(Object.keys(KioskConfigSchema.shape).sort());
  });

  it('has a note for every row and no note without a row', () => {
    expect(rows.filter((r) => r.note === '').map((r) => r.path)).toEqual([]);
    const nested = new Set(rows.map((r) => r.path).filter((p) => p.includes('.')));
    expect(Object.keys(FIELD_NOTES).filter((path) => !nested.has(path))).toEqual([]);
  });
});

describe('the JSON Schema', () => {
  const schema = configJsonSchema();

  it('closes every object, as the loader refuses unknown keys', () => {
    const open: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}/${i}`));
      else if (typeof node === 'object' && node !== null) {
        const record = node as Record<string, unknown>;
        if (record['type'] === 'object' && record['properties'] !== undefined && record['additionalProperties'] !== false) open.push(path);
        for (const [key, value] of Object.entries(record)) walk(value, `${path}/${key}`);
      }
    };
    walk(schema, '');
    expect(open).toEqual([]);
  });

  it('makes every top-level key optional (the defaults fill in)', () => {
    expect(schema['required']).toBeUndefined();
  });

  it('describes the shipped defaults: each default value matches its declared type', () => {
    const properties = schema['properties'] as Record<string, { type?: string; anyOf?: unknown }>;
    for (const [key, value] of Object.entries(DEFAULT_CONFIG)) {
      const declared = properties[key]?.type;
      const actual = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
      expect([key, declared]).toEqual([key, actual]);
    }
  });
});
