import { useId } from 'react';
import { scaleBars } from './chart';
import { useAssistT } from './useAssistT';

export interface ChartRow {
  readonly label: string;
  readonly value: number;
}

/**
 * A horizontal bar chart of CSS bars with the number beside every bar, and the same data as a
 * table behind a disclosure. The bars are decorative to assistive technology: the list says it.
 */
export function BarChart({ title, rows, testId, labelHeading }: { readonly title: string; readonly rows: readonly ChartRow[]; readonly testId: string; readonly labelHeading?: string }) {
  const t = useAssistT();
  const headingId = useId();
  const bars = scaleBars(rows);
  return (
    <section className="chart" data-testid={testId} aria-labelledby={headingId}>
      <h3 id={headingId} className="chart__title">
        {title}
      </h3>
      <ul className="chart__bars">
        {bars.map((bar, index) => (
          <li key={`${bar.label}-${index}`} className="chart__row">
            <span className="chart__label">{bar.label}</span>
            <span className="chart__track" aria-hidden="true">
              <span className="chart__bar" style={{ width: `${bar.percent}%` }} />
            </span>
            <span className="chart__value">{bar.value}</span>
          </li>
        ))}
      </ul>
      <details className="chart__table">
        <summary>{t('assist.report.table')}</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeading ?? t('assist.report.category')}</th>
              <th scope="col">{t('assist.report.sessions')}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar, index) => (
              <tr key={`${bar.label}-${index}`}>
                <th scope="row">{bar.label}</th>
                <td>{bar.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
