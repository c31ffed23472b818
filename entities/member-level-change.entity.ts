import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { nullableBigintNumber } from './column-transformers';

/** Why a member's level (member group) changed. */
export enum LevelChangeReason {
  UPGRADE = 'UPGRADE',
  DOWNGRADE = 'DOWNGRADE',
  MANUAL = 'MANUAL',
  BULK = 'BULK',
}

registerEnumType(LevelChangeReason, {
  name: 'LevelChangeReason',
  description: 'Why a member\'s level changed.',
  valuesConfig: {
    UPGRADE: { description: 'Her spend within the level\'s months reached its threshold (at checkout).' },
    DOWNGRADE: { description: 'The monthly review found her spend no longer reaches her level.' },
    MANUAL: { description: 'Changed by staff on the member\'s form.' },
    BULK: { description: 'Changed by a bulk action over a member selection.' },
  },
});

/** One change of a member's level, with its reason, the spend that decided it and who or what made it. */
@ObjectType('MemberLevelChange', { description: 'One change of a member\'s level (member group), with its reason.' })
@Entity('member_level_changes')
@Index('idx_member_level_changes_member', ['memberId', 'createdAt'])
export class MemberLevelChange {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  memberId: number;

  @Column({ type: 'int', nullable: true })
  fromGroupId: number | null;

  @Column({ type: 'int' })
  toGroupId: number;

  @Field(() => LevelChangeReason, { description: 'Why the level changed.' })
  @Column({ type: 'varchar', length: 10 })
  reason: LevelChangeReason;

  /** For UPGRADE / DOWNGRADE: the spend (cents) over the level's months that decided it. */
  @Column({ type: 'bigint', nullable: true, transformer: nullableBigintNumber })
  spendCents: number | null;

  /** For UPGRADE: the invoice whose checkout reached the threshold. */
  @Column({ type: 'int', nullable: true })
  invoiceId: number | null;

  /** Who changed it; null for the scheduled review. */
  @Column({ type: 'int', nullable: true })
  staffId: number | null;

  @Field(() => Date, { description: 'When the level changed.' })
  @Column({ type: 'datetime' })
  createdAt: Date;
}
