import { describe, expect, it } from 'vitest';
import { configPath, dataDir, kioskPaths, logDir } from './paths';

describe('kiosk paths', () => {
  it('Linux: config in /etc, data in ~/.config/Vierella, logs inside the data folder', () => {
    expect(kioskPaths('linux', {}, '/home/vierella')).toEqual({
      configFile: '/etc/vierella/config.json',
      dataDir: '/home/vierella/.config/Vierella',
      logDir: '/home/vierella/.config/Vierella/logs',
      storeFile: '/home/vierella/.config/Vierella/vierella.sqlite',
    });
  });

  it('Linux: follows XDG_CONFIG_HOME', () => {
    expect(dataDir('linux', { XDG_CONFIG_HOME: '/srv/conf' }, '/home/x')).toBe('/srv/conf/Vierella');
  });

  it('Windows: everything under %ProgramData%\\Vierella', () => {
    expect(kioskPaths('win32', { ProgramData: 'D:\\ProgramData' }, 'C:\\Users\\kiosk')).toEqual({
      configFile: 'D:\\ProgramData\\Vierella\\config.json',
      dataDir: 'D:\\ProgramData\\Vierella',
      logDir: 'D:\\ProgramData\\Vierella\\logs',
      storeFile: 'D:\\ProgramData\\Vierella\\vierella.sqlite',
    });
    expect(configPath('win32', {})).toBe('C:\\ProgramData\\Vierella\\config.json');
  });

  it('environment overrides win, and blank ones are ignored', () => {
    const env = { VIERELLA_CONFIG: '/tmp/c.json', VIERELLA_DATA: '/var/lib/vierella', VIERELLA_LOGS: '/var/log/vierella' };
    expect(kioskPaths('linux', env, '/home/x')).toMatchObject({
      configFile: '/tmp/c.json',
      dataDir: '/var/lib/vierella',
      logDir: '/var/log/vierella',
      storeFile: '/var/lib/vierella/vierella.sqlite',
    });
    expect(configPath('linux', { VIERELLA_CONFIG: ' ' })).toBe('/etc/vierella/config.json');
    expect(logDir('win32', { VIERELLA_DATA: 'E:\\kiosk' }, '')).toBe('E:\\kiosk\\logs');
  });
});
