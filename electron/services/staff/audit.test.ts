import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, auditHost, AuditHostError, HOST_ACTIONS, isAuditAction, isHostAction } from './audit';

describe('audit action codes', () => {
  it('are unique, and the host actions are among them', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    for (const action of HOST_ACTIONS) expect(AUDIT_ACTIONS).toContain(action);
  });

  it('recognise codes and nothing else', () => {
    expect(isAuditAction('assist.enter')).toBe(true);
    expect(isAuditAction('assist.Enter')).toBe(false);
    expect(isAuditAction(7)).toBe(false);
    expect(isHostAction('allow.temporary')).toBe(true);
    expect(isHostAction('assist.enter')).toBe(false);
  });
});

describe('auditHost', () => {
  it.each([
    ['www.kela.fi', 'www.kela.fi'],
    ['WWW.Kela.FI', 'www.kela.fi'],
    ['kela.test:8443', 'kela.test:8443'],
    // The default port says nothing: stored as the navigation policy names the host.
    ['www.kela.fi:443', 'www.kela.fi'],
    // International names in their ASCII form, as the browser contacts them.
    ['kelä.fi', 'xn--kel-sla.fi'],
    ['127.0.0.1', '127.0.0.1'],
  ])('stores %s as %s', (input, stored) => {
    expect(auditHost(input)).toBe(stored);
  });

  it.each([
    ['a URL', 'https://www.kela.fi'],
    ['a path', 'www.kela.fi/hakemus'],
    ['a query', 'www.kela.fi?hetu=010101-123N'],
    ['a fragment', 'www.kela.fi#x'],
    ['credentials', 'matti:salasana@www.kela.fi'],
    ['a space', 'www.kela .fi'],
    ['a name', 'Matti Meikäläinen'],
    ['a backslash', 'www.kela.fi\\x'],
    ['an IPv6 literal', '[::1]'],
    ['a port out of range', 'kela.fi:70000'],
    ['a bad port', 'kela.fi:abc'],
    ['an empty value', ''],
    ['an over-long value', `${'a'.repeat(63)}.`.repeat(5)],
    ['a trailing dot', 'kela.fi.'],
    ['a label starting with a dash', '-kela.fi'],
  ])('refuses %s', (_what, input) => {
    expect(() => auditHost(input)).toThrow(AuditHostError);
  });

  it('never repeats the refused value in its message', () => {
    try {
      auditHost('https://www.kela.fi/hakemus?hetu=010101-123N');
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain('hetu');
      expect((error as Error).message).not.toContain('kela');
    }
  });
});
