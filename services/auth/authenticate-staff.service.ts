import type { DataSource } from 'typeorm';
import { Staff } from '../../entities';
import { DUMMY_HASH, verifyPassword } from './password';

/**
 * Checks a sign-in against Staff. Returns the staff member, or null for any failure (unknown
 * login, wrong password, inactive, no password) without saying which.
 */
export async function authenticateStaff(ds: DataSource, login: string, password: string): Promise<Staff | null> {
  const staff = await ds.getRepository(Staff).findOne({ where: { login: login.trim().toLowerCase() } });
  const hash = staff?.passwordHash ?? DUMMY_HASH;
  const matches = await verifyPassword(password, hash);
  if (!staff || !staff.passwordHash || !staff.active || !matches) return null;
  return staff;
}
