import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/page-header';
import { loadMemberFormOptions } from '@/components/members/form/load-form-options';
import { MemberForm } from '@/components/members/form/member-form';
import { MemberFormDataQuery } from '@/components/members/form/member-form-documents';
import { memberFormValues } from '@/components/members/form/member-values';
import { redirect } from '@/i18n/navigation';
import { requireViewer } from '../../../require-viewer';
import { serverQuery } from '../../../server-apollo';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'members.form' });
  return { title: t('titleConvertShort') };
}

/** A walk-in becomes a member: the registration form, prefilled, keeping the same record and history. */
export default async function ConvertWalkInPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!/^\d+$/.test(id)) notFound();
  const [{ member }, options] = await Promise.all([
    serverQuery(MemberFormDataQuery, { id }),
    loadMemberFormOptions(viewer),
  ]);
  if (!member.isWalkIn) redirect({ href: `/members/${member.id}`, locale });
  const t = await getTranslations('members.form');
  const values = memberFormValues(member);
  return (
    <>
      <PageHeader title={t('titleConvert', { memberNo: member.memberNo })} description={t('convertIntro')} />
      <MemberForm
        mode="convert"
        memberId={member.id}
        initial={{
          ...values,
          customFields: { ...Object.fromEntries(options.customFields.map((field) => [field.id, field.defaultValue ?? ''])), ...values.customFields },
        }}
        initialReferrer={member.referrer}
        initialConsultant={member.consultant ? { id: member.consultant.id, name: `${member.consultant.displayName} (${member.consultant.code})` } : null}
        {...options}
      />
    </>
  );
}
