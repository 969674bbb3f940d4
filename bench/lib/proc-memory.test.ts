import { describe, expect, it } from 'vitest';
import { browserProcesses, browserTreeMemory, descendantsOf, parseStatus, type ProcInfo } from './proc-memory';

const STATUS = `Name:\tchromium
Umask:\t0022
State:\tS (sleeping)
Tgid:\t20358
Pid:\t20358
PPid:\t20304
VmPeak:\t55204340 kB
VmRSS:\t  286980 kB
Threads:\t31
`;

describe('parseStatus', () => {
  it('reads name, parent and resident set', () => {
    expect(parseStatus(20358, STATUS)).toEqual({ pid: 20358, ppid: 20304, name: 'chromium', rssKb: 286980 });
  });

  it('counts a process without VmRSS (kernel thread, zombie) as nothing resident', () => {
    expect(parseStatus(2, 'Name:\tkthreadd\nPPid:\t0\n')).toEqual({ pid: 2, ppid: 0, name: 'kthreadd', rssKb: 0 });
  });

  it('gives null for a truncated file', () => {
    expect(parseStatus(9, 'Name:\tx\n')).toBeNull();
  });
});

const p = (pid: number, ppid: number, name: string, rssKb = 100): ProcInfo => ({ pid, ppid, name, rssKb });
const TREE = [
  p(1, 0, 'init'),
  p(10, 1, 'node'),
  p(11, 10, 'esbuild'),
  p(12, 10, 'chromium'),
  p(13, 12, 'chromium'),
  p(14, 13, 'chromium'),
  p(15, 12, 'chromium'),
  p(16, 1, 'chrome_crashpad'),
  p(20, 1, 'chromium'),
];

describe('process trees', () => {
  it('finds every descendant, not the root', () => {
    expect(descendantsOf(TREE, 10).map((x) => x.pid).sort()).toEqual([11, 12, 13, 14, 15]);
  });

  it('takes the Chromium trees under the root only, without other helpers or other browsers', () => {
    expect(browserProcesses(TREE, 10).map((x) => x.pid).sort()).toEqual([12, 13, 14, 15]);
  });

  it('reads this machine’s /proc without finding a browser under a process that has none', () => {
    expect(browserTreeMemory(process.pid)).toEqual({ bytes: 0, processes: 0 });
  });
});
