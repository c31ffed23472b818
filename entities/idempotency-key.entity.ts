import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A money or balance mutation's idempotency key with its result, stored in the mutation's own
 * transaction: a retried request with the same key gets the first result back instead of acting
 * twice. `scope` is the operation (e.g. "checkout"); `requestHash` detects a key reused for a
 * different request.
 */
@Entity('idempotency_keys')
@Unique('uq_idempotency_scope_key', ['scope', 'key'])
export class IdempotencyKey {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', length: 40 })
  scope: string;

  @Column({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  /** The id of what the first request made (an invoice, a return, …). */
  @Column({ type: 'int' })
  resultId: number;

  @Column({ type: 'int', nullable: true })
  staffId: number | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
