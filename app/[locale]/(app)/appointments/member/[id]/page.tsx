import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { MemberBookingCampaignsQuery, MemberBookingPageQuery } from '@/components/appointments/booking/booking-documents';
import { MemberAppointments } from '@/components/appointments/booking/member-appointments';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/i18n/navigation';
import { requireViewer } from '../../../require-viewer';
import { serverQuery } from '../../../server-apollo';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'booking.memberPage' });
  return { title: t('title') };
}

/** 預約表 > 會員: one member's appointments and campaigns, and booking for them. */
export default async function MemberAppointmentsPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireViewer(locale);
  if (!/^\d{1,15}$/.test(id)) notFound();
  const [{ member, viewer: me }, { member: withCampaigns }] = await Promise.all([
    serverQuery(MemberBookingPageQuery, { id }),
    serverQuery(MemberBookingCampaignsQuery, { id }),
  ]);
  const t = await getTranslations('booking.memberPage');
  const name = member.displayName.trim() || member.memberNo;
  return (
    <>
      <PageHeader title={t('heading', { name, memberNo: member.memberNo })}>
        <p className="button-row">
          <Link href={`/members/${member.id}`} className="button button--secondary" data-testid="member-page-link">
            {t('memberPage')}
          </Link>
          <Link href="/appointments" className="button button--secondary">
            {t('appointments')}
          </Link>
        </p>
      </PageHeader>
      <MemberAppointments
        member={{ id: member.id, memberNo: member.memberNo, displayName: name, phones: [member.phone, member.phone2].filter(Boolean).join(', ') }}
        initial={member}
        campaigns={withCampaigns.campaigns.nodes}
        timeZone={me.branch.timeZone}
      />
    </>
  );
}
