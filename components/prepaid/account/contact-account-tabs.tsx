'use client';

import { useTranslations } from 'next-intl';
import { useState, type KeyboardEvent } from 'react';
import type { AccountPermissions } from './account-permissions';
import { MemberAccountTab } from './member-account-tab';
import { MemberInstalmentsTab } from './member-instalments-tab';

const TABS = ['account', 'instalments'] as const;
type Tab = (typeof TABS)[number];

/** The contact page's 我的戶口 and 分期付款 tabs: the member's account, and every instalment she has. Each loads when it is opened. */
export function ContactAccountTabs({ memberId, allowed }: { memberId: string; allowed: AccountPermissions }) {
  const t = useTranslations('prepaid.account.tabs');
  const [tab, setTab] = useState<Tab | null>(null);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const at = tab === null ? 0 : TABS.indexOf(tab);
    const next = TABS[(at + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
    setTab(next);
    document.getElementById(`account-tab-${next}`)?.focus();
  }

  return (
    <section className="card" aria-label={t('label')} data-testid="contact-account-tabs">
      <div className="tabs" role="tablist" aria-label={t('label')}>
        {TABS.map((name, i) => (
          <button
            key={name}
            id={`account-tab-${name}`}
            type="button"
            role="tab"
            className="tabs__tab"
            aria-selected={tab === name}
            aria-controls={tab === name ? `account-panel-${name}` : undefined}
            tabIndex={tab === name || (tab === null && i === 0) ? 0 : -1}
            onClick={() => setTab(tab === name ? null : name)}
            onKeyDown={onKeyDown}
            data-testid={`account-tab-${name}`}
          >
            {t(name)}
          </button>
        ))}
      </div>
      {tab ? (
        <div id={`account-panel-${tab}`} role="tabpanel" aria-labelledby={`account-tab-${tab}`} className="tabs__panel">
          {tab === 'account' ? <MemberAccountTab memberId={memberId} allowed={allowed} /> : <MemberInstalmentsTab memberId={memberId} />}
        </div>
      ) : null}
    </section>
  );
}
