import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { StaffReport } from '../../../shared/bridge';
import { useFocusTrap } from '../hooks/useFocusTrap';
import { useKeyT } from '../i18n/dynamic';
import { useKiosk } from '../KioskContext';
import { BarChart } from './BarChart';
import { sharePercent } from './chart';
import { closeReport } from './local-state';
import { categoryKeys, categoryRows } from './report-rows';
import type { CategoryKeyFor } from './report-rows';
import { DEFAULT_REPORT_DAYS, isValidRange, lastDays, QUICK_RANGES } from './report-range';
import type { DayRange } from './report-range';
import { useAssistT } from './useAssistT';

type Load = { readonly status: 'loading' } | { readonly status: 'error' } | { readonly status: 'done'; readonly report: StaffReport };

export const SECTIONS = [
  ['byNeed', 'need'],
  ['byRoute', 'route'],
  ['byOutcome', 'outcome'],
  ['byReferral', 'referral'],
  ['byLanguage', 'language'],
] as const satisfies readonly (readonly [keyof StaffReport, keyof typeof categoryKeys])[];

/** The staff report (behind the PIN): anonymous counts as bar charts with tables, and config problems. */
export function ReportScreen({ configProblems }: { readonly configProblems: readonly string[] }) {
  const t = useAssistT();
  const tk = useKeyT();
  const kiosk = useKiosk();
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useFocusTrap(panelRef, closeRef, closeReport);
  const [range, setRange] = useState<DayRange>(() => lastDays(DEFAULT_REPORT_DAYS, new Date()));
  const [draft, setDraft] = useState<DayRange>(range);
  // The answer remembers the range it is for, so "loading" is simply "no answer for this range yet".
  const [answer, setAnswer] = useState<{ readonly for: DayRange; readonly result: StaffReport | 'error' } | null>(null);
  const load: Load = answer === null || answer.for !== range ? { status: 'loading' } : answer.result === 'error' ? { status: 'error' } : { status: 'done', report: answer.result };

  useEffect(() => {
    let current = true;
    kiosk
      .getReport({ from: range.from, to: range.to })
      .then((report) => {
        if (current) setAnswer({ for: range, result: report });
      })
      .catch(() => {
        if (current) setAnswer({ for: range, result: 'error' });
      });
    return () => {
      current = false;
    };
  }, [kiosk, range]);

  const choose = (next: DayRange): void => {
    setDraft(next);
    setRange(next);
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (isValidRange(draft)) setRange(draft);
  };
  const draftValid = isValidRange(draft);
  const rowsOf = (counts: StaffReport['byNeed'], keyFor: CategoryKeyFor) => categoryRows(counts, keyFor).map((row) => ({ label: tk(row.labelKey), value: row.value }));

  return (
    <div className="staff-report-backdrop">
      <div ref={panelRef} className="staff-report" role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1} data-testid="staff-report">
        <header className="staff-report__header">
          <h2 id={titleId}>{t('assist.report.title')}</h2>
          <button ref={closeRef} type="button" className="button button--secondary" data-testid="report-close" onClick={closeReport}>
            {t('assist.report.close')}
          </button>
        </header>

        {configProblems.length > 0 && (
          <section className="config-problems" data-testid="config-problems" aria-labelledby="config-problems-title">
            <h3 id="config-problems-title">{t('assist.report.configProblems.title')}</h3>
            <p>{t('assist.report.configProblems.body')}</p>
            <ul>
              {configProblems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          </section>
        )}

        <form className="report-range" onSubmit={submit} aria-label={t('assist.report.range')}>
          <div className="report-range__quick">
            {QUICK_RANGES.map((days) => (
              <button key={days} type="button" className="button button--secondary" data-testid={`report-last-${days}`} onClick={() => choose(lastDays(days, new Date()))}>
                {t('assist.report.lastDays', { days })}
              </button>
            ))}
          </div>
          <label className="report-range__field">
            <span>{t('assist.report.from')}</span>
            <input type="date" value={draft.from} max={draft.to} data-testid="report-from" onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
          </label>
          <label className="report-range__field">
            <span>{t('assist.report.to')}</span>
            <input type="date" value={draft.to} min={draft.from} data-testid="report-to" onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
          </label>
          <button type="submit" className="button button--primary" data-testid="report-show" disabled={!draftValid}>
            {t('assist.report.show')}
          </button>
          {!draftValid && (
            <p className="worker-panel__error" role="alert">
              {t('assist.report.invalidRange')}
            </p>
          )}
        </form>

        <div aria-live="polite" aria-busy={load.status === 'loading'}>
          {load.status === 'loading' && <p>{t('assist.report.loading')}</p>}
          {load.status === 'error' && (
            <p className="worker-panel__error" data-testid="report-error">
              {t('assist.report.error')}
            </p>
          )}
          {load.status === 'done' && (
            <div className="staff-report__body" data-testid="report-body">
              <p className="staff-report__total">{t('assist.report.total', { count: load.report.total })}</p>
              {load.report.total === 0 ? (
                <p>{t('assist.report.empty')}</p>
              ) : (
                <div className="staff-report__charts">
                  <BarChart
                    title={t('assist.report.sections.perDay')}
                    testId="chart-perDay"
                    labelHeading={t('assist.report.day')}
                    rows={load.report.perDay.map((day) => ({ label: day.day, value: day.sessions }))}
                  />
                  {SECTIONS.map(([field, dimension]) => (
                    <BarChart key={field} title={t(`assist.report.sections.${field}`)} testId={`chart-${field}`} rows={rowsOf(load.report[field], categoryKeys[dimension])} />
                  ))}
                  <section className="chart" data-testid="chart-assist" aria-labelledby="chart-assist-title">
                    <h3 id="chart-assist-title" className="chart__title">
                      {t('assist.report.sections.assist')}
                    </h3>
                    <p>
                      {t('assist.report.assistShare', {
                        assisted: load.report.assist.assisted,
                        total: load.report.assist.total,
                        percent: sharePercent(load.report.assist.share),
                      })}
                    </p>
                    <span className="chart__track chart__track--share" aria-hidden="true">
                      <span className="chart__bar" style={{ width: `${sharePercent(load.report.assist.share)}%` }} />
                    </span>
                  </section>
                </div>
              )}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
