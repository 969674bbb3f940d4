import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../../shared/bridge';
import { findKiosk } from './findKiosk';

const completeApi = (): Record<string, unknown> => {
  const api: Record<string, unknown> = { onSnapshot: () => () => undefined };
  for (const name of COMMAND_NAMES) api[name] = () => Promise.resolve();
  return api;
};

describe('findKiosk', () => {
  it('accepts a bridge with every command and onSnapshot', () => {
    const api = completeApi();
    expect(findKiosk(api)).toBe(api);
  });

  it('refuses a missing bridge', () => {
    expect(findKiosk(undefined)).toBeNull();
    expect(findKiosk(null)).toBeNull();
    expect(findKiosk('kiosk')).toBeNull();
  });

  it('refuses a bridge without onSnapshot or a command', () => {
    const noEvents = completeApi();
    delete noEvents['onSnapshot'];
    expect(findKiosk(noEvents)).toBeNull();

    const noCommand = completeApi();
    noCommand['confirmEnd'] = 'not a function';
    expect(findKiosk(noCommand)).toBeNull();
  });
});
