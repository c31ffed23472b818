import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * rate-limiter-flexible's counters for sign-in attempts (per login, per client address, and the
 * account lock), in the database so every app instance counts the same attempts. The library
 * reads and writes this table itself, with exactly these three columns in this order; it is
 * declared here so that migrations create it and the drift check covers it.
 */
@Entity('sign_in_rate_limits')
export class SignInRateLimit {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  key: string;

  @Column({ type: 'int', default: 0 })
  points: number;

  /** Epoch milliseconds after which the counter starts again; null never expires. */
  @Column({ type: 'bigint', nullable: true })
  expire: string | null;
}
