import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { canEditAppointmentResources } from '@/components/appointment-resources/access';
import { BranchEquipmentQuery, BranchRoomsQuery } from '@/components/appointment-resources/appointment-resource-documents';
import { EquipmentEditor, RoomsEditor } from '@/components/appointment-resources/branch-resources-editors';
import { BranchChoice, ResourceHeader } from '@/components/appointment-resources/resource-header';
import { allNodes } from '@/components/contact-settings/all-pages';
import { requireViewer } from '../../../require-viewer';
import { serverQuery } from '../../../server-apollo';
import { chosenBranch, loadBranches } from '../branches';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ branch?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'appointmentSettings' });
  return { title: t('pages.resources.title') };
}

/** 儀器及房間: per branch, its equipment (with unit counts) and its rooms (with types). */
export default async function BranchResourcesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const canEdit = canEditAppointmentResources(viewer);
  const [t, branches] = await Promise.all([getTranslations('appointmentSettings'), loadBranches()]);
  const branch = chosenBranch(branches, (await searchParams).branch, viewer.branchId);
  if (!branch) return <ResourceHeader current="resources" canEdit={canEdit} />;
  const [equipment, rooms] = await Promise.all([
    allNodes(async (after) => (await serverQuery(BranchEquipmentQuery, { branchId: branch.id, after })).equipment),
    allNodes(async (after) => (await serverQuery(BranchRoomsQuery, { branchId: branch.id, after })).rooms),
  ]);
  return (
    <>
      <ResourceHeader current="resources" canEdit={canEdit} />
      <BranchChoice page="resources" branches={branches} current={branch.id} />
      <section className="profile-section" aria-labelledby="equipment-title">
        <h2 id="equipment-title">{t('equipment.title', { branch: branch.code })}</h2>
        <EquipmentEditor key={`e${branch.id}`} branchId={branch.id} rows={equipment} canEdit={canEdit} />
      </section>
      <section className="profile-section" aria-labelledby="rooms-title">
        <h2 id="rooms-title">{t('rooms.title', { branch: branch.code })}</h2>
        <RoomsEditor key={`r${branch.id}`} branchId={branch.id} rows={rooms} canEdit={canEdit} />
      </section>
    </>
  );
}
