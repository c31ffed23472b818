/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { ContactLogForm, type ContactLogFormValues } from '@/components/contacts/page/contact-log-form';
import type { Choice } from '@/components/contacts/page/contact-page-documents';
import type { ContactLogItemFragment as ContactLogItem } from '@/graphql/generated/graphql';
import { renderWithIntl } from './render-with-intl';

const methods: Choice[] = [
  { id: '1', label: '電話', active: true },
  { id: '2', label: '電郵', active: true },
  { id: '3', label: '傳真', active: false },
];
const statuses: Choice[] = [
  { id: '10', label: '未通知', active: true },
  { id: '11', label: '已預約', active: true },
  { id: '12', label: '無人接聽', active: true },
  { id: '13', label: '舊狀態', active: false },
];
const presetNotes = [
  { id: '1', text: '免費試做' },
  { id: '2', text: '員工親友' },
];
const now = () => new Date('2020-06-10T05:10:00.000Z');

function renderForm(props: Partial<Parameters<typeof ContactLogForm>[0]> = {}) {
  const onSubmit = jest.fn<Promise<void>, [ContactLogFormValues]>(async () => undefined);
  renderWithIntl(
    <ContactLogForm timeZone="Asia/Hong_Kong" methods={methods} statuses={statuses} presetNotes={presetNotes} currentStatusId="12" now={now} onSubmit={onSubmit} {...props} />,
  );
  return onSubmit;
}

const value = (testId: string) => (screen.getByTestId(testId) as HTMLInputElement).value;

it('starts at now in the salon\'s time zone, the first method and the current status, offering active choices only', () => {
  renderForm();
  expect(value('log-date')).toBe('2020-06-10');
  expect(value('log-time')).toBe('13:10');
  expect(value('log-method')).toBe('1');
  expect(value('log-status')).toBe('12');
  expect(screen.queryByRole('option', { name: '傳真' })).toBeNull();
  expect(screen.queryByRole('option', { name: '舊狀態' })).toBeNull();
  expect(screen.getByText('系統會預設現時的日期時間，按需要修改。')).toBeTruthy();
});

it('fills the note from a preset note, counts characters live, and sends the values', async () => {
  const onSubmit = renderForm();
  fireEvent.click(screen.getByTestId('log-preset-toggle'));
  fireEvent.click(screen.getByRole('button', { name: '員工親友' }));
  expect(value('log-note')).toBe('員工親友');
  expect(screen.getByTestId('log-note-count').textContent).toBe('4/500');
  fireEvent.change(screen.getByTestId('log-content'), { target: { value: '😀 hi' } });
  expect(screen.getByTestId('log-content-count').textContent).toBe('4/500');
  fireEvent.change(screen.getByTestId('log-status'), { target: { value: '11' } });
  fireEvent.change(screen.getByTestId('log-time'), { target: { value: '12:05' } });
  fireEvent.change(screen.getByTestId('log-next'), { target: { value: '2020-06-11T18:30' } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('log-submit'));
  });
  expect(onSubmit).toHaveBeenCalledWith({
    contactedAt: '2020-06-10T04:05:00.000Z',
    methodId: '1',
    statusId: '11',
    note: '員工親友',
    content: '😀 hi',
    nextFollowUpAt: '2020-06-11T10:30:00.000Z',
  });
  // A new log's form starts over after saving.
  await waitFor(() => expect(value('log-note')).toBe(''));
});

it('checks lengths and dates before sending, and shows each error next to its field', async () => {
  const onSubmit = renderForm();
  fireEvent.change(screen.getByTestId('log-note'), { target: { value: '好'.repeat(501) } });
  fireEvent.change(screen.getByTestId('log-next'), { target: { value: '2020-06-09T10:00' } });
  expect(screen.getByTestId('log-note-count').textContent).toBe('501/500');
  await act(async () => {
    fireEvent.click(screen.getByTestId('log-submit'));
  });
  expect(onSubmit).not.toHaveBeenCalled();
  // The server's own words for the same refusals (the form checks with the service's schema).
  expect(screen.getByTestId('log-error-note').textContent).toBe('「聯絡備註」無效：最多 500 字元');
  expect(screen.getByTestId('log-error-nextFollowUpAt').textContent).toBe('「下次跟進日期時間」無效：不可早於聯絡日期時間');
  expect(screen.getByTestId('log-note').getAttribute('aria-invalid')).toBe('true');
});

it('shows the server\'s error next to the field it names, and resets to the defaults', async () => {
  const onSubmit = renderForm({
    onSubmit: jest.fn(async () => {
      // What useMutation rejects with when the server refuses the input.
      throw new CombinedGraphQLErrors({
        data: null,
        errors: [{ message: '「聯絡日期時間」無效：不可遲於現在起計一天', extensions: { code: 'BAD_USER_INPUT', field: 'contactedAt' } }],
      });
    }),
  });
  fireEvent.change(screen.getByTestId('log-date'), { target: { value: '2020-06-20' } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('log-submit'));
  });
  expect(screen.getByTestId('log-error-contactedAt').textContent).toBe('「聯絡日期時間」無效：不可遲於現在起計一天');
  fireEvent.click(screen.getByTestId('log-reset'));
  expect(value('log-date')).toBe('2020-06-10');
  expect(screen.queryByTestId('log-error-contactedAt')).toBeNull();
  expect(onSubmit).not.toHaveBeenCalled();
});

it('edits a log with its values, keeping an inactive method or status it already has', async () => {
  const log: ContactLogItem = {
    id: '5', contactedAt: '2020-06-10T05:05:00.000Z', note: '繁忙中, 6:30後聯絡', content: '', nextFollowUpAt: null, updatedAt: '2020-06-10T05:10:00.000Z',
    canEdit: true, method: methods[2], status: statuses[3], updatedBy: { id: '1', displayName: 'HKB2B Support', login: 'beauty' },
  };
  const onCancel = jest.fn();
  const onSubmit = renderForm({ log, onCancel });
  expect(screen.getByTestId('log-edit-form')).toBeTruthy();
  expect(value('log-time')).toBe('13:05');
  expect(value('log-method')).toBe('3');
  expect(value('log-status')).toBe('13');
  expect(value('log-note')).toBe('繁忙中, 6:30後聯絡');
  await act(async () => {
    fireEvent.click(screen.getByTestId('log-submit'));
  });
  expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ contactedAt: '2020-06-10T05:05:00.000Z', methodId: '3', statusId: '13' }));
  fireEvent.click(screen.getByTestId('log-cancel'));
  expect(onCancel).toHaveBeenCalled();
});
