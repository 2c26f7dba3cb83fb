import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatNumber, formatRange } from './lab-results';
import type { TObservationTrend } from './medical-card.api';
import { trendSeries } from './trend-series';

const HEIGHT = 220;

/**
 * An analyte's values over time with its reference range as a light band (uPlot, canvas). The canvas is
 * hidden from screen readers: the caption says what it shows and the table beside it has every value.
 * Colours come from the page's text colour, so the low-vision mode's contrast applies to the line too.
 */
export function TrendChart({ trend }: { trend: TObservationTrend }) {
  const { t, i18n } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const series = useMemo(() => trendSeries(trend.points), [trend.points]);
  const range = trend.points.at(-1)?.referenceRange;
  const rangeText = range
    ? formatRange(range, i18n.language, { upTo: t('card.labs.upTo'), from: t('card.labs.from') })
    : null;
  const unit = trend.unitDisplay ?? trend.unit ?? '';

  useEffect(() => {
    const element = box.current;
    if (!element || series.times.length === 0) return;
    const ink = getComputedStyle(element).color;
    const language = i18n.language;
    const dateFormat = new Intl.DateTimeFormat(language, {
      month: 'short',
      year: 'numeric',
      timeZone: 'Europe/Moscow',
    });
    const options: uPlot.Options = {
      width: element.clientWidth,
      height: HEIGHT,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: true }, y: { range: () => series.yRange } },
      axes: [
        { stroke: ink, values: (_u, splits) => splits.map((s) => dateFormat.format(new Date(s * 1000))) },
        { stroke: ink, values: (_u, splits) => splits.map((s) => formatNumber(s, language)), size: 56 },
      ],
      series: [
        {},
        { stroke: 'rgba(22, 120, 60, 0.5)', width: 1 },
        { stroke: 'rgba(22, 120, 60, 0.5)', width: 1 },
        { stroke: ink, width: 3, points: { size: 9, fill: ink, stroke: ink } },
      ],
      bands: [{ series: [2, 1], fill: 'rgba(22, 120, 60, 0.14)' }],
    };
    const plot = new uPlot(options, [series.times, series.lows, series.highs, series.values], element);
    const resize = new ResizeObserver(() => plot.setSize({ width: element.clientWidth, height: HEIGHT }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [series, i18n.language]);

  return (
    <figure className="trend-chart">
      <div ref={box} className="trend-chart__plot" aria-hidden="true" />
      <figcaption>
        {rangeText
          ? t('card.labs.chartCaption', { name: trend.name ?? trend.code, range: rangeText, unit })
          : t('card.labs.chartCaptionNoRange', { name: trend.name ?? trend.code })}
      </figcaption>
    </figure>
  );
}
