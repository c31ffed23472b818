import { ALL_PERMISSIONS, Permission } from './permission';
import type { LocalisedNames } from '../contact-settings/localised-names';

export type BuiltInRole = { key: string; name: string; translations: LocalisedNames; permissions: readonly Permission[] };

/** What every signed-in staff member could do before roles became data. */
const EVERYONE: readonly Permission[] = [
  Permission.MembersCreate,
  Permission.MembersEdit,
  Permission.ContactsLog,
  Permission.AppointmentsBook,
  Permission.AppointmentsAttend,
  Permission.ReportsContacts,
  Permission.DataExport,
  Permission.MembersBulkChange,
  Permission.ApiTokensCreate,
];

/** Only admins could purge, configure members and numbering, manage others' tokens; the rest is new with roles. */
const ADMIN_ONLY: readonly Permission[] = [
  Permission.SettingsMembers,
  Permission.SettingsSystem,
  Permission.BranchesManage,
  Permission.RolesManage,
  Permission.ApiTokensManageAll,
  Permission.RecycleBinPurge,
];

/** The front desk runs the cashier (added with the cashier, migration 1765500000000). */
const FRONT_DESK_SALES: readonly Permission[] = [Permission.SalesCheckout, Permission.SalesView, Permission.SalesRefund];

/** The front desk gives points by hand (快速積分) and hands out gifts for points (added with loyalty, migration 1765700000000). */
const FRONT_DESK_LOYALTY: readonly Permission[] = [Permission.LoyaltyAdjustPoints, Permission.LoyaltyRedeemGifts];

/** The front desk issues and locks cards, tops up, sells packages, takes instalments and uses sessions (added with prepaid, migration 1765800000000). */
const FRONT_DESK_PREPAID: readonly Permission[] = [Permission.PrepaidCards, Permission.PrepaidTopUp, Permission.PrepaidSellPackages, Permission.PrepaidTakeInstalments, Permission.PrepaidUseSessions];

/** Job functions, not authority: who receives contacts and who performs treatments. */
export const JOB_FUNCTIONS: readonly Permission[] = [Permission.CampaignsReceiveContacts, Permission.AppointmentsPerformTreatments];

/**
 * The roles a new installation starts with, granting exactly what each role could do when roles
 * were fixed in code. Salons edit them like any other role.
 */
export const BUILT_IN_ROLES: readonly BuiltInRole[] = [
  {
    key: 'admin',
    name: '系統管理員',
    translations: { en: 'Administrator', 'zh-CN': '系统管理员', th: 'ผู้ดูแลระบบ' },
    permissions: ALL_PERMISSIONS.filter((p) => !JOB_FUNCTIONS.includes(p)),
  },
  {
    key: 'manager',
    name: '經理',
    translations: { en: 'Manager', 'zh-CN': '经理', th: 'ผู้จัดการ' },
    permissions: ALL_PERMISSIONS.filter((p) => !ADMIN_ONLY.includes(p) && !JOB_FUNCTIONS.includes(p)),
  },
  {
    key: 'salesperson',
    name: '銷售員',
    translations: { en: 'Salesperson', 'zh-CN': '销售员', th: 'พนักงานขาย' },
    permissions: [...EVERYONE, Permission.CampaignsReceiveContacts],
  },
  {
    key: 'front_desk',
    name: '前台',
    translations: { en: 'Front desk', 'zh-CN': '前台', th: 'แผนกต้อนรับ' },
    permissions: [...EVERYONE, Permission.MembersDelete, Permission.AppointmentsVerify, Permission.RecycleBinRestore, ...FRONT_DESK_SALES, ...FRONT_DESK_LOYALTY, ...FRONT_DESK_PREPAID],
  },
  {
    key: 'beautician',
    name: '美容師',
    translations: { en: 'Beautician', 'zh-CN': '美容师', th: 'ช่างเสริมสวย' },
    permissions: [...EVERYONE, Permission.AppointmentsPerformTreatments],
  },
];
