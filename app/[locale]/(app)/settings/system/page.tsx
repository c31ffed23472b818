import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LogoEditor } from '@/components/admin/system-settings/logo-editor';
import { SystemSettingsForm } from '@/components/admin/system-settings/system-settings-form';
import { SystemSettingsPageQuery } from '@/components/admin/system-settings/system-settings-documents';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';
import { SettingsPageHeader } from '../settings-page-header';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'settings.system' });
  return { title: t('title') };
}

/**
 * 系統參數: the company's name and logo, language, currency and dates, password policy, session
 * length, upload limit and recycle-bin retention. Everyone signed in may look; staff holding
 * settings.system may change them.
 */
export default async function SystemSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const canEdit = can(viewer, Permission.SettingsSystem);
  const [t, { systemSettings }] = await Promise.all([getTranslations('admin.system'), serverQuery(SystemSettingsPageQuery)]);
  return (
    <>
      <SettingsPageHeader
        section="system"
        canEdit={canEdit}
        readOnlyNotice={
          <p className="alert alert--info" data-testid="settings-read-only">
            {t('readOnly')}
          </p>
        }
      />
      <div className="form">
        <LogoEditor logoUrl={systemSettings.logoUrl ?? null} maxBytes={systemSettings.logoMaxBytes} canEdit={canEdit} />
        <SystemSettingsForm initial={systemSettings} canEdit={canEdit} />
      </div>
    </>
  );
}
