import { StaffRole } from '../../services/staff/staff-role';
import {
  contactScopeFor, defaultContactVisibility, ruleNeedsStaff, scopeAllowsSalesperson, type ContactVisibilityRule,
} from '../../services/visibility/contact-visibility';
import { builtInPermissions } from '../helpers/viewers';

const staff = [
  { id: 1, branchId: 10 },
  { id: 2, branchId: 10 },
  { id: 3, branchId: 20 },
  { id: 4, branchId: 30 },
];
const as = (roles: StaffRole[]) => ({ staffId: 1, branchId: 10, permissions: builtInPermissions(roles) });
const salesperson = as([StaffRole.SALESPERSON]);
const rule = (r: Partial<ContactVisibilityRule>): ContactVisibilityRule => ({ ownBranch: false, otherBranches: false, all: false, staffIds: [], ...r });

describe('contact visibility rules', () => {
  it('defaults salespeople to their own members and supervisors (the built-in managers and admins) to everything', () => {
    expect(contactScopeFor(salesperson, null, staff)).toEqual({ kind: 'salespeople', salespersonIds: [1] });
    expect(contactScopeFor(as([StaffRole.MANAGER]), null, staff)).toEqual({ kind: 'all' });
    expect(contactScopeFor(as([StaffRole.ADMIN]), null, staff)).toEqual({ kind: 'all' });
    expect(defaultContactVisibility(builtInPermissions([StaffRole.FRONT_DESK])).all).toBe(false);
  });

  it('a stored rule replaces the role default, even for a manager', () => {
    expect(contactScopeFor(as([StaffRole.MANAGER]), rule({}), staff)).toEqual({ kind: 'salespeople', salespersonIds: [1] });
  });

  it('own branch adds the staff of the viewer\'s branch only', () => {
    expect(contactScopeFor(salesperson, rule({ ownBranch: true }), staff)).toEqual({ kind: 'salespeople', salespersonIds: [1, 2] });
  });

  it('other branches adds everybody outside the viewer\'s branch, but not colleagues in it', () => {
    expect(contactScopeFor(salesperson, rule({ otherBranches: true }), staff)).toEqual({ kind: 'salespeople', salespersonIds: [1, 3, 4] });
  });

  it('own and other branches together, or all, see everything', () => {
    expect(contactScopeFor(salesperson, rule({ ownBranch: true, otherBranches: true }), staff)).toEqual({ kind: 'all' });
    expect(contactScopeFor(salesperson, rule({ all: true }), [])).toEqual({ kind: 'all' });
  });

  it('an explicit staff list adds exactly those salespeople', () => {
    expect(contactScopeFor(salesperson, rule({ staffIds: [4, 4, 3] }), staff)).toEqual({ kind: 'salespeople', salespersonIds: [1, 3, 4] });
  });

  it('needs the staff list only for the branch flags', () => {
    expect(ruleNeedsStaff(rule({}))).toBe(false);
    expect(ruleNeedsStaff(rule({ staffIds: [2] }))).toBe(false);
    expect(ruleNeedsStaff(rule({ ownBranch: true }))).toBe(true);
    expect(ruleNeedsStaff(rule({ ownBranch: true, otherBranches: true }))).toBe(false);
    expect(ruleNeedsStaff(rule({ all: true, ownBranch: true }))).toBe(false);
  });

  it('answers whether a salesperson is in scope', () => {
    expect(scopeAllowsSalesperson({ kind: 'all' }, 99)).toBe(true);
    expect(scopeAllowsSalesperson({ kind: 'salespeople', salespersonIds: [1, 2] }, 2)).toBe(true);
    expect(scopeAllowsSalesperson({ kind: 'salespeople', salespersonIds: [1, 2] }, 3)).toBe(false);
  });
});
