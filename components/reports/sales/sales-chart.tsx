'use client';

import { useLocale, useTranslations } from 'next-intl';
import { moneyFormatter } from '@/components/sales/catalogue/money';
import styles from './sales-stats.module.css';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type SalesChartPoint = { label: string; netCents: number };
export type MoneySettings = { currency: string; currencyDisplay: string; currencyDecimals: number };

const BAR_ROW_PX = 32;
const AXIS_PX = 60;
/** The most groups a ranked chart shows: the rest are in the table. */
export const CHART_MAX_BARS = 20;

/**
 * Net sales per row: columns over time for periods, horizontal bars (the largest first) otherwise.
 * Amounts are written as the table writes them.
 */
export function SalesChart({ points, periods, money }: { points: SalesChartPoint[]; periods: boolean; money: MoneySettings }) {
  const t = useTranslations('salesStats');
  const format = moneyFormatter(money, useLocale());
  const shown = periods ? points : points.slice(0, CHART_MAX_BARS);
  const height = periods ? 320 : shown.length * BAR_ROW_PX + AXIS_PX;
  return (
    <figure className={`card report-chart ${styles.chart}`} data-testid="sales-stats-chart" data-bars={shown.length}>
      <figcaption>
        <h2 className={styles.chartTitle}>{t('chart.title')}</h2>
        {!periods && points.length > shown.length ? <p className="muted">{t('chart.top', { count: shown.length })}</p> : null}
      </figcaption>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 700, height }}>
        {periods ? (
          <BarChart data={shown} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
            <CartesianGrid vertical={false} strokeDasharray="3 3" />
            <XAxis dataKey="label" minTickGap={12} />
            <YAxis width={130} tickFormatter={(v: number) => format(v)} />
            <Tooltip formatter={(value) => [format(Number(value)), t('columns.net')]} />
            <Bar dataKey="netCents" name={t('columns.net')} fill="var(--color-primary)" isAnimationActive={false} />
          </BarChart>
        ) : (
          <BarChart data={shown} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" tickFormatter={(v: number) => format(v)} />
            <YAxis type="category" dataKey="label" width={160} interval={0} />
            <Tooltip formatter={(value) => [format(Number(value)), t('columns.net')]} />
            <Bar dataKey="netCents" name={t('columns.net')} fill="var(--color-primary)" isAnimationActive={false} />
          </BarChart>
        )}
      </ResponsiveContainer>
    </figure>
  );
}
