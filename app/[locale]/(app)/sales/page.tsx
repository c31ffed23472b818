import { setRequestLocale } from 'next-intl/server';
import { salesPagesFor } from '@/components/sales/sales-pages';
import { redirect } from '@/i18n/navigation';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../require-viewer';

type Props = { params: Promise<{ locale: string }> };

/** /sales opens the first sales page the viewer may use (the cashier for most); the layout refuses those with none. */
export default async function SalesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const [first] = salesPagesFor((permission) => can(viewer, permission));
  if (first) redirect({ href: first.href, locale });
  return null;
}
