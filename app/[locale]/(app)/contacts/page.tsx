import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ContactsSubnav } from '@/components/contacts/contacts-subnav';
import { ContactList } from '@/components/contacts/list/contact-list';
import { ContactListOptionsQuery, ContactListQuery, PAGE_SIZE, ReassignTargetsQuery } from '@/components/contacts/list/contact-list-documents';
import { parseListQuery, type QueryRecord } from '@/components/contacts/list/filter-params';
import { columnsCookieName, defaultColumns, parseColumns } from '@/components/contacts/list/table-columns';
import { PageHeader } from '@/components/page-header';
import { getDataSource } from '@/db/data-source';
import { can } from '@/services/auth/viewer';
import { Permission } from '@/services/admin/permission';
import { viewerTimeZone } from '@/services/contacts/contact-list.service';
import { requireViewer } from '../require-viewer';
import { serverQuery } from '../server-apollo';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'contacts' });
  return { title: t('title') };
}

/**
 * 聯絡會員 > 列表. The query string carries the filter and sort, so ?campaign=ID links work. The
 * first page of the list is read here, through GraphQL as the viewer (the contact scope applies),
 * so the rows arrive with the page instead of after it; the rest runs in the browser.
 */
export default async function ContactsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const query = await searchParams;
  const t = await getTranslations('contacts');
  const timeZone = await viewerTimeZone(await getDataSource(), viewer);
  const canReassign = can(viewer, Permission.CampaignsAssign);
  // The optional columns this staff member chose (table-columns.ts), so the table is drawn as chosen.
  const columnsCookie = columnsCookieName(viewer.staffId);
  const columns = parseColumns((await cookies()).get(columnsCookie)?.value, defaultColumns(canReassign));
  const { filter, sort } = parseListQuery(query);
  // What the server cannot read (e.g. a hand-edited filter) the browser asks for again, and shows
  // the refusal beside the filters rather than an error page.
  const answer = <T,>(read: Promise<T>) => read.catch(() => null);
  const [firstPage, optionsAnswer, targetsAnswer] = await Promise.all([
    answer(serverQuery(ContactListQuery, { filter, sort, first: PAGE_SIZE, after: null })),
    answer(serverQuery(ContactListOptionsQuery)),
    canReassign ? answer(serverQuery(ReassignTargetsQuery)) : null,
  ]);

  return (
    <>
      <PageHeader title={t('title')} description={t('description')}>
        <ContactsSubnav current="list" />
      </PageHeader>
      <ContactList query={query} timeZone={timeZone} canReassign={canReassign} columns={columns} columnsCookie={columnsCookie} firstPage={firstPage} optionsAnswer={optionsAnswer} targetsAnswer={targetsAnswer} />
    </>
  );
}
