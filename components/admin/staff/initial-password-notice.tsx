'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

/**
 * A generated initial password, shown this once: the administrator reads it out or copies it and
 * hands it over; it is not stored in clear and cannot be shown again (a new reset makes another).
 */
export function InitialPasswordNotice({ password }: { password: string }) {
  const t = useTranslations('admin.staff.password');
  const [copied, setCopied] = useState(false);
  return (
    <div className="alert alert--info" data-testid="staff-initial-password">
      <p>{t('shownOnce')}</p>
      <p>
        <code className="initial-password" data-testid="staff-initial-password-value">
          {password}
        </code>
      </p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          void navigator.clipboard?.writeText(password).then(() => setCopied(true));
        }}
      >
        {copied ? t('copied') : t('copy')}
      </button>
    </div>
  );
}
