import type { DataSource, EntityManager } from 'typeorm';
import { ContactStatus } from '../../entities';

/**
 * The status every new contact member starts with: the first active one in order (未通知 unless a
 * salon reordered them).
 */
export async function defaultStatusId(db: DataSource | EntityManager): Promise<number> {
  const first = await db.getRepository(ContactStatus).findOne({ where: { active: true }, order: { sortOrder: 'ASC', id: 'ASC' } });
  if (!first) throw new Error('No active contact status: the contact-campaign migration seeds them');
  return first.id;
}
