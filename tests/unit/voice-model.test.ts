import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { CATALOGUE as EN_US_CATALOGUE } from '../../lambda/content/en-US';
import { LEVELS } from '../../lambda/content/types';
import { ACTIVITIES } from '../../lambda/domain/progress';
import { LOCALE_IDS } from '../../lambda/locales';
import { MODEL_BUDGET, exerciseValueName, modelPath, renderInteractionModel, withoutWhatADateSays } from '../../scripts/model/build';
import { MODELS } from '../../scripts/model/index';
import { DONE_WORDS, VERB_TIME_KINDS, VERB_TIMES } from '../../lambda/handlers/progress';
import { cardioKindNamedIn } from '../../lambda/replies/logging';
import { VERB_TIMES as VERBS_BEFORE_A_TIME } from '../../scripts/model/en-US';
import { expand, malformed } from '../../scripts/model/patterns';

interface ModelIntent {
  name: string;
  slots?: { name: string; type: string }[];
  samples: string[];
}
interface ModelType {
  name: string;
  values: { id: string; name: { value: string; synonyms: string[] } }[];
}

const committed = readFileSync(modelPath('en-US'), 'utf8');
const model = JSON.parse(committed) as { interactionModel: { languageModel: { invocationName: string; intents: ModelIntent[]; types: ModelType[] } } };
const { languageModel } = model.interactionModel;
const manifest = JSON.parse(readFileSync('skill-package/skill.json', 'utf8'));
const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

function smapiValidator(definition: string) {
  const spec = JSON.parse(readFileSync('node_modules/ask-smapi-model/spec.json', 'utf8'));
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ definitions: spec.definitions }, 'smapi');
  return ajv.compile({ $ref: `smapi#/definitions/${definition}` });
}

describe('interaction model', () => {
  it.each(LOCALE_IDS)('%s is what scripts/model generates (run `npm run model:build` after changing intents or the catalogue)', (locale) => {
    expect(readFileSync(modelPath(locale), 'utf8')).toBe(renderInteractionModel(locale));
  });

  it('stays well inside Alexa’s limits for a model', () => {
    expect(languageModel.intents.length).toBeLessThan(100);
    const samples = languageModel.intents.flatMap((intent) => intent.samples);
    for (const sample of samples) expect(sample.length).toBeLessThanOrEqual(MODEL_BUDGET.maxSampleChars);
    for (const intent of languageModel.intents) {
      const source = MODELS['en-US'].intents.find((candidate) => candidate.name === intent.name);
      // Reserved phrasings are kept on top of an intent's budget, up to their own.
      const budget = (source?.maxSamples ?? MODEL_BUDGET.maxSamplesPerIntent) + (source?.reserved?.max ?? 0);
      expect(intent.samples.length, intent.name).toBeLessThanOrEqual(budget);
    }
    expect(languageModel.intents.length).toBeLessThanOrEqual(MODEL_BUDGET.maxIntents);
    // What the Skill Management API measures: the model definition as sent, in characters.
    for (const locale of LOCALE_IDS) expect(JSON.stringify(JSON.parse(readFileSync(modelPath(locale), 'utf8'))).length).toBeLessThan(MODEL_BUDGET.maxModelChars);
    // And the file as the ASK CLI uploads it, whitespace included, inside Amazon's limit too.
    for (const locale of LOCALE_IDS) expect(readFileSync(modelPath(locale), 'utf8').length, locale).toBeLessThan(MODEL_BUDGET.maxFileChars);
  });

  // A typed "ok" is the word Alexa writes "okay": written both ways, the same phrasing took twice its room.
  it('writes each phrasing once, as Alexa transcribes it', () => {
    for (const locale of LOCALE_IDS) {
      const model = JSON.parse(readFileSync(modelPath(locale), 'utf8')) as { interactionModel: { languageModel: { intents: { samples: string[] }[] } } };
      const samples = model.interactionModel.languageModel.intents.flatMap((intent) => intent.samples);
      expect(samples.filter((sample) => /\bok\b/i.test(sample)), locale).toEqual([]);
    }
  });

  it('is valid against the SMAPI interaction model schema', () => {
    const validate = smapiValidator('v1.skill.interactionModel.InteractionModelData');
    expect(validate(model), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ interactionModel: { languageModel: { ...languageModel, intents: 'none' } } })).toBe(false);
  });

  it('has a valid invocation name', () => {
    const name = languageModel.invocationName;
    expect(name).toMatch(/^[a-z]+( [a-z]+)+$/);
    expect(name).not.toMatch(/\b(alexa|amazon|echo|skill|app)\b/);
  });

  it.each(MODELS['en-US'].intents.filter((intent) => !intent.name.startsWith('AMAZON.')).map((intent) => [intent.name]))('%s has at least 40 distinct samples', (name) => {
    const intent = languageModel.intents.find((candidate) => candidate.name === name)!;
    expect(intent.samples.length).toBeGreaterThanOrEqual(40);
    expect(new Set(intent.samples.map(normalise)).size).toBe(intent.samples.length);
  });

  it('never gives one utterance to two intents', () => {
    const owner = new Map<string, string>();
    for (const intent of languageModel.intents) {
      for (const sample of intent.samples) {
        const key = normalise(sample);
        expect(owner.get(key) ?? intent.name, `"${sample}"`).toBe(intent.name);
        owner.set(key, intent.name);
      }
    }
  });

  it('says a plain day in the date slot, never in words beside it ("what should I do today" is "what should I do {date}")', () => {
    const slots = [{ name: 'date', type: 'AMAZON.DATE' }];
    const samples = ['what should I do {date}', 'what should I do today', 'what should I do', "what's today's workout", "what's {date} workout", 'how am I doing this week', 'how am I doing {date}'];
    expect(withoutWhatADateSays(samples, slots)).toEqual(['what should I do {date}', 'what should I do', "what's today's workout", "what's {date} workout", 'how am I doing {date}']);
    // Only a date slot hears a day: a number slot keeps its words.
    expect(withoutWhatADateSays(['I ran today', 'I ran {date}'], [{ name: 'date', type: 'AMAZON.NUMBER' }])).toEqual(['I ran today', 'I ran {date}']);
    for (const locale of LOCALE_IDS) {
      const { intents } = (JSON.parse(readFileSync(modelPath(locale), 'utf8')) as typeof model).interactionModel.languageModel;
      for (const intent of intents) expect(withoutWhatADateSays(intent.samples, intent.slots), `${locale} ${intent.name}`).toEqual(intent.samples);
    }
  });

  it('never puts two slots side by side, and uses only declared slots', () => {
    for (const intent of languageModel.intents) {
      const declared = new Set((intent.slots ?? []).map((slot) => slot.name));
      for (const sample of intent.samples) {
        expect(sample, intent.name).not.toMatch(/\}\s*\{/);
        for (const [, slot] of sample.matchAll(/\{(\w+)\}/g)) expect(declared.has(slot!), `${intent.name}: ${sample}`).toBe(true);
        expect(sample).toMatch(/^[a-zA-Z' {}]+$/);
      }
      for (const slot of declared) expect(intent.samples.some((sample) => sample.includes(`{${slot}}`)), `${intent.name}.${slot} unused`).toBe(true);
    }
  });

  it.each(LOCALE_IDS)('%s: a slot is a word of its own ("my {concern}\'s sore" is never heard as the slot)', (locale) => {
    const { intents } = (JSON.parse(readFileSync(modelPath(locale), 'utf8')) as typeof model).interactionModel.languageModel;
    const glued = intents.flatMap((intent) => intent.samples.filter((sample) => /[^ ]\{|\}[^ ]/.test(sample)));
    expect(glued).toEqual([]);
  });

  it('declares the built-in intents a good skill handles', () => {
    const names = languageModel.intents.map((intent) => intent.name);
    for (const builtIn of ['Help', 'Stop', 'Cancel', 'Fallback', 'NavigateHome', 'Next', 'Previous', 'Repeat', 'Yes', 'No']) {
      expect(names).toContain(`AMAZON.${builtIn}Intent`);
    }
    for (const faq of EN_US_CATALOGUE.faqs) expect(names).toContain(faq.intent);
  });
});

describe('samples are English a person would say', () => {
  it.each([
    ['set me a exercise reminder', '"a exercise"'],
    ['I have an bad {concern}', '"an bad"'],
    ["what's on for for today", '"for" twice'],
    ["what'll I doing today", '"\'ll I doing"'],
    ['what workout are on for {date}', '"workout are"'],
    ['how many workouts did I completed {date}', '"did I completed"'],
    ['how many days have I do', '"have I do"'],
    ["I'm {concern} is it okay to do this workouts", '"this workouts"'],
    ['can I still do these exercise', '"these exercise"'],
  ])('"%s" is not (%s)', (sample, why) => {
    expect(malformed(sample)).toBe(why);
  });

  it.each([
    'set me an exercise reminder',
    'is {date} a hiit day',
    'an hour of walking',
    'a one minute plank',
    "what's on on {date}",
    'bye bye',
    'what am I doing today',
    'what should I be doing',
    'an {activity}',
    'how many workouts did I do {date}',
    'how many days have I trained',
    'can I still do these exercises',
    'is this workout plan okay',
  ])('"%s" is', (sample) => {
    expect(malformed(sample)).toBeUndefined();
  });

  it.each(LOCALE_IDS.filter((locale) => locale !== 'hi-IN'))('no %s pattern expands to a phrase nobody says', (locale) => {
    const bad: string[] = [];
    for (const intent of MODELS[locale].intents) {
      for (const pattern of [...intent.patterns, ...(intent.reserved?.patterns ?? [])]) {
        for (const sample of expand(pattern)) {
          const why = malformed(sample);
          if (why) bad.push(`${intent.name}: "${sample}" (${why})`);
        }
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
});

describe('ExerciseName slot type and the catalogue', () => {
  const type = languageModel.types.find((candidate) => candidate.name === 'ExerciseName')!;

  it('has exactly the catalogue’s exercises, by id', () => {
    expect(type.values.map((value) => value.id).sort()).toEqual(EN_US_CATALOGUE.exercises.map((exercise) => exercise.id).sort());
  });

  it('carries every synonym of each exercise, and no phrase means two exercises', () => {
    const seen = new Map<string, string>();
    for (const value of type.values) {
      const exercise = EN_US_CATALOGUE.exercises.find((candidate) => candidate.id === value.id)!;
      expect(value.name.value).toBe(exerciseValueName(exercise.id));
      expect(value.name.synonyms).toEqual([...exercise.synonyms]);
      for (const phrase of [value.name.value, ...value.name.synonyms]) {
        expect(seen.get(phrase) ?? value.id, phrase).toBe(value.id);
        seen.set(phrase, value.id);
      }
    }
  });
});

describe('ActivityName and LevelName slot types', () => {
  it('have exactly the activities the store keeps and the levels doses come in', () => {
    const ids = (name: string) => languageModel.types.find((type) => type.name === name)!.values.map((value) => value.id);
    expect(ids('ActivityName')).toEqual([...ACTIVITIES]);
    expect(ids('LevelName')).toEqual([...LEVELS]);
  });

  it.each(['ActivityName', 'LevelName'])('%s never gives one phrase two meanings', (name) => {
    const phrases = languageModel.types.find((type) => type.name === name)!.values.flatMap((value) => [value.name.value, ...value.name.synonyms]);
    expect(new Set(phrases).size).toBe(phrases.length);
  });
});

describe('skill manifest', () => {
  it('is valid against the SMAPI manifest schema', () => {
    const validate = smapiValidator('v1.skill.Manifest.SkillManifestEnvelope');
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ manifest: { ...manifest.manifest, manifestVersion: '2.0' } })).toBe(false);
  });

  it('carries the health notice, privacy and terms, and a category', () => {
    const { publishingInformation, privacyAndCompliance } = manifest.manifest;
    expect(publishingInformation.locales['en-US'].description).toMatch(/not medical advice/i);
    expect(publishingInformation.category).toBe('HEALTH_AND_FITNESS');
    expect(privacyAndCompliance.locales['en-US'].privacyPolicyUrl).toMatch(/^https:\/\//);
    expect(privacyAndCompliance.locales['en-US'].termsOfUseUrl).toMatch(/^https:\/\//);
  });

  it('subscribes to SKILL_DISABLED, so disabling the skill deletes the user’s data', () => {
    expect(manifest.manifest.events.subscriptions).toContainEqual({ eventName: 'SKILL_DISABLED' });
    expect(manifest.manifest.events.endpoint.uri).toBe(manifest.manifest.apis.custom.endpoint.uri);
  });

  it('gives example phrases that the model really understands', () => {
    const patterns = languageModel.intents
      .flatMap((intent) => intent.samples)
      .map((sample) => new RegExp(`^${normalise(sample).replace(/\{\w+\}/g, '.+')}$`));
    for (const phrase of manifest.manifest.publishingInformation.locales['en-US'].examplePhrases as string[]) {
      const match = /^Alexa, (?:open|ask) back coach(?: (.+))?$/.exec(phrase);
      expect(match, phrase).not.toBeNull();
      if (match?.[1]) expect(patterns.some((pattern) => pattern.test(normalise(match[1]!))), phrase).toBe(true);
    }
  });
});

describe('the past tenses a log heard whole is read by', () => {
  it.each(LOCALE_IDS.filter((locale) => locale.startsWith('en-')))("are among the %s model's names for their activity", (locale) => {
    for (const [word, activity] of Object.entries(DONE_WORDS)) expect(MODELS[locale].activitySynonyms[activity], word).toContain(word);
  });

  it('say the kind of thing done when a time follows them ("I walked forty minutes"): the slot the time fills is logged as it', () => {
    expect(Object.keys(VERBS_BEFORE_A_TIME).sort()).toEqual(Object.keys(VERB_TIMES).sort());
    for (const [slot, verbs] of Object.entries(VERBS_BEFORE_A_TIME)) for (const verb of verbs) expect(DONE_WORDS[verb], verb).toBe(VERB_TIMES[slot]);
    // And the kind of cardio: "I swam half an hour" is a swim, as the words say.
    for (const [slot, verbs] of Object.entries(VERBS_BEFORE_A_TIME)) for (const verb of verbs) expect(VERB_TIME_KINDS[slot], verb).toBe(cardioKindNamedIn(verb));
  });
});
