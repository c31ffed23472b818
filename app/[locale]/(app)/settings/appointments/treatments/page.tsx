import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { canEditAppointmentResources } from '@/components/appointment-resources/access';
import { ResourceHeader } from '@/components/appointment-resources/resource-header';
import { TREATMENT_FIELDS } from '@/components/appointment-resources/fields';
import { TreatmentsEditor, type TreatmentRow } from '@/components/appointment-resources/treatments-editor';
import { allPages } from '@/components/contact-settings/all-pages';
import { requireViewer } from '../../../require-viewer';

type Props = { params: Promise<{ locale: string }> };

const TREATMENTS = `query($first: Int!, $after: String) {
  treatments(includeInactive: true, first: $first, after: $after) { nodes { ${TREATMENT_FIELDS} } pageInfo { hasNextPage endCursor } }
}`;
const EQUIPMENT = `query($first: Int!, $after: String) {
  equipment(includeInactive: true, first: $first, after: $after) { nodes { code } pageInfo { hasNextPage endCursor } }
}`;

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
  const [rows, equipment] = await Promise.all([
    allPages<TreatmentRow>(viewer, locale, TREATMENTS, 'treatments'),
    allPages<{ code: string }>(viewer, locale, EQUIPMENT, 'equipment'),
  ]);
  const codes = [...new Set(equipment.map((e) => e.code))].sort();
  return (
    <>
      <ResourceHeader current="treatments" canEdit={canEdit} />
      <TreatmentsEditor rows={rows} canEdit={canEdit} equipmentCodes={codes} />
    </>
  );
}
