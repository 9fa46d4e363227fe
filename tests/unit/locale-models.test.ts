import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { LOCALE_IDS, type LocaleId } from '../../lambda/locales';
import { modelPath } from '../../scripts/model/build';
import { type InteractionModel, createMatcher, createResolver } from '../../scripts/sim/nlu';
import { committedMatcher } from '../support/committed-model';

/** Every locale of the registry, its committed model held to the schema and to the console's matcher. */
const models = Object.fromEntries(LOCALE_IDS.map((locale) => [locale, JSON.parse(readFileSync(modelPath(locale), 'utf8')) as InteractionModel])) as Record<
  LocaleId,
  InteractionModel
>;
const languageModel = (locale: LocaleId) => models[locale].interactionModel.languageModel;
/** One matcher per locale (each takes a while to build), on Tuesday 24 November 2026. */
const resolvers = new Map<LocaleId, ReturnType<typeof createResolver>>();
const resolverFor = (locale: LocaleId) => {
  let resolver = resolvers.get(locale);
  if (!resolver) resolvers.set(locale, (resolver = createResolver(models[locale], { now: new Date('2026-11-24T15:00:00Z'), timeZone: 'UTC' })));
  return resolver;
};

/** The SMAPI schema of an interaction model, compiled once. */
const validateModel = (() => {
  const spec = JSON.parse(readFileSync('node_modules/ask-smapi-model/spec.json', 'utf8'));
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ definitions: spec.definitions }, 'smapi');
  return ajv.compile({ $ref: 'smapi#/definitions/v1.skill.interactionModel.InteractionModelData' });
})();

/** Words the console's matcher reads for the built-in slot types, per language; custom types use the model's own values. */
const BUILT_IN_VALUES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: { 'AMAZON.DATE': 'tomorrow', 'AMAZON.DURATION': 'thirty minutes', 'AMAZON.NUMBER': 'two thousand', 'AMAZON.Ordinal': 'second', 'AMAZON.DayOfWeek': 'saturday', 'AMAZON.TIME': 'seven am' },
};
/**
 * How many samples of each intent the matcher sweep takes: all of a locale's own (up to a spread of this many), and a
 * thin spread of those it shares with en-US, whose model tests/unit/utterances.test.ts sweeps more widely.
 */
const OWN_PER_INTENT = 12;
const SHARED_PER_INTENT = 3;
const spread = <T>(items: readonly T[], count: number): T[] => items.filter((_, index) => index % Math.max(1, Math.ceil(items.length / count)) === 0);

describe.each(LOCALE_IDS)('%s interaction model', (locale) => {
  const model = languageModel(locale);

  it('is valid against the SMAPI interaction model schema', () => {
    expect(validateModel(models[locale]), JSON.stringify(validateModel.errors)).toBe(true);
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

  it('names what every topic question is about: a TopicIntent sample without a topic or exercise could only get "I don\'t know that one yet"', () => {
    const topicIntent = model.intents.find((intent) => intent.name === 'TopicIntent');
    expect(topicIntent?.samples?.filter((sample) => !/\{(topic|exercise)\}/.test(sample))).toEqual([]);
  });

  it('names the concern a health question is about: a sample that says one without the slot would get the general pain answer', () => {
    const names = (model.types?.find((type) => type.name === 'ConcernName')?.values ?? [])
      .filter((value) => value.id !== 'pain')
      .flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])].map((name) => name.toLowerCase()));
    const health = model.intents.find((intent) => intent.name === 'HealthConcernIntent');
    // An age said ("I'm seventy two") gets the answer about age, whatever words come with it; a part of the body gone
    // numb ("my left arm went numb"), the answer for numbness; what is felt with a sweat or nausea ("{sweating} and I feel
    // sick"), its own answer; an old injury ("I injured {injured} last year"), the injury's; a part gone stiff or tight
    // ("{stiffPart} is a little stiff"), the answer for a tight feeling.
    const HOLDERS = ['{concern}', '{age}', '{numbPart}', '{sharp}', '{habit}', '{advisor}', '{now}', '{sweating}', '{injured}', '{stiffPart}', '{ageGroup}'];
    const unnamed = (health?.samples ?? []).filter((sample) => !HOLDERS.some((holder) => sample.includes(holder)));
    expect(unnamed.filter((sample) => names.some((name) => ` ${sample.toLowerCase()} `.includes(` ${name} `)))).toEqual([]);
  });

  it('says a day only through the date: "what\'s tomorrow\'s workout" heard without it would read today\'s, and "yesterday" in a log would log today', () => {
    const DAY = /\b(tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)('?s)?\b/i;
    const samplesOf = (name: string) => languageModel(locale).intents.find((intent) => intent.name === name)?.samples ?? [];
    expect(samplesOf('WorkoutForDayIntent').filter((sample) => DAY.test(sample))).toEqual([]);
    expect(samplesOf('LogActivityIntent').filter((sample) => /\byesterday\b/i.test(sample))).toEqual([]);
    for (const name of ['WorkoutForDayIntent', 'LogActivityIntent', 'WeeklyProgressIntent']) {
      expect(samplesOf(name).filter((sample) => sample.split('{date}').length > 2), `${name}: the date twice`).toEqual([]);
    }
  });

  it('gives the week to one intent: a week plan phrase the day intent would also take through its date ("what\'s on this week") is the day intent\'s alone', () => {
    const matcher = createMatcher(models[locale], { now: new Date('2026-11-24T15:00:00Z'), timeZone: 'UTC' });
    const week = languageModel(locale).intents.find((intent) => intent.name === 'WeeklyPlanIntent')?.samples ?? [];
    const shared = week.filter((sample) => !sample.includes('{') && matcher.literal(sample).length > 1);
    expect(shared).toEqual([]);
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
    const resolve = (text: string) => resolverFor(locale)(text);
    const builtIns = BUILT_IN_VALUES[locale.split('-')[0]!] ?? BUILT_IN_VALUES.en!;
    const valueFor = (type: string) => builtIns[type] ?? model.types?.find((candidate) => candidate.name === type)?.values?.[0]?.name?.value ?? 'x';
    const reference = new Set(languageModel('en-US').intents.flatMap((intent) => intent.samples ?? []));
    it.each(model.intents.map((intent) => [intent.name, intent] as const))('%s', (_, intent) => {
      // The console's matcher fills a slot with whole words only, so it cannot read one glued to "'s" ("{date}'s workout").
      const samples = (intent.samples ?? []).filter((sample) => !/\}'s\b/.test(sample));
      const swept = [
        ...spread(samples.filter((sample) => !reference.has(sample)), OWN_PER_INTENT),
        ...spread(samples.filter((sample) => reference.has(sample)), SHARED_PER_INTENT),
      ];
      const said = swept.map((sample) => sample.replace(/\{(\w+)\}/g, (_, slot: string) => valueFor(intent.slots?.find((s) => s.name === slot)?.type ?? '')));
      expect(said.filter((text) => resolve(text).intent !== intent.name)).toEqual([]);
    });
  });
});

describe.each([
  ['en-IN', "what is today's workout", 'WorkoutForDayIntent', {}],
  // The issue's own safety phrasing, cut from en-IN's share of the en-US samples.
  ['en-IN', 'my back is killing me', 'HealthConcernIntent', {}],
  ['en-IN', "my back's killing me", 'HealthConcernIntent', {}],
  ['en-IN', 'tell me my workout for today', 'WorkoutForDayIntent', {}],
  ['en-IN', 'how to do superman exercise', 'ExerciseHowToIntent', { exercise: 'superman' }],
  ['en-IN', 'is rajma good for health', 'TopicIntent', { topic: 'fiber' }],
  ['en-IN', 'I did badminton for thirty minutes', 'LogActivityIntent', { activity: 'cardio', duration: 'PT30M' }],
  ['en-IN', 'what should I eat to reduce tummy', 'DietTipsIntent', {}],
  ['en-GB', "what's on today", 'WorkoutForDayIntent', {}],
  ['en-GB', "I've been for a run", 'LogActivityIntent', { activity: 'cardio' }],
  ['en-GB', 'how am I getting on this week', 'WeeklyProgressIntent', {}],
  ['en-GB', 'tell me about fibre', 'TopicIntent', { topic: 'fiber' }],
  // Found by a helper trying the console as a British user (December 3, fourth round).
  ['en-GB', 'cheerio', 'AMAZON.StopIntent', {}],
  ['en-GB', 'ta ra then', 'AMAZON.StopIntent', {}],
  // Found by helpers trying the console (December 3, fifth round).
  ['en-GB', "that'll do for today", 'EndWorkoutIntent', {}],
  ['en-GB', "I've done me workout", 'FinishedTodayIntent', {}],
  // Tried as a user at the last read (December 5): the fallback.
  ['en-US', 'hey what am I supposed to do today', 'WorkoutForDayIntent', {}],
  // Found by helpers trying the console as an older user and in Indian English (December 5): the fallback.
  ['en-US', 'what exercises should I be doing', 'WorkoutForDayIntent', {}],
  // Each matched two intents word for word, one through the other's slot (a scan of every en-US sample, December 5).
  ['en-US', 'how many calories should I eat', 'TopicIntent', { topic: 'calorie-deficit' }],
  ["en-US", "what's the cause of back fat", 'TopicIntent', {}],
  ['en-US', "I'm very tired", 'TopicIntent', { topic: 'day-off' }],
  ['en-US', 'can I take a break', 'TopicIntent', { topic: 'day-off' }],
  ['en-US', 'my legs are shaking', 'HealthConcernIntent', {}],
  // Tired alone is no end of the workout (found by a helper trying the console in en-GB, December 5).
  ['en-GB', "I'm knackered", 'TopicIntent', {}],
  ['en-AU', "I'm stuffed", 'TopicIntent', { topic: 'day-off' }],
  // Said after a workout (found by a helper trying the console, December 5): the lenient matcher only, or the fallback.
  ['en-US', 'how did I do', 'WeeklyProgressIntent', {}],
  ['en-AU', "how'd I go", 'WeeklyProgressIntent', {}],
  ['en-IN', 'what to do now', 'WorkoutForDayIntent', {}],
  ['en-US', 'how many minutes to go', 'HowManyLeftIntent', {}],
  ['en-US', 'how many minutes left', 'HowManyLeftIntent', {}],
  ['en-US', 'can I do hiit today instead', 'StartWorkoutIntent', { session: 'hiit' }],
  ['hi-IN', 'स्ट्रेंथ workout शुरू करो', 'StartWorkoutIntent', { session: 'strength' }],
  ['en-AU', "what's the go today", 'WorkoutForDayIntent', {}],
  // Found by a helper trying the console as an Australian tradie (December 7): the fallback, mid-workout and after.
  ['en-AU', 'done for today mate', 'EndWorkoutIntent', {}],
  ['en-AU', 'no worries next', 'AMAZON.NextIntent', {}],
  ['en-AU', 'sweet as', 'AMAZON.YesIntent', {}],
  ['en-AU', 'sweet cheers mate', 'ThanksIntent', {}],
  ['en-AU', 'heaps hard this can we make it easier', 'TooHardIntent', {}],
  ['en-AU', "yeah righto what's on for today mate", 'WorkoutForDayIntent', {}],
  ['en-AU', 'I surfed for an hour yesterday', 'LogYesterdayIntent', { activity: 'cardio' }],
  // Found by a helper trying the console as a Canadian office worker (December 7): the fallback, or the health answer.
  ['en-CA', 'can you just wipe everything you have on me', 'DeleteDataIntent', {}],
  ['en-CA', 'can I have saturday off instead', 'SetRestDayIntent', { day: 'saturday' }],
  // Noticed trying the console as a user (December 6): the fallback. No exercise burns fat from one spot.
  ['en-US', 'what exercise burns the most back fat', 'SpotReductionIntent', {}],
  ['en-IN', 'which exercise burns the most lower back fat', 'SpotReductionIntent', {}],
  // Found in review (December 7): the lenient matcher alone, which kept the back and dropped the age.
  ['en-US', "I'm 60 and I've got a bad back", 'HealthConcernIntent', {}],
  ['en-AU', "I am 67 and I've got a bad knee", 'HealthConcernIntent', {}],
  ['en-AU', 'give us a hand with the glute bridge', 'ExerciseHowToIntent', { exercise: 'glute-bridge' }],
  ['en-AU', 'I did a five k run this arvo', 'LogActivityIntent', { activity: 'cardio' }],
  ['en-GB', "I've done a five k", 'LogActivityIntent', { activity: 'cardio' }],
  ['en-GB', "I've done a park run", 'LogActivityIntent', { activity: 'cardio' }],
  ['en-GB', 'can I have a lie in', 'TopicIntent', { topic: 'day-off' }],
  // Found by a helper trying the console: the answer to "Which one?" after "I can set beginner, intermediate, or
  // advanced" was not understood, nor "the easy one".
  ['en-CA', 'beginner', 'SetLevelIntent', { level: 'beginner' }],
  ['en-US', 'advanced please', 'SetLevelIntent', { level: 'advanced' }],
  ['en-CA', 'could you please put me on the easy one', 'SetLevelIntent', { level: 'beginner' }],
  ['hi-IN', 'beginner', 'SetLevelIntent', { level: 'beginner' }],
  ['hi-IN', 'शुरुआती', 'SetLevelIntent', { level: 'beginner' }],
  // Found by the evaluation: "give me {level}" took a diet plan asked for.
  ['en-IN', 'give me a diet plan', 'DietTipsIntent', {}],
  // Found by a helper trying the console: the first reached the fallback, the second the health intent's open slot.
  ['en-US', 'what should I say', 'AMAZON.HelpIntent', {}],
  ['en-CA', "I don't know what to say", 'AMAZON.HelpIntent', {}],
  ['en-AU', 'how am I going this week', 'WeeklyProgressIntent', {}],
  ['en-AU', 'I went for a surf this arvo', 'LogActivityIntent', { activity: 'cardio' }],
  ['en-AU', 'thanks heaps', 'ThanksIntent', {}],
  // Found by a helper trying the console: "this arvo at five" set 5 AM. A time said with "arvo" is the evening slot,
  // which the skill reads as PM.
  ['en-AU', 'remind me this arvo at five', 'SetReminderIntent', { evening: '05:00' }],
  // Found by a helper trying the console in en-GB and en-AU (December 5): the fallback, or the lenient matcher alone.
  ['en-AU', 'remind me at 5:30 arvo', 'SetReminderIntent', { evening: '05:30' }],
  ['en-AU', "how long's left", 'HowManyLeftIntent', {}],
  ['en-AU', "what's on today mate", 'WorkoutForDayIntent', {}],
  ['en-GB', 'right next', 'AMAZON.NextIntent', {}],
  ['en-GB', 'right crack on', 'AMAZON.NextIntent', {}],
  ['en-GB', 'hang on a tick', 'AMAZON.PauseIntent', {}],
  // Said bare in Hindi, paused or not (tried in the console, December 6): the lenient matcher alone.
  ['hi-IN', 'chalo shuru', 'LetsGoIntent', {}],
  // Pain said to have stopped: a no, which goes on from a pause for pain with nothing asked.
  ['hi-IN', 'ab dard nahi hai', 'PainGoneIntent', {}],
  ['hi-IN', 'अब ठीक है', 'PainGoneIntent', {}],
  ['en-IN', "no it's fine now", 'PainGoneIntent', {}],
  ['hi-IN', 'चलो शुरू', 'LetsGoIntent', {}],
  // A daily reminder said "daily" (found by a helper trying the console).
  ['en-IN', 'kindly set a reminder for 6:30 pm daily', 'DailyReminderIntent', { time: '18:30' }],
  ['en-CA', 'I played hockey', 'LogActivityIntent', { activity: 'cardio' }],
  ['en-CA', "what's my workout today", 'WorkoutForDayIntent', {}],
  // Found by trying the console as a user: "what do you know about me" reached the fallback, and "am I behind" the
  // health intent's open slot.
  ['en-US', 'what do you know about me', 'PrivacyIntent', {}],
  ['en-US', 'is my data private', 'PrivacyIntent', {}],
  ['en-GB', 'do you record what I say', 'PrivacyIntent', {}],
  ['en-IN', 'is my data safe with you', 'PrivacyIntent', {}],
  ['hi-IN', 'तुम मेरे बारे में क्या जानते हो', 'PrivacyIntent', {}],
  ['hi-IN', 'mera data safe hai kya', 'PrivacyIntent', {}],
  ['en-US', 'am I behind', 'WeeklyProgressIntent', {}],
  ['hi-IN', 'mera rest day kaunsa hai', 'MyRestDayIntent', {}],
  ['hi-IN', 'मेरा लेवल क्या है', 'MyLevelIntent', {}],
  // Found by helpers trying the console: tiredness mid-workout was an unknown topic, and the workout went on.
  ['en-IN', "I'm tired yaar", 'AMAZON.PauseIntent', {}],
  // Hinglish in Indian English (found by a helper trying the console, December 3): each reached the fallback.
  ['en-IN', 'aaj ka workout kya hai', 'WorkoutForDayIntent', {}],
  ['en-IN', 'superman kaise karte hain', 'ExerciseHowToIntent', { exercise: 'superman' }],
  ['en-IN', 'maine 30 minute walk kiya', 'LogActivityIntent', { activity: 'walk', minutes: '30' }],
  ['en-IN', 'main thak gaya hoon', 'AMAZON.PauseIntent', {}],
  ['en-IN', 'thoda easy karo', 'TooHardIntent', {}],
  ['en-IN', 'chalo start', 'LetsGoIntent', {}],
  // Found by a helper trying the console as three people (December 6): "I don't know that one yet", or lenient only.
  ['en-IN', "how much time today's workout will take", 'WorkoutLengthIntent', {}],
  ['en-IN', 'how much time it will take', 'WorkoutLengthIntent', {}],
  ['en-IN', 'kindly tell me what all exercises I have to do', 'WorkoutForDayIntent', {}],
  ['en-IN', 'kindly remind me at 6 am daily for workout', 'DailyReminderIntent', {}],
  ['en-IN', 'what should I eat in breakfast', 'DietTipsIntent', {}],
  ['en-IN', 'I will do the rest in the evening', 'AMAZON.StopIntent', {}],
  ['en-IN', 'my back pain is there but little only', 'HealthConcernIntent', {}],
  ['en-GB', "how long's left", 'HowManyLeftIntent', {}],
  ['en-GB', 'hang on the doorbell', 'AMAZON.PauseIntent', {}],
  ['en-GB', "alright what's the workout today", 'WorkoutForDayIntent', {}],
  // Found by a helper trying the console (December 6): the fallback.
  ['en-IN', 'haan yes', 'AMAZON.YesIntent', {}],
  ['en-IN', 'haan ji', 'AMAZON.YesIntent', {}],
  // Found by a helper trying the console (December 6): the fallback, and the session stayed open.
  ['en-IN', 'ok band karo', 'AMAZON.StopIntent', {}],
  ['en-IN', 'band karo', 'AMAZON.StopIntent', {}],
  ['en-IN', 'kitna hua is hafte', 'WeeklyProgressIntent', {}],
  ['en-IN', 'meri kamar mein dard hai', 'HealthConcernIntent', { concern: 'lower-back-pain' }],
  ['en-IN', 'namaste', 'AMAZON.HelpIntent', {}],
  ['en-IN', 'bahut badhiya thank you', 'ThanksIntent', {}],
  // Found by a helper trying the console (December 3): Hindi times said before what was done; an arm gone numb.
  ['hi-IN', 'मैं आधा घंटा चला', 'LogActivityIntent', { walkTime: 'PT30M' }],
  // The kind of cardio keeps its own slot, so the log says "a run" and "a swim", not "cardio".
  ['hi-IN', 'मैंने बीस मिनट दौड़ लगाई', 'LogActivityIntent', { runTime: 'PT20M' }],
  ['hi-IN', 'maine aadha ghanta swimming ki', 'LogActivityIntent', { swimTime: 'PT30M' }],
  // This month, last week, and a day said with को (found by a helper trying the console, December 5: the week, or the fallback).
  ['hi-IN', 'is mahine kitna hua', 'WeeklyProgressIntent', { date: '2026-11' }],
  ['hi-IN', 'इस महीने क्या किया', 'WeeklyProgressIntent', { date: '2026-11' }],
  ['hi-IN', 'pichle hafte kitna hua', 'WeeklyProgressIntent', { date: '2026-W47' }],
  ['hi-IN', 'shukravar ko kya kiya', 'WeeklyProgressIntent', { date: '2026-11-27' }],
  // A clock time said in words, with a quarter or a half (found by a helper trying the console, December 5: the fallback, or a level).
  ['hi-IN', 'मुझे रोज़ साढ़े छह बजे याद दिलाना', 'DailyReminderIntent', { time: '06:30' }],
  ['hi-IN', 'रोज़ पौने सात बजे याद दिलाना', 'DailyReminderIntent', { time: '06:45' }],
  ['hi-IN', 'रिमाइंडर का समय पाँच बजे कर दो', 'MoveReminderIntent', { time: '05:00' }],
  ['hi-IN', 'mujhe roz subah saat baje yaad dilana', 'DailyReminderIntent', { time: '07:00' }],
  ['hi-IN', 'बायां हाथ सुन्न हो गया', 'HealthConcernIntent', { concern: 'warning-signs' }],
  ['hi-IN', 'chakkar aa raha hai', 'HealthConcernIntent', { now: 'dizziness' }],
  // Found by a helper trying the console as an Indian user (December 5): each reached the fallback.
  ['hi-IN', 'kitni cardio ki', 'WeeklyProgressIntent', { activity: 'cardio' }],
  ['hi-IN', 'इस हफ़्ते कितनी cardio की', 'WeeklyProgressIntent', { activity: 'cardio' }],
  // To "क्या अब भी दर्द हो रहा है?" (found by the same helper: heard only by the lenient matcher).
  ['hi-IN', 'ab theek hoon', 'PainGoneIntent', {}],
  ['hi-IN', 'अब बेहतर हूँ', 'AMAZON.NoIntent', {}],
  ['hi-IN', 'पिछले हफ्ते कैसा रहा', 'WeeklyProgressIntent', {}],
  ['hi-IN', 'pichle hafte maine kya kiya', 'WeeklyProgressIntent', {}],
  ['hi-IN', 'aur pichle hafte ka kya', 'WorkoutForDayIntent', {}],
  ['hi-IN', 'मेरी प्रगति कैसी है', 'WeeklyProgressIntent', {}],
  ['hi-IN', 'mujhe HIIT karna hai', 'StartWorkoutIntent', { session: 'hiit' }],
  ['hi-IN', 'kya main HIIT kar sakta hoon agar ghutne mein dard hai', 'HealthConcernIntent', { concern: 'knee-pain' }],
  ['en-IN', 'my knee is still paining little bit', 'HealthConcernIntent', { concern: 'knee-pain' }],
  ['en-IN', "I'm tired stop here", 'EndWorkoutIntent', {}],
  // Found in a blind batch of 150 things people in India say in English (December 4): each reached no intent word for word.
  ['en-IN', 'what exercises I have to do today', 'WorkoutForDayIntent', {}],
  ['en-IN', "tell me tomorrow's workout na", 'WorkoutForDayIntent', { date: '2026-11-25' }],
  ['en-IN', "tell me the whole week's plan", 'WeeklyPlanIntent', {}],
  ['en-IN', 'how many days HIIT I should do in a week', 'WeeklyPlanIntent', { exercise: 'hiit' }],
  ['en-IN', "let's start today's workout", 'StartWorkoutIntent', {}],
  ['en-IN', 'let us do yoga today', 'StartWorkoutIntent', { session: 'stretch' }],
  ['en-IN', 'hold on I am taking a break', 'AMAZON.PauseIntent', {}],
  ['en-IN', 'leave this one go to next', 'SkipExerciseIntent', {}],
  ['en-IN', "sorry I didn't hear come again", 'AMAZON.RepeatIntent', {}],
  ['en-IN', 'how much is remaining', 'HowManyLeftIntent', {}],
  ['en-IN', 'what is side plank and how to do it', 'ExerciseHowToIntent', { exercise: 'side-plank' }],
  ['en-IN', 'is it possible to reduce only lower back fat', 'SpotReductionIntent', {}],
  ['en-IN', 'is it ok if I skip today itself', 'TopicIntent', { topic: 'day-off' }],
  ['en-IN', 'my weight is stuck since one month', 'TopicIntent', { topic: 'plateau' }],
  ['en-IN', 'how long it will take to reduce back fat', 'TopicIntent', { topic: 'results-time' }],
  ['en-IN', 'can I do this without gym', 'TopicIntent', { topic: 'home-workout' }],
  ['en-IN', 'went for a walk in the evening', 'LogActivityIntent', { activity: 'walk' }],
  ['en-IN', 'I went to gym today', 'LogActivityIntent', { activity: 'strength' }],
  ['en-IN', 'knee pain since two days', 'HealthConcernIntent', { concern: 'knee-pain' }],
  ['en-IN', 'I have PCOD can I do these exercises', 'HealthConcernIntent', { concern: 'pcos' }],
  ['en-IN', 'my knee is paining what to do', 'HealthConcernIntent', { concern: 'knee-pain' }],
  ['en-IN', 'what data you are storing', 'PrivacyIntent', {}],
  ['en-IN', 'tell me na', 'AMAZON.MoreIntent', {}],
  // Found by helpers trying the console (December 6): the fallback, or "I don't know that one yet".
  ['en-IN', 'kindly tell my progress', 'WeeklyProgressIntent', {}],
  ['en-IN', 'what is pending for this week', 'WeeklyProgressIntent', {}],
  ['en-IN', 'how much time more', 'HowManyLeftIntent', {}],
  ['en-IN', 'tell again', 'AMAZON.RepeatIntent', {}],
  ['en-GB', 'yeah go on', 'AMAZON.YesIntent', {}],
  ['en-GB', "right I'm back where was I", 'AMAZON.ResumeIntent', {}],
  // Tiredness is the day-off topic, as "I'm feeling tired" is: mid-workout it pauses, outside one it is that answer.
  ['hi-IN', 'thak gaya yaar', 'TopicIntent', { topic: 'day-off' }],
  ['hi-IN', 'थक गई हूँ', 'TopicIntent', { topic: 'day-off' }],
  ['hi-IN', 'ek minute ruko paani pee raha hoon', 'AMAZON.PauseIntent', {}],
  // Found by a helper trying the console as a diabetic user: each reached the fallback, so no doctor question followed.
  ['hi-IN', 'BP high rehta hai', 'HealthConcernIntent', { concern: 'high-blood-pressure' }],
  ['hi-IN', 'C section hua tha do mahine pehle', 'HealthConcernIntent', { concern: 'postpartum' }],
  ['hi-IN', 'BP ki dawai leta hoon', 'HealthConcernIntent', { concern: 'high-blood-pressure' }],
  ['hi-IN', 'kya main weight loss ki goli le sakti hoon', 'HealthConcernIntent', { concern: 'fat-burners' }],
  ['en-US', "I'm bleeding", 'HealthConcernIntent', { concern: 'warning-signs' }],
  // The everyday forms of pain and medicine, short and said alone (tried as a user, December 4): each reached the
  // fallback.
  ['en-US', 'my lower back is really hurting', 'HealthConcernIntent', { concern: 'lower-back-pain' }],
  ['en-US', 'my knee gave out', 'HealthConcernIntent', { concern: 'knee-pain' }],
  // "Back" alone is no name of back pain (it would take "go back"): said so, it gets the answer to pain.
  ['en-US', 'my back seized up', 'HealthConcernIntent', {}],
  ['en-US', 'my neck is stiff', 'HealthConcernIntent', { stiffPart: 'neck-pain' }],
  ['en-US', 'I threw my back out', 'HealthConcernIntent', {}],
  ['en-GB', 'I hurt my knee', 'HealthConcernIntent', { concern: 'knee-pain' }],
  ['en-US', 'I take insulin', 'HealthConcernIntent', { concern: 'insulin' }],
  ['en-US', 'I need insulin every day', 'HealthConcernIntent', { concern: 'insulin' }],
  ['en-AU', "I'm on antidepressants", 'HealthConcernIntent', { concern: 'medicine' }],
  ['en-US', "I'm five months pregnant", 'HealthConcernIntent', { concern: 'pregnancy' }],
  ['en-US', 'my leg is cramping', 'HealthConcernIntent', { concern: 'cramp' }],
  ['en-US', 'my knee hurts after the deadlifts', 'HealthConcernIntent', { concern: 'knee-pain', move: 'deadlift' }],
  ['en-US', 'my back hurts after the deadlifts', 'HealthConcernIntent', { move: 'deadlift' }],
  ['en-CA', 'I have diabetes can I still work out', 'HealthConcernIntent', { concern: 'diabetes' }],
  ['en-US', 'should I get an MRI', 'HealthConcernIntent', { concern: 'medical-advice' }],
  ['en-IN', 'do I need to go to the emergency room', 'HealthConcernIntent', { concern: 'medical-advice' }],
  ['en-US', 'everything hurts', 'HealthConcernIntent', {}],
  ['en-US', 'it hurts a lot', 'HealthConcernIntent', {}],
  // Found by a helper trying a fresh hundred as a new user, and in the development set (December 4): each reached no
  // intent by literal matching, or the wrong one.
  ['en-US', 'how many times a week should I do strength', 'WeeklyPlanIntent', { session: 'strength' }],
  ['en-US', 'when are my cardio days', 'WeeklyPlanIntent', { session: 'cardio' }],
  ['en-US', 'give me the whole week', 'WeeklyPlanIntent', {}],
  ['en-GB', "what's my schedule look like this week", 'WeeklyPlanIntent', {}],
  ['en-US', 'wait a sec I need a break', 'AMAZON.PauseIntent', {}],
  ['en-US', "ok I'm back let's keep going", 'AMAZON.ResumeIntent', {}],
  ['en-US', "ok done what's next", 'WhatsNextIntent', {}],
  ['en-US', "I don't wanna do this one", 'SkipExerciseIntent', {}],
  ['en-US', 'can you say that again', 'AMAZON.RepeatIntent', {}],
  ['en-US', 'can I just do exercises to lose fat from my lower back', 'SpotReductionIntent', {}],
  ['en-AU', 'if I work my back will the fat go away from there', 'SpotReductionIntent', {}],
  ['en-US', 'that was way too hard', 'TooHardIntent', {}],
  ['en-US', "that's enough I'm stopping", 'EndWorkoutIntent', {}],
  ['en-US', 'remind me every weekday morning at seven', 'WeekdayReminderIntent', { time: '07:00' }],
  ['en-US', 'nah not right now', 'AMAZON.NoIntent', {}],
  ['en-US', 'does sleep really matter for fat loss', 'TopicIntent', { topic: 'sleep' }],
  ['en-US', 'begin today\'s strength workout', 'StartWorkoutIntent', { session: 'strength' }],
  // Found by helpers trying the console: answers to the doctor question, and to "does it still hurt?".
  ['en-GB', "not yet I'm seeing her next week", 'AMAZON.NoIntent', {}],
  ['en-GB', "yes my midwife said it's fine", 'AMAZON.YesIntent', {}],
  // Found by a helper trying the console as a man after back surgery (December 7): to the doctor question, "Sorry, I
  // didn't get that", every time.
  ['en-US', 'my surgeon cleared me', 'AMAZON.YesIntent', {}],
  ['en-US', "yeah I'm cleared", 'AMAZON.YesIntent', {}],
  ['en-US', 'my doc cleared me', 'AMAZON.YesIntent', {}],
  // Found in review: a refusal beside them is a no.
  ['en-GB', "my surgeon hasn't cleared me yet", 'AMAZON.NoIntent', {}],
  // Found by a helper trying the console as a night-shift nurse in Manchester (December 7): the fallback.
  ['en-GB', 'crack on', 'AMAZON.NextIntent', {}],
  ['en-GB', 'sorted next', 'AMAZON.NextIntent', {}],
  ['en-GB', 'hang about', 'AMAZON.PauseIntent', {}],
  ["en-GB", "I'm off to bed", 'AMAZON.StopIntent', {}],
  ['en-GB', 'been for a jog round the block', 'LogActivityIntent', { activity: 'cardio' }],
  ['en-GB', 'did parkrun this morning', 'LogActivityIntent', { activity: 'cardio' }],
  ['en-GB', 'is a cuppa ok', 'TopicIntent', { topic: 'tea-coffee' }],
  ['en-GB', 'what about brews', 'TopicIntent', { topic: 'tea-coffee' }],
  ['en-IN', 'my doctor cleared me', 'AMAZON.YesIntent', {}],
  ['en-IN', 'yes it still does a bit', 'AMAZON.YesIntent', {}],
  ['en-US', "no I haven't asked yet", 'AMAZON.NoIntent', {}],
  ['en-US', "it's okay now", 'PainGoneIntent', {}],
  ['en-US', 'yeah kinda', 'HedgedYesIntent', {}],
  ['hi-IN', 'nahi abhi doctor se nahi poocha', 'AMAZON.NoIntent', {}],
  // Found trying the console as a user (December 6): to "want to start now?", the fallback.
  ['en-US', "ok fine let's just start", 'LetsGoIntent', {}],
  // Found by a helper trying the console as three people in India (December 6): the fallback, another intent, or the
  // lenient matcher alone.
  ['en-IN', 'wait pause', 'AMAZON.PauseIntent', {}],
  ['en-IN', 'pause the exercise', 'AMAZON.PauseIntent', {}],
  ['en-IN', 'yes start', 'AMAZON.YesIntent', {}],
  ['en-IN', "I didn't get it tell me again", 'AMAZON.RepeatIntent', {}],
  ['en-IN', 'ok what is my workout for today', 'WorkoutForDayIntent', {}],
  ['en-IN', 'how much have I done so far', 'WeeklyProgressIntent', {}],
  ['en-IN', 'what to eat after workout', 'DietTipsIntent', {}],
  ['en-IN', 'what should I eat before gym', 'DietTipsIntent', {}],
  ['en-IN', 'please remind me every morning at half past six', 'DailyReminderIntent', { time: '06:30' }],
  ['en-IN', 'kindly remind me at 6.30 am for exercise', 'SetReminderIntent', { time: '06:30' }],
  ['en-IN', 'can you change the reminder to 7', 'MoveReminderIntent', { time: '07:00' }],
  ['en-IN', 'when will my love handles go', 'TopicIntent', { topic: 'love-handles' }],
  // Found by a helper trying the console as a sceptic, an Australian and a pregnant Briton (December 3, fifth round).
  ['en-US', 'how did my week go', 'WeeklyProgressIntent', {}],
  ['en-US', 'what number am I on', 'HowManyLeftIntent', {}],
  ['en-US', 'yeah skip it', 'SkipExerciseIntent', {}],
  ['en-AU', 'can you bump me up to advanced', 'SetLevelIntent', { level: 'advanced' }],
  ['en-GB', 'who can hear this', 'PrivacyIntent', {}],
  ['en-GB', 'hiya', 'AMAZON.HelpIntent', {}],
  ['en-AU', "g'day", 'AMAZON.HelpIntent', {}],
  ['hi-IN', 'haan doctor ne bola hai theek hai', 'AMAZON.YesIntent', {}],
  // Found by helpers trying the console: the skill's first question reached the fallback in English and Hindi; a bad
  // knee asked with a move got the move's pitch, and diabetes said as people say it the fallback.
  ['en-US', 'what exercises should I do to lose back fat', 'ExerciseListIntent', {}],
  ['hi-IN', 'पीठ की चर्बी कम करने के लिए कौन सी exercise करूँ', 'ExerciseListIntent', {}],
  ['hi-IN', 'kamar ke liye sabse achhi exercise kaunsi hai', 'ExerciseListIntent', {}],
  ['hi-IN', 'क्या पीठ की चर्बी सिर्फ एक जगह से कम हो सकती है', 'SpotReductionIntent', {}],
  ['hi-IN', 'mere ghutne kharab hain deadlift karun kya', 'HealthConcernIntent', { concern: 'knee-pain', move: 'deadlift' }],
  ['hi-IN', 'sugar ki bimari hai mujhe', 'HealthConcernIntent', { concern: 'diabetes' }],
  // The answer to "which day would you like to rest?" (found by a helper trying the console), in every locale: a
  // locale's own rest-day phrasings once took the base's reserved room for it.
  ['en-IN', 'sunday please', 'SetRestDayIntent', {}],
  ['en-GB', 'make it sunday', 'SetRestDayIntent', {}],
  ['hi-IN', 'रविवार', 'SetRestDayIntent', {}],
  // Found by helpers trying the console: a yes with what to do was not heard as a yes ("haan darj kar do" as a level).
  ['en-IN', 'yeah log it', 'AMAZON.YesIntent', {}],
  ['en-US', 'yes set it', 'AMAZON.YesIntent', {}],
  ['hi-IN', 'haan darj kar do', 'AMAZON.YesIntent', {}],
  ['hi-IN', 'दर्ज कर दो', 'AMAZON.YesIntent', {}],
  ['en-AU', 'am I falling behind this week', 'WeeklyProgressIntent', {}],
  ['hi-IN', 'क्या मैं पीछे चल रहा हूँ', 'WeeklyProgressIntent', {}],
  // Found in review: "last week" said in the pattern's words, not through the date, read this week.
  ['en-IN', 'what all I did last week', 'WeeklyProgressIntent', { date: '2026-W47' }],
  // How people in India talk to the hi-IN skill, in Devanagari, in Hinglish and in plain English (found by a helper
  // trying the console as Indian users, December 3): before, each reached the fallback, a topic the skill does not
  // know, or the wrong intent.
  // Gym logs.
  ['hi-IN', 'aaj gym gayi thi ek ghanta', 'LogActivityIntent', { activity: 'strength', duration: 'PT1H' }],
  ['hi-IN', 'main aaj gym gaya tha', 'LogActivityIntent', { activity: 'strength' }],
  // Progress.
  ['hi-IN', 'mera hafta kaisa chal raha hai', 'WeeklyProgressIntent', {}],
  ['hi-IN', 'मेरा हफ़्ता कैसा चल रहा है', 'WeeklyProgressIntent', {}],
  ['hi-IN', 'kitne kadam ho gaye is hafte', 'WeeklyProgressIntent', {}],
  ['hi-IN', 'pichle hafte kitna kiya tha', 'WeeklyProgressIntent', {}],
  // Settings, reminders and privacy in Hinglish.
  ['hi-IN', 'level badha do', 'ChangeLevelIntent', { direction: 'harder' }],
  ['hi-IN', 'level kam kar do', 'ChangeLevelIntent', { direction: 'easier' }],
  ['hi-IN', 'लेवल बढ़ा दो', 'ChangeLevelIntent', { direction: 'harder' }],
  ['hi-IN', 'beginner hi rakho', 'SetLevelIntent', { level: 'beginner' }],
  ['hi-IN', 'nahi wait beginner hi rakho', 'SetLevelIntent', { level: 'beginner' }],
  ['hi-IN', 'रविवार को छुट्टी रखनी है', 'SetRestDayIntent', { day: 'रविवार' }],
  ['hi-IN', 'sunday ko chhutti rakhni hai', 'SetRestDayIntent', { day: 'sunday' }],
  ['hi-IN', 'mera rest day kya hai', 'MyRestDayIntent', {}],
  ['hi-IN', 'mera data kaise delete karun', 'DeleteDataIntent', {}],
  ['hi-IN', 'meri recording sunte ho kya', 'PrivacyIntent', {}],
  ['hi-IN', 'aap mera kya data rakhte ho', 'PrivacyIntent', {}],
  ['hi-IN', 'mere reminder kaun kaun se hain', 'ListRemindersIntent', {}],
  ['hi-IN', 'reminder 6 baje ki jagah 7 baje kar do', 'MoveReminderIntent', { time: '07:00' }],
  ['hi-IN', 'haan pakka', 'AMAZON.YesIntent', {}],
  ['hi-IN', 'हाँ पक्का', 'AMAZON.YesIntent', {}],
  // Plain English, said to a Hindi device.
  ['hi-IN', 'start workout', 'StartWorkoutIntent', {}],
  ['hi-IN', 'start my workout', 'StartWorkoutIntent', {}],
  ['hi-IN', 'start hiit workout', 'StartWorkoutIntent', { session: 'hiit' }],
  ['hi-IN', "what's my workout today", 'WorkoutForDayIntent', {}],
  ['hi-IN', 'how many left', 'HowManyLeftIntent', {}],
  ['hi-IN', 'how much time is left', 'HowManyLeftIntent', {}],
  ['hi-IN', 'next', 'AMAZON.NextIntent', {}],
  ['hi-IN', 'stop', 'AMAZON.StopIntent', {}],
  ['hi-IN', 'pause', 'AMAZON.PauseIntent', {}],
  ['hi-IN', 'resume', 'AMAZON.ResumeIntent', {}],
  // Pausing, resuming and ending a workout in Hinglish ("wait karo" and "hold karo" were heard as a level, "wait, ek
  // minute" as a one-minute log).
  ['hi-IN', 'wait karo', 'AMAZON.PauseIntent', {}],
  ['hi-IN', 'hold karo', 'AMAZON.PauseIntent', {}],
  ['hi-IN', 'ruko yaar', 'AMAZON.PauseIntent', {}],
  ['hi-IN', 'ek sec ruko', 'AMAZON.PauseIntent', {}],
  ['hi-IN', 'paani pee ke aati hoon', 'AMAZON.PauseIntent', {}],
  ['hi-IN', 'पानी पी के आती हूँ', 'AMAZON.PauseIntent', {}],
  ['hi-IN', 'wait, ek minute', 'AMAZON.PauseIntent', {}],
  ['hi-IN', 'bas ho gaya aaj ke liye', 'EndWorkoutIntent', {}],
  ['hi-IN', 'बस हो गया आज के लिए', 'EndWorkoutIntent', {}],
  ['hi-IN', 'haan chalo aage badho', 'AMAZON.ResumeIntent', {}],
  ['hi-IN', 'kitna time bacha hai', 'HowManyLeftIntent', {}],
  // Questions the article answers.
  ['hi-IN', 'kya koi exercise hai jisse sirf kamar ki fat jaaye', 'SpotReductionIntent', {}],
  ['hi-IN', 'matlab sirf peeche wali fat, baaki nahi', 'SpotReductionIntent', {}],
  ['hi-IN', 'kamar patli kaise karein', 'HowItWorksIntent', {}],
  ['hi-IN', 'acha suniye, meri kamar pe bahut charbi hai, kya karun', 'HowItWorksIntent', {}],
  ['hi-IN', 'results kab tak dikhenge', 'TopicIntent', { topic: 'results-time' }],
  ['hi-IN', 'kitne hafte mein fark padega', 'TopicIntent', { topic: 'results-time' }],
  ['hi-IN', 'kitne din mein kamar patli hogi', 'TopicIntent', { topic: 'results-time' }],
  // Found by a helper trying the console as an Indian user (December 5): the fallback, or "tell me what you did".
  ['hi-IN', 'kamar ki charbi kaise kam kare', 'HowItWorksIntent', {}],
  ['hi-IN', 'hata do', 'UndoIntent', {}],
  ['hi-IN', 'use hata do', 'UndoIntent', {}],
  ['en-US', 'take that off', 'UndoIntent', {}],
  ['en-US', 'which exercise is best for back fat', 'ExerciseListIntent', {}],
  ['en-IN', 'which exercise is best for back fat', 'ExerciseListIntent', {}],
  ['en-US', "what's the best exercise for back fat", 'ExerciseListIntent', {}],
  ['en-GB', 'what exercise burns back fat', 'ExerciseListIntent', {}],
  ['en-IN', 'take it off', 'UndoIntent', {}],
  ['hi-IN', 'maine workout kar liya', 'FinishedTodayIntent', {}],
  ['hi-IN', 'maine aaj subah aadha ghanta walk kiya', 'LogActivityIntent', { walkTime: 'PT30M' }],
  ['hi-IN', 'मैंने सोमवार को तैराकी की', 'LogActivityIntent', { activity: 'cardio' }],
  ['hi-IN', 'somvar ko maine swimming ki', 'LogActivityIntent', { activity: 'cardio' }],
  ['hi-IN', 'इस हफ़्ते मेरा क्या हाल है', 'WeeklyProgressIntent', {}],
  ['hi-IN', 'maine kitne workout kiye', 'WeeklyProgressIntent', {}],
  ['hi-IN', 'chai peeni chahiye', 'TopicIntent', { topic: 'tea-coffee' }],
  ['hi-IN', 'kya main chai pee sakta hoon', 'TopicIntent', { topic: 'tea-coffee' }],
  ['hi-IN', 'कमर की चर्बी कितने दिन में कम होगी', 'TopicIntent', { topic: 'results-time' }],
  ['hi-IN', 'fark kab dikhega', 'TopicIntent', { topic: 'results-time' }],
  ['hi-IN', 'फ़र्क कब दिखेगा', 'TopicIntent', { topic: 'results-time' }],
  ['hi-IN', 'din bhar baithna bura hai kya', 'TopicIntent', { topic: 'daily-movement' }],
  ['hi-IN', 'kya main roz hiit kar sakti hoon', 'TopicIntent', { topic: 'hiit-frequency' }],
  ['hi-IN', 'kaun si exercise sabse achhi hai kamar ke liye', 'ExerciseListIntent', {}],
  ['hi-IN', 'kya sirf chalne se charbi kam hogi', 'TopicIntent', { exercise: 'walking' }],
  ['hi-IN', 'चीनी कम करनी पड़ेगी क्या', 'TopicIntent', { topic: 'junk-food' }],
  // Fresh batches of Hindi speech written blind (December 4): each reached no sample word for word.
  ['hi-IN', 'आज की exercise बताओ', 'WorkoutForDayIntent', {}],
  ['hi-IN', 'aaj mujhe kaunsi exercise karni hai', 'WorkoutForDayIntent', {}],
  ['hi-IN', 'mujhe workout karna hai', 'StartWorkoutIntent', {}],
  ['hi-IN', 'mujhe cardio karna hai', 'StartWorkoutIntent', { session: 'cardio' }],
  ['hi-IN', 'pause kar do', 'AMAZON.PauseIntent', {}],
  ['hi-IN', 'ruk jaiye', 'AMAZON.PauseIntent', {}],
  ['hi-IN', 'continue karo', 'AMAZON.ResumeIntent', {}],
  ['hi-IN', 'ye wali skip kar do', 'SkipExerciseIntent', {}],
  ['hi-IN', 'samajh nahi aaya dobara bolo', 'AMAZON.RepeatIntent', {}],
  ['hi-IN', 'ab kya karna hai', 'WhatsNextIntent', {}],
  ['hi-IN', 'superman ka tarika', 'ExerciseHowToIntent', { exercise: 'superman' }],
  ['hi-IN', 'how to do glute bridge', 'ExerciseHowToIntent', { exercise: 'glute-bridge' }],
  ['hi-IN', 'walking se charbi kam hogi kya', 'TopicIntent', { exercise: 'walking' }],
  ['hi-IN', 'kitne ghante sona chahiye', 'TopicIntent', { topic: 'sleep' }],
  ['hi-IN', 'stress se charbi badhti hai kya', 'TopicIntent', { topic: 'stress' }],
  ['hi-IN', 'anda khana chahiye kya', 'TopicIntent', { topic: 'protein' }],
  ['hi-IN', 'diet mein kya khaun', 'DietTipsIntent', {}],
  ['hi-IN', 'aaj maine yoga kiya', 'LogActivityIntent', { activity: 'stretch' }],
  ['hi-IN', 'kal main gym gaya tha', 'LogYesterdayIntent', { activity: 'strength' }],
  ['hi-IN', 'is hafte ka hisaab batao', 'WeeklyProgressIntent', {}],
  ['hi-IN', 'level badhao', 'ChangeLevelIntent', { direction: 'harder' }],
  ['hi-IN', 'rest day sunday kar do', 'SetRestDayIntent', { day: 'sunday' }],
  ['hi-IN', 'rest day kab hai', 'MyRestDayIntent', {}],
  ['hi-IN', 'reminder cancel karo', 'CancelRemindersIntent', {}],
  ['hi-IN', 'shukriya didi', 'ThanksIntent', {}],
  ['hi-IN', 'madad chahiye', 'AMAZON.HelpIntent', {}],
  // Pain said whole is a concern's name: "{concern} में दर्द है" would take "सीने" open, and chest pain be heard as pain.
  ['hi-IN', 'ghutne mein dard hai', 'HealthConcernIntent', { concern: 'knee-pain' }],
  ['hi-IN', 'सीने में दर्द है', 'HealthConcernIntent', { concern: 'chest-pain' }],
  ['hi-IN', 'mera back dard kar raha hai', 'HealthConcernIntent', { concern: 'back-pain' }],
  ['hi-IN', 'main BP ki dawai leta hoon', 'HealthConcernIntent', { concern: 'high-blood-pressure' }],
  // Removing an earlier log, and the undo, reset and deletion it must not take.
  ['en-US', 'delete the walk', 'RemoveLogIntent', { activity: 'walk' }],
  ['en-US', 'remove the walk from yesterday', 'RemoveLogIntent', { activity: 'walk' }],
  ['en-US', 'no the other one', 'RemoveLogIntent', { otherActivity: 'one' }],
  // Found in a third review: "delete that one" and "nahi dusra wala" were heard as a level, and "monday's run" had no sample.
  ['en-US', 'delete that one', 'RemoveLogIntent', { activity: 'one' }],
  ['en-US', "remove monday's run", 'RemoveLogIntent', { activity: "monday's run" }],
  ['en-GB', "delete tuesday's walk", 'RemoveLogIntent', { activity: "tuesday's walk" }],
  ['hi-IN', 'nahi dusra wala', 'RemoveLogIntent', { otherActivity: 'dusra' }],
  ['hi-IN', 'नहीं दूसरा वाला', 'RemoveLogIntent', { otherActivity: 'दूसरा' }],
  ['en-AU', 'delete the run I did yesterday', 'RemoveLogIntent', { activity: 'cardio' }],
  ['en-US', 'remove my last strength session', 'RemoveLogIntent', { activity: 'strength' }],
  ['en-US', 'take off the run from yesterday', 'RemoveLogIntent', { activity: 'cardio', date: '2026-11-23' }],
  ['en-US', "take off yesterday's run", 'RemoveLogIntent', { yesterdayActivity: 'cardio' }],
  ['en-US', 'I logged strength twice by mistake', 'RemoveLogIntent', { activity: 'strength' }],
  ['en-US', "that walk on monday didn't happen", 'RemoveLogIntent', { activity: 'walk' }],
  ['en-US', 'remove the walk I logged', 'RemoveLogIntent', { activity: 'walk' }],
  ['en-US', 'remove a log', 'RemoveLogIntent', {}],
  ['en-US', 'no the one on monday', 'RemoveLogIntent', {}],
  ['en-US', 'undo', 'UndoIntent', {}],
  ['en-US', 'undo that', 'UndoIntent', {}],
  ['en-US', 'remove the last entry', 'UndoIntent', {}],
  ['en-US', 'delete the last thing I logged', 'UndoIntent', {}],
  ['en-US', 'delete all my data', 'DeleteDataIntent', {}],
  ['en-US', 'reset my week', 'ResetWeekIntent', {}],
  ['en-GB', 'delete the walk', 'RemoveLogIntent', { activity: 'walk' }],
  ['en-IN', 'I logged strength twice', 'RemoveLogIntent', { activity: 'strength' }],
  ['hi-IN', 'सैर हटा दो', 'RemoveLogIntent', { activity: 'walk' }],
  ['hi-IN', 'कल वाली running हटा दो', 'RemoveLogIntent', { activity: 'cardio' }],
  ['hi-IN', 'maine gym do baar darj kar diya', 'RemoveLogIntent', { activity: 'strength' }],
  ['hi-IN', 'walk hata do', 'RemoveLogIntent', { activity: 'walk' }],
  ['hi-IN', 'कोई entry हटानी है', 'RemoveLogIntent', {}],
  ['hi-IN', 'undo karo', 'UndoIntent', {}],
  ['hi-IN', 'mera saara data delete kar do', 'DeleteDataIntent', {}],
  ['hi-IN', 'is hafte ka sab mita do', 'ResetWeekIntent', {}],
  // A second blind batch of Indian English (December 4): each reached no intent by literal matching.
  ['en-IN', 'what is the exercise for today', 'WorkoutForDayIntent', {}],
  ['en-IN', 'how many exercises are still there', 'HowManyLeftIntent', {}],
  ['en-IN', 'which all exercises you have', 'ExerciseListIntent', {}],
  ['en-IN', 'set reminder for weekdays at six thirty am', 'WeekdayReminderIntent', { time: '06:30' }],
  ['en-IN', 'stop for some time', 'AMAZON.PauseIntent', {}],
  // Found trying the console mid-workout, and by a helper trying it as a tired office worker (December 7): the
  // fallback, a level, or the lenient matcher alone.
  ['en-US', 'yep ready now', 'AMAZON.NextIntent', {}],
  ['en-US', "that's done", 'AMAZON.NextIntent', {}],
  ['en-US', "let's get back to it", 'AMAZON.ResumeIntent', {}],
  ['en-US', 'I need more rest', 'AMAZON.PauseIntent', {}],
  ['en-US', 'again please', 'AMAZON.RepeatIntent', {}],
  ['en-US', 'show me the form', 'HowToCurrentIntent', {}],
  ['en-US', "what's this exercise called", 'HowToCurrentIntent', {}],
  ['en-US', 'how long did that take me', 'WorkoutLengthIntent', {}],
  ['en-US', "yeah let's do it", 'AMAZON.YesIntent', {}],
  ['en-US', 'sure why not', 'AMAZON.YesIntent', {}],
  ['en-US', 'ok fine start it', 'LetsGoIntent', {}],
  ['en-US', 'so how am I doing this week', 'WeeklyProgressIntent', {}],
  ['en-US', 'did I do enough this week', 'WeeklyProgressIntent', {}],
  ['en-US', 'what foods should I avoid', 'WhatToAvoidIntent', {}],
  ['en-US', 'what should I eat for dinner', 'DietTipsIntent', {}],
  ['en-US', "ugh I can't do anymore", 'EndWorkoutIntent', {}],
  ['en-US', 'actually no go back to beginner', 'SetLevelIntent', { level: 'beginner' }],
  ['en-US', 'go to the next exercise', 'NextExerciseIntent', {}],
  // Found by helpers trying the console as a tired parent and an older British user (December 7): the health request's
  // open slot (out of scope), a topic, or the fallback.
  ['en-US', 'is this almost over', 'HowManyLeftIntent', {}],
  ['en-US', 'how many exercises are there', 'HowManyLeftIntent', {}],
  ['en-US', 'how many exercises are remaining', 'HowManyLeftIntent', {}],
  ['en-US', 'ok this is too hard make it easier', 'ChangeLevelIntent', { direction: 'easier' }],
  ['en-US', 'I would like an easier level', 'ChangeLevelIntent', { direction: 'easier' }],
  ['en-US', 'can I make it easier please', 'ChangeLevelIntent', { direction: 'easier' }],
  ['en-US', 'I would like Wednesday as my rest day', 'SetRestDayIntent', { day: 'wednesday' }],
  ['en-US', 'does doing supermans burn the fat on my back', 'SpotReductionIntent', {}],
  ['en-US', 'will deadlifts get rid of my back fat', 'SpotReductionIntent', {}],
  ['en-US', 'do bridges burn my back fat', 'SpotReductionIntent', {}],
  ['en-US', 'my heart is beating very fast', 'HealthConcernIntent', { concern: 'palpitations' }],
  ['en-IN', 'my heart is beating very fast', 'HealthConcernIntent', { concern: 'palpitations' }],
  // Found by helpers trying the console: "I played cricket" was out of scope (en-IN), "I did pilates" not understood.
  ['en-IN', 'I played cricket', 'LogActivityIntent', { activity: 'cardio' }],
  ['en-US', 'I did pilates', 'LogActivityIntent', { activity: 'stretch' }],
  // Found by a helper trying the console as a tired parent: the lenient matcher alone, as a tight feeling, the workout going
  // on. A back that burns is pain (the workout pauses); legs burning in a hard set stay the effort.
  ['en-US', 'my lower back is burning', 'HealthConcernIntent', { concern: 'lower-back-pain' }],
  ['en-US', 'my legs are burning', 'HealthConcernIntent', { concern: 'effort' }],
  ['en-US', 'is HIIT safe for seniors', 'HealthConcernIntent', { move: 'hiit', ageGroup: 'older-age' }],
  ['en-GB', 'is HIIT safe for older people', 'HealthConcernIntent', { move: 'hiit', ageGroup: 'older-age' }],
  ['hi-IN', 'kya buzurgon ke liye HIIT safe hai', 'HealthConcernIntent', { move: 'hiit', ageGroup: 'older-age' }],
  ['hi-IN', 'क्या बुज़ुर्गों के लिए HIIT ठीक है', 'HealthConcernIntent', { move: 'hiit', ageGroup: 'older-age' }],
  // Found by a helper trying the console as a tired parent: the fallback.
  ['en-US', "kid's crying brb", 'AMAZON.PauseIntent', {}],
  ['en-US', 'sorry got distracted keep going', 'AMAZON.ResumeIntent', {}],
  // Found by a helper trying the console as an older British user: the fallback.
  ['en-US', 'give me some tips', 'DietTipsIntent', {}],
  ['en-GB', 'any tips', 'DietTipsIntent', {}],
  ['en-US', "I'm skipping today", 'TopicIntent', { topic: 'day-off' }],
  ['en-US', "I'm feeling lazy", 'TopicIntent', { topic: 'day-off' }],
  ['en-US', 'can I skip my workout today', 'TopicIntent', { topic: 'day-off' }],
  // Found by a helper trying the console as a warehouse worker (December 7): the lenient matcher alone.
  ['en-US', "yeah let's go", 'LetsGoIntent', {}],
  ['en-US', "yeah doc said it's fine", 'AMAZON.YesIntent', {}],
  ['en-US', 'can I just lose fat off my lower back', 'SpotReductionIntent', {}],
  ['en-US', "what time's my reminder", 'ListRemindersIntent', {}],
  ['en-US', 'is pizza okay once a week', 'TopicIntent', { topic: 'junk-food' }],
  ['en-US', 'ow sharp pain in my lower back', 'HealthConcernIntent', { sharp: 'lower-back-pain' }],
  // Found by a helper trying the console as a Chennai teacher (December 7): the lenient matcher alone, or the fallback.
  ['en-IN', 'my back is paining little bit', 'HealthConcernIntent', { concern: 'back-pain' }],
  ['en-IN', 'chest is paining little', 'HealthConcernIntent', { concern: 'chest-pain' }],
  ['en-IN', 'knee is still paining little', 'HealthConcernIntent', { concern: 'knee-pain' }],
  ['en-IN', 'yes doctor told ok', 'AMAZON.YesIntent', {}],
  ['en-IN', 'doctor said it is fine', 'AMAZON.YesIntent', {}],
  ['en-IN', "set a reminder for morning 6 o'clock", 'SetReminderIntent', { time: '06:00' }],
  ['en-IN', 'kindly set morning reminder at 6', 'SetReminderIntent', { time: '06:00' }],
  ['en-IN', 'remind me at 5.30 morning', 'SetReminderIntent', { time: '05:30' }],
  // Found in review: heard as the yes beside them, and HIIT started; and two pushed out by new samples.
  ['en-IN', 'doctor said it is not fine', 'AMAZON.NoIntent', {}],
  ['en-US', "my doc said it's not okay", 'AMAZON.NoIntent', {}],
  ['en-US', "my GP said it's not okay", 'AMAZON.NoIntent', {}],
  ['en-US', 'how many workouts per week do I do', 'WeeklyPlanIntent', {}],
  ['en-US', 'okay tell me about swimming', 'TopicIntent', { exercise: 'cardio' }],
] as const)('%s: "%s"', (locale, text, intent, slots) => {
  it(`→ ${intent}`, () => {
    const resolution = resolverFor(locale)(text);
    expect(resolution.intent).toBe(intent);
    // Word for word a sample: the generator's budget must not have cut the locale's own phrasing.
    expect(resolution.match).toBe('exact');
    for (const [name, expected] of Object.entries(slots)) {
      const slot = resolution.slots[name];
      expect(slot?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value?.id ?? slot?.value).toBe(expected);
    }
  });
});

// A scan of every en-US sample with no slot (December 5) found these matching two intents word for word, one through
// the other's slot. Each now matches one.
it.each([
  ['en-US', 'how many calories should I eat'],
  ['en-US', "what's the cause of back fat"],
  ['en-US', "I'm very tired"],
  ['en-US', 'can I take a break'],
  ['en-US', 'my legs are shaking'],
  // Resume's and the built-in next intent's both.
  ['hi-IN', 'continue'],
] as const)('%s "%s" matches one intent word for word', (locale, text) => {
  expect(committedMatcher(locale).literal(text)).toHaveLength(1);
});

// Found in review: an en-IN topic carrier from a blind batch heard the core question and everyday speech as topics no
// one knows ("how to remove back fat", "how to remove the reminder").
describe.each(['how to remove back fat', 'how to remove the reminder'])('en-IN "%s"', (text) => {
  it('is no topic question', () => {
    expect(resolverFor('en-IN')(text).intent).not.toBe('TopicIntent');
  });
});

// "I am not feeling well", said whole, is how someone feels: word for word a health question, never a topic.
describe.each(['en-IN', 'en-US'] as const)('%s "I am not feeling well"', (locale) => {
  it('matches the health question alone, word for word', () => {
    const matcher = createMatcher(models[locale], { now: new Date('2026-11-24T15:00:00Z'), timeZone: 'UTC' });
    expect(matcher.literal('I am not feeling well').map((match) => match.intent)).toEqual(['HealthConcernIntent']);
  });
});
