/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { SetAppointmentNotesMutation } from '@/components/appointments/boards/board-documents';
import { ContactBooking } from '@/components/appointments/booking/contact-booking';
import { ContactBookingQuery } from '@/components/appointments/booking/booking-documents';
import { typePolicies } from '@/lib/apollo/type-policies';
import { renderWithIntl } from './render-with-intl';

const appointment = {
  __typename: 'Appointment' as const,
  id: '7',
  startsAt: '2020-05-05T09:00:00.000Z',
  endsAt: '2020-05-05T09:30:00.000Z',
  status: 'COMPLETED' as const,
  note: '免費試做',
  attendanceNote: '',
  verificationNote: '已核對身份證',
  verifiedAt: '2020-05-04T11:40:00.000Z',
  branch: { __typename: 'Branch' as const, id: '1', code: 'TKO', name: 'TKO', timeZone: 'Asia/Hong_Kong' },
  verifiedBy: { __typename: 'Staff' as const, id: '1', displayName: 'HKB2B Support', code: 'beauty' },
  beautician: { __typename: 'Staff' as const, id: '6', displayName: 'Yuki Cheng', code: 'IS001' },
  treatment: { __typename: 'Treatment' as const, id: '1', code: 'AP03', name: '深層面部護理' },
  version: 3,
  offerCode: 'AP',
  equipment: null,
};

const text = (key: string) => screen.getByTestId(`contact-booking-${key}`).textContent;

it('shows the manual\'s booking block in the branch\'s zone instead of a one-line summary, and 新增 saves an attendance note into it', async () => {
  renderWithIntl(
    <MockedProvider
      cache={new InMemoryCache({ typePolicies })}
      mocks={[
        {
          request: { query: ContactBookingQuery, variables: { id: '5' } },
          result: {
            data: {
              contactSettings: { __typename: 'ContactSettings', allowBooking: false },
              contactMember: { __typename: 'ContactMember', id: '5', appointment },
            },
          },
        },
        {
          request: { query: SetAppointmentNotesMutation, variables: { id: '7', input: { attendanceNote: '準時' } } },
          result: { data: { setAppointmentNotes: { __typename: 'Appointment', id: '7', attendanceNote: '準時', verificationNote: '已核對身份證', purchaseNote: '' } } },
        },
      ]}
    >
      <ContactBooking contactMemberId="5" member={{ id: '3', memberNo: 'A003', displayName: '陳大文', phones: '11335577' }} />
    </MockedProvider>,
    'zh-HK',
  );
  await screen.findByTestId('contact-booking-block');
  const terms = Array.from(screen.getByTestId('contact-booking-block').querySelectorAll('dt')).map((dt) => dt.textContent);
  expect(terms.slice(0, 9)).toEqual(['預約分店', '預約日期時間', '預約備註', '預約狀態', '出席備註', '出席驗證', '驗證員工', '驗證日期', '驗證備註']);
  expect(text('branch')).toBe('TKO (TKO)');
  expect(text('at')).toMatch(/^2020年5月5日 .*5:00 – .*5:30$/);
  expect(text('note')).toBe('免費試做');
  expect(text('status')).toBe('已完成');
  expect(text('verified')).toBe('✓ 已驗證');
  expect(text('verifiedBy')).toBe('HKB2B Support (beauty)');
  expect(text('verifiedAt')).toMatch(/^2020年5月4日 .*7:40$/);
  expect(screen.getByTestId('note-verificationNote').textContent).toBe('已核對身份證');

  fireEvent.click(screen.getByRole('button', { name: '新增出席備註（陳大文）' }));
  fireEvent.change(await screen.findByTestId('note-attendanceNote-input'), { target: { value: '準時' } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('note-attendanceNote-save'));
  });
  await waitFor(() => expect(screen.getByTestId('note-attendanceNote').textContent).toBe('準時'));
});
