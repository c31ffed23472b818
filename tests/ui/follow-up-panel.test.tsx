/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { act, fireEvent, screen } from '@testing-library/react';
import { FollowUpPanel } from '@/components/contacts/page/follow-up-panel';
import type { ContactStateFragment } from '@/graphql/generated/graphql';
import { CLOSING_NOTE_MISSING, CLOSING_NOTE_TOO_LONG } from '../helpers/form-refusals';
import { renderWithIntl } from './render-with-intl';

const open = {
  __typename: 'ContactMember', id: '12', followUpState: 'DUE', nextFollowUpAt: '2031-05-05T02:00:00.000Z', followUpClosedAt: null, followUpClosingNote: null,
} as unknown as ContactStateFragment;

function renderPanel(onEnd: (note: string) => Promise<void>) {
  renderWithIntl(<FollowUpPanel state={open} timeZone="Asia/Hong_Kong" onEnd={onEnd} />, 'en');
  fireEvent.click(screen.getByTestId('follow-up-end'));
}

async function submit(note: string) {
  fireEvent.change(screen.getByTestId('follow-up-note'), { target: { value: note } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('follow-up-submit'));
  });
}

it('refuses a blank and a too-long closing note in the API\'s words, sending nothing, and sends the note trimmed', async () => {
  const onEnd = jest.fn<Promise<void>, [string]>(async () => undefined);
  renderPanel(onEnd);
  await submit('   ');
  expect(screen.getByTestId('follow-up-error').textContent).toBe(CLOSING_NOTE_MISSING);
  await submit('美'.repeat(501));
  expect(screen.getByTestId('follow-up-error').textContent).toBe(CLOSING_NOTE_TOO_LONG);
  expect(onEnd).not.toHaveBeenCalled();
  await submit(' 不需要再跟進 ');
  expect(onEnd).toHaveBeenCalledWith('不需要再跟進');
  expect(screen.queryByTestId('follow-up-form')).toBeNull();
});

it('shows the server\'s refusal under the note', async () => {
  renderPanel(async () => {
    throw new Error('This contact is no longer yours.');
  });
  await submit('done');
  expect(screen.getByTestId('follow-up-error').textContent).toBe('This contact is no longer yours.');
  expect(screen.getByTestId('follow-up-form')).toBeTruthy();
});
