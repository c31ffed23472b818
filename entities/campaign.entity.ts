import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Offer } from './offer.entity';
import { LocalDate } from '../graphql/scalars';

@ObjectType('Campaign', { description: 'A contact campaign (聯絡活動), e.g. "6月生日會員優惠 (Junebirth)".' })
@Entity('campaigns')
@Index('idx_campaigns_archived', ['archived', 'id'])
export class Campaign {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Unique code (at most 50 characters), e.g. "Junebirth".' })
  @Column({ type: 'varchar', length: 50, unique: true })
  code: string;

  @Field(() => String, { description: 'Name (at most 100 characters).' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Details (詳情): what the campaign offers and how to talk about it.' })
  @Column({ type: 'text', nullable: true })
  details: string | null;

  /** The marketing offer booked appointments carry; its code and analysis code show with the campaign. */
  @Index('idx_campaigns_offer')
  @Column({ type: 'int', nullable: true })
  offerId: number | null;

  @ManyToOne(() => Offer, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'offerId' })
  offer?: Offer | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day of the active period (YYYY-MM-DD), if any.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  startsOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the active period (YYYY-MM-DD), if any.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  endsOn: string | null;

  @Field(() => Boolean, { description: 'Archived campaigns keep their contacts and logs but are not offered for new assignments.' })
  @Column({ type: 'boolean', default: false })
  archived: boolean;

  /** How many members are in the campaign, kept with every assignment and purge (Campaign.memberCount shows it as the viewer may). */
  @Column({ type: 'int', default: 0 })
  memberCount: number;

  @Field(() => Date, { description: 'When the campaign was created.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the campaign was last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
