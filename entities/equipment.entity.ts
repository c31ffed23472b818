import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Branch } from './branch.entity';

@ObjectType('Equipment', { description: 'Equipment (儀器) a branch has, e.g. "Equipment 01 (E01)", with how many units.' })
@Entity('equipment')
@Index('uq_equipment_branch_code', ['branchId', 'code'], { unique: true })
export class Equipment {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Code (at most 20 characters), the same at every branch that has it, e.g. "E01".' })
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Field(() => String, { description: 'Name (at most 100 characters).' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'int' })
  branchId: number;

  @ManyToOne(() => Branch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'branchId' })
  branch?: Branch;

  @Field(() => Int, { description: 'How many units the branch has: that many appointments may use it at once.' })
  @Column({ type: 'int', default: 1 })
  count: number;

  @Field(() => Boolean, { description: 'Inactive equipment is not offered for bookings.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
