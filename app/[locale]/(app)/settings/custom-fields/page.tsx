import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { allNodes } from '@/components/contact-settings/all-pages';
import { CustomFieldsEditor } from '@/components/settings/custom-fields-editor';
import { CustomFieldSettingsQuery } from '@/components/settings/settings-documents';
import { can } from '@/services/auth/viewer';
import { Permission } from '@/services/admin/permission';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';
import { SettingsPageHeader } from '../settings-page-header';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'settings.customFields' });
  return { title: t('title') };
}

export default async function CustomFieldSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const canEdit = can(viewer, Permission.SettingsMembers);
  const rows = await allNodes(async (after) => (await serverQuery(CustomFieldSettingsQuery, { after })).customFields);
  return (
    <>
      <SettingsPageHeader section="customFields" canEdit={canEdit} />
      <CustomFieldsEditor rows={rows} canEdit={canEdit} />
    </>
  );
}
