import { type Catalogue, answerableTopics } from '../../lambda/content/catalogue';
import { LEVELS } from '../../lambda/content/types';
import { ACTIVITIES } from '../../lambda/domain/progress';
import { SESSION_NAMES, type SessionName } from '../../lambda/domain/weekly-plan';
import { LOCALES, type LocaleId, loadAllLocales } from '../../lambda/locales';
import { MODELS } from './index';
import { expand } from './patterns';
import { DEFAULT_MAX_SAMPLES, type IntentSource, OTHER_MOVES, type OtherMove, REMINDER_ONCE } from './types';

// Slot values come from every locale's catalogue, some of which the skill reads only when a request needs it.
await loadAllLocales();

export function modelPath(locale: LocaleId): string {
  return `skill-package/interactionModels/custom/${locale}.json`;
}

/** The slot value Alexa hears for an exercise: its id in words ("suitcase-carry" is "suitcase carry"). */
export function exerciseValueName(id: string): string {
  return id.replace(/-/g, ' ');
}

/**
 * Limits we keep, well inside Amazon's: a skill may have at most 250 intents, and the Skill Management API refuses a
 * model whose definition is over 1,000,000 characters (it answers "modelDefinition ... must have length less than or
 * equal to 1000000"). Generated breadth must not grow past these unnoticed: tests/unit/voice-model.test.ts checks.
 */
export const MODEL_BUDGET = {
  maxSamplesPerIntent: DEFAULT_MAX_SAMPLES,
  maxSampleChars: 200,
  /**
   * The definition, compact: what the Skill Management API measures. 900,000 keeps 10% under Amazon's refusal. It was
   * 850,000 until every further cap cut there dropped phrasings people say ("please remind me to exercise every day",
   * "can crunches get rid of my lower back fat", "how do I get rid of my lower back fat fast"), and 880,000 until the
   * commonest way of logging ("I walked forty minutes yesterday") needed room and the cuts tried for it again dropped
   * such phrasings ("okay how does one do a deadlift", "can I lose weight only on my back"), and 890,000 until the
   * answers to the doctor question ("not yet, I'm seeing her next week", "yes my midwife said it's fine") and to "does it
   * still hurt?" ("it's okay now") needed about 1,800 characters, and the cuts tried for them dropped "please remind me
   * to exercise every day" and "change the workout reminder", and 892,000 until a blind batch of 100 phrasings (December
   * 4) found 26 that missed, many of them everyday wordings ("end this workout now", "what's the second step", "erase
   * everything you have on me") and "what can I do instead" after a workout put off for pain: the line is now a round
   * tenth under Amazon's, and no nearer.
   */
  maxModelChars: 900_000,
  /** The file as committed and uploaded, a value per line: inside Amazon's limit even if it is counted as it stands. */
  maxFileChars: 935_000,
  maxIntents: 250,
} as const;

/** A sample's weight for the budget: its words, each slot counting against them, so the forms that carry slots come early. */
function weight(sample: string): number {
  return sample.split(' ').length - 2 * (sample.match(/\{/g)?.length ?? 0);
}

/** The plain, slot-carrying forms first, then longer ones; stable. */
function plainFirst(samples: readonly string[]): string[] {
  return [...new Set(samples)].sort((a, b) => weight(a) - weight(b) || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The samples an intent keeps, within `max`: each pattern in turn gives its next phrasing (plain and slot-carrying
 * forms first), so every way of asking keeps its core phrasings and what is cut is the long tail of combinations.
 * Fillers are not added around them: "so …", "okay …" and "… please" versions of kept samples once took about 60,000
 * characters of the model and moved no score on any labelled set by a single utterance, so that room goes to more
 * ways of asking instead (patterns that need a lead-in, like "quick question", write it themselves).
 */
export function withinBudget(corePerPattern: readonly (readonly string[])[], max: number = MODEL_BUDGET.maxSamplesPerIntent): string[] {
  const queues = corePerPattern.map((core) => plainFirst(core));
  const kept = new Set<string>();
  const longest = Math.max(0, ...queues.map((queue) => queue.length));
  for (let round = 0; round < longest && kept.size < max; round += 1) {
    for (const queue of queues) {
      const sample = queue[round];
      if (sample !== undefined && kept.size < max) kept.add(sample);
    }
  }
  return [...kept];
}

/**
 * Steps said without "extra" ("I did {steps} steps today", "my step count is {steps}") may be the day's whole count:
 * such a sample carries them in `daySteps`, which the log asks about; "{steps} extra steps" keeps `steps`.
 */
const EXTRA_STEP_WORDS = /\b(extra|more|additional)\b|ज़्यादा|zyada|अतिरिक्त/;
export function withDaySteps(sample: string): string {
  return sample.includes('{steps}') && !EXTRA_STEP_WORDS.test(sample) ? sample.replace('{steps}', '{daySteps}') : sample;
}

/** Intents a derived locale shares with its base are worked out once (the same object). */
const samplesByIntent = new WeakMap<IntentSource, string[]>();

interface Value {
  readonly id: string;
  readonly names: readonly string[];
}

const slotType = (name: string, values: readonly Value[]) => ({
  name,
  values: values.map(({ id, names }) => {
    const [value = id, ...synonyms] = names;
    return { id, name: { value, ...(synonyms.length > 0 && { synonyms: [...new Set(synonyms)].filter((synonym) => synonym !== value) }) } };
  }),
});

/**
 * Older people named as a group, from the answer about age's own names: "seniors", "people my age", "older people". Not
 * "too old" or "getting older", which are no one asked about.
 */
const AGE_GROUP = /^(?:seniors?|senior citizens?|(?:the )?elderly|older (?:people|adults)|old people|(?:someone|people) (?:of )?my age|my age|over (?:sixty|sixty five|seventy|eighty)|बुज़ुर्गों|buzurgon)$/u;
/** How a group of older people is named where no one says it of themselves. */
const OLDER_PEOPLE = ['older people', 'older adults', 'old people', 'older women', 'older men', 'over 60s', 'pensioners'];
function ageGroupsOf(concerns: Catalogue['concerns'], english: boolean): Value[] {
  const names = concerns.find((concern) => concern.id === 'older-age')?.names.filter((name) => AGE_GROUP.test(name)) ?? [];
  return names.length > 0 ? [{ id: 'older-age', names: [...names, ...(english ? OLDER_PEOPLE : [])] }] : [];
}

/** "Please" said at both ends ("can you please show me {exercise} please"): one politeness too many for anyone to say. */
const saysPleaseTwice = (sample: string): boolean => (sample.match(/\bplease\b/gi) ?? []).length > 1;

/** Hesitations Alexa's speech recognition does not transcribe (scripts/sim/nlu.ts hears what is said the same way). */
const HESITATIONS: ReadonlySet<string> = new Set(['um', 'umm', 'uh', 'uhh', 'er', 'erm', 'hmm', 'hm', 'mm', 'ah']);
/** A sample with a hesitation in it: never heard as written ("um, what's my workout" arrives as "what's my workout"). */
const hesitates = (sample: string): boolean => sample.split(' ').some((word) => HESITATIONS.has(word.toLowerCase()));

/**
 * A sample as Alexa's speech recognition writes it: "okay", never "ok" (scripts/sim/nlu.ts hears a typed "ok" the same
 * way). Patterns say "(ok|okay)" as people type it; written twice, the same phrasing took about 2,900 characters of each
 * English model.
 */
export const asTranscribed = (sample: string): string => sample.replace(/\bok\b/gi, 'okay');

/**
 * An intent's samples: its patterns expanded (never two slots side by side: Alexa cannot tell them apart, never
 * "please" twice, and never a hesitation, whose room goes to phrasings that are heard), within its budget.
 */
function samplesOf(intent: IntentSource): string[] {
  let samples = samplesByIntent.get(intent);
  if (!samples) {
    const daySteps = intent.slots?.some((slot) => slot.name === 'daySteps') === true;
    const sayable = (expanded: readonly string[]) =>
      [...new Set(expanded.map(asTranscribed))].filter((sample) => !/\}\s*\{/.test(sample) && !saysPleaseTwice(sample) && !hesitates(sample)).map((sample) => (daySteps ? withDaySteps(sample) : sample));
    const budgeted = (patterns: readonly string[], max: number | undefined) => withinBudget(patterns.map((pattern) => sayable(expand(pattern))), max);
    const reserved = intent.reserved ? budgeted(intent.reserved.patterns, intent.reserved.max) : [];
    samplesByIntent.set(intent, (samples = [...new Set([...reserved, ...budgeted(intent.patterns, intent.maxSamples)])]));
  }
  return samples;
}

/** The days a date slot hears as plainly as a sample would say them (Alexa's AMAZON.DATE: "today", "this week"). */
const PLAIN_DATES: readonly string[] = ['today', 'this week'];

/**
 * Samples that say in words what a sample of the same intent carries in its date slot ("what should I do today" beside
 * "what should I do {date}") go: the slot hears the day, so the handler always reads it from the slot, and the room
 * (about 4,400 characters in each English model) goes to ways of asking the model had no room for. A possessive
 * ("what's today's workout") stays: how Alexa fills "{date}'s" is not ours to count on, and it is the commonest question.
 */
export function withoutWhatADateSays(samples: readonly string[], slots: IntentSource['slots']): string[] {
  const dates = (slots ?? []).filter((slot) => slot.type === 'AMAZON.DATE').map((slot) => `{${slot.name}}`);
  const said = new Set(
    samples.flatMap((sample) => {
      const slot = dates.find((name) => sample.includes(name));
      if (!slot || (sample.match(/\{/g) ?? []).length !== 1) return [];
      return PLAIN_DATES.map((day) => sample.replace(slot, day).toLowerCase());
    }),
  );
  return samples.filter((sample) => sample.includes('{') || !said.has(sample.toLowerCase()));
}

/** A locale's interaction model: intents and samples from scripts/model/<locale>.ts, slot values from its catalogue. */
export function buildInteractionModel(locale: LocaleId) {
  const source = MODELS[locale];
  const { catalogue } = LOCALES[locale];
  const intents = source.intents.map((intent) => ({
    name: intent.name,
    // A slot's own samples answer a dialog's elicitation, which this model has none of: optional in the schema, and
    // "samples": [] on each of some 70 slots took about 900 characters of a model at Amazon's size limit.
    ...(intent.slots && { slots: intent.slots.map((slot) => ({ name: slot.name, type: slot.type })) }),
    samples: withoutWhatADateSays(samplesOf(intent), intent.slots),
  })).flatMap(withGoWordsApart);
  assertNoConflicts(intents);
  return {
    interactionModel: {
      languageModel: {
        invocationName: source.invocationName,
        intents,
        types: [
          slotType('ExerciseName', catalogue.exercises.map((exercise) => ({ id: exercise.id, names: [exerciseValueName(exercise.id), ...exercise.synonyms] }))),
          slotType('TopicName', answerableTopics(catalogue)),
          slotType('MoveName', movesOf(catalogue.exercises, source.otherMoves)),
          slotType('ConcernName', catalogue.concerns.filter((concern) => concern.names.length > 0)),
          slotType('ActivityName', ACTIVITIES.map((id) => ({ id, names: [id, ...source.activitySynonyms[id]] }))),
          slotType('LevelName', LEVELS.map((id) => ({ id, names: [id, ...source.levelSynonyms[id]] }))),
          slotType('LevelDirection', (['harder', 'easier'] as const).map((id) => ({ id, names: [id, ...source.directionSynonyms[id]] }))),
          slotType('SessionName', (Object.keys(SESSION_NAMES) as SessionName[]).map((id) => ({ id, names: [id, ...source.sessionSynonyms[id]] }))),
          slotType('ReminderOnce', REMINDER_ONCE.map((id) => ({ id, names: source.onceSynonyms[id] }))),
          slotType('WeekdaySet', source.weekdaySets.map((names, at) => ({ id: `set${at + 1}`, names }))),
          slotType('AgeGroup', ageGroupsOf(catalogue.concerns, locale.startsWith('en'))),
        ].filter((type) => intents.some((intent) => intent.slots?.some((slot) => slot.type === type.name))),
      },
    },
  };
}

export type BuiltModel = ReturnType<typeof buildInteractionModel>;

/**
 * Words that name what to start: a workout, a kind of one, a day. A start said without any ("let's go", "start it",
 * "I'm ready", "chalo shuru") is kept apart, as LetsGoIntent: the skill answers it as a start that names nothing, and to
 * "Ready for step 2?" or "Want to hear how?" as a yes, where "start my workout" starts the workout (INTENT_ALIASES).
 */
const NAMES_WHAT_STARTS = /\{|work ?out|workouts|session|train|exercis|routine|hiit|cardio|strength|stretch|yoga|walk(?! me through)|today|kasrat|vyayam|वर्कआउट|कसरत|व्यायाम|एक्सरसाइज|आज|aaj/i;
export function withGoWordsApart<T extends { readonly name: string; readonly samples: readonly string[] }>(intent: T): T[] {
  if (intent.name !== 'StartWorkoutIntent') return [intent];
  const go = intent.samples.filter((sample) => !NAMES_WHAT_STARTS.test(sample));
  return [
    { ...intent, samples: intent.samples.filter((sample) => NAMES_WHAT_STARTS.test(sample)) },
    ...(go.length > 0 ? [{ name: 'LetsGoIntent', samples: go } as unknown as T] : []),
  ];
}

/** The catalogue's exercises, then the other moves people name, each name once (an exercise's name wins). */
function movesOf(exercises: readonly { readonly id: string; readonly synonyms: readonly string[] }[], otherMoves: { readonly [M in OtherMove]: readonly string[] }): Value[] {
  const taught = exercises.map(({ id, synonyms }) => ({ id, names: [exerciseValueName(id), ...synonyms] }));
  const named = new Set(taught.flatMap(({ names }) => names.map((name) => name.toLowerCase())));
  return [...taught, ...OTHER_MOVES.map((id) => ({ id, names: otherMoves[id].filter((name) => !named.has(name.toLowerCase())) }))];
}

/** The words of a sample with each slot replaced by its type: two intents must never share one. */
function carrier(sample: string, slots: ReadonlyArray<{ name: string; type: string }> | undefined): string {
  return sample
    .toLowerCase()
    .replace(/\{(\w+)\}/g, (_, name: string) => `{${slots?.find((slot) => slot.name === name)?.type ?? name}}`)
    .replace(/[^\p{L}\p{N}{} ]/gu, '');
}

/** No sample in two intents, and no two intents with the same words around the same slot types. */
export function assertNoConflicts(intents: ReadonlyArray<{ name: string; slots?: ReadonlyArray<{ name: string; type: string }>; samples: readonly string[] }>): void {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const intent of intents) {
    for (const sample of intent.samples) {
      const key = carrier(sample, intent.slots);
      const held = owner.get(key);
      if (held && held !== intent.name) clashes.push(`"${sample}" in ${intent.name} and ${held}`);
      owner.set(key, intent.name);
    }
  }
  if (clashes.length > 0) throw new Error(`samples shared between intents:\n${clashes.slice(0, 30).join('\n')}`);
}

/**
 * The model file as committed and uploaded: one value per line, so a change reads as lines in a diff, and no
 * indentation, so the file itself stays as far inside Amazon's 1,000,000 characters as the definition does (two-space
 * indentation added about 40%, which took a model within budget past Amazon's limit as a file).
 */
export function renderInteractionModel(locale: LocaleId): string {
  return `${JSON.stringify(buildInteractionModel(locale), null, 1).replace(/^ +/gm, '')}\n`;
}
