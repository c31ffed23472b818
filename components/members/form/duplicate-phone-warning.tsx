'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { MemberSummaryFragment as MemberSummary } from '@/graphql/generated/graphql';

/** Members already holding the phone number: open one of them, or go on and register anyway. */
export function DuplicatePhoneWarning({
  phone,
  members,
  total,
  proceedLabel,
  onProceed,
  onCancel,
}: {
  phone: string;
  members: MemberSummary[];
  total: number;
  proceedLabel: string;
  onProceed: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations('members.form.duplicate');
  return (
    <section className="alert alert--warning" role="alertdialog" aria-labelledby="duplicate-phone-title" data-testid="duplicate-warning">
      <h2 id="duplicate-phone-title" className="alert__title">
        {t('title')}
      </h2>
      <p>{t('intro', { count: total, phone })}</p>
      <ul className="duplicate-list">
        {members.map((member) => (
          <li key={member.id}>
            <span className="duplicate-list__who">
              <strong>{member.memberNo}</strong> {member.displayName}
              {member.branch ? <span className="muted"> · {member.branch.name}</span> : null}
            </span>
            <Link className="button button--secondary" href={`/members/${member.id}`} data-testid={`duplicate-open-${member.memberNo}`}>
              {t('openExisting')}
            </Link>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onProceed} data-testid="duplicate-proceed">
          {proceedLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} data-testid="duplicate-cancel">
          {t('back')}
        </button>
      </div>
    </section>
  );
}
