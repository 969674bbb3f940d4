/**
 * Resident memory of a process tree from Linux /proc: the browser's processes are Chromium's
 * browser, GPU, utility and renderer processes, all descendants of the Chromium process that
 * Playwright started from this Node process. VmRSS counts shared pages in every process that
 * maps them, so the sum overstates the browser's real footprint a little, the same way at
 * every sample: growth between samples is what the benchmark looks at.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly name: string;
  readonly rssKb: number;
}

/** Parses /proc/<pid>/status; null when the fields are missing (a process that just ended). */
export function parseStatus(pid: number, text: string): ProcInfo | null {
  const field = (key: string): string | undefined => new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(text)?.[1]?.trim();
  const name = field('Name');
  const ppid = Number(field('PPid'));
  if (name === undefined || !Number.isInteger(ppid)) return null;
  // Kernel threads and zombies have no VmRSS line: nothing resident.
  const rss = field('VmRSS');
  const rssKb = rss === undefined ? 0 : Number(/^(\d+)\s*kB$/.exec(rss)?.[1] ?? Number.NaN);
  if (!Number.isFinite(rssKb)) return null;
  return { pid, ppid, name, rssKb };
}

/** Every process below `root` (not `root` itself). */
export function descendantsOf(processes: readonly ProcInfo[], root: number): ProcInfo[] {
  const children = new Map<number, ProcInfo[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const found: ProcInfo[] = [];
  const queue = [root];
  const seen = new Set<number>([root]);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const child of children.get(next) ?? []) {
      if (seen.has(child.pid)) continue;
      seen.add(child.pid);
      found.push(child);
      queue.push(child.pid);
    }
  }
  return found;
}

/**
 * The Chromium trees under `root`: each Chromium process whose parent is not Chromium, with all
 * of its descendants (helpers such as esbuild's service process are not part of the browser).
 */
export function browserProcesses(processes: readonly ProcInfo[], root: number, browserName = 'chromium'): ProcInfo[] {
  const below = descendantsOf(processes, root);
  const byPid = new Map(below.map((p) => [p.pid, p]));
  const roots = below.filter((p) => p.name === browserName && byPid.get(p.ppid)?.name !== browserName);
  return roots.flatMap((r) => [r, ...descendantsOf(processes, r.pid)]);
}

export function readProcesses(): ProcInfo[] {
  const found: ProcInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const info = parseStatus(Number(entry), readFileSync(`/proc/${entry}/status`, 'utf8'));
      if (info !== null) found.push(info);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return found;
}

export interface TreeMemory {
  readonly bytes: number;
  readonly processes: number;
}

/** RSS of the Chromium processes this Node process started. */
export function browserTreeMemory(root = process.pid): TreeMemory {
  const processes = browserProcesses(readProcesses(), root);
  return { bytes: processes.reduce((sum, p) => sum + p.rssKb * 1024, 0), processes: processes.length };
}
