import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/i18n/navigation';
import { requireViewer } from '../require-viewer';

type Props = { params: Promise<{ locale: string }> };

/**
 * The settings index, by area: members; contact campaigns (offers and per-staff visibility here,
 * statuses and notes under 聯絡會員 > 設定); bookings (slot step, treatments, equipment and rooms,
 * opening hours, beauticians' schedules); staff (people, roles, sign-in locks and sessions);
 * administration (branches, system parameters, the operation log, the recycle bin).
 */
const GROUPS = [
  {
    heading: 'membersHeading',
    testId: 'settings-index',
    sections: [
      { key: 'customFields', href: '/settings/custom-fields' },
      { key: 'memberLevels', href: '/settings/member-levels' },
      { key: 'interestGroups', href: '/settings/interest-groups' },
      { key: 'numbering', href: '/settings/numbering' },
    ],
  },
  {
    heading: 'contactsHeading',
    testId: 'settings-index-contacts',
    sections: [
      { key: 'offers', href: '/settings/offers' },
      { key: 'contactVisibility', href: '/settings/contact-visibility' },
      { key: 'contactSettings', href: '/contacts/settings' },
    ],
  },
  {
    heading: 'appointmentsHeading',
    testId: 'settings-index-appointments',
    sections: [
      { key: 'appointmentBooking', href: '/settings/appointments' },
      { key: 'appointmentTreatments', href: '/settings/appointments/treatments' },
      { key: 'appointmentResources', href: '/settings/appointments/resources' },
      { key: 'openingHours', href: '/settings/appointments/hours' },
      { key: 'beauticianSchedules', href: '/settings/appointments/schedules' },
    ],
  },
  {
    heading: 'staffHeading',
    testId: 'settings-index-staff',
    sections: [
      { key: 'staff', href: '/settings/staff' },
      { key: 'roles', href: '/settings/roles' },
      { key: 'staffAccess', href: '/settings/staff-access' },
    ],
  },
  {
    heading: 'adminHeading',
    testId: 'settings-index-admin',
    sections: [
      { key: 'branches', href: '/settings/branches' },
      { key: 'system', href: '/settings/system' },
      { key: 'operationLog', href: '/settings/operation-log' },
      { key: 'recycleBin', href: '/settings/recycle-bin' },
    ],
  },
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'settings' });
  return { title: t('title') };
}

export default async function SettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireViewer(locale);
  const t = await getTranslations('settings');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      {GROUPS.map((group) => (
        <section key={group.heading}>
          <h2>{t(group.heading)}</h2>
          <ul className="settings-index" data-testid={group.testId}>
            {group.sections.map((section) => (
              <li key={section.key}>
                <Link href={section.href} className="settings-index__link card" data-testid={`settings-${section.key}`}>
                  <span className="settings-index__title">{t(`${section.key}.title`)}</span>
                  <span className="muted">{t(`${section.key}.description`)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
