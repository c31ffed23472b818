import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/i18n/navigation';

/**
 * A settings sub-page's header: a way back to the index and, for those who may not edit, why it
 * is read-only (admins only by default; pages managers may change pass their own notice).
 */
export async function SettingsPageHeader({ section, canEdit, readOnlyNotice }: { section: string; canEdit: boolean; readOnlyNotice?: ReactNode }) {
  const t = await getTranslations('settings');
  return (
    <PageHeader title={t(`${section}.title`)} description={t(`${section}.description`)}>
      <p>
        <Link href="/settings" className="back-link">
          ← {t('backToIndex')}
        </Link>
      </p>
      {canEdit
        ? null
        : (readOnlyNotice ?? (
            <p className="alert alert--info" data-testid="settings-read-only">
              {t('adminOnly')}
            </p>
          ))}
    </PageHeader>
  );
}
