import { describe, expect, it } from 'vitest';
import { ALEXA_REGIONS, alexaRegionOf, alexaRegionServedFrom, countryOf, regionsFor } from '../../infra/regions';
import { asTranscribed, buildInteractionModel, withDaySteps } from '../../scripts/model/build';
import { LOCALE_ROOM_PER_INTENT, derivedModel } from '../../scripts/model/derive';
import { EN_IN_ADDITIONS } from '../../scripts/model/en-IN';
import { expand } from '../../scripts/model/patterns';
import { EN_US_MODEL } from '../../scripts/model/en-US';

describe('Alexa regions', () => {
  it('serve each locale from its country’s region, whatever its language', () => {
    expect(['en-US', 'en-CA', 'en-IN', 'hi-IN', 'en-GB', 'en-AU'].map(alexaRegionOf)).toEqual(['NA', 'NA', 'EU', 'EU', 'EU', 'FE']);
    expect(countryOf('hi-IN')).toBe('IN');
  });

  it('are needed once each, in a stable order', () => {
    expect(regionsFor(['en-AU', 'en-IN', 'hi-IN', 'en-US'])).toEqual(['NA', 'EU', 'FE']);
    expect(regionsFor(['en-GB'])).toEqual(['EU']);
  });

  it('refuse a locale with no country or no known region', () => {
    expect(() => alexaRegionOf('en')).toThrow(/names no country/);
    expect(() => alexaRegionOf('en-ZZ')).toThrow(/no Alexa region/);
  });

  it('map both ways between Alexa regions and AWS regions', () => {
    expect(ALEXA_REGIONS).toEqual({ NA: 'us-east-1', EU: 'eu-west-1', FE: 'us-west-2' });
    expect(alexaRegionServedFrom('eu-west-1')).toBe('EU');
    expect(alexaRegionServedFrom('ap-south-1')).toBeUndefined();
  });
});

describe('derivedModel', () => {
  const derived = derivedModel(EN_US_MODEL, {
    patterns: { WorkoutForDayIntent: ["what's on today", 'what is on today'] },
    activitySynonyms: { cardio: ['hockey'] },
  });

  it('keeps every base intent as it is and gives a locale’s ways of asking room of their own', () => {
    expect(derived.intents.map((intent) => intent.name)).toEqual(EN_US_MODEL.intents.map((intent) => intent.name));
    const base = EN_US_MODEL.intents.find((intent) => intent.name === 'WorkoutForDayIntent')!;
    const workout = derived.intents.find((intent) => intent.name === 'WorkoutForDayIntent')!;
    expect(workout).toEqual({ ...base, reserved: { patterns: ["what's on today", 'what is on today'], max: 2 } });
    expect(derived.activitySynonyms.cardio).toEqual([...EN_US_MODEL.activitySynonyms.cardio, 'hockey']);
    expect(derived.activitySynonyms.walk).toEqual(EN_US_MODEL.activitySynonyms.walk);
  });

  it('refuses patterns for an intent the base does not have', () => {
    expect(() => derivedModel(EN_US_MODEL, { patterns: { NoSuchIntent: ['hello'] } })).toThrow(/NoSuchIntent/);
    expect(() => derivedModel(EN_US_MODEL, { baseSamples: { NoSuchIntent: 10 } })).toThrow(/NoSuchIntent/);
  });

  it('gives a base intent fewer samples where a locale needs the room, and leaves the others alone', () => {
    const fewer = derivedModel(EN_US_MODEL, { baseSamples: { TopicIntent: 100 } });
    expect(fewer.intents.find((intent) => intent.name === 'TopicIntent')?.maxSamples).toBe(100);
    expect(fewer.intents.find((intent) => intent.name === 'HealthConcernIntent')).toBe(EN_US_MODEL.intents.find((intent) => intent.name === 'HealthConcernIntent'));
  });

  it('gives a locale more room of its own for an intent where it asks in many ways', () => {
    const many = Array.from({ length: 80 }, (_, i) => `is topic number ${i} good`);
    const roomy = derivedModel(EN_US_MODEL, { patterns: { TopicIntent: many }, room: { TopicIntent: 75 } });
    expect(roomy.intents.find((intent) => intent.name === 'TopicIntent')?.reserved?.max).toBe(75);
    const plain = derivedModel(EN_US_MODEL, { patterns: { TopicIntent: many } });
    expect(plain.intents.find((intent) => intent.name === 'TopicIntent')?.reserved?.max).toBe(LOCALE_ROOM_PER_INTENT);
  });
});

describe('a derived locale’s built model', () => {
  const samples = (locale: 'en-US' | 'en-IN') =>
    new Map(buildInteractionModel(locale).interactionModel.languageModel.intents.map((intent) => [intent.name, intent.samples]));
  const [base, india] = [samples('en-US'), new Map([...samples('en-IN')].map(([intent, kept]) => [intent, new Set(kept)]))];

  it('keeps every sample the base keeps (where it gives an intent fewer, the base\'s first ones): its own phrasings never push one out', () => {
    for (const [intent, kept] of base) {
      // Where it gives the base fewer samples, it keeps the base's first ones: the plainest of each of its patterns.
      const room = EN_IN_ADDITIONS.baseSamples?.[intent] ?? kept.length;
      expect(kept.slice(0, room).filter((sample) => !india.get(intent)!.has(sample)), intent).toEqual([]);
    }
  });

  it('keeps at least the plainest phrasing of each of its own patterns, within its room', () => {
    for (const [intent, patterns] of Object.entries(EN_IN_ADDITIONS.patterns ?? {})) {
      if (patterns.length > (EN_IN_ADDITIONS.room?.[intent] ?? LOCALE_ROOM_PER_INTENT)) continue;
      for (const pattern of patterns) {
        const sayable = expand(pattern).map(asTranscribed).filter((sample) => !/\}\s*\{/.test(sample)).map(withDaySteps);
        if (sayable.length === 0) continue;
        // A start said with nothing named is kept apart, as LetsGoIntent ("chalo shuru").
        const kept = (sample: string) => india.get(intent)!.has(sample) || (intent === 'StartWorkoutIntent' && india.get('LetsGoIntent')!.has(sample));
        expect(sayable.some(kept), `${intent}: ${pattern}`).toBe(true);
      }
    }
  });
});
