import { useEffect, useId, useRef } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { htmlLang, type Language } from '../../../shared/content/languages';
import { Icon } from './Icon';

type LanguageMenuProps = {
  readonly languages: readonly Language[];
  readonly current: Language;
  readonly onChoose: (language: Language) => void;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
};

/**
 * The toolbar's language switch: a button that shows the language in use and opens a short
 * list of the others, each named in its own language. A disclosure rather than an ARIA menu:
 * plain buttons that Tab reaches, plus arrow keys between them; Escape closes and returns
 * focus to the button, and so does choosing. The list closes when focus leaves it.
 */
export function LanguageMenu({ languages, current, onChoose, open, onOpenChange }: LanguageMenuProps) {
  const { t, i18n } = useTranslation();
  const listId = useId();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    const items = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
    const chosen = listRef.current?.querySelector<HTMLButtonElement>('button[aria-current="true"]');
    (chosen ?? items?.[0])?.focus();
    // A tap anywhere else closes the list, as people expect of a drop-down.
    const onPointerDown = (event: PointerEvent): void => {
      if (event.target instanceof Node && !wrapperRef.current?.contains(event.target)) onOpenChange(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open, onOpenChange]);

  const closeToButton = (): void => {
    onOpenChange(false);
    buttonRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (!open) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      closeToButton();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const items = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    if (items.length === 0) return;
    event.preventDefault();
    const index = items.findIndex((item) => item === document.activeElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const next = index === -1 ? 0 : (index + step + items.length) % items.length;
    items[next]?.focus();
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>): void => {
    if (open && !(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) onOpenChange(false);
  };

  return (
    <div ref={wrapperRef} className="language-menu" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={buttonRef}
        type="button"
        className="toolbar-button toolbar-button--plain"
        data-testid="toolbar-language"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => onOpenChange(!open)}
      >
        <Icon name="globe" />
        <span className="toolbar-button__label">
          <span className="visually-hidden">{t('toolbar.language')}: </span>
          {t('language.name')}
        </span>
      </button>
      <ul id={listId} ref={listRef} className="language-menu__list" aria-label={t('toolbar.languageMenu')} hidden={!open}>
        {languages.map((language) => (
          <li key={language}>
            <button
              type="button"
              lang={htmlLang(language)}
              className="language-menu__item"
              data-testid={`language-${language}`}
              aria-current={language === current ? 'true' : undefined}
              onClick={() => {
                if (language !== current) onChoose(language);
                closeToButton();
              }}
            >
              <span className="language-menu__check">{language === current && <Icon name="check" />}</span>
              {i18n.getFixedT(language)('language.name')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
