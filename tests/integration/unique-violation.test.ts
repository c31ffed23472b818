import { EntityManager, type DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { Campaign } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { UNIQUE_KEY_FIELDS, uniqueKeyId, uniqueKeysOf } from '../../services/errors/unique-violation.service';
import { aBranch, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let cookie: string;
let branchId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  const branch = await aBranch(ds);
  branchId = branch.id;
  cookie = await sessionCookieFor(await aStaff(ds, branch, [StaffRole.MANAGER]));
});

afterAll(() => db.drop());

const CREATE_CAMPAIGN = 'mutation($input: CampaignInput!) { createCampaign(input: $input) { id code } }';
const CREATE_ROOM = 'mutation($b: ID!, $input: RoomInput!) { createRoom(branchId: $b, input: $input) { id } }';

describe('the unique-key map', () => {
  it('names a field (or says "not the caller\'s") for every unique key of every entity, and nothing else', () => {
    const keys = uniqueKeysOf(ds).map(uniqueKeyId).sort();
    expect(keys.length).toBeGreaterThan(20);
    expect(Object.keys(UNIQUE_KEY_FIELDS).sort()).toEqual(keys);
  });
});

describe('a duplicate the database refuses', () => {
  it('answers the field\'s ALREADY_USED to every loser of 19 concurrent creates of one code', async () => {
    const results = await Promise.all(
      Array.from({ length: 19 }, (_, i) => gql(CREATE_CAMPAIGN, { input: { code: 'Race', name: `Race ${i}` } }, { cookie, locale: 'en' })),
    );
    const winners = results.filter((r) => r.body.data?.createCampaign);
    const losers = results.flatMap((r) => r.body.errors ?? []);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(18);
    for (const error of losers) {
      expect(error).toMatchObject({ message: '"code" is invalid: already used', extensions: { code: 'ALREADY_USED', field: 'code' } });
    }
    expect(await ds.getRepository(Campaign).countBy({ code: 'Race' })).toBe(1);
  });

  // Without the services' own checks, only the unique keys stand in the way: the losers of any
  // race see exactly this.
  describe('past the service\'s own check', () => {
    beforeEach(() => jest.spyOn(EntityManager.prototype, 'existsBy').mockResolvedValue(false));
    afterEach(() => jest.restoreAllMocks());

    it.each([
      ['a unique column', CREATE_CAMPAIGN, () => ({ input: { code: 'Twice', name: 'Twice' } }), 'code', '"code" is invalid: already used'],
      ['a unique index over two columns', CREATE_ROOM, () => ({ b: String(branchId), input: { name: 'Room 9', type: 'facial' } }), 'name', '"name" is invalid: already used'],
    ])('maps %s to its field', async (_what, mutation, variables, field, message) => {
      expect((await gql(mutation, variables(), { cookie })).body.errors).toBeUndefined();
      const duplicate = await gql(mutation, variables(), { cookie, locale: 'en' });
      expect(duplicate.body.errors).toEqual([expect.objectContaining({ message, extensions: { code: 'ALREADY_USED', field } })]);
    });
  });
});
