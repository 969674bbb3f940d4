/** `where`: the three places IT asks about first. */
import { existsSync } from 'node:fs';
import { kioskPaths } from '../config/paths';
import { LOG_FILE_NAME } from '../log/file-log';
import { EXIT, type AdminContext, type AdminIo } from './context';

export function runWhere(io: AdminIo, context: AdminContext): number {
  const paths = kioskPaths(context.platform, context.env, context.homeDir);
  const state = (path: string) => (existsSync(path) ? '' : ' (not there yet)');
  io.out(`configuration file: ${paths.configFile}${existsSync(paths.configFile) ? '' : ' (absent: the shipped defaults are in force)'}`);
  io.out(`data folder:        ${paths.dataDir}${state(paths.dataDir)}`);
  io.out(`store:              ${paths.storeFile}${state(paths.storeFile)}`);
  io.out(`log folder:         ${paths.logDir}${state(paths.logDir)}; current file ${LOG_FILE_NAME}, older ones ${LOG_FILE_NAME}.1 …`);
  return EXIT.ok;
}
