/**
 * The card check every prepaid payment makes in its own transaction: the member's current card
 * (the one not REPLACED) is read there, so a card locked a moment ago refuses at once on every
 * instance. A member without a card pays without one; a card with a PIN needs it for stored value.
 */
import bcrypt from 'bcryptjs';
import type { EntityManager } from 'typeorm';
import { Not } from 'typeorm';
import { MemberCard } from '../../entities';
import { MemberCardStatus } from '../../entities/member-card.entity';
import { cardLocked, wrongPin } from '../errors/domain-error';

/** The member's current card (ACTIVE or LOCKED), or null when she has none. */
export async function currentCard(manager: EntityManager, memberId: number): Promise<MemberCard | null> {
  return manager.findOne(MemberCard, { where: { memberId, status: Not(MemberCardStatus.REPLACED) }, order: { id: 'DESC' } });
}

/**
 * Refuses a prepaid payment while the member's card is locked (CARD_LOCKED naming `field`), and a
 * stored-value payment whose PIN is missing or wrong when the card has one (WRONG_PIN naming `pinField`).
 */
export async function assertPrepaidPayable(manager: EntityManager, memberId: number, check: { field: string; pin?: string | null; pinField?: string; needsPin: boolean }): Promise<void> {
  const card = await currentCard(manager, memberId);
  if (!card) return;
  if (card.status === MemberCardStatus.LOCKED) throw cardLocked(check.field);
  if (check.needsPin && card.pinHash && !(check.pin && (await bcrypt.compare(check.pin, card.pinHash)))) throw wrongPin(check.pinField ?? 'pin');
}
