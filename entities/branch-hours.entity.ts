import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType('BranchHours', { description: 'Opening hours of a branch on one weekday (local time of the branch).' })
@Entity('branch_hours')
@Index('uq_branch_hours_day', ['branchId', 'weekday'], { unique: true })
export class BranchHours {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  branchId: number;

  @Field(() => Int, { description: 'Weekday, 0 = Sunday … 6 = Saturday.' })
  @Column({ type: 'smallint' })
  weekday: number;

  @Field(() => String, { description: 'Opening time, HH:MM (branch local time).' })
  @Column({ type: 'varchar', length: 5 })
  opensAt: string;

  @Field(() => String, { description: 'Closing time, HH:MM (branch local time).' })
  @Column({ type: 'varchar', length: 5 })
  closesAt: string;
}
