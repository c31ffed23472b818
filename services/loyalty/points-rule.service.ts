/**
 * Points rules (積分規則): listed by code for whoever manages loyalty, created, changed and
 * deleted by them, every change audited. A rule can be deleted outright: the entries it shaped
 * keep its code and name in their basis, so the ledger still explains them.
 */
import { In, Not, type DataSource, type EntityManager } from 'typeorm';
import { Branch, Department, MemberGroup, PointsRule, Product, ProductCategory, Treatment } from '../../entities';
import type { PointsRuleEffect } from '../../entities/points-rule.entity';
import type { Page } from '../../graphql/connection';
import { Permission } from '../admin/permission';
import { requirePermission, type Viewer } from '../auth/viewer';
import { auditSettingChange } from '../contact-settings/settings-access.service';
import { alreadyUsed, invalidField, notFound } from '../errors/domain-error';
import { pageBySortKey } from '../members/config-audit.service';
import { parseInput } from '../validation/parse-input';
import { pointsRuleSchema, type PointsRuleInput, type PointsRuleValues } from './points-rule-input.schema';

const AUDIT_ENTITY = 'pointsRule';

const snapshot = (r: PointsRule | PointsRuleValues) => ({
  code: r.code, name: r.name, active: r.active, effect: r.effect, multiplierBasisPoints: r.multiplierBasisPoints, pointsPer100: r.pointsPer100, priority: r.priority,
  branchIds: r.branchIds, memberGroupIds: r.memberGroupIds, productIds: r.productIds, treatmentIds: r.treatmentIds, categoryIds: r.categoryIds, departmentIds: r.departmentIds,
  weekdays: r.weekdays, birthdayMonthOnly: r.birthdayMonthOnly, validFrom: r.validFrom, validTo: r.validTo,
});

const columnsOf = (values: PointsRuleValues) => ({ ...values, effect: values.effect as PointsRuleEffect });

/** Each listed id must exist; the field named is the list holding one that does not. */
async function checkReferences(manager: EntityManager, values: PointsRuleValues): Promise<void> {
  const lists = [
    ['branchIds', Branch, 'branch', values.branchIds],
    ['memberGroupIds', MemberGroup, 'memberGroup', values.memberGroupIds],
    ['productIds', Product, 'product', values.productIds],
    ['treatmentIds', Treatment, 'treatment', values.treatmentIds],
    ['categoryIds', ProductCategory, 'productCategory', values.categoryIds],
    ['departmentIds', Department, 'department', values.departmentIds],
  ] as const;
  for (const [field, entity, name, ids] of lists) {
    if (ids && (await manager.countBy(entity, { id: In(ids) })) !== ids.length) throw invalidField(field, 'notFound', { entity: name });
  }
}

async function checkCodeFree(manager: EntityManager, code: string, id: number | null): Promise<void> {
  if (await manager.existsBy(PointsRule, id === null ? { code } : { code, id: Not(id) })) throw alreadyUsed('code');
}

export class PointsRuleService {
  constructor(private readonly ds: DataSource) {}

  list(page: { first: number; after?: string | null }): Promise<Page<PointsRule>> {
    return pageBySortKey(() => this.ds.getRepository(PointsRule).createQueryBuilder('r'), 'r', 'code', page);
  }

  async create(viewer: Viewer, input: PointsRuleInput): Promise<PointsRule> {
    requirePermission(viewer, Permission.LoyaltyManage);
    const values = parseInput(pointsRuleSchema, input);
    return this.ds.transaction(async (manager) => {
      await checkCodeFree(manager, values.code, null);
      await checkReferences(manager, values);
      const rule = await manager.save(PointsRule, manager.create(PointsRule, columnsOf(values)));
      await auditSettingChange(manager, viewer, { entityType: AUDIT_ENTITY, entityId: rule.id, before: null, after: snapshot(rule) });
      return rule;
    });
  }

  async update(viewer: Viewer, id: number, input: PointsRuleInput): Promise<PointsRule> {
    requirePermission(viewer, Permission.LoyaltyManage);
    const values = parseInput(pointsRuleSchema, input);
    return this.ds.transaction(async (manager) => {
      const rule = await manager.findOneBy(PointsRule, { id });
      if (!rule) throw notFound('pointsRule');
      await checkCodeFree(manager, values.code, id);
      await checkReferences(manager, values);
      await manager.update(PointsRule, { id }, columnsOf(values));
      const updated = await manager.findOneByOrFail(PointsRule, { id });
      await auditSettingChange(manager, viewer, { entityType: AUDIT_ENTITY, entityId: id, before: snapshot(rule), after: snapshot(updated) });
      return updated;
    });
  }

  async delete(viewer: Viewer, id: number): Promise<PointsRule> {
    requirePermission(viewer, Permission.LoyaltyManage);
    return this.ds.transaction(async (manager) => {
      const rule = await manager.findOneBy(PointsRule, { id });
      if (!rule) throw notFound('pointsRule');
      await manager.delete(PointsRule, { id });
      await auditSettingChange(manager, viewer, { entityType: AUDIT_ENTITY, entityId: id, before: snapshot(rule), after: null });
      return { ...rule, id };
    });
  }
}
