import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, TEXT_SCALES } from '../../../shared/content/accessibility';
import type { AccessibilityPrefs } from '../../../shared/content/accessibility';
import { applyPresentation, clearPresentation, DOCUMENT_ATTRIBUTES, documentPresentationFor } from './documentPrefs';
import type { PresentationTarget } from './documentPrefs';

const ALL_ON: AccessibilityPrefs = {
  textScale: 1.75,
  theme: 'yellowOnBlack',
  textSpacing: true,
  font: 'openDyslexic',
  largeCursor: true,
  reducedMotion: true,
  readAloud: true,
  singleTap: true,
  onScreenKeyboard: true,
};

/** Just enough of an element to watch what is written on it. */
function fakeRoot(): PresentationTarget & { readonly attributes: Map<string, string> } {
  const attributes = new Map<string, string>();
  const style = {
    fontSize: '',
    removeProperty(name: string) {
      if (name === 'font-size') style.fontSize = '';
      return '';
    },
  };
  return {
    attributes,
    style,
    setAttribute: (name, value) => void attributes.set(name, value),
    removeAttribute: (name) => void attributes.delete(name),
  };
}

describe('documentPresentationFor', () => {
  it('maps the defaults to 100 %, the default theme and font, and no flags', () => {
    expect(documentPresentationFor(DEFAULT_PREFS)).toEqual({
      fontSize: '100%',
      attributes: {
        'data-theme': 'default',
        'data-font': 'system',
        'data-text-spacing': null,
        'data-large-cursor': null,
        'data-reduced-motion': null,
        'data-single-tap': null,
      },
    });
  });

  it('maps every setting that is on', () => {
    expect(documentPresentationFor(ALL_ON)).toEqual({
      fontSize: '175%',
      attributes: {
        'data-theme': 'yellowOnBlack',
        'data-font': 'openDyslexic',
        'data-text-spacing': 'true',
        'data-large-cursor': 'true',
        'data-reduced-motion': 'true',
        'data-single-tap': 'true',
      },
    });
  });

  it('gives each text scale its percentage', () => {
    expect(TEXT_SCALES.map((textScale) => documentPresentationFor({ ...DEFAULT_PREFS, textScale }).fontSize)).toEqual([
      '100%',
      '125%',
      '150%',
      '175%',
      '200%',
    ]);
  });

  it('leaves what only the host or other components use off the document', () => {
    const { attributes } = documentPresentationFor(ALL_ON);
    expect(Object.keys(attributes).sort()).toEqual([...DOCUMENT_ATTRIBUTES].sort());
    expect(JSON.stringify(attributes)).not.toMatch(/readAloud|onScreenKeyboard/);
  });
});

describe('applyPresentation', () => {
  it('writes the attributes and removes those switched off', () => {
    const root = fakeRoot();
    applyPresentation(root, documentPresentationFor(ALL_ON));
    expect(root.style.fontSize).toBe('175%');
    expect(root.attributes.get('data-large-cursor')).toBe('true');
    expect(root.attributes.size).toBe(DOCUMENT_ATTRIBUTES.length);

    applyPresentation(root, documentPresentationFor(DEFAULT_PREFS));
    expect(root.style.fontSize).toBe('100%');
    expect([...root.attributes.keys()].sort()).toEqual(['data-font', 'data-theme']);
    expect(root.attributes.get('data-theme')).toBe('default');
  });

  it('clearPresentation takes everything off again', () => {
    const root = fakeRoot();
    root.setAttribute('lang', 'fi');
    applyPresentation(root, documentPresentationFor(ALL_ON));
    clearPresentation(root);
    expect(root.style.fontSize).toBe('');
    expect([...root.attributes.keys()]).toEqual(['lang']);
  });
});
