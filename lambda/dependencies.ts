import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import type { ProgressStore } from './store/progress-store';

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Everything the skill needs from the outside world, passed in so tests can hold time, chance and I/O still. */
export interface SkillDependencies {
  readonly now: () => Date;
  /** A number in [0, 1), for picking among phrasings. */
  readonly rng: () => number;
  /** The device's IANA time zone, within a bounded time, or undefined when it cannot be learned now; never rejects. */
  readonly timeZoneOf: (input: HandlerInput) => Promise<string | undefined>;
  readonly log: Logger;
  /** Where progress is kept; without one, progress answers say they can't reach it. */
  readonly store?: ProgressStore;
  /** When set, requests for any other skill are rejected. */
  readonly skillId?: string;
  /** The Alexa Reminders API for the user of a request; none when the request carries no API access (or none is wired). */
  readonly reminders?: (input: HandlerInput) => RemindersClient | undefined;
}

type ReminderRequest = services.reminderManagement.ReminderRequest;
type Reminder = services.reminderManagement.Reminder;

/** The skill's own reminders for one user: every call of one request shares one time budget, and rejects with RemindersError. */
export interface RemindersClient {
  list(): Promise<readonly Reminder[]>;
  /** Resolves to the new reminder's alert token. */
  create(reminder: ReminderRequest): Promise<string | undefined>;
  update(alertToken: string, reminder: ReminderRequest): Promise<void>;
  remove(alertToken: string): Promise<void>;
}

/**
 * Why a Reminders API call failed: the user has not allowed reminders (401, 403), too many calls (429), Alexa's side
 * failing or slower than the budget (5xx, network, timeout), or a request it refused (another 4xx: a bug of ours).
 */
export type RemindersFailure = 'permission' | 'throttled' | 'unavailable' | 'refused';

export class RemindersError extends Error {
  override readonly name = 'RemindersError';
  constructor(
    readonly reason: RemindersFailure,
    readonly status?: number,
  ) {
    super(`reminders ${reason}${status === undefined ? '' : ` (${status})`}`);
  }
}
