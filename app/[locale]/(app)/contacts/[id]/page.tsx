import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ContactsSubnav } from '@/components/contacts/contacts-subnav';
import { ContactMemberCommentsQuery, ContactPageOptionsQuery, ContactPageQuery } from '@/components/contacts/page/contact-page-documents';
import { ContactPageView } from '@/components/contacts/page/contact-page-view';
import { PageHeader } from '@/components/page-header';
import { accountPermissionsFor } from '@/components/prepaid/account/account-permissions';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'contactPage' });
  return { title: t('title') };
}

/** 聯絡會員: one contact member's page, reached from the contact list (NOT_FOUND when not visible). */
export default async function ContactPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!/^\d{1,15}$/.test(id)) notFound();
  const [{ contactMember }, comments, options] = await Promise.all([
    serverQuery(ContactPageQuery, { id }),
    serverQuery(ContactMemberCommentsQuery, { id, after: null }),
    serverQuery(ContactPageOptionsQuery),
  ]);
  const t = await getTranslations('contactPage');
  return (
    <>
      <PageHeader title={t('title')}>
        <ContactsSubnav />
      </PageHeader>
      <ContactPageView
        data={contactMember}
        comments={comments.contactMember}
        options={{
          timeZone: options.viewer.branch.timeZone,
          methods: options.contactMethods.nodes,
          statuses: options.contactStatuses.nodes,
          presetNotes: options.presetNotes.nodes,
        }}
        accountPermissions={accountPermissionsFor((permission) => can(viewer, permission))}
      />
    </>
  );
}
