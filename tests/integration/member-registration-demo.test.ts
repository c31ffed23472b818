import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { Branch, CustomField, InterestGroup, MemberGroup, Staff } from '../../entities';
import { DEMO_MANAGER_LOGIN } from '../../services/seed/demo-data';
import { seedDemoData } from '../../services/seed/seed-demo.service';
import { as, REGISTER, registration } from '../helpers/member-lifecycle-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  await seedDemoData(ds);
});

afterAll(() => db.drop());

describe('registration on the demo data', () => {
  it('continues each branch\'s numbering after the demo members and starts walk-ins at K000001', async () => {
    const manager = await ds.getRepository(Staff).findOneByOrFail({ login: DEMO_MANAGER_LOGIN });
    const branch = async (code: string) => ds.getRepository(Branch).findOneByOrFail({ code });
    const trial = await ds.getRepository(MemberGroup).findOneByOrFail({ code: 'TRIAL' });
    const skin = await ds.getRepository(CustomField).findOneByOrFail({ key: 'skinType' });
    const interest = await ds.getRepository(InterestGroup).findOneByOrFail({ name: 'Interest Group3' });

    const tko = await as(manager, REGISTER, {
      input: registration(await branch('TKO'), trial.id, { customFields: [{ fieldId: String(skin.id), value: '敏感' }], interestGroupIds: [String(interest.id)] }),
    });
    expect(tko.body.errors).toBeUndefined();
    expect(tko.body.data!.registerMember.memberNo).toBe('A305');
    const wanchai = await as(manager, REGISTER, { input: registration(await branch('Wanchai'), trial.id, { phone: '23456780' }) });
    expect(wanchai.body.data!.registerMember.memberNo).toBe('WeM-00005');
    const walkIn = await as(manager, 'mutation($b: ID!) { createWalkIn(input: { phone: "91112222", branchId: $b }) { memberNo group { code } } }', {
      b: String((await branch('TKO')).id),
    });
    expect(walkIn.body.data!.createWalkIn).toEqual({ memberNo: 'K000001', group: { code: 'NONMEMBER' } });
  });
});
