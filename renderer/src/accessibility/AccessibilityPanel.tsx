import { useId, useRef, useState } from 'react';
import { DEFAULT_PREFS, FONTS, TEXT_SCALES, THEMES } from '../../../shared/content/accessibility';
import type { AccessibilityPrefs, TextScale } from '../../../shared/content/accessibility';
import { useFocusTrap } from '../hooks/useFocusTrap';
import { useAccessibility } from './context';
import type { Accessibility } from './context';
import { FONT_STACKS } from './fonts';
import { Icon } from '../components/Icon';
import type { A11yKey } from './messages';
import { OptionTile } from './OptionTile';
import { PALETTES } from './palette';
import { SwitchRow } from './SwitchRow';
import { prefsEqual } from './sync';
import { labelKey, optionKey, useA11yT } from './useA11yT';
import { useReadAloud } from './useReadAloud';

/** The settings panel, while it is open; a modal dialog over the whole UI. */
export function AccessibilityPanel() {
  const accessibility = useAccessibility();
  return accessibility.panelOpen ? <PanelDialog accessibility={accessibility} /> : null;
}

function PanelDialog({ accessibility }: { readonly accessibility: Accessibility }) {
  const { prefs, closePanel, reset } = accessibility;
  const t = useA11yT();
  const titleId = useId();
  const introId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Focus starts on the title: the panel is long, and a screen reader then reads from the top.
  useFocusTrap(panelRef, titleRef, closePanel);
  const [resetPressed, setResetPressed] = useState(false);
  const resetShown = resetPressed && prefsEqual(prefs, DEFAULT_PREFS);

  return (
    <div className="a11y-backdrop">
      <div
        ref={panelRef}
        className="a11y-panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={introId}
        tabIndex={-1}
        data-testid="accessibility-panel"
      >
        <header className="a11y-panel__header">
          <h2 ref={titleRef} id={titleId} className="a11y-panel__title" tabIndex={-1}>
            <Icon name="person" className="a11y-panel__title-icon" />
            {t('a11y.panel.title')}
          </h2>
          <button type="button" className="button button--secondary a11y-panel__close" data-testid="accessibility-close" onClick={closePanel}>
            <Icon name="close" />
            {t('a11y.panel.close')}
          </button>
        </header>
        <div className="a11y-panel__body">
          <p id={introId} className="a11y-panel__intro">
            {t('a11y.panel.intro')}
          </p>
          <TextSizeGroup accessibility={accessibility} />
          <ThemeGroup accessibility={accessibility} />
          <FontGroup accessibility={accessibility} />
          <Switches accessibility={accessibility} />
        </div>
        <footer className="a11y-panel__footer">
          <p className="a11y-panel__status" role="status">
            {resetShown ? t('a11y.panel.resetDone') : ''}
          </p>
          <button
            type="button"
            className="button button--secondary"
            data-testid="accessibility-reset"
            onClick={() => {
              reset();
              setResetPressed(true);
            }}
          >
            <Icon name="reset" />
            {t('a11y.panel.reset')}
          </button>
          <button type="button" className="button button--primary" data-testid="accessibility-done" onClick={closePanel}>
            <Icon name="check" />
            {t('a11y.panel.done')}
          </button>
        </footer>
      </div>
    </div>
  );
}

type GroupProps = { readonly accessibility: Accessibility };

const percent = (scale: TextScale): number => Math.round(scale * 100);

function TextSizeGroup({ accessibility: { prefs, set } }: GroupProps) {
  const t = useA11yT();
  const name = useId();
  const index = TEXT_SCALES.indexOf(prefs.textScale);
  const smaller = TEXT_SCALES[index - 1];
  const bigger = TEXT_SCALES[index + 1];
  return (
    <fieldset className="a11y-group">
      <legend className="a11y-group__legend">{t(labelKey('textScale'))}</legend>
      <div className="a11y-options a11y-options--scale">
        {TEXT_SCALES.map((scale, position) => (
          <OptionTile
            key={scale}
            name={name}
            checked={prefs.textScale === scale}
            onSelect={() => set('textScale', scale)}
            testId={`a11y-text-scale-${percent(scale)}`}
            className="a11y-option--scale"
          >
            {/* Grows step by step like the text will; the percentage is the name. */}
            <span className="a11y-option__letter" style={{ fontSize: `${1.25 + position * 0.375}rem` }} aria-hidden="true">
              A
            </span>
            <span className="a11y-option__name">{t(optionKey('textScale', scale))}</span>
          </OptionTile>
        ))}
      </div>
      <div className="a11y-scale-steps">
        <button
          type="button"
          className="button button--secondary"
          data-testid="a11y-text-smaller"
          disabled={smaller === undefined}
          onClick={() => smaller !== undefined && set('textScale', smaller)}
        >
          <Icon name="minus" />
          {t('a11y.textSize.smaller')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-testid="a11y-text-bigger"
          disabled={bigger === undefined}
          onClick={() => bigger !== undefined && set('textScale', bigger)}
        >
          <Icon name="plus" />
          {t('a11y.textSize.bigger')}
        </button>
      </div>
    </fieldset>
  );
}

function ThemeGroup({ accessibility: { prefs, set } }: GroupProps) {
  const t = useA11yT();
  const name = useId();
  return (
    <fieldset className="a11y-group">
      <legend className="a11y-group__legend">{t(labelKey('theme'))}</legend>
      <div className="a11y-options a11y-options--theme">
        {THEMES.map((theme) => {
          const palette = PALETTES[theme];
          return (
            <OptionTile
              key={theme}
              name={name}
              checked={prefs.theme === theme}
              onSelect={() => set('theme', theme)}
              testId={`a11y-theme-${theme}`}
              className="a11y-option--theme"
            >
              {/* A small picture of the theme in its own colours: text, and a button. */}
              <span className="a11y-swatch" style={{ background: palette['--blue-50'], color: palette['--ink'], borderColor: palette['--line'] }} aria-hidden="true">
                <span className="a11y-swatch__text">Aa</span>
                <span className="a11y-swatch__button" style={{ background: palette['--blue-800'], color: palette['--white'] }}>
                  Aa
                </span>
              </span>
              <span className="a11y-option__name">{t(optionKey('theme', theme))}</span>
            </OptionTile>
          );
        })}
      </div>
    </fieldset>
  );
}

const FONT_DESCRIPTIONS = {
  system: 'a11y.font.system',
  atkinson: 'a11y.font.atkinson',
  openDyslexic: 'a11y.font.openDyslexic',
} as const satisfies Record<AccessibilityPrefs['font'], A11yKey>;

function FontGroup({ accessibility: { prefs, set } }: GroupProps) {
  const t = useA11yT();
  const name = useId();
  return (
    <fieldset className="a11y-group">
      <legend className="a11y-group__legend">{t(labelKey('font'))}</legend>
      <div className="a11y-options a11y-options--font">
        {FONTS.map((font) => (
          <OptionTile
            key={font}
            name={name}
            checked={prefs.font === font}
            onSelect={() => set('font', font)}
            testId={`a11y-font-${font}`}
            className="a11y-option--font"
            style={{ fontFamily: FONT_STACKS[font] }}
          >
            <span className="a11y-option__name">{t(optionKey('font', font))}</span>
            <span className="a11y-option__detail">{t(FONT_DESCRIPTIONS[font])}</span>
          </OptionTile>
        ))}
      </div>
    </fieldset>
  );
}

type SwitchKey = 'textSpacing' | 'largeCursor' | 'reducedMotion' | 'readAloud' | 'singleTap' | 'onScreenKeyboard';

/** The on/off settings, in the panel's order, with their descriptions. */
const SWITCHES = [
  ['textSpacing', 'a11y.describe.textSpacing'],
  ['largeCursor', 'a11y.describe.largeCursor'],
  ['reducedMotion', 'a11y.describe.reducedMotion'],
  ['readAloud', 'a11y.describe.readAloud'],
  ['singleTap', 'a11y.describe.singleTap'],
  ['onScreenKeyboard', 'a11y.describe.onScreenKeyboard'],
] as const satisfies readonly (readonly [SwitchKey, A11yKey])[];

function Switches({ accessibility: { prefs, set } }: GroupProps) {
  const t = useA11yT();
  const headingId = useId();
  return (
    <section className="a11y-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="a11y-group__legend">
        {t('a11y.panel.more')}
      </h3>
      <div className="a11y-switches">
        {SWITCHES.map(([key, description]) => (
          <SwitchRow
            key={key}
            label={t(labelKey(key))}
            description={t(description)}
            checked={prefs[key]}
            onChange={(checked) => set(key, checked)}
            testId={`a11y-${key}`}
          >
            {key === 'readAloud' && prefs.readAloud && <ReadAloudCheck />}
          </SwitchRow>
        ))}
      </div>
    </section>
  );
}

/** Under the read-aloud switch: a sample to listen to, or plainly that there is no voice. */
function ReadAloudCheck() {
  const t = useA11yT();
  const { available, speaking, speak, stop } = useReadAloud();
  if (!available) {
    return (
      <p className="a11y-note" role="status" data-testid="a11y-readAloud-missing">
        {t('a11y.readAloud.noVoice')}
      </p>
    );
  }
  return (
    <button
      type="button"
      className="button button--secondary a11y-try"
      data-testid="a11y-readAloud-try"
      onClick={() => (speaking ? stop() : speak(t('a11y.readAloud.sample')))}
    >
      <Icon name={speaking ? 'stop' : 'speaker'} />
      {speaking ? t('a11y.readAloud.stop') : t('a11y.readAloud.try')}
    </button>
  );
}
