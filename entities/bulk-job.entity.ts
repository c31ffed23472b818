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
    PENDING: { description: 'Waiting for a worker: new, handed back by an instance that shut down, or retried.' },
    RUNNING: { description: 'A worker (an app instance holding its lease) is working through it batch by batch.' },
    DONE: { description: 'Every batch is committed.' },
    FAILED: { description: 'Stopped with a reason; batches committed before the failure stay applied, and a retry continues after them.' },
  },
});

/**
 * A long job (bulk member action, campaign assignment, report export) kept where every app
 * instance sees it. The worker running it holds a lease (`workerId`, `attempt`, `leaseExpiresAt`)
 * that it renews while it works; the sweeper of any instance finds expired leases (index on
 * status and expiry) and resumes the job from `checkpoint` or ends it FAILED.
 */
@ObjectType('BulkJob', { description: 'A long job — a bulk action over a selection of members, a campaign assignment or a report export — with its progress.' })
@Entity('bulk_jobs')
@Index('idx_bulk_jobs_owner', ['ownerId', 'id'])
@Index('idx_bulk_jobs_lease', ['status', 'leaseExpiresAt'])
@Index('uq_bulk_jobs_client_key', ['ownerId', 'clientKey'], { unique: true })
export class BulkJob {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Which job, e.g. "changeGroup", "changeBranch", "changeConsultant", "assignCampaign", "reportExport".' })
  @Column({ type: 'varchar', length: 30 })
  kind: string;

  @Field(() => BulkJobStatus, { description: 'Where the job is.' })
  @Column({ type: 'varchar', length: 10, default: BulkJobStatus.PENDING })
  status: BulkJobStatus;

  @Field(() => Int, { description: 'How many items the job covers: members, or rows of an export.' })
  @Column({ type: 'int', default: 0 })
  total: number;

  @Field(() => Int, { description: 'How many are done so far.' })
  @Column({ type: 'int', default: 0 })
  processed: number;

  @Field(() => Int, { description: 'How many of the processed members were left unchanged because the member edit rules refuse the change for them.' })
  @Column({ type: 'int', default: 0 })
  skipped: number;

  /** JSON of the action's parameters and the selection id. */
  @Column({ type: 'text' })
  params: string;

  /** JSON of where the job stopped (e.g. the last member id of the last committed batch); a resume starts after it. */
  @Column({ type: 'text', nullable: true })
  checkpoint: string | null;

  /** The app instance whose worker holds the job while it runs. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  workerId: string | null;

  /** Counts the claims; every write of a running job is fenced on it, so a worker that lost its lease changes nothing. */
  @Column({ type: 'int', default: 0 })
  attempt: number;

  /** Until when the worker's claim holds; after it any instance's sweeper may take the job over. */
  @Column({ type: 'datetime', nullable: true })
  leaseExpiresAt: Date | null;

  /** For jobs a client names itself (a report export's progress id), unique per owner. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  clientKey: string | null;

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
