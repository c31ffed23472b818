import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { canEditAppointmentResources } from '@/components/appointment-resources/access';
import { BranchClosedDaysQuery, BranchHoursQuery } from '@/components/appointment-resources/appointment-resource-documents';
import { BranchHoursForm } from '@/components/appointment-resources/branch-hours-form';
import { ClosedDaysEditor } from '@/components/appointment-resources/closed-days-editor';
import { BranchChoice, ResourceHeader } from '@/components/appointment-resources/resource-header';
import styles from '@/components/appointment-resources/resources.module.css';
import { allNodes } from '@/components/contact-settings/all-pages';
import { requireViewer } from '../../../require-viewer';
import { serverQuery } from '../../../server-apollo';
import { chosenBranch, loadBranches } from '../branches';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ branch?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'appointmentSettings' });
  return { title: t('pages.hours.title') };
}

/** 營業時間及休息日: per branch, the weekly opening hours and the closed days from today on (branch local date). */
export default async function OpeningHoursPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const canEdit = canEditAppointmentResources(viewer);
  const branches = await loadBranches();
  const branch = chosenBranch(branches, (await searchParams).branch, viewer.branchId);
  if (!branch) return <ResourceHeader current="hours" canEdit={canEdit} />;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: branch.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [hours, closedDays] = await Promise.all([
    serverQuery(BranchHoursQuery, { branchId: branch.id }),
    allNodes(async (after) => (await serverQuery(BranchClosedDaysQuery, { branchId: branch.id, from: today, after })).branchClosedDays),
  ]);
  return (
    <>
      <ResourceHeader current="hours" canEdit={canEdit} />
      <BranchChoice page="hours" branches={branches} current={branch.id} />
      <div className={styles.stack}>
        <BranchHoursForm key={`h${branch.id}`} branchId={branch.id} rows={hours.branchHours} canEdit={canEdit} />
        <ClosedDaysEditor key={`c${branch.id}`} branchId={branch.id} rows={closedDays} canEdit={canEdit} />
      </div>
    </>
  );
}
