'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { AnalysisReportFragment } from '@/graphql/generated/graphql';
import { formatAmount } from './format';
import styles from './analysis.module.css';

type Props = {
  report: AnalysisReportFragment;
  timeZone: string;
  /** 頁數 n / N on screen; the printout numbers its sheets instead. */
  page?: { page: number; pages: number };
};

/**
 * The block above the table that repeats what the report ran with, as in the seed: 分店：全部,
 * 活動：Maybirth, Junebirth, … 負責人：beauty, 頁數：1 / 1. An empty list reads 全部.
 */
export function AnalysisHeader({ report, timeZone, page }: Props) {
  const t = useTranslations('reports.analysis');
  const format = useFormatter();
  const locale = useLocale();
  const { filter } = report;
  const list = (names: string[]) => (names.length ? names.join(', ') : t('all'));
  const range = filter.contactedFrom && filter.contactedTo
    ? t('header.range', { from: filter.contactedFrom, to: filter.contactedTo })
    : filter.contactedFrom
      ? t('header.rangeFrom', { from: filter.contactedFrom })
      : filter.contactedTo
        ? t('header.rangeTo', { to: filter.contactedTo })
        : t('all');

  const items: Array<{ id: string; label: string; value: string }> = [
    { id: 'branch', label: t('branch'), value: list(filter.branches.map((b) => b.code)) },
    { id: 'salesperson', label: t('salesperson'), value: list(filter.salespeople.map((s) => `${s.displayName} (${s.code})`)) },
    { id: 'campaign', label: t('campaign'), value: list(filter.campaigns.map((c) => c.code)) },
    { id: 'memberGroup', label: t('memberGroup'), value: list(filter.memberGroups.map((g) => g.name)) },
    { id: 'salesGroup', label: t('salesGroup'), value: list(filter.salesGroups.map((g) => g.name)) },
    { id: 'contactRange', label: t('contactRange'), value: range },
    {
      id: 'successRule',
      label: t('header.successRule'),
      value: report.successRule.enabled
        ? t('header.successRuleValue', { metric: t(`header.metric.${report.successRule.metric}`), amount: formatAmount(report.successRule.thresholdCents, locale) })
        : t('header.successRuleOff'),
    },
    { id: 'ranBy', label: t('header.ranBy'), value: report.ranBy.login },
    {
      id: 'ranAt',
      label: t('header.ranAt'),
      value: format.dateTime(new Date(report.ranAt), { dateStyle: 'medium', timeStyle: 'short', timeZone }),
    },
  ];
  if (page) items.push({ id: 'page', label: t('header.page'), value: t('header.pageOf', page) });

  return (
    <ul className={styles.header} data-testid="analysis-header">
      {items.map((item) => (
        <li key={item.id} data-testid={`analysis-header-${item.id}`}>
          {t('header.item', { label: item.label, value: item.value })}
        </li>
      ))}
    </ul>
  );
}
