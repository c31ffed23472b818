/**
 * The fixed catalogue of permissions (權限): one per action a chain may grant separately. Roles
 * are data (sets of these); code only ever asks for a permission, never for a role. Adding an
 * entry here needs its description in every locale (`permissions.<value>` in messages/*.json).
 */
export enum Permission {
  MembersCreate = 'members.create',
  MembersEdit = 'members.edit',
  MembersDelete = 'members.delete',
  MembersBulkChange = 'members.bulkChange',
  ContactsLog = 'contacts.log',
  ContactsEditOthersLogs = 'contacts.editOthersLogs',
  ContactsSupervise = 'contacts.supervise',
  CampaignsManage = 'campaigns.manage',
  CampaignsAssign = 'campaigns.assign',
  CampaignsReceiveContacts = 'campaigns.receiveContacts',
  AppointmentsBook = 'appointments.book',
  AppointmentsAttend = 'appointments.attend',
  AppointmentsVerify = 'appointments.verify',
  AppointmentsPerformTreatments = 'appointments.performTreatments',
  AppointmentsManageResources = 'appointments.manageResources',
  SalesCheckout = 'sales.checkout',
  SalesView = 'sales.view',
  SalesVoid = 'sales.void',
  SalesRefund = 'sales.refund',
  SalesSettings = 'sales.settings',
  ProductsManage = 'products.manage',
  ProductsStock = 'products.stock',
  ReportsContacts = 'reports.contacts',
  ReportsSales = 'reports.sales',
  ReportsLoyalty = 'reports.loyalty',
  DataExport = 'data.export',
  OffersManage = 'offers.manage',
  LoyaltyAdjustPoints = 'loyalty.adjustPoints',
  LoyaltyRedeemGifts = 'loyalty.redeemGifts',
  LoyaltyManage = 'loyalty.manage',
  LoyaltyIssueCoupons = 'loyalty.issueCoupons',
  LoyaltyVoidCoupons = 'loyalty.voidCoupons',
  PrepaidCards = 'prepaid.cards',
  PrepaidTopUp = 'prepaid.topUp',
  PrepaidSellPackages = 'prepaid.sellPackages',
  PrepaidTakeInstalments = 'prepaid.takeInstalments',
  PrepaidUseSessions = 'prepaid.useSessions',
  PrepaidAddSessions = 'prepaid.addSessions',
  PrepaidRefund = 'prepaid.refund',
  PrepaidManage = 'prepaid.manage',
  ReportsPrepaid = 'reports.prepaid',
  SettingsContacts = 'settings.contacts',
  SettingsMembers = 'settings.members',
  SettingsSystem = 'settings.system',
  SystemHealth = 'system.health',
  BranchesManage = 'branches.manage',
  StaffManage = 'staff.manage',
  StaffAccess = 'staff.access',
  RolesManage = 'roles.manage',
  ApiTokensCreate = 'apiTokens.create',
  ApiTokensManageAll = 'apiTokens.manageAll',
  AuditLogView = 'auditLog.view',
  RecycleBinRestore = 'recycleBin.restore',
  RecycleBinPurge = 'recycleBin.purge',
}

export const ALL_PERMISSIONS: readonly Permission[] = Object.values(Permission);

/** The catalogue's areas, in the order the role editor shows them. */
export const PERMISSION_AREAS = ['members', 'contacts', 'campaigns', 'appointments', 'sales', 'products', 'reports', 'data', 'offers', 'loyalty', 'prepaid', 'settings', 'system', 'branches', 'staff', 'roles', 'apiTokens', 'auditLog', 'recycleBin'] as const;

export function permissionArea(permission: Permission): string {
  return permission.slice(0, permission.indexOf('.'));
}

export function isPermission(value: string): value is Permission {
  return (ALL_PERMISSIONS as readonly string[]).includes(value);
}
