/**
 * `npm run schema`: writes build/config.schema.json and the configuration reference table in
 * docs/it-guide.md from the zod schema. Run it after changing shared/config/schema.ts; a test
 * fails while either file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configJsonSchema, renderConfigJsonSchema } from './json-schema';
import { renderReferenceTable, spliceReference } from './reference';

export const SCHEMA_FILE = fileURLToPath(new URL('../../../build/config.schema.json', import.meta.url));
export const IT_GUIDE_FILE = fileURLToPath(new URL('../../../docs/it-guide.md', import.meta.url));

/** The two generated texts, as they should be committed. */
export function generatedFiles(): { schema: string; guide: string } {
  return {
    schema: renderConfigJsonSchema(),
    guide: spliceReference(readFileSync(IT_GUIDE_FILE, 'utf8'), renderReferenceTable(configJsonSchema())),
  };
}

// Run as a script (tsx), not when a test imports the module.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { schema, guide } = generatedFiles();
  writeFileSync(SCHEMA_FILE, schema);
  writeFileSync(IT_GUIDE_FILE, guide);
  console.log(`wrote ${SCHEMA_FILE}\nupdated the configuration reference in ${IT_GUIDE_FILE}`);
}
