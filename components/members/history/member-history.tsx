'use client';

import { useApolloClient } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { dayQuery, todayIn } from '@/components/appointments/boards/day-params';
import { TableScroll } from '@/components/ui/table-scroll';
import type { MemberHistoryKind, MemberHistoryQuery, MemberHistoryRowFragment as Row } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { LevelChangeText } from '@/components/member-levels/level-history';
import { MEMBER_HISTORY_PAGE_SIZE, MemberHistoryQuery as Query } from './member-history-documents';
import styles from './member-history.module.css';

type Page = MemberHistoryQuery['memberHistory'];

/**
 * The kinds a viewer may filter by: invoices and returns only for those who may see sales (the
 * server leaves them out for the others anyway, so their chips would always show nothing).
 */
export function historyKindsFor(canSeeSales: boolean): MemberHistoryKind[] {
  const all: MemberHistoryKind[] = ['VISIT', 'BOOKING', 'INVOICE', 'RETURN', 'CONTACT', 'LEVEL'];
  return canSeeSales ? all : all.filter((kind) => kind !== 'INVOICE' && kind !== 'RETURN');
}

/** Where a row leads: the invoice, the appointment's day in its branch's calendar, the contact page. */
function documentHref(row: Row): string | null {
  if (row.appointment) return `/appointments/calendar?${dayQuery(row.appointment.branch.id, todayIn(row.appointment.branch.timeZone, new Date(row.at)))}`;
  if (row.invoice) return `/sales/invoices/${row.invoice.id}`;
  if (row.returnedInvoiceId) return `/sales/invoices/${row.returnedInvoiceId}`;
  if (row.contactMemberId) return `/contacts/${row.contactMemberId}`;
  if (row.levelChange?.invoice) return `/sales/invoices/${row.levelChange.invoice.id}`;
  return null;
}

/** 會員 > ประวัติลูกค้า: visits, bookings, invoices, returns, contacts and level changes newest first, filtered by kind, more on demand. */
export function MemberHistory({ memberId, initial, canSeeSales, currency }: { memberId: string; initial: Page; canSeeSales: boolean; currency: string }) {
  const t = useTranslations('memberHistory');
  const format = useFormatter();
  const client = useApolloClient();
  const [kinds, setKinds] = useState<MemberHistoryKind[]>([]);
  const [page, setPage] = useState<{ rows: Row[]; hasNextPage: boolean; endCursor: string | null; totalCount: number }>({
    rows: initial.nodes,
    hasNextPage: initial.pageInfo.hasNextPage,
    endCursor: initial.pageInfo.endCursor ?? null,
    totalCount: initial.totalCount,
  });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Only the latest request's answer is shown when chips are pressed in quick succession.
  const latest = useRef(0);

  async function load(nextKinds: MemberHistoryKind[], after: string | null) {
    const request = ++latest.current;
    setLoading(true);
    setError(null);
    try {
      const { data } = await client.query({
        query: Query,
        variables: { memberId, first: MEMBER_HISTORY_PAGE_SIZE, after, kinds: nextKinds.length ? nextKinds : null },
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new Error('The query returned no data');
      if (request !== latest.current) return;
      const found = data.memberHistory;
      setPage((current) => ({
        rows: after ? [...current.rows, ...found.nodes] : found.nodes,
        hasNextPage: found.pageInfo.hasNextPage,
        endCursor: found.pageInfo.endCursor ?? null,
        totalCount: found.totalCount,
      }));
    } catch (failure) {
      if (request === latest.current) setError(t('failed', { reason: requestError(failure).message }));
    }
    if (request === latest.current) setLoading(false);
  }

  function choose(next: MemberHistoryKind[]) {
    setKinds(next);
    void load(next, null);
  }

  const toggle = (kind: MemberHistoryKind) => (kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind]);
  const when = (row: Row) => {
    const timeZone = row.appointment?.branch.timeZone ?? row.invoice?.branch.timeZone ?? row.salesReturn?.branch.timeZone;
    return format.dateTime(new Date(row.at), { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
  };
  const money = (cents: number, currency: string) => format.number(cents / 100, { style: 'currency', currency });

  return (
    <section className="card profile-section" aria-labelledby="member-history-title" data-testid="member-timeline">
      <h2 id="member-history-title">
        {t('title')} <span className="muted">({page.totalCount})</span>
      </h2>
      <fieldset className={styles.kinds} data-testid="member-timeline-kinds">
        <legend>{t('filter')}</legend>
        <div className={styles.kindList}>
          <button type="button" className={styles.kind} aria-pressed={kinds.length === 0} onClick={() => choose([])} data-kind="ALL">
            {t('all')}
          </button>
          {historyKindsFor(canSeeSales).map((kind) => (
            <button key={kind} type="button" className={styles.kind} aria-pressed={kinds.includes(kind)} onClick={() => choose(toggle(kind))} data-kind={kind}>
              {t(`kind.${kind}`)}
            </button>
          ))}
        </div>
      </fieldset>
      {page.rows.length === 0 ? (
        <p className="muted" data-testid="member-timeline-empty">
          {loading ? t('loading') : t('empty')}
        </p>
      ) : (
        <TableScroll label={t('title')}>
          <table className="data-table data-table--wrap" data-testid="member-timeline-table" aria-busy={loading}>
            <caption className="visually-hidden">{t('title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.when')}</th>
                <th scope="col">{t('columns.kind')}</th>
                <th scope="col">{t('columns.detail')}</th>
                {canSeeSales ? (
                  <th scope="col" className={styles.amount}>
                    {t('columns.amount')}
                  </th>
                ) : null}
                <th scope="col">{t('columns.open')}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => {
                const href = documentHref(row);
                return (
                  <tr key={row.id} data-testid={`member-timeline-row-${row.id}`} data-kind={row.kind}>
                    <td className={styles.when}>{when(row)}</td>
                    <td>
                      <span className="tag">{t(`row.${row.kind}`)}</span>
                    </td>
                    <td className={styles.detail}>
                      <Detail row={row} currency={currency} />
                    </td>
                    {canSeeSales ? (
                      <td className={styles.amount}>
                        {row.invoice ? money(row.invoice.totalCents, row.invoice.branch.currency) : null}
                        {row.salesReturn ? money(-row.salesReturn.totalCents, row.salesReturn.branch.currency) : null}
                      </td>
                    ) : null}
                    <td>
                      {href ? (
                        <Link href={href} className={styles.open} data-testid="member-timeline-open">
                          {t(`open.${row.kind}`)}
                        </Link>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {error ? (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      ) : null}
      {page.hasNextPage ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void load(kinds, page.endCursor)}
            disabled={loading}
            aria-busy={loading}
            data-testid="member-timeline-more"
          >
            {t('more')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

/** What one row says: the treatment and beautician, the booking's state and campaign, the document's number, the contact's outcome, the level change. */
function Detail({ row, currency }: { row: Row; currency: string }) {
  const t = useTranslations('memberHistory');
  const common = useTranslations('common');
  if (row.appointment) {
    const { appointment } = row;
    return (
      <>
        <p>
          {appointment.treatment?.name ?? t('noTreatment')} · {appointment.branch.label}
        </p>
        <p className="muted">
          {t('beautician', { name: appointment.beautician ? `${appointment.beautician.displayName} (${appointment.beautician.code})` : common('notAvailable') })}
          {row.kind === 'BOOKING' ? ` · ${t(`status.${appointment.status}`)}` : null}
        </p>
        {row.campaign ? <p className="muted">{t('bookedFrom', { campaign: `${row.campaign.name} (${row.campaign.code})` })}</p> : null}
      </>
    );
  }
  if (row.invoice) {
    return (
      <p>
        {row.invoice.number} · {row.invoice.branch.label}
        {row.invoice.status === 'VOIDED' ? <span className="tag tag--warning"> {t('voided')}</span> : null}
      </p>
    );
  }
  if (row.salesReturn) {
    return (
      <>
        <p>
          {row.salesReturn.number} · {row.salesReturn.branch.label}
        </p>
        {row.salesReturn.reason ? <p className="muted">{row.salesReturn.reason}</p> : null}
      </>
    );
  }
  if (row.contactLog) {
    const log = row.contactLog;
    return (
      <>
        <p>
          {log.method.label} · {log.status.label} · {t('by', { name: `${log.createdBy.displayName} (${log.createdBy.code})` })}
        </p>
        {log.note ? <p>{log.note}</p> : null}
        {log.content ? <p className="muted">{log.content}</p> : null}
      </>
    );
  }
  if (row.levelChange) return <LevelChangeText change={row.levelChange} currency={currency} />;
  return null;
}
