import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { canEditAppointmentResources } from '@/components/appointment-resources/access';
import { ResourceHeader } from '@/components/appointment-resources/resource-header';
import { SlotStepForm } from '@/components/appointment-resources/slot-step-form';
import { Link } from '@/i18n/navigation';
import { AppointmentSettingsQuery } from '@/components/appointment-resources/appointment-resource-documents';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Props = { params: Promise<{ locale: string }> };

const SECTIONS = [
  { key: 'treatments', href: '/settings/appointments/treatments' },
  { key: 'resources', href: '/settings/appointments/resources' },
  { key: 'hours', href: '/settings/appointments/hours' },
  { key: 'schedules', href: '/settings/appointments/schedules' },
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'appointmentSettings' });
  return { title: t('pages.index.title') };
}

/** 預約設定: the slot step, and the way to treatments, equipment and rooms, opening hours and schedules. */
export default async function AppointmentSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const canEdit = canEditAppointmentResources(viewer);
  const [t, data] = await Promise.all([
    getTranslations('appointmentSettings'),
    serverQuery(AppointmentSettingsQuery),
  ]);
  return (
    <>
      <ResourceHeader current="index" canEdit={canEdit} />
      <ul className="settings-index" data-testid="appointment-settings-index">
        {SECTIONS.map((section) => (
          <li key={section.key}>
            <Link href={section.href} className="settings-index__link card" data-testid={`appointment-settings-${section.key}`}>
              <span className="settings-index__title">{t(`pages.${section.key}.title`)}</span>
              <span className="muted">{t(`pages.${section.key}.description`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <SlotStepForm slotStepMinutes={data.appointmentSettings.slotStepMinutes} canEdit={canEdit} />
    </>
  );
}
