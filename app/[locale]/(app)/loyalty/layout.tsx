import type { ReactNode } from 'react';
import { MissingPermission } from '@/components/admin/missing-permission';
import { loyaltyPagesFor } from '@/components/loyalty/loyalty-pages';
import { LoyaltySubnav } from '@/components/loyalty/loyalty-subnav';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../require-viewer';

/**
 * 會員積分 (loyalty): the sub-navigation between the loyalty pages the viewer holds a permission
 * for. Each page still checks its own permission; a viewer holding none is told what to ask for.
 */
export default async function LoyaltyLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const viewer = await requireViewer((await params).locale);
  const pages = loyaltyPagesFor((permission) => can(viewer, permission));
  if (pages.length === 0) return <MissingPermission permission={Permission.LoyaltyAdjustPoints} testId="loyalty-forbidden" />;
  return (
    <div className="loyalty-area">
      <LoyaltySubnav pages={pages.map(({ item, href }) => ({ item, href }))} />
      {children}
    </div>
  );
}
