import { describe, expect, it } from 'vitest';
import { createI18n } from './setup';

describe('createI18n', () => {
  it('is ready synchronously in the requested language', () => {
    const i18n = createI18n('sv');
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.language).toBe('sv');
    expect(i18n.t('welcome.start')).toBe('Börja');
  });

  it('chooses plural forms by count', () => {
    const i18n = createI18n('en');
    expect(i18n.t('idle.announce', { count: 1 })).toBe('1 second left.');
    expect(i18n.t('idle.announce', { count: 20 })).toBe('20 seconds left.');
    expect(i18n.t('idle.unit', { count: 1 })).toBe('second');
  });

  it('switches language when asked', async () => {
    const i18n = createI18n('fi');
    expect(i18n.t('idle.moreTime')).toBe('Lisää aikaa');
    await i18n.changeLanguage('en');
    expect(i18n.t('idle.moreTime')).toBe('More time');
  });

  it('interpolates host names without HTML escaping (React escapes)', () => {
    const i18n = createI18n('en');
    expect(i18n.t('blocked.address', { host: 'a&b.example' })).toBe('Address: a&b.example');
  });

  it('gives each language its own name through a fixed t', () => {
    const i18n = createI18n('fi');
    expect(['fi', 'fi-plain', 'sv', 'en'].map((lng) => i18n.getFixedT(lng)('language.name'))).toEqual(['Suomi', 'Selkosuomi', 'Svenska', 'English']);
  });

  it('speaks plain Finnish as a language of its own', () => {
    const i18n = createI18n('fi-plain');
    expect(i18n.language).toBe('fi-plain');
    expect(i18n.t('ethics.intro.acknowledge')).toBe('Selvä, aloitan');
    expect(i18n.t('idle.announce', { count: 2 })).toBe('2 sekuntia jäljellä.');
  });
});
