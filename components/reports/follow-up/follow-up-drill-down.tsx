'use client';

import { useApolloClient } from '@apollo/client/react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Link } from '@/i18n/navigation';
import { formatMemberName } from '@/services/members/member-name';
import type { ReportFilterInput } from '../report-filter';
import type { Drill } from './follow-up-params';
import type { DrillPage } from './follow-up-documents';
import { loadDrillPage } from './load-follow-up';
import styles from './follow-up.module.css';

type Props = {
  filter: ReportFilterInput;
  drill: Drill;
  /** What the number is, e.g. "Apple Yu (IS007) — contacted". */
  title: string;
  closeHref: string;
  timeZone: string;
};

type Loaded = { key: string; pages: DrillPage[]; error: string | null };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The contact members behind one number of the report, a page at a time, each opening its
 * contact page. Screen only: the printout is the table.
 */
export function FollowUpDrillDown({ filter, drill, title, closeHref, timeZone }: Props) {
  const t = useTranslations('reports.followUp.drill');
  const format = useFormatter();
  const locale = useLocale();
  const client = useApolloClient();
  const key = JSON.stringify([filter, drill, locale]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const section = useRef<HTMLElement>(null);

  useEffect(() => {
    let cancelled = false;
    loadDrillPage(client, filter, drill, null).then(
      (page) => !cancelled && setLoaded({ key, pages: [page], error: null }),
      (error: unknown) => !cancelled && setLoaded({ key, pages: [], error: messageOf(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, filter, drill, key]);

  useEffect(() => {
    section.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [key]);

  const current = loaded?.key === key ? loaded : null;
  const loading = current === null;
  const pages = current?.pages ?? [];
  const members = pages.flatMap((p) => p.nodes);
  const last = pages[pages.length - 1];

  async function loadMore() {
    if (!last?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      const page = await loadDrillPage(client, filter, drill, last.pageInfo.endCursor);
      setLoaded((current) => (current && current.key === key ? { ...current, pages: [...current.pages, page] } : current));
    } catch (error) {
      setLoaded((current) => (current && current.key === key ? { ...current, error: messageOf(error) } : current));
    } finally {
      setLoadingMore(false);
    }
  }

  const when = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short', timeZone }) : t('never'));

  return (
    <section ref={section} className={`card ${styles.drill}`} aria-labelledby="follow-up-drill-title" aria-busy={loading} data-testid="follow-up-drill">
      <div className={styles.drillHeader}>
        <div>
          <h2 id="follow-up-drill-title">{title}</h2>
          {last ? (
            <p className="muted" data-testid="follow-up-drill-total" data-count={last.totalCount}>
              {t('shown', { shown: members.length, total: last.totalCount })}
            </p>
          ) : null}
        </div>
        <Link href={closeHref} scroll={false} className="button button--secondary" data-testid="follow-up-drill-close">
          {t('close')}
        </Link>
      </div>
      {current?.error ? (
        <p className="alert alert--error" role="alert" data-testid="follow-up-drill-error">
          {current.error}
        </p>
      ) : null}
      {members.length ? (
        <div className="table-wrap">
          <table className="data-table" data-testid="follow-up-drill-table">
            <thead>
              <tr>
                <th scope="col">{t('memberNo')}</th>
                <th scope="col">{t('memberName')}</th>
                <th scope="col">{t('campaign')}</th>
                <th scope="col">{t('salesperson')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('lastContact')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id} data-testid="follow-up-drill-row" data-id={m.id}>
                  <td data-testid="follow-up-drill-member-no">{m.member.memberNo}</td>
                  <td>{formatMemberName(m.member)}</td>
                  <td>{`${m.campaign.name} (${m.campaign.code})`}</td>
                  <td>{`${m.salesperson.displayName} (${m.salesperson.code})`}</td>
                  <td>{m.status.label}</td>
                  <td>{when(m.lastContactAt)}</td>
                  <td>
                    <Link href={`/contacts/${m.id}`} className={styles.openLink} data-testid="follow-up-drill-link">
                      {t('open')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {current && !current.error && members.length === 0 ? (
        <p className="muted" data-testid="follow-up-drill-empty">
          {t('empty')}
        </p>
      ) : null}
      {loading ? <p className="muted">{t('loading')}</p> : null}
      {last?.pageInfo.hasNextPage && !loading ? (
        <nav className="pager" aria-label={title}>
          <button type="button" className="button button--secondary" onClick={loadMore} disabled={loadingMore} data-testid="follow-up-drill-more">
            {loadingMore ? t('loading') : t('more')}
          </button>
        </nav>
      ) : null}
    </section>
  );
}
