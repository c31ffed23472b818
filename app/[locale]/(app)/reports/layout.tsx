import type { ReactNode } from 'react';
import { MissingPermission } from '@/components/admin/missing-permission';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../require-viewer';
import './reports-print.css';

/**
 * Every report page prints the same way (A4 landscape, page numbers, repeated table headers) and
 * needs reports.contacts, as the report queries do.
 */
export default async function ReportsLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const viewer = await requireViewer((await params).locale);
  if (!can(viewer, Permission.ReportsContacts)) return <MissingPermission permission={Permission.ReportsContacts} testId="reports-forbidden" />;
  return <div className="reports-area">{children}</div>;
}
