'use client';

import { useApolloClient, useQuery } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import { useState, type KeyboardEvent } from 'react';
import type { MemberPageAuditQuery as AuditData, MemberPageCampaignsQuery as CampaignsData } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { useServerData } from '@/lib/apollo/use-server-data';
import { auditChanges } from './audit-diff';
import { MemberPageAuditQuery, MoreMemberAuditQuery } from './member-page-documents';
import { TableScroll } from '@/components/ui/table-scroll';

type Campaigns = CampaignsData['member']['campaigns'];
type Audit = AuditData['member'];

const TABS = ['contacts', 'audit'] as const;
type Tab = (typeof TABS)[number];

/**
 * The member's history. Only tabs whose data exists are shown: appointments, invoices and
 * packages join here when those capabilities land.
 */
export function HistoryTabs({ campaigns, audit: initial }: { campaigns: Campaigns; audit: Audit }) {
  const t = useTranslations('members.profile.history');
  const [tab, setTab] = useState<Tab>('contacts');
  // The server's first page seeds the cache; more pages are appended there (relay-style pagination).
  useServerData(MemberPageAuditQuery, { id: initial.id }, { member: initial });
  const audit = useQuery(MemberPageAuditQuery, { variables: { id: initial.id }, fetchPolicy: 'cache-only' }).data?.member ?? initial;

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = TABS[(TABS.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
    setTab(next);
    document.getElementById(`history-tab-${next}`)?.focus();
  }

  return (
    <section className="card profile-section" aria-labelledby="history-title" data-testid="member-history">
      <h2 id="history-title">{t('title')}</h2>
      <div className="tabs" role="tablist" aria-labelledby="history-title">
        {TABS.map((name) => (
          <button
            key={name}
            id={`history-tab-${name}`}
            type="button"
            role="tab"
            className="tabs__tab"
            aria-selected={tab === name}
            aria-controls={`history-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={onKeyDown}
            data-testid={`history-tab-${name}`}
          >
            {t(`tab.${name}`)} <span className="muted">({name === 'contacts' ? campaigns.totalCount : audit.auditLog.totalCount})</span>
          </button>
        ))}
      </div>
      <div id={`history-panel-${tab}`} role="tabpanel" aria-labelledby={`history-tab-${tab}`} className="tabs__panel">
        {tab === 'contacts' ? <ContactsTable campaigns={campaigns} /> : <AuditTable audit={audit} />}
      </div>
    </section>
  );
}

function ContactsTable({ campaigns }: { campaigns: Campaigns }) {
  const t = useTranslations('members.profile.history.contacts');
  const history = useTranslations('members.profile.history');
  const common = useTranslations('common');
  if (campaigns.nodes.length === 0) return <p className="muted">{t('empty')}</p>;
  return (
    <TableScroll label={history('tab.contacts')}>
      <table className="data-table" data-testid="contacts-table">
        <thead>
          <tr>
            <th scope="col">{t('code')}</th>
            <th scope="col">{t('campaign')}</th>
            <th scope="col">{t('salesperson')}</th>
          </tr>
        </thead>
        <tbody>
          {campaigns.nodes.map(({ campaign, salesperson }) => (
            <tr key={campaign.id}>
              <td>{campaign.code}</td>
              <td>{campaign.name}</td>
              <td>{salesperson ? `${salesperson.displayName} (${salesperson.code})` : common('notAvailable')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function AuditTable({ audit }: { audit: Audit }) {
  const t = useTranslations('members.profile.history.audit');
  const history = useTranslations('members.profile.history');
  const labels = useTranslations('members.form.label');
  const common = useTranslations('common');
  const format = useFormatter();
  const client = useApolloClient();
  const [error, setError] = useState<string | null>(null);
  const entries = audit.auditLog.edges.map((edge) => edge.node);
  const cursor = audit.auditLog.pageInfo.hasNextPage ? audit.auditLog.pageInfo.endCursor : null;

  async function more() {
    try {
      await client.query({ query: MoreMemberAuditQuery, variables: { id: audit.id, after: cursor }, fetchPolicy: 'network-only' });
    } catch (failure) {
      setError(requestError(failure).message);
    }
  }

  if (entries.length === 0) return <p className="muted">{t('empty')}</p>;
  const fieldLabel = (field: string) => (labels.has(field) ? labels(field) : field);
  const actionLabel = (action: string) => (t.has(`action.${action}`) ? t(`action.${action}`) : action);
  return (
    <>
      <TableScroll label={history('tab.audit')}>
        <table className="data-table data-table--wrap" data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('who')}</th>
              <th scope="col">{t('action.label')}</th>
              <th scope="col">{t('changes')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => {
              const changes = auditChanges(entry.before, entry.after);
              return (
                <tr key={entry.id}>
                  <td>{format.dateTime(new Date(entry.at), { dateStyle: 'medium', timeStyle: 'short' })}</td>
                  <td>{entry.actor ? `${entry.actor.displayName} (${entry.actor.code})` : t('system')}</td>
                  <td>{actionLabel(entry.action)}</td>
                  <td>
                    {changes.length === 0 ? (
                      common('notAvailable')
                    ) : (
                      <ul className="change-list">
                        {changes.map((change) => (
                          <li key={change.field}>
                            <span className="change-list__field">{fieldLabel(change.field)}</span>:{' '}
                            <span className="change-list__before">{change.before ?? t('emptyValue')}</span> →{' '}
                            <span className="change-list__after">{change.after ?? t('emptyValue')}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {error ? <p className="alert alert--error">{error}</p> : null}
      {cursor ? (
        <button type="button" className="button button--secondary pager-more" onClick={more}>
          {t('more')}
        </button>
      ) : null}
    </>
  );
}
