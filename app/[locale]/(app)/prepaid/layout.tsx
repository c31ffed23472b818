import type { ReactNode } from 'react';
import { MissingPermission } from '@/components/admin/missing-permission';
import { prepaidPagesFor } from '@/components/prepaid/prepaid-pages';
import { PrepaidSubnav } from '@/components/prepaid/prepaid-subnav';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../require-viewer';

/**
 * 預付 (prepaid): the sub-navigation between the prepaid pages the viewer holds a permission
 * for. Each page still checks its own permission; a viewer holding none is told what to ask for.
 */
export default async function PrepaidLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const viewer = await requireViewer((await params).locale);
  const pages = prepaidPagesFor((permission) => can(viewer, permission));
  if (pages.length === 0) return <MissingPermission permission={Permission.PrepaidTopUp} testId="prepaid-forbidden" />;
  return (
    <div className="prepaid-area">
      <PrepaidSubnav pages={pages.map(({ item, href }) => ({ item, href }))} />
      {children}
    </div>
  );
}
