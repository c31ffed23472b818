import type { ReactNode } from 'react';
import { MissingPermission } from '@/components/admin/missing-permission';
import { salesPagesFor } from '@/components/sales/sales-pages';
import { SalesSubnav } from '@/components/sales/sales-subnav';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../require-viewer';

/**
 * 收銀: the sub-navigation between the sales pages the viewer holds a permission for. Each page
 * still checks its own permission (layouts and pages render in parallel); a viewer holding none
 * is told what to ask for.
 */
export default async function SalesLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const viewer = await requireViewer((await params).locale);
  const pages = salesPagesFor((permission) => can(viewer, permission));
  if (pages.length === 0) return <MissingPermission permission={Permission.SalesCheckout} testId="sales-forbidden" />;
  return (
    <div className="sales-area">
      <SalesSubnav pages={pages.map(({ item, href }) => ({ item, href }))} />
      {children}
    </div>
  );
}
