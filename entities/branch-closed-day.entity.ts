import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../graphql/scalars';

@ObjectType('BranchClosedDay', { description: 'A day a branch is closed (public holiday, renovation).' })
@Entity('branch_closed_days')
@Index('uq_branch_closed_day', ['branchId', 'date'], { unique: true })
export class BranchClosedDay {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  branchId: number;

  @Field(() => LocalDate, { description: 'The day, YYYY-MM-DD (branch local).' })
  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Field(() => String, { nullable: true, description: 'Why, e.g. "Christmas".' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  reason: string | null;
}
