import { isInputObjectType, isIntrospectionType, isObjectType, isEnumType } from 'graphql';
import { getSchema } from '../../graphql/schema';

describe('the GraphQL schema', () => {
  it('describes every type, field and argument', async () => {
    const schema = await getSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  /**
   * Lists bounded by their nature, small enough never to page: a week's rows, a handful of series,
   * the home page's summary rows (one per branch, one per salesperson with overdue follow-ups).
   */
  // couponReport: one row per coupon type, which the chain defines by hand (a handful).
  // memberCards: one current card and those it replaced; usableMemberPackages: the packages one member can use today.
  const BOUNDED_LISTS = ['branchArrivalsToday', 'branchHours', 'couponReport', 'memberCards', 'overdueFollowUpsBySalesperson', 'treatmentSeries', 'usableMemberPackages', 'workSchedules'];

  it('returns lists only as connections, apart from the few bounded by nature', async () => {
    const schema = await getSchema();
    const query = schema.getQueryType()!;
    const lists = Object.values(query.getFields()).filter((f) => /\[/.test(String(f.type)));
    expect(lists.map((f) => f.name).filter((name) => !BOUNDED_LISTS.includes(name))).toEqual([]);
  });
});
