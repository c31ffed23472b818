import type { ReactNode } from 'react';
import { MissingPermission } from '@/components/admin/missing-permission';
import { reportPagesFor } from '@/components/reports/report-pages';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../require-viewer';
import './reports-print.css';

/**
 * Every report page prints the same way (A4 landscape, page numbers, repeated table headers); the
 * area opens for either report permission, and each report's own layout asks for its own.
 */
export default async function ReportsLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const viewer = await requireViewer((await params).locale);
  if (!reportPagesFor((permission) => can(viewer, permission)).length) return <MissingPermission permission={Permission.ReportsContacts} testId="reports-forbidden" />;
  return <div className="reports-area">{children}</div>;
}
