'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { trendPoints, type ShareBar, type ShareChart, type ShareSeries } from './chart-data';
import { formatCount, formatRatio } from './format';
import type { ContactTrend } from './analysis-documents';
import styles from './analysis.module.css';

/** Room per bar on the category axis: a finger-sized target on a tablet. */
const BAR_ROW_PX = 40;
const AXIS_PX = 90;

function ShareTooltip({ active, payload, series, locale }: Pick<TooltipContentProps<number, string>, 'active' | 'payload'> & { series: ShareSeries[]; locale: string }) {
  const t = useTranslations('reports.analysis.charts');
  const bar = payload?.[0]?.payload as ShareBar | undefined;
  if (!active || !bar) return null;
  return (
    <div className={styles.tooltip}>
      <p className={styles.tooltipTitle}>{bar.label === bar.name ? bar.label : `${bar.label} · ${bar.name}`}</p>
      <ul>
        {series.map((s) => (
          <li key={s.statusId}>
            <span className={styles.swatch} style={{ background: s.colour }} aria-hidden="true" />
            {s.label}: {t('tooltipCell', { count: formatCount(bar.counts[s.statusId] ?? 0, locale), ratio: formatRatio(bar.ratios[s.statusId] ?? 0, locale) })}
          </li>
        ))}
      </ul>
      <p>{t('tooltipTotal', { count: formatCount(bar.total, locale) })}</p>
    </div>
  );
}

/**
 * Stacked 100% bars of the status shares: one bar per table row (and the totals), one segment
 * per status column in the columns' order, sized by the API's ratios.
 */
export function StatusShareChart({ chart }: { chart: ShareChart }) {
  const t = useTranslations('reports.analysis.charts');
  const locale = useLocale();
  const height = chart.bars.length * BAR_ROW_PX + AXIS_PX;
  return (
    <figure className={`card report-chart ${styles.chart}`} data-testid="analysis-share-chart" data-bars={chart.bars.length}>
      <figcaption>
        <h3 className={styles.chartTitle}>{t('shares')}</h3>
        <p className="muted">{t('sharesPageNote')}</p>
      </figcaption>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
        <BarChart data={chart.bars} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} stackOffset="none">
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={(v: number) => formatRatio(v, locale)} allowDataOverflow />
          <YAxis type="category" dataKey="label" width={110} interval={0} />
          <Tooltip content={(props) => <ShareTooltip active={props.active} payload={props.payload} series={chart.series} locale={locale} />} />
          <Legend wrapperStyle={{ paddingTop: 8 }} itemSorter={null} />
          {chart.series.map((s) => (
            <Bar key={s.statusId} dataKey={(bar: ShareBar) => bar.ratios[s.statusId] ?? 0} name={s.label} stackId="shares" fill={s.colour} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

/**
 * Contacts per day over the filter's contact range, else the chosen campaigns' dates (the API
 * picks the range); a range without contacts says so rather than drawing empty axes.
 */
export function ContactTrendChart({ trend }: { trend: ContactTrend }) {
  const t = useTranslations('reports.analysis.charts');
  const locale = useLocale();
  const points = trendPoints(trend, locale);
  return (
    <figure className={`card report-chart ${styles.chart}`} data-testid="analysis-trend-chart" data-total={trend.total} data-days={points.length} data-from={trend.from} data-to={trend.to}>
      <figcaption>
        <h3 className={styles.chartTitle}>{t('trend')}</h3>
        <p className="muted" data-testid="analysis-trend-summary">
          {t('trendRange', { from: trend.from, to: trend.to, total: trend.total })}
        </p>
      </figcaption>
      {trend.total === 0 ? (
        <p className={styles.chartEmpty} data-testid="analysis-trend-empty">
          {t('trendEmpty', { from: trend.from, to: trend.to })}
        </p>
      ) : (
        <ResponsiveContainer width="100%" height={280} initialDimension={{ width: 600, height: 280 }}>
          <AreaChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" minTickGap={16} />
            <YAxis allowDecimals={false} width={48} tickFormatter={(v: number) => formatCount(v, locale)} />
            <Tooltip formatter={(value) => formatCount(Number(value), locale)} />
            <Legend />
            <Area type="monotone" dataKey="count" name={t('trendSeries')} stroke="#7a2f5e" fill="#7a2f5e" fillOpacity={0.2} isAnimationActive={false} />
          </AreaChart>
        </ResponsiveContainer>
      )}
    </figure>
  );
}
