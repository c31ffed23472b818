import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { PackageTypesEditor } from '@/components/prepaid/package-types/package-types-editor';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'prepaid.packageTypes' });
  return { title: t('title') };
}

/** 套票類型 (prepaid.manage): the session and discount packages the salon sells. */
export default async function PackageTypesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.PrepaidManage)) return <MissingPermission permission={Permission.PrepaidManage} testId="package-types-forbidden" />;
  return <PackageTypesEditor />;
}
