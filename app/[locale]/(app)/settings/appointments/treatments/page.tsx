import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { canEditAppointmentResources } from '@/components/appointment-resources/access';
import { ResourceHeader } from '@/components/appointment-resources/resource-header';
import { EquipmentCodesQuery, TreatmentSettingsQuery } from '@/components/appointment-resources/appointment-resource-documents';
import { TreatmentsEditor } from '@/components/appointment-resources/treatments-editor';
import { DepartmentChoicesQuery } from '@/components/sales/catalogue/catalogue-documents';
import { allNodes } from '@/components/contact-settings/all-pages';
import { requireViewer } from '../../../require-viewer';
import { serverQuery } from '../../../server-apollo';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'appointmentSettings' });
  return { title: t('pages.treatments.title') };
}

/** 護理設定: every treatment, inactive ones included. */
export default async function TreatmentSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const canEdit = canEditAppointmentResources(viewer);
  const [rows, equipment, departments] = await Promise.all([
    allNodes(async (after) => (await serverQuery(TreatmentSettingsQuery, { after })).treatments),
    allNodes(async (after) => (await serverQuery(EquipmentCodesQuery, { after })).equipment),
    allNodes(async (after) => (await serverQuery(DepartmentChoicesQuery, { after })).departments),
  ]);
  const codes = [...new Set(equipment.map((e) => e.code))].sort();
  return (
    <>
      <ResourceHeader current="treatments" canEdit={canEdit} />
      <TreatmentsEditor rows={rows} canEdit={canEdit} equipmentCodes={codes} departments={departments} />
    </>
  );
}
