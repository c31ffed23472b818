import { Permission } from '@/services/admin/permission';

/** What the viewer may do from a member's account (我的戶口): the page works it out on the server, the tab shows only those actions. */
export type AccountPermissions = { topUp: boolean; sellPackages: boolean; useSessions: boolean; addSessions: boolean; refund: boolean };

export function accountPermissionsFor(allowed: (permission: Permission) => boolean): AccountPermissions {
  return {
    topUp: allowed(Permission.PrepaidTopUp),
    sellPackages: allowed(Permission.PrepaidSellPackages),
    useSessions: allowed(Permission.PrepaidUseSessions),
    addSessions: allowed(Permission.PrepaidAddSessions),
    refund: allowed(Permission.PrepaidRefund),
  };
}
