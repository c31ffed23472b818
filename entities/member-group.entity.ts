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

  @Field(() => Int, { description: 'Discount on purchases for members of this level, in percent (0–100).' })
  @Column({ type: 'int', default: 0 })
  discountPercent: number;

  @Field(() => Int, { description: 'Points earned for every 100 of the branch currency spent.' })
  @Column({ type: 'int', default: 0 })
  pointsPer100: number;

  @Field(() => Int, { description: 'Bonus added to stored-value top-ups, in percent (0–100).' })
  @Column({ type: 'int', default: 0 })
  topUpBonusPercent: number;

  @Field(() => Int, { nullable: true, description: 'Spend (in cents) within `upgradeWithinMonths` that upgrades a member to this level; null if it is not reached by spending.' })
  @Column({ type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | number | null) => (v === null ? null : Number(v)) } })
  upgradeSpendCents: number | null;

  @Field(() => Int, { description: 'The period, in months, over which spend counts towards an upgrade.' })
  @Column({ type: 'int', default: 12 })
  upgradeWithinMonths: number;
}
