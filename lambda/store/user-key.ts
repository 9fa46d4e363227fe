const USER_KEY = /^USER#[A-Za-z0-9_-]{43}$/;

/**
 * node:crypto is fetched on the first hash, not imported: loading it (its ciphers bring Node's streams) is about 10 ms
 * of a cold start, and a content-only answer hashes nothing.
 */
const sha256 = (text: string) => process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('base64url');

/**
 * The partition key for an Alexa user: a SHA-256 hash of the id Alexa gives this skill for the account, so the id
 * itself is never stored. It is a pseudonym, not a secret: anyone who holds the id can compute the same key.
 */
export function userKey(userId: string): string {
  return `USER#${sha256(userId)}`;
}

/** True only for keys made by `userKey`; lets the store refuse anything that could be a raw id. */
export function isUserKey(key: string): boolean {
  return USER_KEY.test(key);
}

const SHORT_KEY_LENGTH = 16;
const SHORT_KEY = new RegExp(`^[A-Za-z0-9_-]{${SHORT_KEY_LENGTH}}$`);

/**
 * A request or device as the store names it: 16 characters (96 bits) of a SHA-256 hash, short enough that a week's
 * record of the requests it took stays small, long enough that two never meet.
 */
export function shortKey(id: string): string {
  return sha256(id).slice(0, SHORT_KEY_LENGTH);
}

/** True for what `shortKey` could have made. */
export function isShortKey(key: unknown): key is string {
  return typeof key === 'string' && SHORT_KEY.test(key);
}
