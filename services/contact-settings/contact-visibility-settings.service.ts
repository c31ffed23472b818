import { In, type DataSource } from 'typeorm';
import { ContactVisibility, Staff } from '../../entities';
import { permissionsOf } from '../auth/load-viewer.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { Permission } from '../admin/permission';
import { invalidField, notFound } from '../errors/domain-error';
import { defaultContactVisibility, type ContactVisibilityRule } from '../visibility/contact-visibility';
import { auditSettingChange } from './settings-access.service';

/** A staff member's effective rule: their stored row, or their role's default (isDefault). */
export type EffectiveContactVisibility = ContactVisibilityRule & {
  staffId: number;
  isDefault: boolean;
  updatedAt: Date | null;
};

export type ContactVisibilityInput = { ownBranch: boolean; otherBranches: boolean; all: boolean; staffIds: number[] };

/** Maximum explicit staff in one rule; a chain's whole staff list fits comfortably. */
export const MAX_VISIBLE_STAFF = 1000;

/** Per-staff visibility of contact members (聯絡活動查看會員權限), set by managers. */
export class ContactVisibilitySettingsService {
  constructor(private readonly ds: DataSource) {}

  async get(staffId: number): Promise<EffectiveContactVisibility> {
    const staff = await this.ds.getRepository(Staff).findOneBy({ id: staffId });
    if (!staff) throw notFound('staff');
    const row = await this.ds.getRepository(ContactVisibility).findOneBy({ staffId });
    if (!row) return { staffId, ...defaultContactVisibility(await permissionsOf(this.ds.manager, staff.roles)), isDefault: true, updatedAt: null };
    return { staffId, ...ruleOf(row), isDefault: false, updatedAt: row.updatedAt };
  }

  async set(viewer: Viewer, staffId: number, input: ContactVisibilityInput): Promise<EffectiveContactVisibility> {
    requirePermission(viewer, Permission.SettingsContacts);
    const staffIds = [...new Set(input.staffIds)].sort((a, b) => a - b);
    if (staffIds.length > MAX_VISIBLE_STAFF) throw invalidField('staffIds', 'tooMany', { max: MAX_VISIBLE_STAFF });
    await this.ds.transaction(async (manager) => {
      const staff = await manager.findOneBy(Staff, { id: staffId });
      if (!staff) throw notFound('staff');
      if (staffIds.length) {
        const found = await manager.countBy(Staff, { id: In(staffIds) });
        if (found !== staffIds.length) throw invalidField('staffIds', 'notAnOption');
      }
      const existing = await manager.findOneBy(ContactVisibility, { staffId });
      const before = existing ? ruleOf(existing) : { ...defaultContactVisibility(await permissionsOf(manager, staff.roles)), isDefault: true };
      const after = { ownBranch: input.ownBranch, otherBranches: input.otherBranches, all: input.all, staffIds };
      await manager.save(ContactVisibility, manager.create(ContactVisibility, { staffId, ...after, updatedById: viewer.staffId }));
      await auditSettingChange(manager, viewer, { entityType: 'staff', entityId: staffId, action: 'contactVisibility', before, after: { ...after, isDefault: false } });
    });
    return this.get(staffId);
  }
}

function ruleOf(row: ContactVisibility): ContactVisibilityRule {
  return { ownBranch: row.ownBranch, otherBranches: row.otherBranches, all: row.all, staffIds: [...row.staffIds].sort((a, b) => a - b) };
}
