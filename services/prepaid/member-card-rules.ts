/**
 * Which card changes a member's current card allows. Pure, so the rules are unit-tested apart
 * from the database.
 */
export type CardAction = 'issue' | 'setPin' | 'lock' | 'unlock' | 'replace';

/**
 * Why `action` is refused for a member whose current card (ACTIVE or LOCKED, as MemberCardStatus
 * spells them) is `current`, as an `errors.*` message key; null when it is allowed. A member holds
 * one current card, so a second is a replacement, never another issue.
 */
export function cardActionRefusal(current: { status: string } | null, action: CardAction): string | null {
  if (action === 'issue') return current ? 'memberHasCard' : null;
  if (!current) return 'memberHasNoCard';
  if (action === 'lock' && current.status === 'LOCKED') return 'cardAlreadyLocked';
  if (action === 'unlock' && current.status !== 'LOCKED') return 'cardNotLocked';
  return null;
}
