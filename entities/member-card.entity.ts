import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Where a member card stands (讀卡 / 掛失鎖定). */
export enum MemberCardStatus {
  ACTIVE = 'ACTIVE',
  LOCKED = 'LOCKED',
  REPLACED = 'REPLACED',
}

registerEnumType(MemberCardStatus, {
  name: 'MemberCardStatus',
  description: 'Where a member card stands.',
  valuesConfig: {
    ACTIVE: { description: 'In use: it opens the member and pays with her stored value and packages.' },
    LOCKED: { description: 'Reported lost or locked (掛失鎖定): it opens nothing and every payment by the member\'s prepaid balances is refused until it is unlocked or replaced.' },
    REPLACED: { description: 'Replaced by a new card; kept for the history only.' },
  },
});

/**
 * A member's card (會員卡). The card number is typed or scanned wherever a member is looked up. A
 * member holds at most one card that is not REPLACED (the service keeps it so): locking it stops
 * it at once, because every prepaid payment reads the member's current card in its transaction.
 * Balances belong to the member, never to the card, so a replacement keeps them.
 */
@ObjectType('MemberCard', { description: 'A member\'s card (會員卡): its number, status and whether it has a PIN.' })
@Entity('member_cards')
@Index('idx_member_cards_member', ['memberId', 'id'])
export class MemberCard {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  memberId: number;

  @Field(() => String, { description: 'The number printed on (or encoded in) the card; unique among all cards ever issued.' })
  @Column({ type: 'varchar', length: 30, unique: true })
  cardNumber: string;

  @Field(() => MemberCardStatus, { description: 'Whether the card is in use, locked or replaced.' })
  @Column({ type: 'varchar', length: 10, default: MemberCardStatus.ACTIVE })
  status: MemberCardStatus;

  /** bcrypt hash of the PIN asked before paying with stored value; null when the card has none. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  pinHash: string | null;

  @Field(() => Date, { description: 'When the card was issued.' })
  @Column({ type: 'datetime' })
  issuedAt: Date;

  @Column({ type: 'int', nullable: true })
  issuedById: number | null;

  @Field(() => Date, { nullable: true, description: 'When the card was locked (reported lost); null while not locked.' })
  @Column({ type: 'datetime', nullable: true })
  lockedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  lockedById: number | null;

  @Field(() => String, { nullable: true, description: 'Why the card was locked or replaced, as typed.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  /** The card that replaced this one; null unless REPLACED. */
  @Column({ type: 'int', nullable: true })
  replacedByCardId: number | null;

  @Field(() => Date, { description: 'When the card last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
