import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { LOCALE_IDS, type LocaleId } from '../../lambda/locales';
import { modelPath } from '../../scripts/model/build';
import { type InteractionModel, createResolver } from '../../scripts/sim/nlu';

/** Every locale of the registry, its committed model held to the schema and to the console's matcher. */
const models = Object.fromEntries(LOCALE_IDS.map((locale) => [locale, JSON.parse(readFileSync(modelPath(locale), 'utf8')) as InteractionModel])) as Record<
  LocaleId,
  InteractionModel
>;
const languageModel = (locale: LocaleId) => models[locale].interactionModel.languageModel;

function smapiValidator(definition: string) {
  const spec = JSON.parse(readFileSync('node_modules/ask-smapi-model/spec.json', 'utf8'));
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ definitions: spec.definitions }, 'smapi');
  return ajv.compile({ $ref: `smapi#/definitions/${definition}` });
}

/** Words the console's matcher reads for the built-in slot types, per language; custom types use the model's own values. */
const BUILT_IN_VALUES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: { 'AMAZON.DATE': 'tomorrow', 'AMAZON.DURATION': 'thirty minutes', 'AMAZON.NUMBER': 'two thousand', 'AMAZON.DayOfWeek': 'saturday' },
};
/** Every intent's samples, thinned to a spread of at most this many each: the builder already refuses shared carriers. */
const PER_INTENT = 12;

describe.each(LOCALE_IDS)('%s interaction model', (locale) => {
  const model = languageModel(locale);

  it('is valid against the SMAPI interaction model schema', () => {
    const validate = smapiValidator('v1.skill.interactionModel.InteractionModelData');
    expect(validate(models[locale]), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has a valid invocation name, and only declared slots in its samples', () => {
    expect(model.invocationName).toMatch(/^\p{L}+( \p{L}+)+$/u);
    for (const intent of model.intents) {
      const declared = new Set((intent.slots ?? []).map((slot) => slot.name));
      for (const sample of intent.samples ?? []) {
        for (const [, slot] of sample.matchAll(/\{(\w+)\}/g)) expect(declared.has(slot!), `${intent.name}: ${sample}`).toBe(true);
      }
    }
  });

  it('has the same intents and the same slot value ids as every other locale', () => {
    const reference = languageModel(LOCALE_IDS[0]!);
    const shape = (of: typeof model) => ({
      intents: of.intents.map((intent) => intent.name).sort(),
      types: Object.fromEntries((of.types ?? []).map((type) => [type.name, (type.values ?? []).map((value) => value.id).sort()])),
    });
    expect(shape(model)).toEqual(shape(reference));
  });

  describe('every sample resolves to its own intent through the console’s matcher', () => {
    const resolve = createResolver(models[locale], { now: new Date('2026-11-24T15:00:00Z'), timeZone: 'UTC' });
    const builtIns = BUILT_IN_VALUES[locale.split('-')[0]!] ?? BUILT_IN_VALUES.en!;
    const valueFor = (type: string) => builtIns[type] ?? model.types?.find((candidate) => candidate.name === type)?.values?.[0]?.name?.value ?? 'x';
    const cases = model.intents.flatMap((intent) =>
      (intent.samples ?? [])
        // The console's matcher fills a slot with whole words only, so it cannot read one glued to "'s" ("{date}'s workout").
        .filter((sample) => !/\}'s\b/.test(sample))
        .filter((_, index, all) => index % Math.ceil(all.length / PER_INTENT) === 0)
        .map((sample) => [intent.name, sample.replace(/\{(\w+)\}/g, (_, slot: string) => valueFor(intent.slots?.find((s) => s.name === slot)?.type ?? ''))] as const),
    );
    it.each(cases)('%s ← "%s"', (intent, text) => {
      expect(resolve(text).intent).toBe(intent);
    });
  });
});

describe.each([
  ['en-IN', "what is today's workout", 'WorkoutForDayIntent', {}],
  ['en-IN', 'tell me my workout for today', 'WorkoutForDayIntent', {}],
  ['en-IN', 'how to do superman exercise', 'ExerciseHowToIntent', { exercise: 'superman' }],
  ['en-IN', 'is rajma good for health', 'TopicIntent', { topic: 'fiber' }],
  ['en-IN', 'I did badminton for thirty minutes', 'LogActivityIntent', { activity: 'cardio', duration: 'PT30M' }],
  ['en-GB', "what's on today", 'WorkoutForDayIntent', {}],
  ['en-GB', "I've been for a run", 'LogActivityIntent', { activity: 'cardio' }],
  ['en-GB', 'how am I getting on this week', 'WeeklyProgressIntent', {}],
  ['en-GB', 'tell me about fibre', 'TopicIntent', { topic: 'fiber' }],
  ['en-AU', 'how am I going this week', 'WeeklyProgressIntent', {}],
  ['en-AU', 'I went for a surf this arvo', 'LogActivityIntent', { activity: 'cardio' }],
  ['en-AU', 'thanks heaps', 'ThanksIntent', {}],
  ['en-CA', 'I played hockey', 'LogActivityIntent', { activity: 'cardio' }],
  ['en-CA', "what's my workout today", 'WorkoutForDayIntent', {}],
] as const)('%s: "%s"', (locale, text, intent, slots) => {
  it(`→ ${intent}`, () => {
    const resolution = createResolver(models[locale], { now: new Date('2026-11-24T15:00:00Z'), timeZone: 'UTC' })(text);
    expect(resolution.intent).toBe(intent);
    for (const [name, expected] of Object.entries(slots)) {
      const slot = resolution.slots[name];
      expect(slot?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value?.id ?? slot?.value).toBe(expected);
    }
  });
});
