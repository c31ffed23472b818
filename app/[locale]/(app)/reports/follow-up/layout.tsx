import type { ReactNode } from 'react';
import { MissingPermission } from '@/components/admin/missing-permission';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';

/** The contact reports need reports.contacts, as their queries do (the reports area also opens for reports.sales). */
export default async function ContactReportLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const viewer = await requireViewer((await params).locale);
  if (!can(viewer, Permission.ReportsContacts)) return <MissingPermission permission={Permission.ReportsContacts} testId="reports-forbidden" />;
  return children;
}
