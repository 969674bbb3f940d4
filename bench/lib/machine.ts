/** The machine a run came from, for results.json and the README. */
import { cpus, release, totalmem, type, arch } from 'node:os';

export interface MachineInfo {
  readonly os: string;
  readonly arch: string;
  readonly cpuModel: string;
  readonly cpuCount: number;
  readonly totalMemoryBytes: number;
  readonly node: string;
  readonly chromium: string;
  /** ISO 8601, when the run started. */
  readonly date: string;
  /** 1-minute load average at the start: other work on the machine skews every timing. */
  readonly loadAverage: number;
}

export function machineInfo(chromium: string, startedAt: Date, loadAverage: number): MachineInfo {
  const list = cpus();
  return {
    os: `${type()} ${release()}`,
    arch: arch(),
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cpuCount: list.length,
    totalMemoryBytes: totalmem(),
    node: process.version,
    chromium,
    date: startedAt.toISOString(),
    loadAverage,
  };
}

export function describeMachine(machine: MachineInfo): string {
  return (
    `${machine.os} (${machine.arch}), ${machine.cpuCount} × ${machine.cpuModel}, ` +
    `${(machine.totalMemoryBytes / 2 ** 30).toFixed(1)} GiB RAM, Node ${machine.node}, Chromium ${machine.chromium}, ` +
    `load average ${machine.loadAverage.toFixed(1)} at the start, ${machine.date}`
  );
}
