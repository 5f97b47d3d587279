/** No e-mail address, phone number or token survives into an access entry. */
import { withoutContacts } from '../../../../src/report/access/contact-free.ts';
import { splitListItem } from '../../../../src/report/access/access-draft.ts';

describe('withoutContacts', () => {
  it.each([
    ['Sam <sam@example.invalid>', 'Sam <[e-mail]>'],
    ['Linked to a*****@example.invalid', 'Linked to [e-mail]'],
    ['Pixel 8 +49 170 1234567', 'Pixel 8 [phone]'],
    ['client eyJhbGciOiJIUzI1NiJ9abc123def456', 'client [token]'],
    ['Echo Show 8 (Kitchen)', 'Echo Show 8 (Kitchen)'],
    ['Chrome on Linux', 'Chrome on Linux'],
  ])('%s → %s', (input, output) => {
    expect(withoutContacts(input)).toBe(output);
  });
});

describe('splitListItem', () => {
  it('takes the name before the first separator and keeps the rest as the page shows it', () => {
    expect(splitListItem('Pixel 8 · Ring app · Berlin, DE · last active today')).toEqual({
      name: 'Pixel 8',
      rest: 'Ring app · Berlin, DE · last active today',
    });
    expect(splitListItem('IFTTT')).toEqual({ name: 'IFTTT', rest: '' });
  });
});
