import { createHash } from 'node:crypto';

const USER_KEY = /^USER#[A-Za-z0-9_-]{43}$/;

/** The partition key for an Alexa user: a one-way hash, so the raw Alexa id is never stored. */
export function userKey(userId: string): string {
  return `USER#${createHash('sha256').update(userId).digest('base64url')}`;
}

/** True only for keys made by `userKey`; lets the store refuse anything that could be a raw id. */
export function isUserKey(key: string): boolean {
  return USER_KEY.test(key);
}
