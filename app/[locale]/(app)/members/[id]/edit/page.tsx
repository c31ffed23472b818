import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/page-header';
import { loadMemberFormOptions } from '@/components/members/form/load-form-options';
import { MemberForm } from '@/components/members/form/member-form';
import { MemberFormDataQuery } from '@/components/members/form/member-form-documents';
import { memberFormValues } from '@/components/members/form/member-values';
import { requireViewer } from '../../../require-viewer';
import { serverQuery } from '../../../server-apollo';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'members.form' });
  return { title: t('titleEditShort') };
}

export default async function EditMemberPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!/^\d+$/.test(id)) notFound();
  const [{ member }, options] = await Promise.all([
    serverQuery(MemberFormDataQuery, { id }),
    loadMemberFormOptions(viewer),
  ]);
  const t = await getTranslations('members.form');
  return (
    <>
      <PageHeader title={t('titleEdit', { memberNo: member.memberNo, name: member.displayName })} />
      <MemberForm
        mode="edit"
        memberId={member.id}
        walkIn={member.isWalkIn}
        initial={memberFormValues(member)}
        initialReferrer={member.referrer}
        initialConsultant={member.consultant ? { id: member.consultant.id, name: `${member.consultant.displayName} (${member.consultant.code})` } : null}
        {...options}
      />
    </>
  );
}
