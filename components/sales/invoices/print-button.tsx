'use client';

import { useTranslations } from 'next-intl';

/** Opens the browser's print dialog for the receipt (the print CSS leaves only the receipt on paper). */
export function PrintButton() {
  const t = useTranslations('sales.invoices.receipt');
  return (
    <button type="button" className="button button--primary" onClick={() => window.print()} data-testid="receipt-print">
      {t('print')}
    </button>
  );
}
