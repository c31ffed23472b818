import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType('WorkSchedule', { description: 'A beautician\'s weekly working hours at a branch on one weekday.' })
@Entity('work_schedules')
@Index('idx_work_schedules_branch', ['branchId', 'weekday'])
@Index('uq_work_schedules_staff_day', ['staffId', 'weekday', 'startTime'], { unique: true })
export class WorkSchedule {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  staffId: number;

  @Column({ type: 'int' })
  branchId: number;

  @Field(() => Int, { description: 'Weekday, 0 = Sunday … 6 = Saturday.' })
  @Column({ type: 'smallint' })
  weekday: number;

  @Field(() => String, { description: 'Start, HH:MM (branch local time).' })
  @Column({ type: 'varchar', length: 5 })
  startTime: string;

  @Field(() => String, { description: 'End, HH:MM (branch local time).' })
  @Column({ type: 'varchar', length: 5 })
  endTime: string;
}
