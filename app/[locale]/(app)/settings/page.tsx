import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/i18n/navigation';
import { requireViewer } from '../require-viewer';

type Props = { params: Promise<{ locale: string }> };

const SECTIONS = [
  { key: 'customFields', href: '/settings/custom-fields' },
  { key: 'memberLevels', href: '/settings/member-levels' },
  { key: 'interestGroups', href: '/settings/interest-groups' },
  { key: 'numbering', href: '/settings/numbering' },
] as const;

/** Contact-campaign settings: offers and per-staff visibility live here; statuses and notes under 聯絡會員 > 設定. */
const CONTACT_SECTIONS = [
  { key: 'offers', href: '/settings/offers' },
  { key: 'contactVisibility', href: '/settings/contact-visibility' },
  { key: 'contactSettings', href: '/contacts/settings' },
] as const;

/** Booking settings (預約): the slot step, treatments, equipment and rooms, opening hours, beauticians' schedules. */
const APPOINTMENT_SECTIONS = [
  { key: 'appointmentBooking', href: '/settings/appointments' },
  { key: 'appointmentTreatments', href: '/settings/appointments/treatments' },
  { key: 'appointmentResources', href: '/settings/appointments/resources' },
  { key: 'openingHours', href: '/settings/appointments/hours' },
  { key: 'beauticianSchedules', href: '/settings/appointments/schedules' },
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
      <h2>{t('membersHeading')}</h2>
      <ul className="settings-index" data-testid="settings-index">
        {SECTIONS.map((section) => (
          <li key={section.key}>
            <Link href={section.href} className="settings-index__link card" data-testid={`settings-${section.key}`}>
              <span className="settings-index__title">{t(`${section.key}.title`)}</span>
              <span className="muted">{t(`${section.key}.description`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <h2>{t('contactsHeading')}</h2>
      <ul className="settings-index" data-testid="settings-index-contacts">
        {CONTACT_SECTIONS.map((section) => (
          <li key={section.key}>
            <Link href={section.href} className="settings-index__link card" data-testid={`settings-${section.key}`}>
              <span className="settings-index__title">{t(`${section.key}.title`)}</span>
              <span className="muted">{t(`${section.key}.description`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <h2>{t('appointmentsHeading')}</h2>
      <ul className="settings-index" data-testid="settings-index-appointments">
        {APPOINTMENT_SECTIONS.map((section) => (
          <li key={section.key}>
            <Link href={section.href} className="settings-index__link card" data-testid={`settings-${section.key}`}>
              <span className="settings-index__title">{t(`${section.key}.title`)}</span>
              <span className="muted">{t(`${section.key}.description`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
