import type { EntityManager } from 'typeorm';
import { ContactMethod, ContactSettings, ContactStatus } from '../../entities';
import { CONTACT_METHODS, CONTACT_STATUSES } from '../../migrations/contact-reference-data';

/**
 * Puts back the starting statuses, methods and settings row when a reset emptied them (the
 * migration inserts them on a new database; the demo seed's reset deletes every table's rows).
 */
export async function ensureContactReferenceData(m: EntityManager): Promise<void> {
  if ((await m.count(ContactStatus)) === 0) {
    await m.insert(ContactStatus, CONTACT_STATUSES.map((s, i) => ({ ...s, key: s.key as ContactStatus['key'], sortOrder: i + 1 })));
  }
  if ((await m.count(ContactMethod)) === 0) {
    await m.insert(ContactMethod, CONTACT_METHODS.map((s, i) => ({ ...s, key: s.key as ContactMethod['key'], sortOrder: i + 1 })));
  }
  if (!(await m.existsBy(ContactSettings, { id: 1 }))) await m.insert(ContactSettings, { id: 1 });
}
