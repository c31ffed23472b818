import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../graphql/scalars';

export enum ScheduleExceptionKind {
  OVERRIDE = 'override',
  LEAVE = 'leave',
}

registerEnumType(ScheduleExceptionKind, {
  name: 'ScheduleExceptionKind',
  description: 'How a date differs from a beautician\'s weekly pattern.',
  valuesConfig: {
    OVERRIDE: { description: 'Works these hours at this branch that day instead of the weekly pattern.' },
    LEAVE: { description: 'Does not work that day (or those hours): leave, sick day, training.' },
  },
});

@ObjectType('ScheduleException', { description: 'A date on which a beautician works other hours (override) or is away (leave).' })
@Entity('schedule_exceptions')
@Index('idx_schedule_exceptions_staff_date', ['staffId', 'date'])
@Index('idx_schedule_exceptions_branch_date', ['branchId', 'date'])
export class ScheduleException {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  staffId: number;

  @Column({ type: 'int' })
  branchId: number;

  @Field(() => LocalDate, { description: 'The day, YYYY-MM-DD (branch local).' })
  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Field(() => ScheduleExceptionKind, { description: 'Override hours or leave.' })
  @Column({ type: 'varchar', length: 10 })
  kind: ScheduleExceptionKind;

  @Field(() => String, { nullable: true, description: 'Start, HH:MM; null with leave means the whole day.' })
  @Column({ type: 'varchar', length: 5, nullable: true })
  startTime: string | null;

  @Field(() => String, { nullable: true, description: 'End, HH:MM; null with leave means the whole day.' })
  @Column({ type: 'varchar', length: 5, nullable: true })
  endTime: string | null;

  @Field(() => String, { nullable: true, description: 'Note, e.g. "Annual leave".' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  note: string | null;
}
