import { setRequestLocale } from 'next-intl/server';
import { loyaltyPagesFor } from '@/components/loyalty/loyalty-pages';
import { redirect } from '@/i18n/navigation';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../require-viewer';

type Props = { params: Promise<{ locale: string }> };

/** /loyalty opens the first loyalty page the viewer may use (quick points for the front desk); the layout refuses those with none. */
export default async function LoyaltyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const [first] = loyaltyPagesFor((permission) => can(viewer, permission));
  if (first) redirect({ href: first.href, locale });
  return null;
}
