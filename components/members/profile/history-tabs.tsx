'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useState, type KeyboardEvent } from 'react';
import { graphqlFetch } from '@/lib/graphql-fetch';
import { auditChanges } from './audit-diff';
import type { AuditItem, CampaignItem, PageOf } from './types';

const MORE_AUDIT = `query MoreMemberAudit($id: ID!, $after: String) {
  member(id: $id) { auditLog(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id action at before after actor { id displayName code } } } }
}`;

const TABS = ['contacts', 'audit'] as const;
type Tab = (typeof TABS)[number];

/**
 * The member's history. Only tabs whose data exists are shown: appointments, invoices and
 * packages join here when those capabilities land.
 */
export function HistoryTabs({ memberId, campaigns, audit }: { memberId: string; campaigns: PageOf<CampaignItem>; audit: PageOf<AuditItem> }) {
  const t = useTranslations('members.profile.history');
  const [tab, setTab] = useState<Tab>('contacts');

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
            {t(`tab.${name}`)} <span className="muted">({name === 'contacts' ? campaigns.totalCount : audit.totalCount})</span>
          </button>
        ))}
      </div>
      <div id={`history-panel-${tab}`} role="tabpanel" aria-labelledby={`history-tab-${tab}`} className="tabs__panel">
        {tab === 'contacts' ? <ContactsTable campaigns={campaigns} /> : <AuditTable memberId={memberId} initial={audit} />}
      </div>
    </section>
  );
}

function ContactsTable({ campaigns }: { campaigns: PageOf<CampaignItem> }) {
  const t = useTranslations('members.profile.history.contacts');
  const common = useTranslations('common');
  if (campaigns.nodes.length === 0) return <p className="muted">{t('empty')}</p>;
  return (
    <div className="table-wrap">
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
    </div>
  );
}

function AuditTable({ memberId, initial }: { memberId: string; initial: PageOf<AuditItem> }) {
  const t = useTranslations('members.profile.history.audit');
  const labels = useTranslations('members.form.label');
  const common = useTranslations('common');
  const format = useFormatter();
  const locale = useLocale();
  const [entries, setEntries] = useState(initial.nodes);
  const [cursor, setCursor] = useState(initial.pageInfo.hasNextPage ? initial.pageInfo.endCursor : null);
  const [error, setError] = useState<string | null>(null);

  async function more() {
    try {
      const data = await graphqlFetch<{ member: { auditLog: PageOf<AuditItem> } }>(MORE_AUDIT, { id: memberId, after: cursor }, locale);
      setEntries((previous) => [...previous, ...data.member.auditLog.nodes]);
      setCursor(data.member.auditLog.pageInfo.hasNextPage ? data.member.auditLog.pageInfo.endCursor : null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  if (entries.length === 0) return <p className="muted">{t('empty')}</p>;
  const fieldLabel = (field: string) => (labels.has(field) ? labels(field) : field);
  const actionLabel = (action: string) => (t.has(`action.${action}`) ? t(`action.${action}`) : action);
  return (
    <>
      <div className="table-wrap">
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
      </div>
      {error ? <p className="alert alert--error">{error}</p> : null}
      {cursor ? (
        <button type="button" className="button button--secondary pager-more" onClick={more}>
          {t('more')}
        </button>
      ) : null}
    </>
  );
}
