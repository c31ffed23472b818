/**
 * What a staff member does; a staff member may hold several roles. A plain enum so pure rules
 * (visibility, settings access, scheduling) can name roles without importing the entity.
 */
export enum StaffRole {
  ADMIN = 'admin',
  MANAGER = 'manager',
  SALESPERSON = 'salesperson',
  BEAUTICIAN = 'beautician',
  FRONT_DESK = 'front_desk',
}
