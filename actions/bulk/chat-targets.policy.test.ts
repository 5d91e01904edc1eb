import { BULK_JOB_THRESHOLD, chatTargetsRunAsJob } from './chat-targets.policy';

/** Which chat lines become bulk jobs: only bulk actions without secrets, and only above the threshold. */
describe('chatTargetsRunAsJob', () => {
  it('keeps up to the threshold on the ordinary path and sends more to a job', () => {
    expect(BULK_JOB_THRESHOLD).toBe(10);
    expect(chatTargetsRunAsJob({ bulk: true }, 3)).toBe(false);
    expect(chatTargetsRunAsJob({ bulk: true }, BULK_JOB_THRESHOLD)).toBe(false);
    expect(chatTargetsRunAsJob({ bulk: true }, BULK_JOB_THRESHOLD + 1)).toBe(true);
  });

  it('never sends an action that is not bulk, or one with a secret parameter, to a job', () => {
    expect(chatTargetsRunAsJob({ bulk: false }, 50)).toBe(false);
    expect(chatTargetsRunAsJob({ bulk: true, secretParams: ['password'] }, 50)).toBe(false);
    expect(chatTargetsRunAsJob({ bulk: true, secretParams: [] }, 50)).toBe(true);
  });
});
