import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { PageHeader } from '@/components/page-header';
import { CheckoutAppointmentQuery, CheckoutItemByCodeQuery, CheckoutSetupQuery } from '@/components/sales/checkout/checkout-documents';
import { CheckoutScreen, type CheckoutPrefill } from '@/components/sales/checkout/checkout-screen';
import { toBillItem, toDraftMember } from '@/components/sales/checkout/from-graphql';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { memberScopeFor, scopeAllowsBranch } from '@/services/visibility/member-visibility';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ appointment?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'sales.checkout' });
  return { title: t('title') };
}

/** The visit's member and treatment, priced from the catalogue at its branch, with its beautician credited and its offer proposed. */
async function appointmentPrefill(id: string): Promise<CheckoutPrefill> {
  const { appointment } = await serverQuery(CheckoutAppointmentQuery, { id });
  const branchId = appointment.branch.id;
  const item = appointment.treatment ? (await serverQuery(CheckoutItemByCodeQuery, { branchId, code: appointment.treatment.code })).sellableItemByCode : null;
  return {
    appointmentId: appointment.id,
    branchId,
    member: appointment.member ? toDraftMember(appointment.member) : null,
    treatment: item && item.kind === 'TREATMENT' ? toBillItem(item) : null,
    staffId: appointment.beautician?.id ?? null,
    offerCode: appointment.offerCode ?? null,
  };
}

/**
 * 收銀: the bill of one customer at one branch — scan or search items, credit staff, take split
 * payments, hold and resume bills. Opened from the completion board (`?appointment=`), it starts
 * with the visit's member and treatment.
 */
export default async function CheckoutPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.SalesCheckout)) return <MissingPermission permission={Permission.SalesCheckout} testId="checkout-forbidden" />;
  const t = await getTranslations('sales.checkout');
  const { appointment } = await searchParams;
  const [setup, prefill] = await Promise.all([serverQuery(CheckoutSetupQuery), appointment ? appointmentPrefill(appointment) : Promise.resolve(null)]);
  // Only where she may sell: the server refuses a branch outside her reach.
  const scope = memberScopeFor(viewer);
  const branches = setup.branches.nodes.filter((branch) => scopeAllowsBranch(scope, Number(branch.id)));
  const viewerBranch = branches.find((branch) => branch.id === String(viewer.branchId));
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <CheckoutScreen
        branches={branches}
        defaultBranchId={prefill?.branchId ?? viewerBranch?.id ?? branches[0]?.id ?? ''}
        tenders={setup.tenderTypes.nodes}
        staff={setup.staffMembers.nodes.map(({ id, code, displayName }) => ({ id, code, displayName }))}
        viewerStaffId={String(viewer.staffId)}
        money={{ currencyDisplay: setup.systemSettings.currencyDisplay, currencyDecimals: setup.systemSettings.currencyDecimals }}
        prefill={prefill}
      />
    </>
  );
}
