import type { DataSource } from 'typeorm';
import { Staff } from '../../entities/staff.entity';
import { notFound } from '../errors/domain-error';
import { signInGuard } from './sign-in-guard.service';
import { StaffSessionService } from './staff-session.service';

/**
 * What managers and administrators do about another staff member's access: lift a sign-in lock,
 * end every session at once (a lost phone, a shared computer, someone leaving).
 */
export class StaffAccessService {
  constructor(private readonly ds: DataSource) {}

  async unlockSignIn(staffId: number): Promise<Staff> {
    const staff = await this.staff(staffId);
    await signInGuard(this.ds).unlock(staff.login);
    return staff;
  }

  async endSessions(staffId: number, now = new Date()): Promise<{ staff: Staff; endedSessions: number }> {
    const staff = await this.staff(staffId);
    return { staff, endedSessions: await new StaffSessionService(this.ds).endAllOf(staff.id, now) };
  }

  private async staff(staffId: number): Promise<Staff> {
    const staff = await this.ds.getRepository(Staff).findOne({ where: { id: staffId } });
    if (!staff) throw notFound('staff');
    return staff;
  }
}
