import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InterestGroup } from './interest-group.entity';
import { Member } from './member.entity';

/** Which interest groups a member belongs to. */
@Entity('member_interests')
@Index('idx_member_interests_group', ['interestGroupId', 'memberId'])
export class MemberInterest {
  @PrimaryColumn({ type: 'int' })
  memberId: number;

  @PrimaryColumn({ type: 'int' })
  interestGroupId: number;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'memberId' })
  member?: Member;

  @ManyToOne(() => InterestGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interestGroupId' })
  interestGroup?: InterestGroup;
}
