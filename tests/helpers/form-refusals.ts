/**
 * English refusals that the API answers and a form shows for the same input (errors.invalidField
 * with the field's label and the reason): a form's UI test and the API's integration test
 * both compare with the same text, so they fail if the form and the server stop agreeing.
 */
export const BOOKING_NOTE_REFUSAL = '"Contact note" is invalid: at most 500 characters';
export const CLOSING_NOTE_MISSING = '"Closing note" is invalid: required';
export const CLOSING_NOTE_TOO_LONG = '"Closing note" is invalid: at most 500 characters';
export const ATTENDANCE_NOTE_TOO_LONG = '"Attendance note" is invalid: at most 500 characters';
