import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PasswordChangeForm } from '@/components/account/password-change-form';
import { PageHeader } from '@/components/page-header';
import { Staff } from '@/entities';
import { hasPasswordExpired } from '@/services/auth/load-viewer.service';
import { getDataSource } from '@/db/data-source';
import { passwordPolicyOf, SystemSettingsService } from '@/services/admin/system-settings.service';
import { requireSignedIn } from '../../require-viewer';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'account.password' });
  return { title: t('title') };
}

/**
 * 更改密碼: every page sends a staff member here while they are on an initial, reset or expired
 * password; anyone signed in may come from the top bar to change theirs. The policy's rules are
 * listed as the system parameters set them.
 */
export default async function PasswordPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireSignedIn(locale);
  const ds = await getDataSource();
  const [t, settings, staff] = await Promise.all([
    getTranslations('account.password'),
    new SystemSettingsService(ds).get(),
    ds.getRepository(Staff).findOneByOrFail({ id: viewer.staffId }),
  ]);
  const policy = passwordPolicyOf(settings);
  const expired = viewer.mustChangePassword && (await hasPasswordExpired(ds, staff));
  return (
    <>
      <PageHeader title={t('title')} description={t('description')}>
        {viewer.mustChangePassword ? (
          <p className="alert alert--warning" role="status" data-testid="password-change-required">
            {expired ? t('forcedExpired') : t('forcedInitial')}
          </p>
        ) : null}
      </PageHeader>
      <PasswordChangeForm policy={{ ...policy }} />
    </>
  );
}
