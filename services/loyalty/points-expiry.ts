/**
 * When earned points expire: N months after they were earned, or never (null). Pure.
 */
import { addMonths } from 'date-fns';

export function pointsExpiryFor(earnedAt: Date, expiryMonths: number | null): Date | null {
  return expiryMonths === null ? null : addMonths(earnedAt, expiryMonths);
}
