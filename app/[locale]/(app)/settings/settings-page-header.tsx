import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/i18n/navigation';

/** A settings sub-page's header: a way back to the index and, for non-admins, why it is read-only. */
export async function SettingsPageHeader({ section, canEdit }: { section: string; canEdit: boolean }) {
  const t = await getTranslations('settings');
  return (
    <PageHeader title={t(`${section}.title`)} description={t(`${section}.description`)}>
      <p>
        <Link href="/settings">← {t('backToIndex')}</Link>
      </p>
      {canEdit ? null : (
        <p className="alert alert--info" data-testid="settings-read-only">
          {t('adminOnly')}
        </p>
      )}
    </PageHeader>
  );
}
