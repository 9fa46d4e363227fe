import { describe, expect, it } from 'vitest';
import { isUserKey, userKey } from '../../lambda/store/user-key';

describe('userKey', () => {
  const rawId = 'amzn1.ask.account.AF1234';

  it('is a one-way hash of the Alexa id, the same every time', () => {
    expect(userKey(rawId)).toMatch(/^USER#[A-Za-z0-9_-]{43}$/);
    expect(userKey(rawId)).toBe(userKey(rawId));
    expect(userKey(rawId)).not.toContain('AF1234');
  });

  it('is the only kind of key the stores accept', () => {
    expect(isUserKey(userKey(rawId))).toBe(true);
    expect(isUserKey(rawId)).toBe(false);
    expect(isUserKey(`USER#${rawId}`)).toBe(false);
  });
});
