'use client';

import { useTranslations } from 'next-intl';

/** Prints the report as shown (the reports' print CSS leaves the filters and buttons off the paper). */
export function SalesPrintButton() {
  const t = useTranslations('salesStats');
  return (
    <button type="button" className="button button--secondary" onClick={() => window.print()} data-testid="sales-stats-print">
      {t('print')}
    </button>
  );
}
