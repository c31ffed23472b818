import { Not, type DataSource } from 'typeorm';
import { MemberGroup } from '../../entities';
import type { Viewer } from '../auth/viewer';
import { alreadyUsed, notFound } from '../errors/domain-error';
import { auditConfigChange, requireAdmin } from '../members/config-audit.service';
import { parseInput } from '../validation/parse-input';
import type { LevelRulesInput } from './level-rules';
import { memberLevelSchema } from './member-level-input.schema';

const AUDIT_ENTITY = 'memberGroup';

const snapshot = (g: MemberGroup) => ({
  code: g.code, name: g.name, sortOrder: g.sortOrder, discountPercent: g.discountPercent, pointsPer100: g.pointsPer100,
  topUpBonusPercent: g.topUpBonusPercent, upgradeSpendCents: g.upgradeSpendCents, upgradeWithinMonths: g.upgradeWithinMonths,
});

/** Member groups and their level rules, changed by admins. (The Deleted group's role is fixed.) */
export class MemberGroupService {
  constructor(private readonly ds: DataSource) {}

  async create(viewer: Viewer, input: LevelRulesInput): Promise<MemberGroup> {
    requireAdmin(viewer);
    const rules = parseInput(memberLevelSchema, input);
    return this.ds.transaction(async (manager) => {
      if (await manager.existsBy(MemberGroup, { code: rules.code })) throw alreadyUsed('code');
      const group = await manager.save(MemberGroup, manager.create(MemberGroup, { ...rules, isDeletedGroup: false }));
      await auditConfigChange(manager, viewer, AUDIT_ENTITY, group.id, null, snapshot(group));
      return group;
    });
  }

  async update(viewer: Viewer, id: number, input: LevelRulesInput): Promise<MemberGroup> {
    requireAdmin(viewer);
    const rules = parseInput(memberLevelSchema, input);
    return this.ds.transaction(async (manager) => {
      const group = await manager.findOneBy(MemberGroup, { id });
      if (!group) throw notFound('memberGroup');
      if (await manager.existsBy(MemberGroup, { code: rules.code, id: Not(id) })) throw alreadyUsed('code');
      const before = snapshot(group);
      await manager.update(MemberGroup, { id }, rules);
      const updated = await manager.findOneByOrFail(MemberGroup, { id });
      await auditConfigChange(manager, viewer, AUDIT_ENTITY, id, before, snapshot(updated));
      return updated;
    });
  }
}
