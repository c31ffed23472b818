import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { PrepaidCounter } from '@/components/prepaid/counter/prepaid-counter';
import { PageHeader } from '@/components/page-header';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'prepaid.counter' });
  return { title: t('title') };
}

/** The 預付 counter (prepaid.topUp): find a member, top up, sell a package, take instalments, refund by permission. */
export default async function PrepaidCounterPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.PrepaidTopUp)) return <MissingPermission permission={Permission.PrepaidTopUp} testId="prepaid-counter-forbidden" />;
  const t = await getTranslations('prepaid.counter');
  return (
    <>
      <PageHeader title={t('title')} />
      <PrepaidCounter
        can={{
          topUp: true,
          sellPackages: can(viewer, Permission.PrepaidSellPackages),
          takeInstalments: can(viewer, Permission.PrepaidTakeInstalments),
          refund: can(viewer, Permission.PrepaidRefund),
        }}
      />
    </>
  );
}
