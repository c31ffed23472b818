import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType('MemberGroup', { description: 'A member group or level (New, Trial, VIP Gold, Deleted…).' })
@Entity('member_groups')
export class MemberGroup {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Short unique code, e.g. "VIPG".' })
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Field(() => String, { description: 'Display name of the group.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => Boolean, { description: 'True for the group that holds deleted members; they are hidden unless this group is chosen.' })
  @Column({ type: 'boolean', default: false })
  isDeletedGroup: boolean;

  @Field(() => Int, { description: 'Position in lists.' })
  @Column({ type: 'int', default: 0 })
  sortOrder: number;
}
