/**
 * Versioned migrations. The schema version lives in `PRAGMA user_version`; migration N takes a
 * database from version N-1 to N inside one transaction together with the version bump, so a
 * failed migration leaves the database exactly as it was. A database newer than the code is
 * refused rather than guessed at: an older app must never write into a schema it does not know.
 */
import type { Database } from 'better-sqlite3';

export interface Migration {
  /** 1 for the first migration, then consecutive. */
  readonly version: number;
  /** What the migration does, for errors and reviewers. */
  readonly description: string;
  readonly up: (db: Database) => void;
}

/** The database cannot be used by this version of the app. */
export class StoreVersionError extends Error {
  override readonly name = 'StoreVersionError';
}

/** A migration failed; the database stays at `from`. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

export function schemaVersion(db: Database): number {
  const version = db.pragma('user_version', { simple: true });
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new StoreVersionError(`unreadable schema version: ${String(version)}`);
  }
  return version;
}

/** The version the migrations lead to; throws when the list is not 1, 2, 3 … */
export function targetVersion(migrations: readonly Migration[]): number {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration ${index + 1} is numbered ${migration.version}: versions must be 1, 2, 3 … in order`);
    }
  });
  return migrations.length;
}

/** Throws StoreVersionError when the database is newer than the migrations know. */
export function assertNotNewer(db: Database, migrations: readonly Migration[]): void {
  const current = schemaVersion(db);
  const target = targetVersion(migrations);
  if (current > target) {
    throw new StoreVersionError(
      `the database has schema version ${current}, but this version of the app knows only up to ${target}; ` +
        'update the app (or restore a backup made by this version) instead of opening it with an older one',
    );
  }
}

/** Runs the pending migrations in order; returns the versions before and after. */
export function migrate(db: Database, migrations: readonly Migration[]): { readonly from: number; readonly to: number } {
  assertNotNewer(db, migrations);
  const from = schemaVersion(db);
  for (const migration of migrations.slice(from)) {
    const step = db.transaction(() => {
      migration.up(db);
      // user_version is part of the database header, so the bump commits or rolls back with the step.
      db.pragma(`user_version = ${migration.version}`);
    });
    try {
      // IMMEDIATE takes the write lock first: two processes cannot both run the same step.
      step.immediate();
    } catch (error) {
      throw new MigrationError(`migration ${migration.version} (${migration.description}) failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  return { from, to: schemaVersion(db) };
}
