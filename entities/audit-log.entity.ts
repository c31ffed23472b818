import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only record of who changed what, when, with the values before and after. */
@ObjectType('AuditLogEntry', { description: 'One change: who did it, when, and the values before and after.' })
@Entity('audit_logs')
@Index('idx_audit_logs_entity', ['entityType', 'entityId', 'id'])
// The operation log (操作日誌): newest first over everything, or by staff, kind of record or action.
@Index('idx_audit_logs_at', ['at', 'id'])
@Index('idx_audit_logs_actor', ['actorId', 'at', 'id'])
@Index('idx_audit_logs_type_at', ['entityType', 'at', 'id'])
@Index('idx_audit_logs_action_at', ['action', 'at', 'id'])
export class AuditLog {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'What kind of record changed, e.g. "member".' })
  @Column({ type: 'varchar', length: 30 })
  entityType: string;

  @Field(() => ID, { description: 'Id of the record that changed.' })
  @Column({ type: 'int' })
  entityId: number;

  @Field(() => String, { description: 'What happened, e.g. "create", "update", "delete", "restore", "convert".' })
  @Column({ type: 'varchar', length: 30 })
  action: string;

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  /** JSON of the changed fields before the change; null for a creation. */
  @Column({ type: 'text', nullable: true })
  before: string | null;

  /** JSON of the changed fields after the change; null for a purge. */
  @Column({ type: 'text', nullable: true })
  after: string | null;

  /** The client's address (IPv4 or IPv6) when the change came through a request and the address is known (TRUSTED_PROXIES). */
  @Column({ type: 'varchar', length: 45, nullable: true })
  address: string | null;

  /** The API token the change came through; null for a signed-in session or the system. No foreign key: the log outlives tokens. */
  @Column({ type: 'int', nullable: true })
  tokenId: number | null;

  @Field(() => Date, { description: 'When it happened.' })
  @CreateDateColumn({ type: 'datetime' })
  at: Date;
}
