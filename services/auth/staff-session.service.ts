import crypto from 'node:crypto';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { StaffSession } from '../../entities/staff-session.entity';
import { Staff } from '../../entities/staff.entity';
import { SYSTEM_LIMITS } from '../admin/system-settings.schema';
import { SystemSettingsService } from '../admin/system-settings.service';
import { flagExpiredPassword, viewerFromStaff } from './load-viewer.service';
import type { Viewer } from './viewer';

/**
 * The longest a session cookie may live: the longest idle length the system parameters allow.
 * The server-side session decides sooner, after the parameters' sessionLengthMinutes without use
 * (a working day by default); the cookie only must not end first.
 */
export const SESSION_MAX_AGE_SECONDS = SYSTEM_LIMITS.sessionLengthMinutes.max * 60;
/** lastSeenAt is for people looking at sessions, not an audit trail: write it every few minutes. */
const TOUCH_EVERY_MS = 5 * 60_000;

export type SessionClaims = { sub?: unknown; sid?: unknown };
export type SessionOrigin = { userAgent?: string | null; address?: string | null };

/**
 * Server-side sessions behind the next-auth cookie: the cookie names a row, and the row decides
 * whether the cookie still counts.
 */
export class StaffSessionService {
  constructor(private readonly ds: DataSource) {}

  /** Starts a session at sign-in; its id goes into the cookie. */
  async start(staffId: number, origin: SessionOrigin = {}, now = new Date()): Promise<string> {
    const id = crypto.randomBytes(32).toString('base64url');
    const idleMs = await this.idleMs();
    const staff = await this.ds.getRepository(Staff).findOneBy({ id: staffId });
    if (staff) await flagExpiredPassword(this.ds, staff, now);
    await this.ds.getRepository(StaffSession).insert({
      id,
      staffId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + idleMs),
      revokedAt: null,
      userAgent: origin.userAgent?.slice(0, 255) || null,
      address: origin.address || null,
    });
    return id;
  }

  /**
   * The viewer for a decoded session cookie: only while its session is live (not signed out, not
   * ended, not idle too long) and its staff member active. One read by primary key.
   */
  async viewerFor(claims: SessionClaims | null, now = new Date()): Promise<Viewer | null> {
    const sid = typeof claims?.sid === 'string' ? claims.sid : null;
    if (!sid || sid.length > 64) return null;
    const session = await this.ds
      .getRepository(StaffSession)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.staff', 'staff')
      .where('s.id = :sid', { sid })
      .getOne();
    if (!session?.staff || session.revokedAt || session.expiresAt <= now) return null;
    if (String(session.staffId) !== String(claims?.sub) || !session.staff.active) return null;
    // A shorter idle length counts at once for sessions already running; a longer one from their next use.
    // The shortest allowed idle length is longer than the touch interval, so a session seen within
    // it is live whatever the parameters say: they are read only when a touch is due, which keeps
    // an ordinary request at the same statements.
    const idle = now.getTime() - session.lastSeenAt.getTime();
    if (idle >= TOUCH_EVERY_MS) {
      const idleMs = await this.idleMs();
      if (idle >= idleMs) return null;
      await flagExpiredPassword(this.ds, session.staff, now);
      await this.ds.getRepository(StaffSession).update(
        { id: sid, revokedAt: IsNull() },
        { lastSeenAt: now, expiresAt: new Date(now.getTime() + idleMs) },
      );
    }
    return { ...(await viewerFromStaff(this.ds.manager, session.staff, 'session')), sessionId: sid };
  }

  /** Ends one session (signing out). Ending it twice is harmless. */
  async revoke(sid: unknown, now = new Date()): Promise<void> {
    if (typeof sid !== 'string' || !sid) return;
    await this.ds.getRepository(StaffSession).update({ id: sid, revokedAt: IsNull() }, { revokedAt: now });
  }

  /** How many live sessions (not ended, not expired) each staff member has, in one statement; absent means none. */
  async liveCounts(staffIds: readonly number[], now = new Date()): Promise<Map<number, number>> {
    if (staffIds.length === 0) return new Map();
    const rows = await this.ds
      .getRepository(StaffSession)
      .createQueryBuilder('s')
      .select('s.staffId', 'staffId')
      .addSelect('COUNT(*)', 'live')
      .where('s.staffId IN (:...staffIds) AND s.revokedAt IS NULL AND s.expiresAt > :now', { staffIds: [...new Set(staffIds)], now })
      .groupBy('s.staffId')
      .getRawMany<{ staffId: number | string; live: number | string }>();
    return new Map(rows.map((row) => [Number(row.staffId), Number(row.live)]));
  }

  /** How long a session lasts without use: the system parameters' sessionLengthMinutes (cached per instance). */
  private async idleMs(): Promise<number> {
    return (await new SystemSettingsService(this.ds).get()).sessionLengthMinutes * 60_000;
  }

  /**
   * Ends every live session of a staff member; returns how many were live. Pass the caller's
   * transaction (`manager`) to end them together with the change that calls for it.
   */
  async endAllOf(staffId: number, now = new Date(), manager?: EntityManager): Promise<number> {
    const result = await (manager ?? this.ds)
      .getRepository(StaffSession)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: now })
      .where('staffId = :staffId AND revokedAt IS NULL AND expiresAt > :now', { staffId, now })
      .execute();
    return result.affected ?? 0;
  }
}
