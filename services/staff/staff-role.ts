/**
 * Keys of the built-in roles (services/admin/built-in-roles.ts). Roles are data; these keys name
 * the ones every installation starts with, for seeds and tests. Decisions ask for permissions.
 */
export enum StaffRole {
  ADMIN = 'admin',
  MANAGER = 'manager',
  SALESPERSON = 'salesperson',
  BEAUTICIAN = 'beautician',
  FRONT_DESK = 'front_desk',
}
