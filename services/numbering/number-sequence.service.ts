import type { DataSource } from 'typeorm';
import { Branch, MemberNumberSequence } from '../../entities';
import type { Viewer } from '../auth/viewer';
import { invalidField } from '../errors/domain-error';
import { auditConfigChange, pageBySortKey, requireAdmin } from '../members/config-audit.service';
import { parseInput } from '../validation/parse-input';
import { parseScope, type SequenceInput } from './member-number';
import { numberSequenceSchema } from './number-sequence-input.schema';

const AUDIT_ENTITY = 'memberNumberSequence';

/** The numbering rules of each branch and of walk-ins. */
export class NumberSequenceService {
  constructor(private readonly ds: DataSource) {}

  async list(page: { first: number; after?: string | null }) {
    return pageBySortKey(() => this.ds.getRepository(MemberNumberSequence).createQueryBuilder('s'), 's', 'scope', page);
  }

  /**
   * Creates or replaces the sequence of a scope. Setting `nextValue` below numbers already used
   * is allowed: allocation skips taken numbers.
   */
  async save(viewer: Viewer, input: SequenceInput): Promise<MemberNumberSequence> {
    requireAdmin(viewer);
    const values = parseInput(numberSequenceSchema, input);
    const { branchId } = parseScope(values.scope);
    return this.ds.transaction(async (manager) => {
      if (branchId !== null && !(await manager.existsBy(Branch, { id: branchId }))) throw invalidField('scope', 'invalidScope');
      const existing = await manager.findOneBy(MemberNumberSequence, { scope: values.scope });
      const before = existing ? { prefix: existing.prefix, digits: existing.digits, nextValue: existing.nextValue } : null;
      if (existing) await manager.update(MemberNumberSequence, { id: existing.id }, values);
      else await manager.insert(MemberNumberSequence, values);
      const saved = await manager.findOneByOrFail(MemberNumberSequence, { scope: values.scope });
      await auditConfigChange(manager, viewer, AUDIT_ENTITY, saved.id, before, { prefix: saved.prefix, digits: saved.digits, nextValue: saved.nextValue });
      return saved;
    });
  }
}
