/**
 * Issue 14's permission walk: every action is checked by a named permission in one place (the
 * auth checker), so a new mutation or download that forgets it must fail here without a new test.
 * The built schema is read with graphql-js; every root Mutation field is (1) declared with
 * @Authorized(permissions…) on its method or class, naming only catalogue permissions, and
 * (2) called, with arguments generated from its signature, by a signed-in staff member whose only
 * role grants nothing: each must answer FORBIDDEN naming a permission, before any argument is
 * read or anything is written. Every download under app/api/…/export is called the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
  type GraphQLArgument, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';
import { NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { AuditLog, Role, type Staff } from '../../entities';
import { fieldRule } from '../../graphql/authorized';
import { getSchema } from '../../graphql/schema';
import { isPermission, Permission } from '../../services/admin/permission';
import { permissionName } from '../../services/i18n/translator';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

/** Reports (queries) that need a permission besides being signed in. */
const REPORTS = ['campaignAnalysis', 'contactTrend', 'followUpStatistics', 'followUpStatisticMembers'];
/** 統計分析's views (queries) that need reports.sales. */
const SALES_REPORTS = ['campaignReturn', 'campaignReturnInvoices', 'memberSalesRanking'];

/** Mutations any signed-in staff member may call, each with the reason a reviewer accepted. */
const SIGNED_IN_ONLY: Record<string, string> = {
  changeOwnPassword: 'A staff member changes their own password; it needs their current password, not a permission.',
};

let db: TestDatabase;
let ds: DataSource;
let schema: GraphQLSchema;
let powerless: Staff;
let cookie: string;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  schema = await getSchema();
  await ds.getRepository(Role).insert({ key: 'nothing', name: 'Nothing', permissions: [], builtIn: false });
  powerless = await aStaff(ds, await aBranch(ds), ['nothing' as StaffRole]);
  cookie = await sessionCookieFor(powerless);
});

afterAll(() => db.drop());

const mutationFields = () => Object.values(schema.getMutationType()!.getFields());

/** The permissions the @Authorized rule enforced on a root field names (its method's, else its resolver class's). */
function declaredPermissions(fieldName: string, root: 'mutations' | 'queries' = 'mutations'): string[] | null {
  const type = root === 'mutations' ? schema.getMutationType()! : schema.getQueryType()!;
  const field = type.getFields()[fieldName];
  const rule = field ? fieldRule(field) : null;
  return rule ? [...rule] : null;
}

/** A literal of the type the argument asks for; required input fields filled the same way. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${required.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    const samples: Record<string, string> = {
      ID: '"1"', Int: '1', Float: '1', String: '"x"', Boolean: 'true', DateTimeISO: '"2026-01-01T00:00:00.000Z"', LocalDate: '"2026-01-01"',
    };
    if (!(type.name in samples)) throw new Error(`No sample literal for scalar ${type.name}: add one`);
    return samples[type.name];
  }
  throw new Error(`Cannot build a literal for ${String(type)}`);
}

/** A selection for whatever the field returns: __typename is valid on every object, and nothing on a scalar. */
function selection(type: ReturnType<typeof getNamedType>): string {
  return isScalarType(type) || isEnumType(type) ? '' : ' { __typename }';
}

function operationFor(field: { name: string; args: readonly GraphQLArgument[]; type: Parameters<typeof getNamedType>[0] }): string {
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type)}`).join(', ')})` : '';
  return `mutation { ${field.name}${argText}${selection(getNamedType(field.type))} }`;
}

describe('every mutation names a permission', () => {
  it('declares @Authorized with catalogue permissions on each mutation, or is a reviewed signed-in-only exception', () => {
    const problems: string[] = [];
    for (const field of mutationFields()) {
      const declared = declaredPermissions(field.name);
      if (declared === null) problems.push(`${field.name}: no @Authorized`);
      else if (declared.length === 0 && !(field.name in SIGNED_IN_ONLY)) problems.push(`${field.name}: @Authorized() without a permission`);
      else if (declared.some((p) => !isPermission(p))) problems.push(`${field.name}: ${declared.join(', ')} is not in the catalogue`);
    }
    expect(problems).toEqual([]);
    expect(mutationFields().length).toBeGreaterThan(50);
  });

  it('refuses every mutation to a staff member whose role grants nothing, naming the permission, and writes nothing', async () => {
    const auditBefore = await ds.getRepository(AuditLog).count();
    const problems: string[] = [];
    for (const field of mutationFields()) {
      if (field.name in SIGNED_IN_ONLY) continue;
      const res = await gql(operationFor(field), {}, { cookie, locale: 'en' });
      const error = res.body.errors?.[0];
      const named = declaredPermissions(field.name)!.map((p) => permissionName(p, 'en'));
      if (error?.extensions?.code !== 'FORBIDDEN') problems.push(`${field.name}: ${error ? `${String(error.extensions?.code)} ${error.message}` : 'succeeded'}`);
      else if (!named.some((name) => error.message.includes(name))) problems.push(`${field.name}: "${error.message}" names no permission`);
    }
    expect(problems).toEqual([]);
    expect(await ds.getRepository(AuditLog).count()).toBe(auditBefore);
  });

  it('lets a staff member holding the permission past the checker (the walk is not refusing everybody)', async () => {
    const granted = await aStaff(ds, await aBranch(ds), [StaffRole.SALESPERSON]);
    const res = await gql('mutation { addContactLog(input: { contactMemberId: "999999", methodId: "1", statusId: "1" }) { id } }', {}, {
      cookie: await sessionCookieFor(granted),
      locale: 'en',
    });
    expect(res.body.errors?.[0].extensions?.code).not.toBe('FORBIDDEN');
  });
});

describe('every report names a permission', () => {
  it.each(REPORTS)('%s needs reports.contacts', async (name) => {
    expect(declaredPermissions(name, 'queries')).toEqual([Permission.ReportsContacts]);
    const field = schema.getQueryType()!.getFields()[name];
    const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    const argText = args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type)}`).join(', ')})` : '';
    const res = await gql(`{ ${name}${argText}${selection(getNamedType(field.type))} }`, {}, { cookie, locale: 'en' });
    expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.body.errors?.[0].message).toContain(permissionName(Permission.ReportsContacts, 'en'));
  });

  it.each(SALES_REPORTS)('%s needs reports.sales', async (name) => {
    expect(declaredPermissions(name, 'queries')).toEqual([Permission.ReportsSales]);
    const field = schema.getQueryType()!.getFields()[name];
    const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    const argText = args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type)}`).join(', ')})` : '';
    const res = await gql(`{ ${name}${argText}${selection(getNamedType(field.type))} }`, {}, { cookie, locale: 'en' });
    expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.body.errors?.[0].message).toContain(permissionName(Permission.ReportsSales, 'en'));
  });
});

describe('every download needs data.export', () => {
  const apiDir = path.join(__dirname, '../../app/api');
  const exportRoutes = (fs.readdirSync(apiDir, { recursive: true }) as string[])
    .filter((file) => /(^|\/)export\/route\.ts$/.test(file))
    .sort();

  it('finds the downloads', () => {
    expect(exportRoutes).toEqual(expect.arrayContaining(['contacts/export/route.ts', 'members/export/route.ts']));
  });

  it.each(exportRoutes)('refuses %s to a staff member without data.export, naming it', async (file) => {
    const route = (await import(path.join(apiDir, file))) as { GET: (req: NextRequest) => Promise<Response> };
    const res = await route.GET(new NextRequest(`http://localhost/api/${path.dirname(file)}?locale=en`, { headers: { cookie } }));
    expect(res.status).toBe(403);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('FORBIDDEN');
    expect(body.error.message).toContain(permissionName(Permission.DataExport, 'en'));
  });
});
