import { setRequestLocale } from 'next-intl/server';
import { prepaidPagesFor } from '@/components/prepaid/prepaid-pages';
import { redirect } from '@/i18n/navigation';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../require-viewer';

type Props = { params: Promise<{ locale: string }> };

/** /prepaid opens the first prepaid page the viewer may use (the counter for the front desk); the layout refuses those with none. */
export default async function PrepaidPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const [first] = prepaidPagesFor((permission) => can(viewer, permission));
  if (first) redirect({ href: first.href, locale });
  return null;
}
