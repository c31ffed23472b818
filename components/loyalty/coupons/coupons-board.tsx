'use client';

import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CouponRowFragment, CouponStatus } from '@/graphql/generated/graphql';
import { StatusMessage } from '@/components/ui/status-message';
import { TableScroll } from '@/components/ui/table-scroll';
import { Link } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { CouponIssueJobQuery, CouponReportQuery, CouponsQuery, CouponTypesQuery, IssueCouponsToSelectionMutation } from './coupon-documents';
import { plainMoney } from './coupon-labels';
import styles from './coupons.module.css';

const PAGE_SIZE = 50;
const POLL_MS = 700;
const STATUSES: CouponStatus[] = ['ISSUED' as CouponStatus, 'REDEEMED' as CouponStatus, 'EXPIRED' as CouponStatus, 'VOIDED' as CouponStatus];

/** The start of a local day as an instant (the browser's time zone, the front desk's). */
const dayStart = (day: string) => new Date(`${day}T00:00:00`);
const nextDay = (day: string) => {
  const d = dayStart(day);
  d.setDate(d.getDate() + 1);
  return d;
};
const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

type TypeChoice = { id: string; code: string; name: string };

/** Issues one coupon of a chosen type to every member of the saved member search result, following the job to its end. */
function IssueToSelection({ selectionId, types }: { selectionId: string; types: TypeChoice[] }) {
  const t = useTranslations('loyalty.coupons.bulk');
  const id = useId();
  const client = useApolloClient();
  const [start, { loading }] = useMutation(IssueCouponsToSelectionMutation);
  const [typeId, setTypeId] = useState('');
  const [job, setJob] = useState<{ id: string; status: string; total: number; processed: number; error?: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const live = useRef(true);
  useEffect(() => () => void (live.current = false), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!typeId) return setError(t('typeRequired'));
    setError(null);
    try {
      const { data } = await start({ variables: { selectionId, typeId } });
      let current = data!.issueCouponsToSelection;
      setJob(current);
      while (live.current && current.status !== 'DONE' && current.status !== 'FAILED') {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        const { data: polled } = await client.query({ query: CouponIssueJobQuery, variables: { id: current.id }, fetchPolicy: 'network-only' });
        current = polled!.bulkJob;
        setJob(current);
      }
    } catch (failure) {
      setError(requestError(failure).message);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="coupon-bulk-issue">
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <form className={styles.filters} onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('type')}</label>
          <select id={`${id}-type`} className="input" value={typeId} onChange={(event) => setTypeId(event.target.value)} disabled={job !== null} data-testid="coupon-bulk-type">
            <option value="">{t('chooseType')}</option>
            {types.map((type) => (
              <option key={type.id} value={type.id}>
                {type.code} {type.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={loading || job !== null} data-testid="coupon-bulk-start">
          {t('start')}
        </button>
      </form>
      {error ? <StatusMessage status={{ kind: 'error', text: error }} /> : null}
      {job ? (
        <div role="status" data-testid="coupon-bulk-progress" data-status={job.status}>
          <progress max={Math.max(job.total, 1)} value={job.status === 'DONE' ? Math.max(job.total, 1) : job.processed} aria-label={t('progressLabel')} />{' '}
          {job.status === 'DONE' ? t('done', { count: job.processed }) : job.status === 'FAILED' ? t('failed', { error: job.error ?? '' }) : t('running', { processed: job.processed, total: job.total })}
        </div>
      ) : null}
    </section>
  );
}

function CouponList({ types }: { types: TypeChoice[] }) {
  const t = useTranslations('loyalty.coupons');
  const id = useId();
  const [status, setStatus] = useState('');
  const [typeId, setTypeId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filter = { statuses: status ? [status as CouponStatus] : null, typeId: typeId || null, issuedFrom: from ? dayStart(from).toISOString() : null, issuedBefore: to ? nextDay(to).toISOString() : null };
  const list = useQuery(CouponsQuery, { variables: { filter, first: PAGE_SIZE }, fetchPolicy: 'network-only' });
  const page = list.data?.coupons;

  async function more() {
    if (!page?.pageInfo.endCursor) return;
    await list.fetchMore({
      variables: { after: page.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({ coupons: { ...fetchMoreResult.coupons, nodes: [...previous.coupons.nodes, ...fetchMoreResult.coupons.nodes] } }),
    });
  }

  return (
    <section aria-labelledby={`${id}-title`} data-testid="coupon-list">
      <h2 id={`${id}-title`}>{t('list.title')}</h2>
      <div className={`${styles.filters} ${styles.noPrint}`}>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('list.status')}</label>
          <select id={`${id}-status`} className="input" value={status} onChange={(event) => setStatus(event.target.value)} data-testid="coupon-filter-status">
            <option value="">{t('list.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('list.type')}</label>
          <select id={`${id}-type`} className="input" value={typeId} onChange={(event) => setTypeId(event.target.value)} data-testid="coupon-filter-type">
            <option value="">{t('list.all')}</option>
            {types.map((type) => (
              <option key={type.id} value={type.id}>
                {type.code} {type.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('list.issuedFrom')}</label>
          <input id={`${id}-from`} type="date" className="input" value={from} onChange={(event) => setFrom(event.target.value)} data-testid="coupon-filter-from" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('list.issuedTo')}</label>
          <input id={`${id}-to`} type="date" className="input" value={to} onChange={(event) => setTo(event.target.value)} data-testid="coupon-filter-to" />
        </div>
      </div>
      {list.error ? <StatusMessage status={{ kind: 'error', text: requestError(list.error).message }} /> : null}
      {page ? <p className="muted" data-testid="coupon-list-count">{t('list.count', { count: page.totalCount })}</p> : null}
      {page && page.nodes.length > 0 ? (
        <TableScroll label={t('list.title')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('list.code')}</th>
                <th scope="col">{t('list.member')}</th>
                <th scope="col">{t('list.type')}</th>
                <th scope="col">{t('list.status')}</th>
                <th scope="col">{t('list.valid')}</th>
                <th scope="col">{t('list.issuedAt')}</th>
                <th scope="col">{t('list.discount')}</th>
              </tr>
            </thead>
            <tbody>
              {page.nodes.map((coupon: CouponRowFragment) => (
                <tr key={coupon.id} data-testid="coupon-row" data-status={coupon.status} data-code={coupon.code}>
                  <td>
                    <code>{coupon.code}</code>
                  </td>
                  <td>{coupon.member ? <Link href={`/members/${coupon.member.id}`} className={styles.cellLink}>{`${coupon.member.memberNo} ${coupon.member.displayName}`}</Link> : '—'}</td>
                  <td>{coupon.type.name}</td>
                  <td>{t(`statuses.${coupon.status}`)}</td>
                  <td>{`${coupon.validFrom} – ${coupon.validTo}`}</td>
                  <td>{localDay(new Date(coupon.issuedAt))}</td>
                  <td>{coupon.status === 'REDEEMED' ? plainMoney(coupon.discountCents) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {page?.pageInfo.hasNextPage ? (
        <button type="button" className={`button button--secondary ${styles.noPrint}`} onClick={() => void more()} data-testid="coupon-list-more">
          {t('list.more')}
        </button>
      ) : null}
    </section>
  );
}

function CouponReport() {
  const t = useTranslations('loyalty.coupons.report');
  const locale = useLocale();
  const id = useId();
  const today = new Date();
  const [from, setFrom] = useState(localDay(new Date(today.getFullYear(), today.getMonth(), 1)));
  const [to, setTo] = useState(localDay(today));
  const valid = Boolean(from && to && to >= from);
  const range = valid ? { from: dayStart(from).toISOString(), before: nextDay(to).toISOString() } : null;
  const report = useQuery(CouponReportQuery, { variables: range ?? { from: '', before: '' }, skip: !range, fetchPolicy: 'network-only' });
  const rows = report.data?.couponReport ?? [];
  const total = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((acc, r) => acc + pick(r), 0);
  const label = `${from} – ${to}`;
  const excel = range
    ? `/api/loyalty/coupons/report?from=${encodeURIComponent(range.from)}&before=${encodeURIComponent(range.before)}&label=${encodeURIComponent(label)}&locale=${encodeURIComponent(locale)}`
    : null;

  return (
    <section aria-labelledby={`${id}-title`} data-testid="coupon-report">
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <p className="muted">{t('period')}: {label}</p>
      <div className={`${styles.filters} ${styles.noPrint}`}>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('from')}</label>
          <input id={`${id}-from`} type="date" className="input" value={from} onChange={(event) => setFrom(event.target.value)} data-testid="coupon-report-from" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('to')}</label>
          <input id={`${id}-to`} type="date" className="input" value={to} onChange={(event) => setTo(event.target.value)} data-testid="coupon-report-to" />
        </div>
        {excel ? (
          <a className="button button--secondary" href={excel} download data-testid="coupon-report-excel">
            {t('excel')}
          </a>
        ) : null}
        <button type="button" className="button button--secondary" onClick={() => window.print()} data-testid="coupon-report-print">
          {t('print')}
        </button>
      </div>
      {!valid ? <StatusMessage status={{ kind: 'error', text: t('badRange') }} /> : null}
      {report.error ? <StatusMessage status={{ kind: 'error', text: requestError(report.error).message }} /> : null}
      {report.data && rows.length === 0 ? <p className="muted">{t('empty')}</p> : null}
      {rows.length > 0 ? (
        <TableScroll label={t('title')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('columns.code')}</th>
                <th scope="col">{t('columns.name')}</th>
                <th scope="col">{t('columns.issued')}</th>
                <th scope="col">{t('columns.redeemed')}</th>
                <th scope="col">{t('columns.expired')}</th>
                <th scope="col">{t('columns.voided')}</th>
                <th scope="col">{t('columns.discount')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.type.id} data-testid="coupon-report-row" data-code={row.type.code}>
                  <td>{row.type.code}</td>
                  <td>{row.type.name}</td>
                  <td data-testid="coupon-report-issued">{row.issued}</td>
                  <td data-testid="coupon-report-redeemed">{row.redeemed}</td>
                  <td>{row.expired}</td>
                  <td>{row.voided}</td>
                  <td>{plainMoney(row.discountCents)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('total')}
                </th>
                <td>{total((r) => r.issued)}</td>
                <td>{total((r) => r.redeemed)}</td>
                <td>{total((r) => r.expired)}</td>
                <td>{total((r) => r.voided)}</td>
                <td>{plainMoney(total((r) => r.discountCents))}</td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      ) : null}
    </section>
  );
}

/**
 * /loyalty/coupons: the issued coupons with filters, the report of issued / redeemed / expired /
 * voided per type (Excel and print), and — when opened from the member search with a saved
 * selection — issuing a coupon to every member of it.
 */
export function CouponsBoard({ selectionId }: { selectionId: string | null }) {
  const t = useTranslations('loyalty.coupons');
  const [tab, setTab] = useState<'list' | 'report'>('list');
  const types = useQuery(CouponTypesQuery, { variables: { activeOnly: false, first: 100 } });
  const choices = (types.data?.couponTypes.nodes ?? []).map(({ id, code, name }) => ({ id, code, name }));
  const active = (types.data?.couponTypes.nodes ?? []).filter((type) => type.active).map(({ id, code, name }) => ({ id, code, name }));
  return (
    <>
      <h1>{t('title')}</h1>
      {selectionId ? <IssueToSelection selectionId={selectionId} types={active} /> : null}
      <div className={`${styles.tabs} ${styles.noPrint}`} role="tablist" aria-label={t('title')}>
        <button type="button" role="tab" aria-selected={tab === 'list'} className={`button ${tab === 'list' ? 'button--primary' : 'button--secondary'}`} onClick={() => setTab('list')} data-testid="coupon-tab-list">
          {t('list.title')}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'report'} className={`button ${tab === 'report' ? 'button--primary' : 'button--secondary'}`} onClick={() => setTab('report')} data-testid="coupon-tab-report">
          {t('report.title')}
        </button>
      </div>
      {tab === 'list' ? <CouponList types={choices} /> : <CouponReport />}
    </>
  );
}
