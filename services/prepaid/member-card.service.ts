/**
 * Member cards (會員卡): issuing one, its PIN, reporting it lost (掛失鎖定), unlocking and replacing
 * it. Each change is by prepaid.cards, for a member in the viewer's member scope, audited and
 * idempotent by key, in one transaction. A member holds one current card (ACTIVE or LOCKED); the
 * member's row is locked first so two desks cannot both issue her one. Balances belong to the
 * member, so replacing the card moves none of them.
 */
import bcrypt from 'bcryptjs';
import type { DataSource, EntityManager } from 'typeorm';
import { lockForUpdate } from '../../db/dialect';
import { Member, MemberCard } from '../../entities';
import { MemberCardStatus } from '../../entities/member-card.entity';
import { Permission } from '../admin/permission';
import { recordAudit } from '../audit/audit-log.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { alreadyUsed, DomainError, ErrorCode } from '../errors/domain-error';
import { uniqueKeysOf, violatedUniqueKey } from '../errors/unique-violation.service';
import { inIdempotentTransaction, requestHashOf, withIdempotency } from '../idempotency/idempotency.service';
import { visibleMember } from '../sales/bill-pricing.service';
import { parseInput } from '../validation/parse-input';
import { currentCard } from './prepaid-card-guard.service';
import { issueCardSchema, lockCardSchema, replaceCardSchema, setPinSchema } from './member-card-input.schema';
import { cardActionRefusal, type CardAction } from './member-card-rules';

const PIN_ROUNDS = 10;

type Keyed = { memberId: number; idempotencyKey: string };

const hashPin = (pin: string | null) => (pin === null ? null : bcrypt.hash(pin, PIN_ROUNDS));

export class MemberCardService {
  constructor(private readonly ds: DataSource) {}

  /** Every card the member has held, newest first (a handful at most). */
  async cards(viewer: Viewer, memberId: number): Promise<MemberCard[]> {
    await visibleMember(this.ds.manager, viewer, memberId);
    return this.ds.getRepository(MemberCard).find({ where: { memberId }, order: { id: 'DESC' } });
  }

  /** Issues the member her card; refused while she holds one (replace it instead). */
  async issue(viewer: Viewer, input: Keyed & { cardNumber: unknown; pin?: unknown }): Promise<MemberCard> {
    const values = parseInput(issueCardSchema, { cardNumber: input.cardNumber, pin: input.pin });
    return this.change(viewer, input, 'issue', { cardNumber: values.cardNumber, withPin: values.pin !== null }, async (manager) => {
      const card = await this.insertCard(manager, viewer, input.memberId, values.cardNumber, await hashPin(values.pin));
      return { card, audit: { cardId: card.id, cardNumber: card.cardNumber, withPin: values.pin !== null } };
    });
  }

  /** Sets the current card's PIN, or clears it with null. */
  async setPin(viewer: Viewer, input: Keyed & { pin: unknown }): Promise<MemberCard> {
    const values = parseInput(setPinSchema, { pin: input.pin });
    return this.change(viewer, input, 'setPin', { withPin: values.pin !== null }, async (manager, card) => {
      await manager.update(MemberCard, { id: card!.id }, { pinHash: await hashPin(values.pin) });
      return { card: card!, audit: { cardId: card!.id, withPin: values.pin !== null } };
    });
  }

  /** Reports the current card lost (掛失鎖定): from now on it opens nothing and pays for nothing. */
  async lock(viewer: Viewer, input: Keyed & { reason: unknown }): Promise<MemberCard> {
    const values = parseInput(lockCardSchema, { reason: input.reason });
    return this.change(viewer, input, 'lock', values, async (manager, card) => {
      await manager.update(MemberCard, { id: card!.id }, { status: MemberCardStatus.LOCKED, lockedAt: new Date(), lockedById: viewer.staffId, reason: values.reason });
      return { card: card!, audit: { cardId: card!.id, cardNumber: card!.cardNumber, reason: values.reason } };
    });
  }

  /** Puts a locked card back in use (found again). */
  async unlock(viewer: Viewer, input: Keyed): Promise<MemberCard> {
    return this.change(viewer, input, 'unlock', {}, async (manager, card) => {
      await manager.update(MemberCard, { id: card!.id }, { status: MemberCardStatus.ACTIVE, lockedAt: null, lockedById: null, reason: null });
      return { card: card!, audit: { cardId: card!.id, cardNumber: card!.cardNumber } };
    });
  }

  /**
   * Replaces the current card (lost, worn, locked) with a new ACTIVE one under a new number; the
   * old one is kept as REPLACED for the history. The PIN stays with the old card unless given again.
   */
  async replace(viewer: Viewer, input: Keyed & { cardNumber: unknown; pin?: unknown; reason: unknown }): Promise<MemberCard> {
    const values = parseInput(replaceCardSchema, { cardNumber: input.cardNumber, pin: input.pin, reason: input.reason });
    return this.change(viewer, input, 'replace', { cardNumber: values.cardNumber, withPin: values.pin !== null, reason: values.reason }, async (manager, old) => {
      await manager.update(MemberCard, { id: old!.id }, { status: MemberCardStatus.REPLACED, reason: values.reason });
      const card = await this.insertCard(manager, viewer, input.memberId, values.cardNumber, await hashPin(values.pin));
      await manager.update(MemberCard, { id: old!.id }, { replacedByCardId: card.id });
      return { card, audit: { oldCardId: old!.id, oldCardNumber: old!.cardNumber, cardId: card.id, cardNumber: card.cardNumber, reason: values.reason, withPin: values.pin !== null } };
    });
  }

  /**
   * The frame every change shares: permission, idempotency, scope, the member's row locked, her
   * current card read and the action checked against it, the change, its audit entry. The PIN
   * itself stays out of the request hash (a few digits hashed without salt are read back at once);
   * whether one was given is in it.
   */
  private async change(
    viewer: Viewer,
    input: Keyed,
    action: CardAction,
    request: Record<string, unknown>,
    run: (manager: EntityManager, current: MemberCard | null) => Promise<{ card: MemberCard; audit: Record<string, unknown> }>,
  ): Promise<MemberCard> {
    requirePermission(viewer, Permission.PrepaidCards);
    const requestHash = requestHashOf({ memberId: input.memberId, ...request });
    return inIdempotentTransaction(this.ds, async (manager) => {
      const { resultId } = await withIdempotency(manager, `memberCard.${action}`, input.idempotencyKey, requestHash, viewer.staffId, async () => {
        await visibleMember(manager, viewer, input.memberId);
        await lockForUpdate(manager.createQueryBuilder(Member, 'm').select('m.id').where('m.id = :id', { id: input.memberId })).getRawOne();
        const current = await currentCard(manager, input.memberId);
        const refusal = cardActionRefusal(current, action);
        if (refusal) throw new DomainError(ErrorCode.Conflict, refusal, {}, 'memberId');
        const { card, audit } = await run(manager, current);
        await recordAudit(manager, { entityType: 'member', entityId: input.memberId, action: `card.${action}`, actorId: viewer.staffId, after: audit });
        return card.id;
      });
      return manager.findOneByOrFail(MemberCard, { id: resultId });
    });
  }

  /** A new ACTIVE card; a number any card ever had is ALREADY_USED naming cardNumber. */
  private async insertCard(manager: EntityManager, viewer: Viewer, memberId: number, cardNumber: string, pinHash: string | null): Promise<MemberCard> {
    if (await manager.existsBy(MemberCard, { cardNumber })) throw alreadyUsed('cardNumber');
    const card = manager.create(MemberCard, { memberId, cardNumber, status: MemberCardStatus.ACTIVE, pinHash, issuedAt: new Date(), issuedById: viewer.staffId });
    try {
      card.id = Number((await manager.insert(MemberCard, card)).identifiers[0].id);
    } catch (error) {
      // Another member was given the same number a moment ago.
      if (violatedUniqueKey(error, uniqueKeysOf(manager.connection))?.table === 'member_cards') throw alreadyUsed('cardNumber');
      throw error;
    }
    return card;
  }
}
