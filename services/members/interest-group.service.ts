import { Not, type DataSource } from 'typeorm';
import { InterestGroup } from '../../entities';
import type { Viewer } from '../auth/viewer';
import { alreadyUsed, notFound } from '../errors/domain-error';
import { parseInput } from '../validation/parse-input';
import { auditConfigChange, requireAdmin } from './config-audit.service';
import { interestGroupSchema } from './interest-group-input.schema';

const AUDIT_ENTITY = 'interestGroup';

export type InterestGroupInput = { code: string; name: string };

/** Marketing interest tags, changed by admins. */
export class InterestGroupService {
  constructor(private readonly ds: DataSource) {}

  async create(viewer: Viewer, input: InterestGroupInput): Promise<InterestGroup> {
    requireAdmin(viewer);
    const values = parseInput(interestGroupSchema, input);
    return this.ds.transaction(async (manager) => {
      if (await manager.existsBy(InterestGroup, { code: values.code })) throw alreadyUsed('code');
      const group = await manager.save(InterestGroup, manager.create(InterestGroup, values));
      await auditConfigChange(manager, viewer, AUDIT_ENTITY, group.id, null, { ...values });
      return group;
    });
  }

  async update(viewer: Viewer, id: number, input: InterestGroupInput): Promise<InterestGroup> {
    requireAdmin(viewer);
    const values = parseInput(interestGroupSchema, input);
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
