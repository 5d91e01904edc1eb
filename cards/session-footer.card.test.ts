import { formatTimeLeft, sessionFooter, sessionFooterText } from './session-footer.card';

const MIN = 60_000;
const NOW = '2025-03-10T09:00:00.000Z';
const at = (ms: number): string => new Date(Date.parse(NOW) + ms).toISOString();

describe('formatTimeLeft', () => {
  it.each([
    [112 * MIN + 59_000, '1 h 52 min left'],
    [120 * MIN, '2 h left'],
    [45 * MIN + 30_000, '45 min left'],
    [MIN, '1 min left'],
    [59_999, 'less than a minute left'],
    [1, 'less than a minute left'],
    [0, 'no time left'],
    [-5 * MIN, 'no time left'],
    [Number.NaN, 'no time left'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatTimeLeft(ms)).toBe(text);
  });
});

describe('sessionFooterText', () => {
  it('says ON with the time left, rounded down', () => {
    expect(sessionFooterText({ state: 'on', expiresAt: at(112 * MIN + 30_000), now: NOW })).toBe('Management ON · 1 h 52 min left');
    expect(sessionFooterText({ state: 'on', expiresAt: at(45 * MIN), now: NOW })).toBe('Management ON · 45 min left');
    expect(sessionFooterText({ state: 'on', expiresAt: at(20_000), now: NOW })).toBe('Management ON · less than a minute left');
  });

  it('covers off, turning on, no expiry and an expired session', () => {
    expect(sessionFooterText({ state: 'off', now: NOW })).toBe('Management OFF');
    expect(sessionFooterText({ state: 'enabling', now: NOW })).toBe('Management turning on…');
    expect(sessionFooterText({ state: 'on', now: NOW })).toBe('Management ON');
    expect(sessionFooterText({ state: 'on', expiresAt: 'not a date', now: NOW })).toBe('Management ON');
    expect(sessionFooterText({ state: 'on', expiresAt: at(-MIN), now: NOW })).toBe('Management OFF · session expired');
  });
});

describe('sessionFooter', () => {
  it('is a small subtle line below a separator', () => {
    const footer = sessionFooter({ state: 'on', expiresAt: at(90 * MIN), now: NOW });
    expect(footer).toEqual({
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [{ type: 'TextBlock', text: 'Management ON · 1 h 30 min left', size: 'Small', isSubtle: true, color: 'Good', wrap: true }],
    });
    expect(sessionFooter({ state: 'off', now: NOW })).toMatchObject({ items: [{ text: 'Management OFF', color: 'Default' }] });
  });
});
