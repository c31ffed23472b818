import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Staff } from './staff.entity';

/**
 * One signed-in browser. The session cookie (a next-auth JWT) carries only this row's id: the
 * cookie proves who signed in, the row says whether that sign-in still counts, so signing out,
 * an administrator ending the sessions, or the staff member leaving takes effect at once.
 */
@Entity('staff_sessions')
@Index('idx_staff_sessions_staff', ['staffId', 'revokedAt'])
export class StaffSession {
  /** Random, unguessable; known only to the server and inside the encrypted cookie. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'int' })
  staffId: number;

  @ManyToOne(() => Staff, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staffId' })
  staff?: Staff;

  @Column({ type: 'datetime' })
  createdAt: Date;

  /** Written at most every few minutes, not on every request. */
  @Column({ type: 'datetime' })
  lastSeenAt: Date;

  /** Idle expiry, moved forward with lastSeenAt like the cookie's own. */
  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  userAgent: string | null;

  @Column({ type: 'varchar', length: 45, nullable: true })
  address: string | null;
}
