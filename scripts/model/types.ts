import type { Activity } from '../../lambda/domain/progress';
import type { Level } from '../../lambda/content/types';
import type { SessionName } from '../../lambda/domain/weekly-plan';

export interface IntentSource {
  readonly name: string;
  readonly slots?: ReadonlyArray<{ readonly name: string; readonly type: string }>;
  /** Phrase patterns (see patterns.ts); each expands to sample utterances. */
  readonly patterns: readonly string[];
  /** Samples this intent may keep (see MODEL_BUDGET); the widest intents get more of the model's room. */
  readonly maxSamples?: number;
  /**
   * A locale's own ways of asking, kept ahead of the patterns' budget and on top of it, up to `max` samples (see
   * derive.ts): without room of their own they would be one pattern among a hundred and keep only their share.
   */
  readonly reserved?: { readonly patterns: readonly string[]; readonly max: number };
}

/** Moves people name that the catalogue does not teach: MoveName values beside its exercises, the same in every locale. */
export const OTHER_MOVES = ['plank', 'squat', 'burpee', 'jumping-jack', 'mountain-climber', 'bird-dog', 'lunge', 'crunch', 'push-up', 'other-move', 'this-move'] as const;
export type OtherMove = (typeof OTHER_MOVES)[number];

/** A locale's voice model: everything but the slot values the catalogue provides. */
export interface ModelSource {
  readonly invocationName: string;
  readonly intents: readonly IntentSource[];
  /** How people name what they did; each list becomes the synonyms of that ActivityName value. */
  readonly activitySynonyms: { readonly [A in Activity]: readonly string[] };
  readonly levelSynonyms: { readonly [L in Level]: readonly string[] };
  readonly directionSynonyms: { readonly harder: readonly string[]; readonly easier: readonly string[] };
  /**
   * Moves people name that the catalogue does not teach ("my wrist hurts in a plank", "burpees hurt my knee"): with the
   * catalogue's exercises, the values of MoveName, which the health intent hears as the move that hurt.
   */
  readonly otherMoves: { readonly [M in OtherMove]: readonly string[] };
  /** The kinds of session a user can ask for ("let's do HIIT", "my stretch day"). */
  readonly sessionSynonyms: { readonly [K in SessionName]: readonly string[] };
  /**
   * A reminder asked for one day, not every week ("remind me tomorrow at 6", "remind me later"): values of ReminderOnce,
   * so the skill can say it sets only repeating reminders before it offers one.
   */
  readonly onceSynonyms: { readonly [K in ReminderOnce]: readonly string[] };
  /**
   * Three weekdays said together ("Monday, Wednesday and Friday"), or every other day: values of WeekdaySet, each a
   * value and its synonyms. Three day slots would stand side by side; the skill reads the days from the words, so a set
   * not listed works too.
   */
  readonly weekdaySets: readonly (readonly string[])[];
}

export const REMINDER_ONCE = ['tomorrow', 'later', 'today'] as const;
export type ReminderOnce = (typeof REMINDER_ONCE)[number];

/** Samples an intent keeps when it names no budget of its own. */
export const DEFAULT_MAX_SAMPLES = 300;
