/**
 * `config validate [<file>]`: the same validation the kiosk runs at start, printed the way
 * compilers print errors (file:line:column), so editors can jump to each one.
 */
import { readFileSync } from 'node:fs';
import { configPath } from '../config/paths';
import { formatProblem, validateConfigText } from '../config/validate';
import { EXIT, type AdminContext, type AdminIo } from './context';

export function runConfigValidate(file: string | null, io: AdminIo, context: AdminContext): number {
  const path = file ?? configPath(context.platform, context.env);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    io.err(code === 'ENOENT' ? `${path}: no such file${file === null ? ' (the kiosk runs on the shipped defaults)' : ''}` : `${path}: cannot read it (${code})`);
    return EXIT.failed;
  }
  const result = validateConfigText(bytes);
  if (result.ok) {
    const { config } = result;
    io.out(`${path}: valid`);
    io.out(`  ${config.services.length} services, ${config.allowedHosts.length} allowed host patterns, languages ${config.languages.join(', ')} (default ${config.defaultLanguage})`);
    return EXIT.ok;
  }
  for (const problem of result.problems) io.out(formatProblem(problem, path));
  const count = result.problems.length;
  io.err(`${count} problem${count === 1 ? '' : 's'}: the kiosk would keep its last known good configuration until this is fixed.`);
  return EXIT.failed;
}
