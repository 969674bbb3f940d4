import type { Migration } from '../migrate';
import { v1Core } from './v1-core';
import { v2Statistics } from './v2-statistics';

/** Every migration, oldest first. Append only: a released migration never changes. */
export const MIGRATIONS: readonly Migration[] = [v1Core, v2Statistics];
