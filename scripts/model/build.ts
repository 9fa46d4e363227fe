import { answerableTopics } from '../../lambda/content/catalogue';
import { LEVELS } from '../../lambda/content/types';
import { ACTIVITIES } from '../../lambda/domain/progress';
import { DAY_KINDS } from '../../lambda/domain/weekly-plan';
import { LOCALES, type LocaleId } from '../../lambda/locales';
import { MODELS } from './index';
import { expandAll } from './patterns';

export function modelPath(locale: LocaleId): string {
  return `skill-package/interactionModels/custom/${locale}.json`;
}

/** The slot value Alexa hears for an exercise: its id in words ("suitcase-carry" is "suitcase carry"). */
export function exerciseValueName(id: string): string {
  return id.replace(/-/g, ' ');
}

/**
 * Limits we keep, well inside what Amazon documents for a custom model (at most 250 intents, and a model's samples
 * and slot values bounded in number and size): generated breadth must not grow past them unnoticed.
 */
export const MODEL_BUDGET = { maxSamplesPerIntent: 1_000, maxSampleChars: 200 } as const;

/**
 * The samples an intent keeps: every expansion when they fit the budget, else the shortest first (the core phrasings;
 * the long tails of fillers and politeness are what Alexa's model generalises to anyway), in a stable order.
 */
export function withinBudget(samples: readonly string[]): string[] {
  if (samples.length <= MODEL_BUDGET.maxSamplesPerIntent) return [...samples];
  const kept = new Set([...samples].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)).slice(0, MODEL_BUDGET.maxSamplesPerIntent));
  return samples.filter((sample) => kept.has(sample));
}

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

/** A locale's interaction model: intents and samples from scripts/model/<locale>.ts, slot values from its catalogue. */
export function buildInteractionModel(locale: LocaleId) {
  const source = MODELS[locale];
  const { catalogue } = LOCALES[locale];
  const intents = source.intents.map((intent) => ({
    name: intent.name,
    ...(intent.slots && { slots: intent.slots.map((slot) => ({ name: slot.name, type: slot.type, samples: [] })) }),
    // Alexa cannot tell two slots apart with no words between them, so such expansions are left out.
    samples: withinBudget(expandAll(intent.patterns).filter((sample) => !/\}\s*\{/.test(sample))),
  }));
  assertNoConflicts(intents);
  return {
    interactionModel: {
      languageModel: {
        invocationName: source.invocationName,
        intents,
        types: [
          slotType('ExerciseName', catalogue.exercises.map((exercise) => ({ id: exercise.id, names: [exerciseValueName(exercise.id), ...exercise.synonyms] }))),
          slotType('TopicName', answerableTopics(catalogue)),
          slotType('ConcernName', catalogue.concerns),
          slotType('ActivityName', ACTIVITIES.map((id) => ({ id, names: [id, ...source.activitySynonyms[id]] }))),
          slotType('LevelName', LEVELS.map((id) => ({ id, names: [id, ...source.levelSynonyms[id]] }))),
          slotType('LevelDirection', (['harder', 'easier'] as const).map((id) => ({ id, names: [id, ...source.directionSynonyms[id]] }))),
          slotType('SessionName', DAY_KINDS.map((id) => ({ id, names: [id, ...source.sessionSynonyms[id]] }))),
        ],
      },
    },
  };
}

export type BuiltModel = ReturnType<typeof buildInteractionModel>;

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

export function renderInteractionModel(locale: LocaleId): string {
  return `${JSON.stringify(buildInteractionModel(locale), null, 2)}\n`;
}
