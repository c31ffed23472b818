import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Campaign } from './campaign.entity';
import { Member } from './member.entity';
import { Staff } from './staff.entity';

/** A member assigned to a campaign and to the salesperson who contacts them. */
@Entity('campaign_members')
@Index('uq_campaign_members_campaign_member', ['campaignId', 'memberId'], { unique: true })
@Index('idx_campaign_members_member', ['memberId', 'campaignId'])
@Index('idx_campaign_members_salesperson', ['salespersonId', 'memberId'])
export class CampaignMember {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaignId' })
  campaign?: Campaign;

  @Column({ type: 'int' })
  memberId: number;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'memberId' })
  member?: Member;

  @Column({ type: 'int' })
  salespersonId: number;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'salespersonId' })
  salesperson?: Staff;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
