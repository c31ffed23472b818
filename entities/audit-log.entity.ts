import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only record of who changed what, when, with the values before and after. */
@ObjectType('AuditLogEntry', { description: 'One change: who did it, when, and the values before and after.' })
@Entity('audit_logs')
@Index('idx_audit_logs_entity', ['entityType', 'entityId', 'id'])
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

  @Index('idx_audit_logs_actor')
  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  /** JSON of the changed fields before the change; null for a creation. */
  @Column({ type: 'text', nullable: true })
  before: string | null;

  /** JSON of the changed fields after the change; null for a purge. */
  @Column({ type: 'text', nullable: true })
  after: string | null;

  @Field(() => Date, { description: 'When it happened.' })
  @CreateDateColumn({ type: 'datetime' })
  at: Date;
}
