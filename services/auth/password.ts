import bcrypt from 'bcryptjs';

const COST = 10;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

/**
 * A real hash of nothing anyone knows: comparing against it when the login does not exist makes
 * a wrong login take as long as a wrong password, so timing does not reveal which was wrong.
 */
export const DUMMY_HASH = bcrypt.hashSync('no-such-staff-member', COST);
