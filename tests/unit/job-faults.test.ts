import { backoffDelays, isDatabaseUnavailable } from '../../services/jobs/job-faults';

describe('isDatabaseUnavailable', () => {
  it.each([
    ['mysql2: connection lost', Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST' })],
    ['mysql2: refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED' })],
    ['MariaDB: connection killed', Object.assign(new Error('Connection was killed'), { errno: 1927 })],
    ['MySQL: server has gone away', Object.assign(new Error('gone away'), { errno: 2006 })],
    ['TypeORM: not connected', Object.assign(new Error('Cannot execute operation'), { name: 'CannotExecuteNotConnectedError' })],
    ['better-sqlite3: handle closed', new TypeError('The database connection is not open')],
    ['wrapped by TypeORM', Object.assign(new Error('query failed'), { driverError: { code: 'ECONNRESET' } })],
  ])('%s is unavailable', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a refused statement', Object.assign(new Error('poisoned row'), { code: 'ER_SIGNAL_EXCEPTION', errno: 1644 })],
    ['a duplicate key', Object.assign(new Error('Duplicate entry'), { code: 'ER_DUP_ENTRY', errno: 1062 })],
    ['a SQLite constraint', Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_UNIQUE' })],
    ['not an error', 'database connection is not open'],
    ['nothing', null],
  ])('%s is not', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('backoffDelays', () => {
  it('doubles from the first wait up to the cap, one wait fewer than the tries', () => {
    expect(backoffDelays(6, 250, 1_500)).toEqual([250, 500, 1_000, 1_500, 1_500]);
    expect(backoffDelays(1, 250, 1_500)).toEqual([]);
  });
});
