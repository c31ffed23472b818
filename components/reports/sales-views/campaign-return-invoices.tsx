'use client';

import { useApolloClient } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import type { CampaignReturnInvoicesQuery as Result } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { formatAmount } from '../analysis/format';
import type { QueryRecord } from '../report-filter';
import { reportQuery } from '../report-query';
import { CampaignReturnInvoicesQuery } from './sales-views-documents';
import { campaignReturnHref, campaignReturnQueryString, parseCampaignReturn } from './sales-views-params';
import styles from './sales-views.module.css';

type Page = Result['campaignReturnInvoices'];
const PAGE_SIZE = 50;

/**
 * 活動回報's drill-through: the invoices one campaign's row was summed from, newest first, each
 * opening its invoice; the amount, what returns refunded and the net, as the row adds them up.
 */
export function CampaignReturnInvoices({ campaignId, campaignCode, query }: { campaignId: string; campaignCode: string; query: QueryRecord }) {
  const t = useTranslations('salesViews');
  const locale = useLocale();
  const client = useApolloClient();
  const state = useMemo(() => parseCampaignReturn(query), [query]);
  const key = `${campaignId}?${campaignReturnQueryString(state)}`;
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1];
  const [loaded, setLoaded] = useState<{ key: string; page: Page | null; error: string | null } | null>(null);
  const loadKey = `${key}@${after ?? ''}`;

  useEffect(() => {
    let cancelled = false;
    reportQuery(client, CampaignReturnInvoicesQuery, { campaignId, days: state.days, filter: state.filter, first: PAGE_SIZE, after }).then(
      (data) => !cancelled && setLoaded({ key: loadKey, page: data.campaignReturnInvoices, error: null }),
      (error: unknown) => !cancelled && setLoaded({ key: loadKey, page: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, campaignId, state, after, loadKey]);

  const current = loaded?.key === loadKey ? loaded : null;
  const page = current?.page ?? null;

  return (
    <section className={styles.results} aria-labelledby="campaign-return-invoices-title" aria-busy={!current} data-testid="campaign-return-invoices">
      <h2 id="campaign-return-invoices-title">{t('campaignReturn.invoicesTitle', { campaign: campaignCode, days: state.days })}</h2>
      {!current ? <p className="muted" role="status">{t('loading')}</p> : null}
      {current?.error ? <p className="alert alert--error" role="alert">{t('failed', { message: current.error })}</p> : null}
      {page ? (
        page.totalCount === 0 ? (
          <p className="muted" data-testid="campaign-return-invoices-empty">{t('campaignReturn.empty')}</p>
        ) : (
          <div className="table-wrap" role="region" aria-labelledby="campaign-return-invoices-title" tabIndex={0}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('columns.invoiceNumber')}</th>
                  <th scope="col">{t('columns.invoiceDate')}</th>
                  <th scope="col">{t('columns.memberNo')}</th>
                  <th scope="col">{t('columns.memberName')}</th>
                  <th scope="col" className={styles.number}>{t('columns.grossCents')}</th>
                  <th scope="col" className={styles.number}>{t('columns.returnedCents')}</th>
                  <th scope="col" className={styles.number}>{t('columns.netCents')}</th>
                </tr>
              </thead>
              <tbody>
                {page.nodes.map((invoice) => (
                  <tr key={invoice.id} data-testid="campaign-return-invoice" data-number={invoice.number}>
                    <th scope="row"><Link href={`/sales/invoices/${invoice.id}`} className={styles.cellLink}>{invoice.number}</Link></th>
                    <td>{invoice.businessDate}</td>
                    <td>{invoice.member?.memberNo ?? ''}</td>
                    <td>{invoice.member?.displayName ?? invoice.customerName ?? ''}</td>
                    <td className={styles.number}>{formatAmount(invoice.totalCents, locale)}</td>
                    <td className={styles.number}>{formatAmount(invoice.refundedCents, locale)}</td>
                    <td className={styles.number}>{formatAmount(invoice.totalCents - invoice.refundedCents, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
      <nav className="button-row" aria-label={t('pager')}>
        <Link href={campaignReturnHref(state)} className="button button--secondary" data-testid="campaign-return-invoices-back">{t('back')}</Link>
        <button type="button" className="button button--secondary" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>{t('previous')}</button>
        <button type="button" className="button button--secondary" disabled={!page?.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, page?.pageInfo.endCursor ?? null])}>{t('next')}</button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>{t('print')}</button>
      </nav>
    </section>
  );
}
