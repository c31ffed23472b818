import { alreadyUsedFromViolation, violatedUniqueKey, type UniqueKey } from '../../services/errors/unique-violation.service';

const campaignsCode: UniqueKey = { table: 'campaigns', name: 'IDX_91862d892c3bcd5b9b61d5f2b8', columns: ['code'] };
const roomsName: UniqueKey = { table: 'rooms', name: 'uq_rooms_branch_name', columns: ['branchId', 'name'] };
const interests: UniqueKey = { table: 'member_interests', name: 'PRIMARY', columns: ['memberId', 'interestGroupId'] };
const values: UniqueKey = { table: 'member_custom_values', name: 'PRIMARY', columns: ['memberId', 'fieldId'] };
const tokens: UniqueKey = { table: 'api_tokens', name: 'IDX_cdac8e064e6e9c2e0835d1c1b8', columns: ['tokenHash'] };
const keys = [campaignsCode, roomsName, interests, values, tokens];

/** As TypeORM's QueryFailedError carries them. */
const failed = (driverError: object, query = '') => Object.assign(new Error('query failed'), { driverError, query });
const mysql = (message: string, query = '') => failed({ code: 'ER_DUP_ENTRY', errno: 1062, sqlMessage: message }, query);
const sqlite = (code: string, message: string) => failed(Object.assign(new Error(message), { code }));

describe('violatedUniqueKey', () => {
  it.each([
    ['SQLite, one column', sqlite('SQLITE_CONSTRAINT_UNIQUE', 'UNIQUE constraint failed: campaigns.code'), campaignsCode],
    ['SQLite, two columns', sqlite('SQLITE_CONSTRAINT_UNIQUE', 'UNIQUE constraint failed: rooms.branchId, rooms.name'), roomsName],
    ['SQLite, a composite primary key', sqlite('SQLITE_CONSTRAINT_PRIMARYKEY', 'UNIQUE constraint failed: member_interests.memberId, member_interests.interestGroupId'), interests],
    ['MariaDB, by index name', mysql("Duplicate entry 'Junebirth' for key 'IDX_91862d892c3bcd5b9b61d5f2b8'"), campaignsCode],
    ['MySQL 8, table-qualified', mysql("Duplicate entry '1-Room 1' for key 'rooms.uq_rooms_branch_name'"), roomsName],
    ['MariaDB, a primary key, table from the statement', mysql("Duplicate entry '3-4' for key 'PRIMARY'", 'INSERT INTO `member_interests`(`memberId`, `interestGroupId`) VALUES (?, ?)'), interests],
    ['MySQL 8, a table-qualified primary key', mysql("Duplicate entry '3-4' for key 'member_custom_values.PRIMARY'"), values],
  ])('%s', (_what, error, key) => {
    expect(violatedUniqueKey(error, keys)).toBe(key);
  });

  it.each([
    ['another SQLite constraint', sqlite('SQLITE_CONSTRAINT_FOREIGNKEY', 'FOREIGN KEY constraint failed')],
    ['another MySQL error', failed({ code: 'ER_LOCK_DEADLOCK', errno: 1213, sqlMessage: 'Deadlock found' })],
    ['a key this schema does not have', mysql("Duplicate entry 'x' for key 'IDX_elsewhere'")],
    ['a primary key whose table is unknown', mysql("Duplicate entry '3-4' for key 'PRIMARY'", 'SELECT 1')],
    ['not an error at all', 'UNIQUE constraint failed: campaigns.code'],
  ])('is null for %s', (_what, error) => {
    expect(violatedUniqueKey(error, keys)).toBeNull();
  });
});

describe('alreadyUsedFromViolation', () => {
  it('blames the field the map names', () => {
    expect(alreadyUsedFromViolation(sqlite('SQLITE_CONSTRAINT_UNIQUE', 'UNIQUE constraint failed: rooms.branchId, rooms.name'), keys)).toMatchObject({
      code: 'ALREADY_USED',
      messageKey: 'alreadyUsed',
      field: 'name',
    });
  });

  it('leaves a collision no caller can cause to the masking of unexpected errors', () => {
    expect(alreadyUsedFromViolation(mysql("Duplicate entry 'abc' for key 'IDX_cdac8e064e6e9c2e0835d1c1b8'"), keys)).toBeNull();
  });
});
