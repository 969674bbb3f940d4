import { describe, expect, it } from 'vitest';
import { createElectronRelaunch, type RelaunchAppLike } from './relaunch';
import { createQuitGate } from './window';

function fakeApp(workingSetKb: number[]) {
  const calls: string[] = [];
  const gate = createQuitGate();
  const app: RelaunchAppLike = {
    getAppMetrics: () => workingSetKb.map((workingSetSize) => ({ memory: { workingSetSize, peakWorkingSetSize: workingSetSize } })),
    relaunch: () => void calls.push(`relaunch gate=${gate.allowed}`),
    exit: (code) => void calls.push(`exit ${code ?? 'none'}`),
  };
  return { app, calls, gate };
}

describe('createElectronRelaunch', () => {
  it('adds up the working sets of every process, in MB', () => {
    const { app, gate } = fakeApp([512_000, 256_000, 256_000]);
    expect(createElectronRelaunch(app, gate).memoryMb()).toBe(1000);
    expect(createElectronRelaunch(fakeApp([]).app, gate).memoryMb()).toBe(0);
  });

  it('opens the quit gate, then asks for a new process and exits this one', () => {
    const { app, calls, gate } = fakeApp([]);
    createElectronRelaunch(app, gate).relaunch();
    expect(calls).toEqual(['relaunch gate=true', 'exit 0']);
  });
});
