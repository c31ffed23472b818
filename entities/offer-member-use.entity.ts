import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many times a member has used an offer (試用次數): bumped by a guarded UPDATE inside the
 * checkout's transaction, so concurrent checkouts never pass the offer's per-member limit, and
 * given back when the invoice is voided.
 */
@Entity('offer_member_uses')
export class OfferMemberUse {
  @PrimaryColumn({ type: 'int' })
  offerId: number;

  @PrimaryColumn({ type: 'int' })
  memberId: number;

  @Column({ type: 'int', default: 0 })
  uses: number;
}
