import type { Concern, ConcernKind, Exercise, Faq, Tip, TipList, Topic, Variation } from './types';

/** The article's knowledge in one locale: the one source every answer and the voice model draw from. */

/** The FAQ that answers fat wanted off one place ("can I reduce only back fat by doing exercises"). */
export const SPOT_REDUCTION = 'spot-reduction';
/** The topic that answers a day off asked for ("can I take today off"), and tiredness ("I'm so tired today"). */
export const DAY_OFF = 'day-off';
/** What to do when time is short ("I only have 10 minutes"). */
export const SHORT_ON_TIME = 'short-on-time';
/** Fasting, and eating too little: a fast of days on end, or kept to lose weight. */
export const FASTING = 'intermittent-fasting';
/** When to train: the best time of day, after a meal, on an empty stomach, on a fasting day. */
export const WORKOUT_TIME = 'workout-time';
/** How to breathe through a move: asked in words that also name trouble breathing ("breathe"). */
export const BREATHING = 'breathing';
/**
 * What a doctor or physiotherapist said to do ("my doctor told me not to lift"): a concern no name says, heard by the
 * model's `advisor` slot; workouts wait for their okay.
 */
export const DOCTOR_ADVISED = 'doctor-advised';

export interface Catalogue {
  readonly exercises: readonly Exercise[];
  readonly dietKey: string;
  readonly dietTips: readonly Tip[];
  readonly lifestyleTips: readonly Tip[];
  readonly avoid: readonly Tip[];
  readonly closingThought: string;
  readonly faqs: readonly Faq[];
  /** Subjects asked about by name that are not a tip, an FAQ or an exercise. */
  readonly topics: readonly Topic[];
  readonly whyItWorks: readonly string[];
  /** Pains, injuries, conditions and medicines people mention, and the safe answer for each kind. */
  readonly concerns: readonly Concern[];
  readonly safety: { readonly [K in ConcernKind]: string };
  /** Pain said with a request to train ("start a workout for my bad knee"): no move has been made yet to stop. */
  readonly painBeforeTraining: string;
  /**
   * Concerns that need a doctor today (chest pain, feeling faint), and what to say; and what to say when one is told as
   * something that comes on with training ("I get short of breath when I exercise"), at rest: see a doctor first.
   */
  readonly urgent: { readonly concernIds: readonly string[]; readonly answer: string; readonly habitual: string };
  /**
   * Questions no name answers, read from the words an open slot took whole ("can I lose back fat in 2 weeks", "so does
   * this stuff actually work"): the first pattern that matches names the topic (a tip, an FAQ or a topic). Never slot
   * values: every English model is at its budget, and Alexa sends such words as heard.
   */
  readonly askedIn?: readonly AskedIn[];
}

/** A way of asking about a topic that no name of it says, as a pattern over the whole phrase heard, lowercased. */
export interface AskedIn {
  readonly pattern: RegExp;
  readonly topic: string;
  /**
   * Heard through another request's open slot too: a health report's ("I'm {concern}" taking "stressed all the time"),
   * or a log's ("I've {activity}" taking "been doing this a month and nothing's changed").
   */
  readonly heardAs?: 'health' | 'log';
  /**
   * Heard as a health report's even with a part of the body named, ahead of it: what is asked is that part's place in
   * everyday life ("I sit all day driving, is that bad for my back"), never pain in it. Its pattern keeps out any word of
   * pain.
   */
  readonly overParts?: true;
}

/**
 * The topic a question heard whole asks about by the catalogue's patterns, if any; `as`: heard through a health
 * report's or a log's open slot, where only the patterns made for it count.
 */
export function topicAskedIn(catalogue: Catalogue, spoken: string | undefined, as?: 'health' | 'log', overParts = false): string | undefined {
  if (!spoken) return undefined;
  const said = spoken.toLowerCase().trim().replace(/\s+/g, ' ');
  return catalogue.askedIn?.find((asked) => (as === undefined || asked.heardAs === as) && (!overParts || asked.overParts) && asked.pattern.test(said))?.topic;
}

export function findExercise(catalogue: Catalogue, id: string | undefined): Exercise | undefined {
  return id === undefined ? undefined : catalogue.exercises.find((exercise) => exercise.id === id);
}

/**
 * A variation taught on its own, as an exercise: its name, text, steps, and the exercise's cues, caution and dose
 * where it has none of its own.
 */
export function asExercise(exercise: Exercise, variation: Variation): Exercise {
  const { taught } = variation;
  if (!taught) return exercise;
  return {
    ...exercise,
    id: taught.id,
    name: taught.name,
    synonyms: [],
    summary: variation.text,
    summaryWarns: undefined,
    steps: taught.steps,
    cues: taught.cues ?? exercise.cues,
    caution: taught.caution ?? exercise.caution,
    dose: taught.dose ?? exercise.dose,
    variations: undefined,
  };
}

/** What a how-to can teach under `id`: an exercise, or a variation taught on its own ("hip-thrust"). */
export function findTeachable(catalogue: Catalogue, id: string | undefined): Exercise | undefined {
  if (id === undefined) return undefined;
  for (const exercise of catalogue.exercises) {
    if (exercise.id === id) return exercise;
    const variation = exercise.variations?.find((each) => each.taught?.id === id);
    if (variation) return asExercise(exercise, variation);
  }
  return undefined;
}

export function tipsOf(catalogue: Catalogue, list: TipList): readonly Tip[] {
  return { diet: catalogue.dietTips, lifestyle: catalogue.lifestyleTips, avoid: catalogue.avoid }[list];
}

/** Every subject answerable by name, in the order the TopicName slot lists them: tips, FAQs, then the other topics. */
export function answerableTopics(catalogue: Catalogue): readonly Topic[] {
  return [...catalogue.dietTips, ...catalogue.lifestyleTips, ...catalogue.avoid, ...catalogue.faqs, ...catalogue.topics];
}

export function findTopic(catalogue: Catalogue, id: string | undefined): Topic | undefined {
  return id === undefined ? undefined : answerableTopics(catalogue).find((topic) => topic.id === id);
}

export function findFaqByIntent(catalogue: Catalogue, intent: string | undefined): Faq | undefined {
  return intent === undefined ? undefined : catalogue.faqs.find((faq) => faq.intent === intent);
}

export function findConcern(catalogue: Catalogue, id: string | undefined): Concern | undefined {
  return id === undefined ? undefined : catalogue.concerns.find((concern) => concern.id === id);
}

/** The strength exercise a spoken phrase names ("my deadlifts", "rows"), by its name or one of its synonyms. */
const DAY_AFTER_MOVE =
  / (?:today|yesterday|last night|this morning|this afternoon|this evening|earlier(?: today)?|on (?:the )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:st|nd|rd|th)?|[a-z]+ \d{1,2}(?:st|nd|rd|th)?))$/;

export function findStrengthExerciseSaid(catalogue: Catalogue, said: string | undefined): Exercise | undefined {
  // "Rows on Tuesday", "deadlifts yesterday": the day said with the move (found by a helper trying the console: the
  // move and its sets were lost from the log).
  const words = said
    ?.trim()
    .toLowerCase()
    .replace(/^(my|the|some|a few|a|an) /, '')
    .replace(DAY_AFTER_MOVE, '');
  if (!words) return undefined;
  return catalogue.exercises.find(
    (exercise) => exercise.category === 'strength' && [exercise.name.toLowerCase().replace(/^the /, ''), ...exercise.synonyms].includes(words),
  );
}
