import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Snapshot } from '../../../shared/bridge';
import { anchorPhase, anchorTimes, DEFAULT_ANCHORS } from '../../../shared/machines/assist';
import { guidanceKeys, strategyStepKeys, TIME_STRATEGY_IDS } from '../../../shared/content/worker-guidance';
import { KioskTextInput } from '../accessibility';
import { useKeyT } from '../i18n/dynamic';
import { useSend } from '../KioskContext';
import { parseAnchors, strategyFor } from './anchors-form';
import { formatClock, formatElapsed } from './time-format';
import { useAssistT } from './useAssistT';
import { useNow } from './useNow';

/** Start, midpoint and goal with a running clock, the form to set them, and what to do now. */
export function AnchorsSection({ assist }: { readonly assist: Snapshot['assist'] }) {
  const t = useAssistT();
  const tk = useKeyT();
  const send = useSend();
  const now = useNow(1000);
  const initial = assist.anchors ?? DEFAULT_ANCHORS;
  const [midpoint, setMidpoint] = useState(String(initial.midpointMinutes));
  const [goal, setGoal] = useState(String(initial.goalMinutes));
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();
  const times = anchorTimes(assist);
  const phase = anchorPhase(assist, now);
  const current = phase === null ? null : strategyFor(phase);

  const save = (event: FormEvent): void => {
    event.preventDefault();
    const anchors = parseAnchors(midpoint, goal);
    setInvalid(anchors === null);
    if (anchors !== null) send('setAnchors', anchors);
  };

  return (
    <section className="worker-panel__section" aria-labelledby="wp-anchors">
      <h3 id="wp-anchors">{t('assist.panel.anchors.title')}</h3>
      {assist.joinedAt !== null && (
        <p className="worker-panel__clock">
          {t('assist.panel.anchors.elapsed')}: {/* A per-second change would flood a screen reader. */}
          <span className="worker-panel__elapsed" data-testid="anchors-elapsed" aria-live="off">
            {formatElapsed(now - assist.joinedAt)}
          </span>
        </p>
      )}
      {times === null ? (
        <p>{t('assist.panel.anchors.notSet')}</p>
      ) : (
        <ol className="anchors" data-testid="anchors">
          <li className={phase === 'beforeMidpoint' ? 'anchors__item anchors__item--next' : 'anchors__item'}>
            <span>{tk(guidanceKeys.anchor('start'))}</span> <strong>{formatClock(times.start)}</strong>
          </li>
          <li className={phase === 'beforeMidpoint' ? 'anchors__item anchors__item--next' : 'anchors__item'}>
            <span>{tk(guidanceKeys.anchor('midpoint'))}</span> <strong>{formatClock(times.midpoint)}</strong>
          </li>
          <li className={phase === 'beforeGoal' ? 'anchors__item anchors__item--next' : 'anchors__item'}>
            <span>{tk(guidanceKeys.anchor('goal'))}</span> <strong>{formatClock(times.goal)}</strong>
          </li>
        </ol>
      )}
      {phase !== null && (
        <p className="worker-panel__phase" data-testid="anchors-phase" data-phase={phase}>
          {t(`assist.panel.anchors.phase.${phase}`)}
        </p>
      )}
      <p className="worker-panel__tip">{tk(guidanceKeys.anchorTip())}</p>
      <form className="anchors-form" onSubmit={save} noValidate>
        <KioskTextInput
          label={t('assist.panel.anchors.midpointMinutes')}
          value={midpoint}
          onValueChange={setMidpoint}
          inputMode="numeric"
          maxLength={3}
          data-testid="anchors-midpoint"
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
        />
        <KioskTextInput
          label={t('assist.panel.anchors.goalMinutes')}
          value={goal}
          onValueChange={setGoal}
          inputMode="numeric"
          maxLength={3}
          data-testid="anchors-goal"
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
        />
        {invalid && (
          <p id={errorId} className="worker-panel__error" role="alert">
            {t('assist.panel.anchors.invalid')}
          </p>
        )}
        <button type="submit" className="button button--secondary" data-testid="anchors-save">
          {t('assist.panel.anchors.save')}
        </button>
      </form>
      <h4>{tk(guidanceKeys.heading('strategies'))}</h4>
      {TIME_STRATEGY_IDS.map((strategy) => (
        <div key={strategy} className={strategy === current ? 'strategy strategy--current' : 'strategy'} data-testid={`strategy-${strategy}`} data-current={strategy === current}>
          <h5 className="strategy__title">
            {tk(guidanceKeys.strategyTitle(strategy))}
            {strategy === current && <span className="strategy__now"> — {t('assist.panel.anchors.strategyNow')}</span>}
          </h5>
          <ul className="worker-panel__list">
            {strategyStepKeys(strategy).map((key) => (
              <li key={key}>{tk(key)}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
