import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { ScrollRegion } from './scroll-region';

const HEIGHT = 200;

export interface TrendSeries {
  label: string;
  values: readonly number[];
}

/**
 * A daily trend (uPlot, canvas) with the table beside it: the canvas is hidden from screen readers, the
 * table has every figure. Colours come from the text colour, so the low-vision mode's contrast applies.
 */
export function DailyTrend({
  title,
  dates,
  series,
}: {
  title: string;
  dates: readonly string[];
  series: readonly TrendSeries[];
}) {
  const { i18n } = useTranslation();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = box.current;
    if (!element || dates.length === 0) return;
    const ink = getComputedStyle(element).color;
    const dayFormat = new Intl.DateTimeFormat(i18n.language, {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    const dashes = [[], [6, 4], [2, 3]];
    const plot = new uPlot(
      {
        width: element.clientWidth,
        height: HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: true } },
        axes: [
          { stroke: ink, values: (_u, splits) => splits.map((s) => dayFormat.format(new Date(s * 1000))) },
          { stroke: ink, size: 48 },
        ],
        series: [{}, ...series.map((_, i) => ({ stroke: ink, width: 2, dash: dashes[i % dashes.length] }))],
      },
      [dates.map((date) => Date.parse(`${date}T00:00:00Z`) / 1000), ...series.map((s) => [...s.values])],
      element,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: element.clientWidth, height: HEIGHT }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [dates, series, i18n.language]);

  return (
    <figure className="analytics__trend">
      <figcaption>
        <h3>{title}</h3>
      </figcaption>
      <div className="analytics__trend-body">
        <div ref={box} className="analytics__plot" aria-hidden="true" />
        <ScrollRegion label={title} className="analytics__trend-table">
          <table className="analytics__table">
            <thead>
              <tr>
                <th scope="col">{i18n.t('analytics.load.date')}</th>
                {series.map((s) => (
                  <th key={s.label} scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {dates.map((date, row) => (
                <tr key={date}>
                  <th scope="row">{date}</th>
                  {series.map((s) => (
                    <td key={s.label}>{s.values[row]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
    </figure>
  );
}
