import { IsNull, MoreThan, Not, type DataSource } from 'typeorm';
import { Staff } from '../../entities/staff.entity';
import { StaffSession } from '../../entities/staff-session.entity';
import { passwordPolicyOf, SystemSettingsService } from '../admin/system-settings.service';
import { recordAudit } from '../audit/audit-log.service';
import { invalidField, notFound } from '../errors/domain-error';
import { parseInput } from '../validation/parse-input';
import { hashPassword, verifyPassword } from './password';
import { passwordChangeSchema, type PasswordChangeInput } from './password-change.schema';
import type { Viewer } from './viewer';

/** A changed password and how many of the staff member's other sessions it ended. */
export type PasswordChanged = { staff: Staff; endedSessions: number };

/**
 * A staff member replacing their own password: after an initial or reset password
 * (mustChangePassword), when the policy's expiry has passed, or whenever they like. The current
 * password must be right, the new one must meet the policy of the system parameters and differ
 * from the current one. It clears mustChangePassword, restarts the expiry and ends the staff
 * member's other sessions (the one it is made from stays); audited without any secret.
 */
export class PasswordChangeService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async change(viewer: Viewer, input: PasswordChangeInput): Promise<PasswordChanged> {
    const policy = passwordPolicyOf(await new SystemSettingsService(this.ds).get());
    const values = parseInput(passwordChangeSchema(policy), input);
    const staff = await this.ds.getRepository(Staff).findOneBy({ id: viewer.staffId });
    if (!staff) throw notFound('staff');
    if (!staff.passwordHash || !(await verifyPassword(values.currentPassword, staff.passwordHash))) {
      throw invalidField('currentPassword', 'wrongCurrentPassword');
    }
    if (await verifyPassword(values.newPassword, staff.passwordHash)) throw invalidField('newPassword', 'passwordReused');
    const passwordHash = await hashPassword(values.newPassword);
    const now = this.clock();
    return this.ds.transaction(async (manager) => {
      // Only if the hash is still the one checked: two changes at once cannot both pass.
      const updated = await manager.update(
        Staff,
        { id: staff.id, passwordHash: staff.passwordHash! },
        { passwordHash, mustChangePassword: false, passwordChangedAt: now },
      );
      if (!updated.affected) throw invalidField('currentPassword', 'wrongCurrentPassword');
      const others = manager
        .getRepository(StaffSession)
        .createQueryBuilder()
        .update()
        .set({ revokedAt: now })
        .where({ staffId: staff.id, revokedAt: IsNull(), expiresAt: MoreThan(now), ...(viewer.sessionId ? { id: Not(viewer.sessionId) } : {}) });
      const endedSessions = (await others.execute()).affected ?? 0;
      await recordAudit(manager, {
        entityType: 'staff',
        entityId: staff.id,
        action: 'passwordChange',
        actorId: viewer.staffId,
        before: { mustChangePassword: staff.mustChangePassword, passwordChangedAt: staff.passwordChangedAt },
        after: { mustChangePassword: false, passwordChangedAt: now, endedSessions },
      });
      return { staff: await manager.findOneByOrFail(Staff, { id: staff.id }), endedSessions };
    });
  }
}
