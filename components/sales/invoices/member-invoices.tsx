'use client';

import { useApolloClient } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { MemberInvoicesQuery } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { MEMBER_INVOICES_PAGE_SIZE, MemberInvoicesQuery as Query } from './invoice-documents';
import { InvoiceRows } from './invoice-rows';
import styles from './invoices.module.css';

type Page = MemberInvoicesQuery['member']['invoices'];

/** 會員 > 消費記錄: the member's invoices the viewer may see, newest first, with the total and more on demand. */
export function MemberInvoices({ memberId, initial }: { memberId: string; initial: Page }) {
  const t = useTranslations('sales.invoices.member');
  const client = useApolloClient();
  const [rows, setRows] = useState(initial.nodes);
  const [pageInfo, setPageInfo] = useState(initial.pageInfo);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function more() {
    setLoading(true);
    setError(null);
    try {
      const { data } = await client.query({ query: Query, variables: { id: memberId, first: MEMBER_INVOICES_PAGE_SIZE, after: pageInfo.endCursor }, fetchPolicy: 'no-cache' });
      if (!data) throw new Error('The query returned no data');
      setRows((current) => [...current, ...data.member.invoices.nodes]);
      setPageInfo(data.member.invoices.pageInfo);
    } catch (failure) {
      setError(t('failed', { reason: requestError(failure).message }));
    }
    setLoading(false);
  }

  return (
    <section className={`card ${styles.page}`} aria-labelledby="member-invoices-title" data-testid="member-invoices">
      <h2 id="member-invoices-title">
        {t('title')} <span className="muted">({initial.totalCount})</span>
      </h2>
      <TableScroll label={t('caption')}>
        <InvoiceRows rows={rows} caption={t('caption')} testId="member-invoices-table" hideCustomer />
      </TableScroll>
      {error ? (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        {pageInfo.hasNextPage ? (
          <button type="button" className="button button--secondary" onClick={() => void more()} disabled={loading} aria-busy={loading} data-testid="member-invoices-more">
            {t('more')}
          </button>
        ) : null}
        {initial.totalCount > 0 ? (
          <Link className="button button--secondary" href={`/sales/invoices?member=${memberId}`} data-testid="member-invoices-all">
            {t('all')}
          </Link>
        ) : null}
      </div>
    </section>
  );
}
