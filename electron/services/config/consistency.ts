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

/** True when one folder is the other or lies inside it (separators and case as written). */
function overlaps(a: string, b: string): boolean {
  const norm = (p: string) => `${p.replace(/[\\/]+$/, '')}/`.replace(/\\/g, '/');
  const [x, y] = [norm(a), norm(b)];
  return x.startsWith(y) || y.startsWith(x);
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
  config.services.forEach((service, index) => {
    if (service.logoutUrl !== undefined && !decideNavigation(service.logoutUrl, policy).allowed) {
      issues.push({
        paths: [['services', index, 'logoutUrl']],
        message: `the logout URL of ${service.id} is not on an allowed host, so the kiosk would refuse to visit it`,
      });
    }
  });
  // The inbox folders are read, and the scanner's emptied, at every session: the session
  // folder (wiped whole) must be none of them, nor hold them.
  const { sessionFolder, usbFolder, scannerFolder } = config.documents;
  for (const [key, folder] of [['usbFolder', usbFolder], ['scannerFolder', scannerFolder]] as const) {
    if (folder !== null && sessionFolder !== null && overlaps(folder, sessionFolder)) {
      issues.push({ paths: [['documents', key], ['documents', 'sessionFolder']], message: `documents.${key} must not be inside the session folder or contain it (the session folder is wiped whole)` });
    }
  }
  for (const [host, index] of duplicates(config.permissions.map((g) => g.host))) {
    issues.push({ paths: [['permissions', index, 'host']], message: `${host} has two permission entries (merge them into one)` });
  }
  return issues;
}
