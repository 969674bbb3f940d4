/**
 * Rules that span more than one field, checked once the schema has passed. Each issue lists
 * the places it could be reported at, best first, so the message points at a line the file
 * actually has (a default language that is not offered is the fault of `languages` when the
 * file never mentions `defaultLanguage`).
 */
import type { KioskConfig } from '../../../shared/config/schema';
import { decideNavigation } from '../../../shared/policy/navigation';
import { buildNavigationPolicy } from '../navigation-allowlist';
import type { JsonPath } from './json-positions';

export interface ConsistencyIssue {
  readonly paths: readonly JsonPath[];
  readonly message: string;
}

function duplicates<T>(items: readonly T[]): Map<T, number> {
  const firstIndex = new Map<T, number>();
  const repeated = new Map<T, number>();
  items.forEach((item, index) => {
    if (firstIndex.has(item)) {
      if (!repeated.has(item)) repeated.set(item, index);
    } else firstIndex.set(item, index);
  });
  return repeated;
}

export function consistencyIssues(config: KioskConfig): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];

  if (!config.languages.includes(config.defaultLanguage)) {
    issues.push({
      paths: [['defaultLanguage'], ['languages']],
      message: `the default language ${config.defaultLanguage} is not among the languages offered`,
    });
  }
  for (const [language, index] of duplicates(config.languages)) {
    issues.push({ paths: [['languages', index]], message: `the language ${language} is listed twice` });
  }
  for (const [id, index] of duplicates(config.services.map((s) => s.id))) {
    issues.push({ paths: [['services', index, 'id']], message: `the service id ${id} is used twice (ids must be unique)` });
  }

  // A grant for a page the kiosk never shows is a mistake, not a harmless extra.
  const policy = buildNavigationPolicy(config);
  config.permissions.forEach((grant, index) => {
    if (!decideNavigation(`https://${grant.host}/`, policy).allowed) {
      issues.push({
        paths: [['permissions', index, 'host']],
        message: `${grant.host} is neither a service's host nor in allowedHosts, so the kiosk never shows it`,
      });
    }
  });
  for (const [host, index] of duplicates(config.permissions.map((g) => g.host))) {
    issues.push({ paths: [['permissions', index, 'host']], message: `${host} has two permission entries (merge them into one)` });
  }
  return issues;
}
