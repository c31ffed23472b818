import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum BulkJobStatus {
  PENDING = 'pending',
  RUNNING = 'running',
  DONE = 'done',
  FAILED = 'failed',
}

registerEnumType(BulkJobStatus, {
  name: 'BulkJobStatus',
  description: 'Where a bulk action is.',
  valuesConfig: {
    PENDING: { description: 'Waiting to start.' },
    RUNNING: { description: 'Working through the selection batch by batch.' },
    DONE: { description: 'Every batch is committed.' },
    FAILED: { description: 'Stopped; batches committed before the failure stay applied.' },
  },
});

@ObjectType('BulkJob', { description: 'A bulk action over a selection of members, with its progress.' })
@Entity('bulk_jobs')
@Index('idx_bulk_jobs_owner', ['ownerId', 'id'])
export class BulkJob {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Which action, e.g. "changeGroup", "changeBranch", "changeConsultant".' })
  @Column({ type: 'varchar', length: 30 })
  kind: string;

  @Field(() => BulkJobStatus, { description: 'Where the job is.' })
  @Column({ type: 'varchar', length: 10, default: BulkJobStatus.PENDING })
  status: BulkJobStatus;

  @Field(() => Int, { description: 'How many members the action covers.' })
  @Column({ type: 'int', default: 0 })
  total: number;

  @Field(() => Int, { description: 'How many are done so far.' })
  @Column({ type: 'int', default: 0 })
  processed: number;

  /** JSON of the action's parameters and the selection id. */
  @Column({ type: 'text' })
  params: string;

  @Column({ type: 'int' })
  ownerId: number;

  @Field(() => String, { nullable: true, description: 'Why the job failed.' })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Field(() => Date, { description: 'When the job was started.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the job finished.' })
  @Column({ type: 'datetime', nullable: true })
  finishedAt: Date | null;
}
