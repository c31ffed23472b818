'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { FollowUpReportHeaderFragment } from '@/graphql/generated/graphql';
import styles from './follow-up.module.css';

type Props = { report: FollowUpReportHeaderFragment; timeZone: string };

/**
 * The block above the table repeating what the report ran with, as the seed's reports do:
 * 分店：全部 … 期間 … 負責人：beauty. An empty list reads 全部.
 */
export function FollowUpHeader({ report, timeZone }: Props) {
  const t = useTranslations('reports.followUp');
  const format = useFormatter();
  const { filter } = report;
  const list = (names: string[]) => (names.length ? names.join(', ') : t('all'));
  const day = (value: string) => format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });

  const items: Array<{ id: string; label: string; value: string }> = [
    { id: 'branch', label: t('filters.branch'), value: list(filter.branches.map((b) => b.code)) },
    { id: 'campaign', label: t('filters.campaign'), value: list(filter.campaigns.map((c) => c.code)) },
    { id: 'salesGroup', label: t('filters.salesGroup'), value: list(filter.salesGroups.map((g) => g.name)) },
    { id: 'salesperson', label: t('filters.salesperson'), value: list(filter.salespeople.map((s) => `${s.displayName} (${s.code})`)) },
    { id: 'memberGroup', label: t('filters.memberGroup'), value: list(filter.memberGroups.map((g) => g.name)) },
    { id: 'period', label: t('filters.period'), value: t('header.period', { from: day(report.from), to: day(report.to) }) },
    { id: 'ranBy', label: t('header.ranBy'), value: report.ranBy.login },
    { id: 'ranAt', label: t('header.ranAt'), value: format.dateTime(new Date(report.ranAt), { dateStyle: 'medium', timeStyle: 'short', timeZone }) },
  ];

  return (
    <ul className={styles.header} data-testid="follow-up-header">
      {items.map((item) => (
        <li key={item.id} data-testid={`follow-up-header-${item.id}`}>
          {t('header.item', { label: item.label, value: item.value })}
        </li>
      ))}
    </ul>
  );
}
