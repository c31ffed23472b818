import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * How new member numbers are made: per branch (e.g. "A" + 3 digits → A001, "WeM-" + 5 digits →
 * WeM-00004) and one for walk-ins ("K" + 6 digits). `scope` is "walk-in" or "branch:<id>"; a
 * plain unique column because MySQL lets a unique index hold many NULLs.
 */
@ObjectType('MemberNumberSequence', { description: 'A rule that numbers new members of one branch, or walk-ins.' })
@Entity('member_number_sequences')
export class MemberNumberSequence {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: '"walk-in", or "branch:<id>" for a branch\'s members.' })
  @Column({ type: 'varchar', length: 30, unique: true })
  scope: string;

  @Field(() => String, { description: 'Text before the digits, e.g. "A" or "WeM-".' })
  @Column({ type: 'varchar', length: 10 })
  prefix: string;

  @Field(() => Int, { description: 'How many digits, zero-padded.' })
  @Column({ type: 'int', default: 5 })
  digits: number;

  @Field(() => Int, { description: 'The next number to hand out.' })
  @Column({ type: 'int', default: 1 })
  nextValue: number;
}
