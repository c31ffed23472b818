/**
 * Errors the product means to show: each carries a GraphQL-style code, a message key under the
 * `errors` namespace of messages/*.json, its parameters, and the input field it concerns.
 */
export enum ErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  BadUserInput = 'BAD_USER_INPUT',
  Conflict = 'CONFLICT',
  /** A value that must be unique (a code, a name, a login) is taken by another row. */
  AlreadyUsed = 'ALREADY_USED',
  /** The branch is closed (店面已關閉): it takes no new bookings until it is reopened. */
  BranchClosed = 'BRANCH_CLOSED',
  /** Not enough stock on hand for a sale or a move out, and the product may not go below zero. */
  OutOfStock = 'OUT_OF_STOCK',
  /** A return asking back more units of an invoice line than were sold and not yet returned. */
  ReturnExceedsSold = 'RETURN_EXCEEDS_SOLD',
  /** An idempotency key sent again with a different request: the first request's result stands. */
  IdempotencyKeyReused = 'IDEMPOTENCY_KEY_REUSED',
  /** A held bill (掛單) already taken up by another terminal, or discarded. */
  AlreadyResumed = 'ALREADY_RESUMED',
  /** An invoice already voided. */
  AlreadyVoided = 'ALREADY_VOIDED',
  /** An offer (優惠) whose conditions the sale does not meet; the message names the condition. */
  OfferNotApplicable = 'OFFER_NOT_APPLICABLE',
  /** A deduction of points (redemption, adjustment) larger than the member's balance. */
  InsufficientPoints = 'INSUFFICIENT_POINTS',
  /** An e-coupon that cannot be used on this bill (already used, expired, voided, another member's, conditions unmet). */
  CouponNotApplicable = 'COUPON_NOT_APPLICABLE',
  /** A stored-value debit (payment, refund) larger than the member's balance. */
  InsufficientStoredValue = 'INSUFFICIENT_STORED_VALUE',
  /** The member's card is locked (掛失鎖定): her stored value and packages pay for nothing until it is unlocked or replaced. */
  CardLocked = 'CARD_LOCKED',
  /** The PIN typed for a stored-value payment is not the card's. */
  WrongPin = 'WRONG_PIN',
  /** A package that cannot pay for this: used up, expired, refunded, or not for this treatment; the message says which. */
  PackageNotUsable = 'PACKAGE_NOT_USABLE',
}

export type MessageParams = Record<string, string | number>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly params: MessageParams = {},
    readonly field?: string,
  ) {
    super(`${code}: ${messageKey}${field ? ` (${field})` : ''}`);
    this.name = 'DomainError';
  }
}

export const unauthenticated = () => new DomainError(ErrorCode.Unauthenticated, 'unauthenticated');
/** Refused: with a permission, the message names it so the staff member knows what to ask for. */
export const forbidden = (permission?: string) =>
  permission ? new DomainError(ErrorCode.Forbidden, 'missingPermission', { permission }) : new DomainError(ErrorCode.Forbidden, 'forbidden');
/** An initial or reset password is still in use: the staff member must choose their own first. */
export const passwordChangeRequired = () => new DomainError(ErrorCode.Forbidden, 'passwordChangeRequired');
export const notFound = (entity: string) => new DomainError(ErrorCode.NotFound, 'notFound', { entity });

/** A bad value for one input field; `reasonKey` names why, e.g. "tooLong" with { max: 100 }. */
export const invalidField = (field: string, reasonKey: string, params: MessageParams = {}) =>
  new DomainError(ErrorCode.BadUserInput, reasonKey, params, field);

/** The value of `field` is taken: the same error whether a check or the database's unique key found it. */
export const alreadyUsed = (field: string) => new DomainError(ErrorCode.AlreadyUsed, 'alreadyUsed', {}, field);

/** Fewer points than the deduction: refused, naming the field that asked for them. */
export const insufficientPoints = (field: string, balance: number) => new DomainError(ErrorCode.InsufficientPoints, 'insufficientPoints', { balance }, field);

/** A booking, a move or a slot search at a closed branch: refused, naming the branch field. */
export const branchClosed = () => new DomainError(ErrorCode.BranchClosed, 'branchClosed', {}, 'branchId');

/** A sale or move would take an item's stock below zero; `item` names it (code and name). */
export const outOfStock = (item: string) => new DomainError(ErrorCode.OutOfStock, 'outOfStock', { item });

/** Less stored value than the debit: refused, naming the field that asked for it. */
export const insufficientStoredValue = (field: string, balance: string) => new DomainError(ErrorCode.InsufficientStoredValue, 'insufficientStoredValue', { balance }, field);

/** The member's card is locked: every prepaid payment is refused, naming the field that asked for it. */
export const cardLocked = (field: string) => new DomainError(ErrorCode.CardLocked, 'cardLocked', {}, field);

/** The PIN does not match the card's. */
export const wrongPin = (field: string) => new DomainError(ErrorCode.WrongPin, 'wrongPin', {}, field);

/** A package that cannot be used; `reasonKey` is packageUsedUp, packageExpired, packageRefunded, packageNotForTreatment or packageOfAnotherMember. */
export const packageNotUsable = (field: string, reasonKey: string, params: MessageParams = {}) => new DomainError(ErrorCode.PackageNotUsable, reasonKey, params, field);
