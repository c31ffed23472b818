import { Not, type DataSource } from 'typeorm';
import { InterestGroup } from '../../entities';
import type { Viewer } from '../auth/viewer';
import { alreadyUsed, invalidField, notFound } from '../errors/domain-error';
import { auditConfigChange, requireAdmin } from './config-audit.service';

const AUDIT_ENTITY = 'interestGroup';
export const INTEREST_GROUP_LIMITS = { code: 20, name: 100 } as const;

export type InterestGroupInput = { code: string; name: string };

/** Code 1–20 and name 1–100 characters, trimmed. */
export function validateInterestGroup(input: InterestGroupInput): InterestGroupInput {
  const code = input.code.trim();
  if (!code) throw invalidField('code', 'required');
  if (code.length > INTEREST_GROUP_LIMITS.code) throw invalidField('code', 'tooLong', { max: INTEREST_GROUP_LIMITS.code });
  const name = input.name.trim();
  if (!name) throw invalidField('name', 'required');
  if (name.length > INTEREST_GROUP_LIMITS.name) throw invalidField('name', 'tooLong', { max: INTEREST_GROUP_LIMITS.name });
  return { code, name };
}

/** Marketing interest tags, changed by admins. */
export class InterestGroupService {
  constructor(private readonly ds: DataSource) {}

  async create(viewer: Viewer, input: InterestGroupInput): Promise<InterestGroup> {
    requireAdmin(viewer);
    const values = validateInterestGroup(input);
    return this.ds.transaction(async (manager) => {
      if (await manager.existsBy(InterestGroup, { code: values.code })) throw alreadyUsed('code');
      const group = await manager.save(InterestGroup, manager.create(InterestGroup, values));
      await auditConfigChange(manager, viewer, AUDIT_ENTITY, group.id, null, { ...values });
      return group;
    });
  }

  async update(viewer: Viewer, id: number, input: InterestGroupInput): Promise<InterestGroup> {
    requireAdmin(viewer);
    const values = validateInterestGroup(input);
    return this.ds.transaction(async (manager) => {
      const group = await manager.findOneBy(InterestGroup, { id });
      if (!group) throw notFound('interestGroup');
      if (await manager.existsBy(InterestGroup, { code: values.code, id: Not(id) })) throw alreadyUsed('code');
      await manager.update(InterestGroup, { id }, values);
      await auditConfigChange(manager, viewer, AUDIT_ENTITY, id, { code: group.code, name: group.name }, { ...values });
      return manager.findOneByOrFail(InterestGroup, { id });
    });
  }
}
