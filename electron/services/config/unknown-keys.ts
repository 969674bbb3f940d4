/**
 * Finds keys the schema does not know, at any depth. Zod's plain objects drop unknown keys
 * silently, so a typo such as `"timeoutSecs"` would quietly leave the default in force; IT
 * must hear about it, with the line. The walk follows the schema's shape, so it reports
 * unknown keys even where the rest of the file has other problems.
 */
import { z } from 'zod';
import type { JsonPath } from './json-positions';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Peels wrappers that do not change the shape (nullable, optional, default). */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodNullable || current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodDefault) current = current.removeDefault() as z.ZodType;
    else return current;
  }
}

export function findUnknownKeys(schema: z.ZodType, value: unknown, path: JsonPath = []): JsonPath[] {
  const shapeOf = unwrap(schema);
  if (shapeOf instanceof z.ZodObject && isRecord(value)) {
    const shape = shapeOf.shape as Record<string, z.ZodType>;
    const found: JsonPath[] = [];
    for (const key of Object.keys(value)) {
      const child = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (child === undefined) found.push([...path, key]);
      else found.push(...findUnknownKeys(child, value[key], [...path, key]));
    }
    return found;
  }
  if (shapeOf instanceof z.ZodArray && Array.isArray(value)) {
    const element = shapeOf.element as z.ZodType;
    return value.flatMap((item, index) => findUnknownKeys(element, item, [...path, index]));
  }
  return [];
}
