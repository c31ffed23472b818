import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ContactsSubnav } from '@/components/contacts/contacts-subnav';
import {
  CONTACT_PAGE_OPTIONS_QUERY, CONTACT_PAGE_QUERY, type Choice, type ContactPageData,
} from '@/components/contacts/page/contact-page-data';
import { ContactPageView } from '@/components/contacts/page/contact-page-view';
import { PageHeader } from '@/components/page-header';
import { serverGraphql } from '@/lib/server-graphql';
import { requireViewer } from '../../require-viewer';

type Props = { params: Promise<{ locale: string; id: string }> };

type Options = {
  viewer: { branch: { timeZone: string } };
  contactMethods: { nodes: Choice[] };
  contactStatuses: { nodes: Choice[] };
  presetNotes: { nodes: { id: string; text: string }[] };
};

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
  const [{ contactMember }, options] = await Promise.all([
    serverGraphql<{ contactMember: ContactPageData }>(viewer, locale, CONTACT_PAGE_QUERY, { id }),
    serverGraphql<Options>(viewer, locale, CONTACT_PAGE_OPTIONS_QUERY),
  ]);
  const t = await getTranslations('contactPage');
  return (
    <>
      <PageHeader title={t('title')}>
        <ContactsSubnav />
      </PageHeader>
      <ContactPageView
        data={contactMember}
        options={{
          timeZone: options.viewer.branch.timeZone,
          methods: options.contactMethods.nodes,
          statuses: options.contactStatuses.nodes,
          presetNotes: options.presetNotes.nodes,
        }}
      />
    </>
  );
}
