import { translateDomainError } from '../../graphql/errors';
import { invalidField } from '../../services/errors/domain-error';

describe('field labels in refusals', () => {
  it.each([
    ['en', 'lines.2.quantity', '"items 3 › quantity" is invalid'],
    ['zh-HK', 'payments.0.amountCents', '「付款 1 › 金額」無效'],
    ['zh-HK', 'phone', '「電話」無效'],
  ] as const)('%s names %s', (locale, field, start) => {
    expect(translateDomainError(invalidField(field, 'required'), locale).message.startsWith(start)).toBe(true);
  });
});
