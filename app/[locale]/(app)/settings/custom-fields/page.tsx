import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CustomFieldsEditor, type CustomFieldRow } from '@/components/settings/custom-fields-editor';
import { StaffRole } from '@/services/staff/staff-role';
import { serverGraphql } from '@/lib/server-graphql';
import { hasRole } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { SettingsPageHeader } from '../settings-page-header';

type Props = { params: Promise<{ locale: string }> };

const QUERY = `query CustomFieldSettings {
  customFields(includeInactive: true, first: 100) { nodes { id key label type maxLength options defaultValue required sortOrder active } }
}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'settings.customFields' });
  return { title: t('title') };
}

export default async function CustomFieldSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const canEdit = hasRole(viewer, StaffRole.ADMIN);
  const data = await serverGraphql<{ customFields: { nodes: CustomFieldRow[] } }>(viewer, locale, QUERY);
  return (
    <>
      <SettingsPageHeader section="customFields" canEdit={canEdit} />
      <CustomFieldsEditor rows={data.customFields.nodes} canEdit={canEdit} />
    </>
  );
}
