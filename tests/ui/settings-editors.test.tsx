/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import {
  AddBranchClosedDayMutation, AddScheduleExceptionMutation, CreateEquipmentMutation, RemoveBranchClosedDayMutation, SetBranchHoursMutation,
  SetWorkScheduleMutation, UpdateAppointmentSettingsMutation,
} from '@/components/appointment-resources/appointment-resource-documents';
import { BranchHoursForm } from '@/components/appointment-resources/branch-hours-form';
import { EquipmentEditor, RoomsEditor } from '@/components/appointment-resources/branch-resources-editors';
import { ClosedDaysEditor } from '@/components/appointment-resources/closed-days-editor';
import { TreatmentsEditor } from '@/components/appointment-resources/treatments-editor';
import { ScheduleExceptionsEditor } from '@/components/appointment-resources/schedule-exceptions-editor';
import { SlotStepForm } from '@/components/appointment-resources/slot-step-form';
import { WeeklyScheduleEditor } from '@/components/appointment-resources/weekly-schedule-editor';
import { DeletePresetNoteMutation } from '@/components/contact-settings/contact-settings-documents';
import { ContactOptionsEditor } from '@/components/contact-settings/contact-options-editor';
import { PresetNotesEditor } from '@/components/contact-settings/preset-notes-editor';
import { CustomFieldsEditor } from '@/components/settings/custom-fields-editor';
import { InterestGroupsEditor } from '@/components/settings/interest-groups-editor';
import { MemberLevelsEditor } from '@/components/settings/member-levels-editor';
import { NumberingEditor } from '@/components/settings/numbering-editor';
import { SaveMemberNumberSequenceMutation, UpdateCustomFieldMutation } from '@/components/settings/settings-documents';
import type { Locale } from '@/i18n/locales';
import { typePolicies } from '@/lib/apollo/type-policies';
import { CUSTOM_FIELD_REFUSALS } from '../helpers/custom-field-refusals';
import { MEMBER_LEVEL_REFUSALS } from '../helpers/member-level-refusals';
import { NUMBERING_REFUSALS } from '../helpers/numbering-refusals';
import { LONG_REASON, RESOURCE_REFUSALS as REFUSED } from '../helpers/resource-refusals';
import { messages, renderWithIntl } from './render-with-intl';

function renderWith(mocks: MockedProviderProps['mocks'], ui: ReactElement, locale?: Locale) {
  renderWithIntl(
    <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies })}>
      {ui}
    </MockedProvider>,
    locale,
  );
}

const type = (id: string, value: string) => fireEvent.change(document.getElementById(`member-field-${id}`)!, { target: { value } });
const click = (testId: string) =>
  act(async () => {
    fireEvent.click(screen.getByTestId(testId));
  });
/** The rows' text as shown, header row left out. */
const rowsOf = (editor: string) => within(screen.getByTestId(editor)).getAllByRole('row').slice(1).map((row) => row.textContent);

const tst = { __typename: 'Branch', id: '1', code: 'TST' } as const;
const tko = { __typename: 'Branch', id: '2', code: 'TKO' } as const;

describe('closed days', () => {
  const christmas = { __typename: 'BranchClosedDay', id: '5', date: '2031-12-25', reason: 'Christmas' } as const;

  it('adds a day in date order from the form that stays open, and opens a day again', async () => {
    renderWith(
      [
        {
          request: { query: AddBranchClosedDayMutation, variables: { branchId: '1', input: { date: '2031-10-01', reason: null } } },
          result: { data: { addBranchClosedDay: { __typename: 'BranchClosedDay', id: '6', date: '2031-10-01', reason: null } } },
        },
        { request: { query: RemoveBranchClosedDayMutation, variables: { id: '5' } }, result: { data: { removeBranchClosedDay: true } } },
      ],
      <ClosedDaysEditor branchId="1" rows={[christmas]} canEdit />,
      'en',
    );
    // Under the card's own title, the add form's title is one level below it.
    expect(within(screen.getByTestId('config-form')).getByRole('heading', { level: 3 }).textContent).toBe('Add closed day');
    type('closed-date', '2031-10-01');
    await click('config-save');
    await waitFor(() => expect(rowsOf('closed-days-editor')[0]).toContain('2031-10-01'));
    expect(rowsOf('closed-days-editor')[1]).toContain('Christmas');
    expect((document.getElementById('member-field-closed-date') as HTMLInputElement).value).toBe('');
    await click('remove-2031-12-25');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2031-12-25 is open again.'));
    expect(rowsOf('closed-days-editor')).toHaveLength(1);
  });

  it('asks for a date before sending, and shows the server\'s refusal next to the date', async () => {
    renderWith(
      [{
        request: { query: AddBranchClosedDayMutation, variables: { branchId: '1', input: { date: '2031-12-25', reason: null } } },
        result: { errors: [{ message: '「日期」無效：已經是休息日', extensions: { code: 'ALREADY_USED', field: 'date' } }] },
      }],
      <ClosedDaysEditor branchId="1" rows={[christmas]} canEdit />,
    );
    await click('config-save');
    expect(screen.getByTestId('error-closed-date').textContent).toBe('「日期」無效：必須輸入');
    type('closed-date', '2031-12-25');
    await click('config-save');
    await waitFor(() => expect(screen.getByTestId('error-closed-date').textContent).toBe('「日期」無效：已經是休息日'));
  });
});

describe('schedule exceptions', () => {
  it('asks for times only for changed hours or part-day leave, checks them, and adds the exception', async () => {
    const input = { staffId: '7', branchId: '2', date: '2031-06-02', kind: 'OVERRIDE', startTime: '12:00', endTime: '20:00', note: null };
    renderWith(
      [{
        request: { query: AddScheduleExceptionMutation, variables: { input } },
        result: { data: { addScheduleException: { __typename: 'ScheduleException', id: '3', ...input, branch: tko } } },
      }],
      <ScheduleExceptionsEditor staffId="7" branches={[tst, tko]} defaultBranchId="1" rows={[]} canEdit />,
      'en',
    );
    expect(document.getElementById('member-field-exception-startTime')).toBeNull();
    fireEvent.change(document.getElementById('member-field-exception-kind')!, { target: { value: 'OVERRIDE' } });
    fireEvent.change(document.getElementById('member-field-exception-branchId')!, { target: { value: '2' } });
    type('exception-date', '2031-06-02');
    type('exception-startTime', '12:00');
    type('exception-endTime', '11:00');
    await click('config-save');
    expect(screen.getByTestId('error-exception-endTime').textContent).not.toBe('');
    type('exception-endTime', '20:00');
    await click('config-save');
    await waitFor(() => expect(rowsOf('schedule-exceptions')[0]).toContain('12:00–20:00'));
    expect(rowsOf('schedule-exceptions')[0]).toContain('TKO');
    expect(rowsOf('schedule-exceptions')[0]).toContain('Changed hours');
  });
});

describe('opening hours', () => {
  const hours = [1, 2, 3, 4, 5, 6, 0].map((weekday) => ({ __typename: 'BranchHours', id: `h${weekday}`, weekday, opensAt: '10:00', closesAt: '22:00' }) as const);

  it('closes one weekday by saving the whole week without it', async () => {
    const days = hours.filter((h) => h.weekday !== 0).map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt, closesAt }));
    renderWith(
      [{ request: { query: SetBranchHoursMutation, variables: { branchId: '1', days } }, result: { data: { setBranchHours: hours.filter((h) => h.weekday !== 0) } } }],
      <BranchHoursForm branchId="1" rows={hours} canEdit />,
      'en',
    );
    expect(rowsOf('branch-hours-form')[0]).toContain('Monday');
    await click('edit-0');
    fireEvent.click(document.getElementById('member-field-hours-open')!);
    expect(document.getElementById('member-field-hours-opensAt')).toBeNull();
    await click('config-save');
    await waitFor(() => expect(rowsOf('branch-hours-form')[6]).toContain('Closed'));
    expect(rowsOf('branch-hours-form')[0]).toContain('10:00');
  });

  it('refuses a closing time before the opening time without sending', async () => {
    renderWith([], <BranchHoursForm branchId="1" rows={hours} canEdit />, 'en');
    await click('edit-1');
    type('hours-closesAt', '09:00');
    await click('config-save');
    expect(screen.getByTestId('error-hours-closesAt').textContent).toBeTruthy();
    expect(screen.getByTestId('config-form')).toBeTruthy();
  });
});

describe('weekly schedule', () => {
  const at = (id: string, weekday: number, startTime: string, endTime: string, branch: typeof tst | typeof tko) =>
    ({ __typename: 'WorkSchedule', id, weekday, startTime, endTime, branch }) as const;
  const rows = [at('1', 1, '10:00', '19:00', tst), at('2', 2, '10:00', '19:00', tko)];

  it('adds a second interval on a weekday at the chosen branch, saving that branch\'s week', async () => {
    const saved = [...rows, at('3', 1, '20:00', '22:00', tst)];
    renderWith(
      [{
        request: {
          query: SetWorkScheduleMutation,
          variables: { staffId: '7', branchId: '1', days: [{ weekday: 1, startTime: '10:00', endTime: '19:00' }, { weekday: 1, startTime: '20:00', endTime: '22:00' }] },
        },
        result: { data: { setWorkSchedule: saved } },
      }],
      <WeeklyScheduleEditor staffId="7" branches={[tst, tko]} rows={rows} initialBranchId="1" canEdit />,
      'en',
    );
    expect(rowsOf('weekly-schedule-form')[1]).toContain('TKO 10:00–19:00');
    await click('edit-1');
    await click('member-field-schedule-intervals-add');
    fireEvent.change(screen.getByTestId('member-field-schedule-intervals-start-1'), { target: { value: '20:00' } });
    fireEvent.change(screen.getByTestId('member-field-schedule-intervals-end-1'), { target: { value: '22:00' } });
    await click('config-save');
    await waitFor(() => expect(rowsOf('weekly-schedule-form')[0]).toContain('10:00–19:00, 20:00–22:00'));

    fireEvent.change(screen.getByTestId('weekly-schedule-form-scope'), { target: { value: '2' } });
    expect(rowsOf('weekly-schedule-form')[1]).toContain('10:00–19:00');
    expect(rowsOf('weekly-schedule-form')[0]).toContain('TST 10:00–19:00, TST 20:00–22:00');
  });

  it('refuses overlapping intervals without sending', async () => {
    renderWith([], <WeeklyScheduleEditor staffId="7" branches={[tst, tko]} rows={rows} initialBranchId="1" canEdit />, 'en');
    await click('edit-1');
    await click('member-field-schedule-intervals-add');
    fireEvent.change(screen.getByTestId('member-field-schedule-intervals-start-1'), { target: { value: '18:00' } });
    await click('config-save');
    expect(screen.getByTestId('error-schedule-intervals').textContent).toBeTruthy();
  });
});

describe('branch resources', () => {
  it('creates equipment at the branch through a variable, not pasted into the query', async () => {
    const input = { code: 'E01', name: 'Laser', count: 2, active: true };
    renderWith(
      [{ request: { query: CreateEquipmentMutation, variables: { branchId: '2', input } }, result: { data: { createEquipment: { __typename: 'Equipment', id: '9', ...input } } } }],
      <EquipmentEditor branchId="2" rows={[]} canEdit />,
    );
    await click('config-new');
    type('equipment-code', 'E01');
    type('equipment-name', 'Laser');
    type('equipment-count', '2');
    await click('config-save');
    await waitFor(() => expect(rowsOf('equipment-editor')[0]).toContain('Laser'));
  });
});

describe('preset notes, custom fields, numbering, slot step', () => {
  it('deletes a preset note only after confirming', async () => {
    const note = { __typename: 'PresetNote', id: '4', text: '已留言' } as const;
    renderWith(
      [{ request: { query: DeletePresetNoteMutation, variables: { id: '4' } }, result: { data: { deletePresetNote: true } } }],
      <PresetNotesEditor rows={[note]} canEdit />,
    );
    await click('remove-4');
    expect(rowsOf('notes-editor')).toHaveLength(1);
    await click('confirm-remove-4');
    await waitFor(() => expect(rowsOf('notes-editor')).toEqual([messages['zh-HK'].contactSettings.notes.empty]));
  });

  it('deactivates a custom field from its row and says why a change was refused', async () => {
    const field = {
      __typename: 'CustomField', id: '3', key: 'skin', label: 'Skin', type: 'TEXT', maxLength: null, options: [] as string[], defaultValue: null, required: false, sortOrder: 0, active: true,
    } as const;
    const input = { key: 'skin', label: 'Skin', type: 'TEXT', maxLength: null, options: [], defaultValue: null, required: false, sortOrder: 0, active: false };
    renderWith(
      [
        { request: { query: UpdateCustomFieldMutation, variables: { id: '3', input } }, result: { data: { updateCustomField: { ...field, active: false } } } },
        { request: { query: UpdateCustomFieldMutation, variables: { id: '3', input: { ...input, active: true } } }, result: { errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }] } },
      ],
      <CustomFieldsEditor rows={[field]} canEdit />,
      'en',
    );
    await click('toggle-3');
    await waitFor(() => expect(rowsOf('custom-fields-editor')[0]).toContain('Inactive'));
    await click('toggle-3');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Not allowed'));
  });

  it('saves a branch\'s numbering rule, which then counts as configured', async () => {
    const row = { id: 'branch:1', scope: 'branch:1', scopeLabel: 'TST', prefix: 'TST', digits: 5, nextValue: 1, saved: false };
    renderWith(
      [{
        request: { query: SaveMemberNumberSequenceMutation, variables: { input: { scope: 'branch:1', prefix: 'A', digits: 3, nextValue: 12 } } },
        result: { data: { saveMemberNumberSequence: { __typename: 'MemberNumberSequence', id: '8', scope: 'branch:1', prefix: 'A', digits: 3, nextValue: 12 } } },
      }],
      <NumberingEditor rows={[row]} canEdit />,
      'en',
    );
    await click('edit-branch:1');
    type('prefix', 'A');
    type('digits', '3');
    type('nextValue', '12');
    await click('config-save');
    await waitFor(() => expect(rowsOf('numbering-editor')[0]).toContain('A012'));
    expect(rowsOf('numbering-editor')[0]).not.toContain('Default');
  });

  it('shows the server\'s refusal of a slot step next to the field', async () => {
    renderWith(
      [{
        request: { query: UpdateAppointmentSettingsMutation, variables: { input: { slotStepMinutes: 7 } } },
        result: { errors: [{ message: '「時段間隔」無效：必須是 5 的倍數', extensions: { code: 'BAD_USER_INPUT', field: 'slotStepMinutes' } }] },
      }],
      <SlotStepForm slotStepMinutes={30} canEdit />,
    );
    fireEvent.change(screen.getByTestId('slot-step-input'), { target: { value: '7' } });
    await click('slot-step-save');
    await waitFor(() => expect(screen.getByTestId('error-slotStepMinutes').textContent).toBe('「時段間隔」無效：必須是 5 的倍數'));
  });
});

describe.each(['zh-HK', 'en', 'zh-CN', 'th'] as const)('in %s', (locale) => {
  it('draws the rebuilt editors with every word from that language\'s messages', () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const note = { __typename: 'PresetNote', id: '4', text: '已留言' } as const;
    const day = { __typename: 'BranchClosedDay', id: '5', date: '2031-12-25', reason: null } as const;
    const week = [{ __typename: 'WorkSchedule', id: '1', weekday: 1, startTime: '10:00', endTime: '19:00', branch: tst }] as const;
    const status = { __typename: 'ContactStatus', id: '1', name: '未通知', label: '未通知', key: null, sortOrder: 1, active: true, translations: { __typename: 'LocalisedNames', zhHK: null, en: null, zhCN: null, th: null } } as const;
    renderWith(
      [],
      <>
        <ClosedDaysEditor branchId="1" rows={[day]} canEdit />
        <ScheduleExceptionsEditor staffId="7" branches={[tst]} defaultBranchId="1" rows={[]} canEdit />
        <BranchHoursForm branchId="1" rows={[]} canEdit />
        <WeeklyScheduleEditor staffId="7" branches={[tst]} rows={[...week]} initialBranchId="1" canEdit />
        <PresetNotesEditor rows={[note]} canEdit />
        <ContactOptionsEditor kind="status" rows={[status]} canEdit />
      </>,
      locale,
    );
    const words = messages[locale].appointmentSettings;
    expect(screen.getByText(words.closedDays.title)).toBeTruthy();
    expect(screen.getAllByText(words.weekdays[1]).length).toBe(2);
    expect(screen.getByText(messages[locale].contactSettings.statuses.default)).toBeTruthy();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});

// Each editor checks with its service's schema: nothing is sent (no mocks), and the message is the
// one the API answers for the same input (tests/integration/appointment-resources.test.ts).
describe('appointment-resource editors refuse in the API\'s words before sending', () => {
  it('treatments: a duration out of range', async () => {
    renderWith([], <TreatmentsEditor rows={[]} canEdit equipmentCodes={[]} />);
    await click('config-new');
    type('code', 'T09');
    type('name', 'Facial');
    type('durationMinutes', '700');
    await click('config-save');
    expect(screen.getByTestId('error-durationMinutes').textContent).toBe(REFUSED.treatmentDuration.message);
  });

  it('equipment: no units', async () => {
    renderWith([], <EquipmentEditor branchId="2" rows={[]} canEdit />);
    await click('config-new');
    type('equipment-code', 'E01');
    type('equipment-name', 'Laser');
    type('equipment-count', '0');
    await click('config-save');
    expect(screen.getByTestId('error-equipment-count').textContent).toBe(REFUSED.equipmentCount.message);
  });

  it('rooms: no type', async () => {
    renderWith([], <RoomsEditor branchId="2" rows={[]} canEdit />);
    await click('config-new');
    type('room-name', 'Room 9');
    await click('config-save');
    expect(screen.getByTestId('error-room-type').textContent).toBe(REFUSED.roomType.message);
  });

  it('closed days: a reason too long', async () => {
    renderWith([], <ClosedDaysEditor branchId="1" rows={[]} canEdit />);
    type('closed-date', '2031-10-01');
    type('closed-reason', LONG_REASON);
    await click('config-save');
    expect(screen.getByTestId('error-closed-reason').textContent).toBe(REFUSED.closedDayReason.message);
  });

  it('schedule exceptions: changed hours ending before they start', async () => {
    renderWith([], <ScheduleExceptionsEditor staffId="7" branches={[tst]} defaultBranchId="1" rows={[]} canEdit />);
    fireEvent.change(document.getElementById('member-field-exception-kind')!, { target: { value: 'OVERRIDE' } });
    type('exception-date', '2031-06-02');
    type('exception-startTime', '18:00');
    type('exception-endTime', '10:00');
    await click('config-save');
    expect(screen.getByTestId('error-exception-endTime').textContent).toBe(REFUSED.exceptionEnd.message);
  });

  it('opening hours: closing before opening', async () => {
    const monday = { __typename: 'BranchHours', id: 'h1', weekday: 1, opensAt: '10:00', closesAt: '22:00' } as const;
    renderWith([], <BranchHoursForm branchId="1" rows={[monday]} canEdit />);
    await click('edit-1');
    type('hours-closesAt', '09:00');
    await click('config-save');
    expect(screen.getByTestId('error-hours-closesAt').textContent).toBe(REFUSED.hoursClose.message);
  });

  it('weekly schedule: overlapping hours on one weekday', async () => {
    const monday = { __typename: 'WorkSchedule', id: '1', weekday: 1, startTime: '10:00', endTime: '19:00', branch: tst } as const;
    renderWith([], <WeeklyScheduleEditor staffId="7" branches={[tst]} rows={[monday]} initialBranchId="1" canEdit />);
    await click('edit-1');
    await click('member-field-schedule-intervals-add');
    fireEvent.change(screen.getByTestId('member-field-schedule-intervals-start-1'), { target: { value: '18:00' } });
    await click('config-save');
    expect(screen.getByTestId('error-schedule-intervals').textContent).toBe(REFUSED.scheduleOverlap.message);
  });

  it('slot step: out of range', async () => {
    renderWith([], <SlotStepForm slotStepMinutes={30} canEdit />);
    fireEvent.change(screen.getByTestId('slot-step-input'), { target: { value: '200' } });
    await click('slot-step-save');
    expect(screen.getByTestId('error-slotStepMinutes').textContent).toBe(REFUSED.slotStep.message);
  });
});

// The custom fields editor checks with the service's schema: nothing is sent (no mocks), in the
// words the API answers for the same definition (tests/integration/settings-pages.test.ts).
describe('the custom fields editor refuses in the API\'s words before sending', () => {
  const select = (id: string, value: string) => fireEvent.change(document.getElementById(`member-field-${id}`)!, { target: { value } });

  it.each([
    ['key', () => { type('key', '1skin'); type('label', 'Height'); }],
    ['options', () => { type('key', 'skin'); type('label', 'Skin'); select('type', 'SELECT'); }],
    ['defaultValue', () => { type('key', 'height'); type('label', 'Height'); select('type', 'NUMBER'); type('defaultValue', 'tall'); }],
  ] as const)('%s', async (name, fill) => {
    renderWith([], <CustomFieldsEditor rows={[]} canEdit />);
    await click('config-new');
    fill();
    await click('config-save');
    expect(screen.getByTestId(`error-${name}`).textContent).toBe(CUSTOM_FIELD_REFUSALS[name].message);
  });
});

// The member levels editor checks with the service's schema: nothing is sent (no mocks), in the
// words the API answers for the same level (tests/integration/settings-pages.test.ts).
describe('the member levels editor refuses in the API\'s words before sending', () => {
  it.each([
    ['discountPercent', '150'],
    ['upgradeWithinMonths', '0'],
  ] as const)('%s', async (name, value) => {
    renderWith([], <MemberLevelsEditor rows={[]} canEdit currency="HKD" />);
    await click('config-new');
    type('code', 'VIPX');
    type('name', 'VIP X');
    type(name, value);
    await click('config-save');
    expect(screen.getByTestId(`error-${name}`).textContent).toBe(MEMBER_LEVEL_REFUSALS[name].message);
  });
});

// The numbering editor checks with the service's schema: nothing is sent (no mocks), in the words
// the API answers for the same rule (tests/integration/settings-pages.test.ts).
describe('the numbering editor refuses in the API\'s words before sending', () => {
  it.each([
    ['prefix', 'A B'],
    ['digits', '12'],
  ] as const)('%s', async (name, value) => {
    const row = { id: 'branch:1', scope: 'branch:1', scopeLabel: 'TST', prefix: 'TST', digits: 5, nextValue: 1, saved: false };
    renderWith([], <NumberingEditor rows={[row]} canEdit />);
    await click('edit-branch:1');
    type(name, value);
    await click('config-save');
    expect(screen.getByTestId(`error-${name}`).textContent).toBe(NUMBERING_REFUSALS[name].message);
  });
});

// The interest groups editor checks with the service's schema: nothing is sent (no mocks), in the
// words the API answers for the same group (tests/integration/settings-pages.test.ts).
it('the interest groups editor refuses a group without a name in the API\'s words before sending', async () => {
  renderWith([], <InterestGroupsEditor rows={[]} canEdit />);
  await click('config-new');
  type('code', 'IG9');
  await click('config-save');
  expect(screen.getByTestId('error-name').textContent).toBe('「名稱」無效：必須輸入');
});
