import { setRequestLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';

type Props = { params: Promise<{ locale: string }> };

/** The members' recycle bin is the one recycle bin, showing deleted members. */
export default async function MembersRecycleBinPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  redirect({ href: { pathname: '/settings/recycle-bin', query: { type: 'Member' } }, locale });
}
