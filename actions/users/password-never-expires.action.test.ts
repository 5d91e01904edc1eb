import { nextPolicies } from './password-never-expires.action';

/** passwordPolicies is a flag list: changing expiry must keep DisableStrongPassword. */
describe('nextPolicies', () => {
  it.each([
    { current: [], never: true, expected: 'DisablePasswordExpiration' },
    { current: ['DisableStrongPassword'], never: true, expected: 'DisableStrongPassword, DisablePasswordExpiration' },
    { current: ['DisablePasswordExpiration', 'DisableStrongPassword'], never: false, expected: 'DisableStrongPassword' },
    { current: ['DisablePasswordExpiration'], never: false, expected: 'None' },
    { current: ['DisablePasswordExpiration'], never: true, expected: 'DisablePasswordExpiration' },
  ])('$current with neverExpires=$never → $expected', ({ current, never, expected }) => {
    expect(nextPolicies(current, never)).toBe(expected);
  });
});
