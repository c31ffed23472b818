/** @jest-environment jsdom */
import './web-streams';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemberForm, type MemberFormProps } from '@/components/members/form/member-form';
import { WalkInForm } from '@/components/members/form/walk-in-form';
import type { MemberFormValues } from '@/components/members/form/member-values';
import { messages, renderWithIntl } from './render-with-intl';

const mockPush = jest.fn();

jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ push: mockPush, replace: jest.fn(), refresh: jest.fn(), back: jest.fn() }),
  usePathname: () => '/members/new',
  Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => (
    <a href={href} {...rest}>
      {children}
    </a>
  ),
}));

type Reply = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
type Call = { operation: string; variables: Record<string, unknown>; locale: string | null };

let calls: Call[] = [];
let replies: Record<string, Reply | ((variables: Record<string, unknown>) => Reply)> = {};

function operationOf(query: string): string {
  return /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous';
}

const saved = (id: string, memberNo: string) => ({ __typename: 'Member', id, memberNo });
const found = (id: string, memberNo: string, displayName: string, branch: string) => ({
  __typename: 'Member', id, memberNo, displayName, phone: '91234567', branch: { __typename: 'Branch', id: '1', name: branch },
});

beforeEach(() => {
  calls = [];
  mockPush.mockClear();
  replies = {
    Consultants: { data: { staffMembers: { __typename: 'StaffConnection', nodes: [{ __typename: 'Staff', id: '5', displayName: 'Apple Yu', code: 'IS007' }] } } },
    DuplicatePhone: { data: { duplicatePhoneMembers: { __typename: 'MemberConnection', totalCount: 0, nodes: [] } } },
    RegisterMember: { data: { registerMember: saved('42', 'A124') } },
  };
  global.fetch = jest.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const operation = operationOf(body.query);
    calls.push({ operation, variables: body.variables, locale: (init?.headers as Record<string, string>)['x-locale'] ?? null });
    const reply = replies[operation];
    const payload = typeof reply === 'function' ? reply(body.variables) : (reply ?? { errors: [{ message: `unmocked ${operation}` }] });
    // jsdom has no Response: Apollo's HttpLink reads the status, the content type and the text.
    const headers = { get: (name: string) => (name === 'content-type' ? 'application/json' : null) };
    return { ok: true, status: 200, statusText: 'OK', headers, text: async () => JSON.stringify(payload) } as unknown as Response;
  }) as typeof fetch;
});

const blank: MemberFormValues = {
  branchId: '1', groupId: '2', lastName: '', firstName: '', englishName: '', gender: '', idCard: '', phone: '', phone2: '', email: '',
  birthday: '', address: '', consultantId: '', referrerId: '', remarks: '', interestGroupIds: [], customFields: { '9': '' },
};

const props: MemberFormProps = {
  mode: 'register',
  initial: blank,
  branches: [{ id: '1', name: 'TKO' }, { id: '2', name: 'Wanchai' }],
  groups: [{ id: '2', name: 'New' }, { id: '3', name: 'VIP Gold' }],
  interestGroups: [{ id: '1', name: 'Interest Group1' }],
  customFields: [{ id: '9', key: 'skinType', label: 'Skin type', type: 'SELECT', maxLength: null, options: ['dry', 'oily'], defaultValue: null, required: true }],
  today: '2024-06-10',
};

const en = messages.en.members.form;

/** What the API answers for this refusal (graphql/errors.ts): the form must say the same. */
function said(field: string, key: string, locale: 'en' | 'zh-HK' = 'en', label?: string): string {
  const errors = messages[locale].errors as unknown as Record<string, string> & { fields: Record<string, string> };
  return errors.invalidField.replace('{field}', label ?? errors.fields[field]).replace('{reason}', errors[key]);
}

/** A fresh client per test (no answers cached from the last one) over the mocked fetch, in the page's language. */
function withApollo(ui: ReactNode, locale: string) {
  const client = new ApolloClient({ link: new HttpLink({ uri: '/api/graphql', headers: { 'x-locale': locale } }), cache: new InMemoryCache() });
  return <ApolloProvider client={client}>{ui}</ApolloProvider>;
}

async function renderForm(overrides: Partial<MemberFormProps> = {}, locale: 'en' | 'zh-HK' = 'en') {
  const view = renderWithIntl(withApollo(<MemberForm {...props} {...overrides} />, locale), locale);
  await waitFor(() => expect(calls.some((c) => c.operation === 'Consultants')).toBe(true));
  return view;
}

const input = (name: string) => screen.getByTestId(`input-${name}`);
const type = (name: string, value: string) => fireEvent.change(input(name), { target: { value } });

function fillValid() {
  type('lastName', '陳');
  type('firstName', '小麗');
  type('gender', 'FEMALE');
  type('phone', '9123 4567');
  fireEvent.change(screen.getByLabelText(/Skin type/), { target: { value: 'dry' } });
}

const submit = () => fireEvent.click(screen.getByTestId('member-form-submit'));

describe('MemberForm', () => {
  it('marks exactly the required fields with * and says so', async () => {
    await renderForm({}, 'zh-HK');
    expect(screen.getByTestId('required-note')).toHaveTextContent('必須填寫*號標注欄');
    const required = ['branchId', 'groupId', 'lastName', 'gender', 'phone', 'customFields.9'];
    const optional = ['firstName', 'englishName', 'idCard', 'phone2', 'email', 'birthday', 'address', 'consultantId', 'referrerId', 'remarks'];
    for (const name of required) {
      const field = screen.getByTestId(`field-${name}`);
      expect(field.querySelector('label')).toHaveTextContent('*');
      expect(field.querySelector('input, select')).toHaveAttribute('aria-required', 'true');
    }
    for (const name of optional) expect(screen.getByTestId(`field-${name}`).querySelector('label')).not.toHaveTextContent('*');
  });

  it('offers the branch\'s consultants and a hint of accepted phone formats', async () => {
    await renderForm();
    expect(await within(input('consultantId')).findByRole('option', { name: 'Apple Yu (IS007)' })).toBeInTheDocument();
    expect(calls.find((c) => c.operation === 'Consultants')?.variables).toEqual({ branchId: '1' });
    expect(screen.getByTestId('field-phone')).toHaveTextContent(en.phoneHint);
  });

  it('shows each client-side problem next to its field and sends nothing', async () => {
    await renderForm();
    submit();
    for (const name of ['lastName', 'gender', 'phone']) {
      expect(await screen.findByTestId(`error-${name}`)).toHaveTextContent(said(name, 'required'));
    }
    expect(screen.getByTestId('error-customFields.9')).toHaveTextContent(said('customFields.9', 'required', 'en', 'Skin type'));
    type('lastName', '陳');
    type('gender', 'FEMALE');
    type('phone', '1234');
    type('phone2', '42');
    type('email', 'susan@');
    type('idCard', 'A123456(4)');
    type('birthday', '2030-01-01');
    submit();
    expect(await screen.findByTestId('error-phone')).toHaveTextContent(said('phone', 'invalidPhone'));
    expect(screen.getByTestId('error-phone2')).toHaveTextContent(said('phone2', 'invalidPhone'));
    expect(screen.getByTestId('error-email')).toHaveTextContent(said('email', 'invalidEmail'));
    expect(screen.getByTestId('error-idCard')).toHaveTextContent(said('idCard', 'invalidIdCard'));
    expect(screen.getByTestId('error-birthday')).toHaveTextContent(said('birthday', 'birthdayInFuture'));
    expect(screen.queryByTestId('error-lastName')).not.toBeInTheDocument();
    expect(input('phone')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.map((c) => c.operation)).not.toContain('RegisterMember');
    expect(calls.map((c) => c.operation)).not.toContain('DuplicatePhone');
    type('phone', '91234567');
    expect(screen.queryByTestId('error-phone')).not.toBeInTheDocument();
  });

  it('registers with the canonical input and opens the new member', async () => {
    await renderForm();
    fillValid();
    fireEvent.click(screen.getByLabelText('Interest Group1'));
    submit();
    await waitFor(() => expect(mockPush).toHaveBeenCalledWith('/members/42'));
    expect(calls.find((c) => c.operation === 'DuplicatePhone')?.variables).toEqual({ phone: '91234567', excludeMemberId: null });
    const register = calls.find((c) => c.operation === 'RegisterMember');
    expect(register?.locale).toBe('en');
    expect(register?.variables.input).toEqual({
      branchId: '1', groupId: '2', lastName: '陳', firstName: '小麗', englishName: null, gender: 'FEMALE', idCard: null, phone: '91234567',
      phone2: null, email: null, birthday: null, address: null, consultantId: null, referrerId: null, remarks: null,
      interestGroupIds: ['1'], customFields: [{ fieldId: '9', value: 'dry' }],
    });
  });

  it.each([
    ['phone', 'phone'],
    ['input.email', 'email'],
    ['customFields.skinType', 'customFields.9'],
  ])('shows the server\'s localised error for %s next to that field', async (serverField, control) => {
    const message = `"${serverField}" is invalid: server says no`;
    replies.RegisterMember = { errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: serverField } }] };
    await renderForm();
    fillValid();
    submit();
    expect(await screen.findByTestId(`error-${control}`)).toHaveTextContent(message);
    expect(screen.queryByTestId('form-error')).not.toBeInTheDocument();
    expect(mockPush).not.toHaveBeenCalled();
  });

  it('shows an error naming no field above the form', async () => {
    replies.RegisterMember = { errors: [{ message: 'You do not have permission to do this.', extensions: { code: 'FORBIDDEN' } }] };
    await renderForm();
    fillValid();
    submit();
    expect(await screen.findByTestId('form-error')).toHaveTextContent('You do not have permission to do this.');
  });

  it('warns about members with the same phone, then registers anyway', async () => {
    replies.DuplicatePhone = {
      data: { duplicatePhoneMembers: { __typename: 'MemberConnection', totalCount: 1, nodes: [found('1', 'A001', '陳小麗', 'TKO')] } },
    };
    await renderForm();
    fillValid();
    submit();
    const warning = await screen.findByTestId('duplicate-warning');
    expect(warning).toHaveTextContent(en.duplicate.title);
    expect(warning).toHaveTextContent('A001');
    expect(warning).toHaveTextContent('陳小麗');
    expect(warning).toHaveTextContent('TKO');
    expect(within(warning).getByTestId('duplicate-open-A001')).toHaveAttribute('href', '/members/1');
    expect(calls.map((c) => c.operation)).not.toContain('RegisterMember');

    fireEvent.click(screen.getByTestId('duplicate-proceed'));
    await waitFor(() => expect(mockPush).toHaveBeenCalledWith('/members/42'));
    expect(calls.filter((c) => c.operation === 'RegisterMember')).toHaveLength(1);
  });

  it('goes back to the form from the duplicate warning without saving', async () => {
    replies.DuplicatePhone = { data: { duplicatePhoneMembers: { __typename: 'MemberConnection', totalCount: 2, nodes: [found('1', 'A001', '陳小麗', 'TKO')] } } };
    await renderForm();
    fillValid();
    submit();
    fireEvent.click(await screen.findByTestId('duplicate-cancel'));
    expect(screen.queryByTestId('duplicate-warning')).not.toBeInTheDocument();
    expect(screen.getByTestId('member-form-submit')).toBeEnabled();
    expect(calls.map((c) => c.operation)).not.toContain('RegisterMember');
  });

  it('edits with updateMember, skipping the duplicate check when the phone is unchanged', async () => {
    replies.UpdateMember = { data: { updateMember: saved('7', 'A007') } };
    await renderForm({
      mode: 'edit',
      memberId: '7',
      initial: { ...blank, lastName: '陳', gender: 'FEMALE', phone: '91234567', customFields: { '9': 'oily' } },
    });
    type('email', 'susan@example.com');
    submit();
    await waitFor(() => expect(mockPush).toHaveBeenCalledWith('/members/7'));
    expect(calls.map((c) => c.operation)).not.toContain('DuplicatePhone');
    const update = calls.find((c) => c.operation === 'UpdateMember');
    expect(update?.variables).toMatchObject({ id: '7', input: { email: 'susan@example.com', customFields: [{ fieldId: '9', value: 'oily' }] } });
  });

  it('converts a walk-in with convertWalkIn, excluding the walk-in itself from the duplicate check', async () => {
    replies.ConvertWalkIn = { data: { convertWalkIn: saved('8', 'A125') } };
    await renderForm({ mode: 'convert', memberId: '8', initial: { ...blank, phone: '91234567' } });
    expect(screen.getByTestId('member-form-submit')).toHaveTextContent(en.submit.convert);
    fillValid();
    submit();
    await waitFor(() => expect(mockPush).toHaveBeenCalledWith('/members/8'));
    expect(calls.find((c) => c.operation === 'DuplicatePhone')?.variables).toEqual({ phone: '91234567', excludeMemberId: '8' });
    expect(calls.find((c) => c.operation === 'ConvertWalkIn')?.variables).toMatchObject({ id: '8', input: { lastName: '陳' } });
  });
});

describe('WalkInForm', () => {
  it('needs only a phone and creates the walk-in', async () => {
    replies.DuplicatePhone = { data: { duplicatePhoneMembers: { __typename: 'MemberConnection', totalCount: 0, nodes: [] } } };
    replies.CreateWalkIn = { data: { createWalkIn: saved('77', 'K000001') } };
    renderWithIntl(withApollo(<WalkInForm branches={props.branches} defaultBranchId="2" />, 'zh-HK'), 'zh-HK');
    fireEvent.click(screen.getByTestId('walk-in-submit'));
    expect(await screen.findByTestId('error-walkInPhone')).toHaveTextContent(said('phone', 'required', 'zh-HK'));
    fireEvent.change(screen.getByTestId('walk-in-phone'), { target: { value: '6123 4567' } });
    await act(async () => fireEvent.click(screen.getByTestId('walk-in-submit')));
    await waitFor(() => expect(mockPush).toHaveBeenCalledWith('/members/77'));
    expect(calls.find((c) => c.operation === 'CreateWalkIn')?.variables).toEqual({ input: { phone: '61234567', branchId: '2' } });
  });

  it('shows the server\'s phone error at the phone field', async () => {
    replies.DuplicatePhone = { data: { duplicatePhoneMembers: { __typename: 'MemberConnection', totalCount: 0, nodes: [] } } };
    replies.CreateWalkIn = { errors: [{ message: '「電話號碼」無效', extensions: { code: 'BAD_USER_INPUT', field: 'phone' } }] };
    renderWithIntl(withApollo(<WalkInForm branches={props.branches} defaultBranchId="1" />, 'zh-HK'), 'zh-HK');
    fireEvent.change(screen.getByTestId('walk-in-phone'), { target: { value: '91234567' } });
    fireEvent.click(screen.getByTestId('walk-in-submit'));
    expect(await screen.findByTestId('error-walkInPhone')).toHaveTextContent('「電話號碼」無效');
  });
});
