import { expandAll } from './patterns';
import type { IntentSource, ModelSource } from './types';

/** Samples a locale's own ways of asking may add to an intent, on top of the base's budget for it. */
export const LOCALE_ROOM_PER_INTENT = 60;

type Synonyms<T> = { readonly [K in keyof T]?: readonly string[] };

/** What a locale adds to the model it is built on: more ways to say an intent, and more names for slot values. */
export interface ModelAdditions {
  readonly invocationName?: string;
  /** Patterns added to each named intent, for the ways people there say it. */
  readonly patterns?: Readonly<Record<string, readonly string[]>>;
  readonly activitySynonyms?: Synonyms<ModelSource['activitySynonyms']>;
  readonly levelSynonyms?: Synonyms<ModelSource['levelSynonyms']>;
  readonly directionSynonyms?: Synonyms<ModelSource['directionSynonyms']>;
  readonly sessionSynonyms?: Synonyms<ModelSource['sessionSynonyms']>;
  /**
   * Fewer samples for a base intent here, where the model would otherwise outgrow its budget (MODEL_BUDGET): the cut
   * is that intent's long tail of combinations, which people here say less than their own phrasings.
   */
  readonly baseSamples?: Readonly<Record<string, number>>;
  /** More room than LOCALE_ROOM_PER_INTENT for an intent where this locale has many ways of its own to ask. */
  readonly room?: Readonly<Record<string, number>>;
}

/**
 * Intents whose last 40 samples no tuning or development utterance of any English locale matches (screened December
 * 2): where an English locale derived from en-US needs room, for its own phrasings or for the base to grow, it comes
 * from these first.
 */
export const SPARE_ENGLISH_TAILS: readonly string[] = ['WeekdayReminderIntent', 'CancelRemindersIntent'];
// MyLevelIntent was one until its base cap gave up its "so …" forms (December 6): cut 40 more here, it lost "what is my
// current level" in en-IN.

/**
 * The base's caps for these intents, less `by` samples each: the long tails of combinations a locale gives up so its
 * own phrasings fit the model's budget (MODEL_BUDGET). Screen a cut against the tuning and development sets first.
 */
export function trimmedTails(base: ModelSource, names: readonly string[], by: number): Record<string, number> {
  return Object.fromEntries(
    names.map((name) => {
      const cap = base.intents.find((intent) => intent.name === name)?.maxSamples;
      if (cap === undefined) throw new Error(`${name} has no cap in the base model to trim`);
      return [name, cap - by];
    }),
  );
}

function withMore<T extends Readonly<Record<string, readonly string[]>>>(base: T, more: Synonyms<T> | undefined): T {
  return Object.fromEntries(Object.entries(base).map(([id, names]) => [id, [...names, ...((more?.[id] as readonly string[] | undefined) ?? [])]])) as unknown as T;
}

/**
 * A locale's model on top of another's: every intent and synonym of the base (so it follows the base as it grows),
 * plus what people in this locale also say. The generator still refuses a sample two intents would share.
 */
export function derivedModel(base: ModelSource, additions: ModelAdditions): ModelSource {
  const patterns = additions.patterns ?? {};
  const unknown = [...Object.keys(patterns), ...Object.keys(additions.baseSamples ?? {}), ...Object.keys(additions.room ?? {})].filter((name) => !base.intents.some((intent) => intent.name === name));
  if (unknown.length > 0) throw new Error(`no such intent in the base model: ${unknown.join(', ')}`);
  // A locale's additions to an intent have room of their own: the intent keeps exactly what the base keeps, plus up to
  // LOCALE_ROOM_PER_INTENT of the locale's phrasings, theirs first. Joined to the base's patterns instead, they would
  // be one pattern among a hundred in a full intent, keep only their share, and push out some of the base's samples.
  const intents: IntentSource[] = base.intents.map((based) => {
    const fewer = additions.baseSamples?.[based.name];
    const intent = fewer === undefined ? based : { ...based, maxSamples: fewer };
    if (!Object.hasOwn(patterns, intent.name)) return intent;
    const added = patterns[intent.name]!;
    const room = Math.min(additions.room?.[intent.name] ?? LOCALE_ROOM_PER_INTENT, expandAll(added).length);
    // The base's own reserved phrasings stay reserved, with the locale's after them.
    const base = intent.reserved ?? { patterns: [], max: 0 };
    return { ...intent, reserved: { patterns: [...base.patterns, ...added], max: base.max + room } };
  });
  return {
    ...base,
    invocationName: additions.invocationName ?? base.invocationName,
    intents,
    activitySynonyms: withMore(base.activitySynonyms, additions.activitySynonyms),
    levelSynonyms: withMore(base.levelSynonyms, additions.levelSynonyms),
    directionSynonyms: withMore(base.directionSynonyms, additions.directionSynonyms),
    sessionSynonyms: withMore(base.sessionSynonyms, additions.sessionSynonyms),
  };
}
