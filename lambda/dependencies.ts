import type { HandlerInput } from 'ask-sdk-core';
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
  /** The device's IANA time zone, within a bounded time; never rejects. */
  readonly timeZoneOf: (input: HandlerInput) => Promise<string>;
  readonly log: Logger;
  /** Where progress is kept; without one, progress answers say they can't reach it. */
  readonly store?: ProgressStore;
  /** When set, requests for any other skill are rejected. */
  readonly skillId?: string;
}
