import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelPath } from '../../scripts/model/build';
import { type InteractionModel, createMatcher, parseLaunchPhrase } from '../../scripts/sim/nlu';

/** The hi-IN model as committed, and the console's matcher over it (Tuesday 24 November 2026, in India). */
const model = JSON.parse(readFileSync(modelPath('hi-IN'), 'utf8')) as InteractionModel;
const { intents, types = [] } = model.interactionModel.languageModel;
const matcher = createMatcher(model, { now: new Date('2026-11-24T06:00:00Z'), timeZone: 'Asia/Kolkata' });
const custom = intents.filter((intent) => !intent.name.startsWith('AMAZON.'));

/** Hindi letters and marks (no danda, no Devanagari digits) or Latin letters: how Amazon asks Hindi samples to be written. */
const SAMPLE = /^[a-zA-Z' {}\u0900-\u0963\u0971-\u097F]+$/;
const HINGLISH = /^[a-z' {}]+$/;
const DEVANAGARI = /\p{Script=Devanagari}/u;

describe('opening the skill in Hindi', () => {
  it.each([
    ['back coach खोलो', { kind: 'launch' }],
    ['alexa back coach kholo', { kind: 'launch' }],
    ['back coach open करो', { kind: 'launch' }],
    ['open back coach', { kind: 'launch' }],
    ['back coach से पूछो आज का workout क्या है', { kind: 'one-shot', utterance: 'आज का workout क्या है' }],
    ['back coach se poocho superman kaise karte hain', { kind: 'one-shot', utterance: 'superman kaise karte hain' }],
  ] as const)('"%s"', (text, launch) => {
    expect(parseLaunchPhrase(text, 'back coach')).toEqual(launch);
  });
});

describe('the hi-IN interaction model', () => {
  it('is invoked as "back coach", in Latin script like the English words of a Hindi skill', () => {
    expect(model.interactionModel.languageModel.invocationName).toBe('back coach');
  });

  it('writes every sample in Devanagari and Latin letters only', () => {
    for (const intent of intents) for (const sample of intent.samples ?? []) expect(sample, intent.name).toMatch(SAMPLE);
  });

  it.each(custom.map((intent) => [intent.name, intent] as const))('%s has at least 40 distinct samples, in Devanagari and in Hinglish', (_, intent) => {
    const samples = intent.samples ?? [];
    expect(new Set(samples.map((sample) => sample.toLowerCase())).size).toBeGreaterThanOrEqual(40);
    expect(samples.some((sample) => DEVANAGARI.test(sample)), 'a sample in Devanagari').toBe(true);
    expect(samples.some((sample) => HINGLISH.test(sample) && !/^\{\w+\}$/.test(sample)), 'a sample in Hinglish').toBe(true);
  });

  it('gives every slot value names in both scripts, and no name to two values of a type', () => {
    for (const type of types) {
      const names = (type.values ?? []).flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])]);
      expect(names.filter((name, index) => names.indexOf(name) !== index), type.name).toEqual([]);
      expect(names.some((name) => DEVANAGARI.test(name)), `${type.name} in Devanagari`).toBe(true);
    }
  });
});

/**
 * What people say, and what the skill itself tells them to say, understood word for word by the console's matcher:
 * each is a sample (slot values filled in), not a lucky fuzzy match.
 */
describe.each([
  ['aaj ka workout kya hai', 'WorkoutForDayIntent', {}],
  // Found by a helper trying the console as an Indian user (December 3, fourth round).
  ['HIIT शुरू करो', 'StartWorkoutIntent', { session: 'hiit' }],
  ['cardio shuru karo', 'StartWorkoutIntent', { session: 'cardio' }],
  ['workout chalu karo', 'StartWorkoutIntent', {}],
  ['agla step kya hai', 'AMAZON.NextIntent', {}],
  ['अगला step बताओ', 'AMAZON.NextIntent', {}],
  ['main ready hoon', 'AMAZON.NextIntent', {}],
  ['tayyar hoon', 'AMAZON.NextIntent', {}],
  ['aage batao', 'AMAZON.NextIntent', {}],
  ['इस हफ़्ते का progress बताओ', 'WeeklyProgressIntent', {}],
  ['is hafte kitna hua', 'WeeklyProgressIntent', {}],
  ['mera hafta kaisa raha', 'WeeklyProgressIntent', {}],
  ['kal maine yoga kiya tha', 'LogYesterdayIntent', { activity: 'stretch' }],
  ['कल मैंने योग किया था', 'LogYesterdayIntent', { activity: 'stretch' }],
  ['कमर में दर्द हो तो क्या करूँ', 'HealthConcernIntent', { concern: 'lower-back-pain' }],
  ['kal ke workout se body dard kar rahi hai', 'HealthConcernIntent', { concern: 'pain' }],
  ['पूरे शरीर में अकड़न है', 'HealthConcernIntent', { concern: 'soreness' }],
  ['चाय पी सकते हैं', 'TopicIntent', { topic: 'tea-coffee' }],
  ['कितने rep', 'HowManyLeftIntent', {}],
  ['ghee khana chahiye ya nahi', 'TopicIntent', { topic: 'portions' }],
  ['hip thrust ke kitne rep karun', 'HowManyLeftIntent', { exercise: 'glute-bridge' }],
  // Found by a helper trying the console as a user (December 3).
  ['आज का वर्कआउट क्या है', 'WorkoutForDayIntent', {}],
  ['चलो वर्कआउट शुरू करते हैं', 'StartWorkoutIntent', {}],
  ['शुक्रवार वाला workout शुरू करो', 'StartWorkoutIntent', { date: '2026-11-27' }],
  ['chalo bye', 'AMAZON.StopIntent', {}],
  ['kya sirf walking se pet aur kamar ki charbi kam hogi', 'SpotReductionIntent', {}],
  ['kya main sirf kamar ki charbi kam kar sakta hoon', 'SpotReductionIntent', {}],
  ['क्या सिर्फ़ crunches से पेट की चर्बी घटेगी', 'SpotReductionIntent', {}],
  ['thoda easy karo', 'ChangeLevelIntent', { direction: 'easier' }],
  ['mera rest day शनिवार rakho', 'SetRestDayIntent', { day: 'शनिवार' }],
  ['shukravar wala workout shuru karo', 'StartWorkoutIntent', { date: '2026-11-27' }],
  ['आज का workout क्या है', 'WorkoutForDayIntent', {}],
  ['kal ka workout kya hai', 'WorkoutForDayIntent', { date: '2026-11-25' }],
  // "{session} का workout" would say the same words around its slot: the day, never a kind (found in review).
  ['कल का workout कितना लंबा है', 'WorkoutLengthIntent', { date: '2026-11-25' }],
  ['HIIT कितनी देर का है', 'WorkoutLengthIntent', { session: 'hiit' }],
  ['शुक्रवार का workout क्या है', 'WorkoutForDayIntent', { date: '2026-11-27' }],
  ['friday ko mujhe kya karna hai', 'WorkoutForDayIntent', { date: '2026-11-27' }],
  ['हफ़्ते का plan क्या है', 'WeeklyPlanIntent', {}],
  ['HIIT हफ़्ते में कितनी बार करूँ', 'WeeklyPlanIntent', { exercise: 'hiit' }],
  ['deadlift kitni baar karna chahiye', 'WeeklyPlanIntent', { exercise: 'deadlift' }],
  ['superman kaise karte hain', 'ExerciseHowToIntent', { exercise: 'superman' }],
  ['superman कैसे करते हैं', 'ExerciseHowToIntent', { exercise: 'superman' }],
  ['सुपरमैन कैसे करते हैं', 'ExerciseHowToIntent', { exercise: 'superman' }],
  ['glute bridge कैसे करते हैं', 'ExerciseHowToIntent', { exercise: 'glute-bridge' }],
  ['romanian deadlift sikhao', 'ExerciseHowToIntent', { exercise: 'deadlift' }],
  ['सारे step बताओ', 'AllStepsIntent', {}],
  ['protein ke baare mein batao', 'TopicIntent', { topic: 'protein' }],
  ['पानी के बारे में बताओ', 'TopicIntent', { topic: 'water' }],
  ['क्या सिर्फ़ कमर की चर्बी घट सकती है', 'SpotReductionIntent', {}],
  ['kamar ki charbi itni ziddi kyun hai', 'StubbornFatIntent', {}],
  ['calorie deficit क्या है', 'CalorieDeficitIntent', {}],
  ['diet tips बताओ', 'DietTipsIntent', {}],
  ['mujhe kamar dard hai', 'HealthConcernIntent', { concern: 'lower-back-pain' }],
  // Tried as a user: an aching back said the everyday way, thanks with a goodbye, and "chalo" to go on.
  ['kamar dukh rahi hai', 'HealthConcernIntent', {}],
  ['uff kamar dukh rahi hai', 'HealthConcernIntent', {}],
  ['पीठ में बहुत दर्द है', 'HealthConcernIntent', {}],
  ['कमर दुख रही है', 'HealthConcernIntent', {}],
  ['shukriya bye', 'AMAZON.StopIntent', {}],
  ['शुक्रिया बाय', 'AMAZON.StopIntent', {}],
  ['chalo', 'AMAZON.ResumeIntent', {}],
  ['hiit kya hota hai', 'TopicIntent', { exercise: 'hiit' }],
  ['मुझे sciatica है', 'HealthConcernIntent', { concern: 'sciatica' }],
  ['मैंने strength workout किया', 'LogActivityIntent', { activity: 'strength' }],
  ['मैंने HIIT session किया', 'LogActivityIntent', { activity: 'hiit' }],
  ['मैंने 30 मिनट तक swimming की', 'LogActivityIntent', { activity: 'cardio', duration: 'PT30M' }],
  ['maine 30 minute tak cycling ki', 'LogActivityIntent', { activity: 'cardio', duration: 'PT30M' }],
  ['main 2000 kadam zyada chala', 'LogActivityIntent', { steps: '2000' }],
  ['meri progress kaisi hai', 'WeeklyProgressIntent', {}],
  ['mera level kya hai', 'MyLevelIntent', {}],
  ['मेरा level advanced कर दो', 'SetLevelIntent', { level: 'advanced' }],
  ['इसे मुश्किल करो', 'ChangeLevelIntent', { direction: 'harder' }],
  ['इसे आसान करो', 'ChangeLevelIntent', { direction: 'easier' }],
  ['शनिवार को मेरा आराम का दिन बनाओ', 'SetRestDayIntent', { day: 'शनिवार' }],
  ['saturday ko mera rest day banao', 'SetRestDayIntent', { day: 'saturday' }],
  ['workout शुरू करो', 'StartWorkoutIntent', {}],
  ['workout जारी रखो', 'ResumeWorkoutIntent', {}],
  ['आगे क्या है', 'WhatsNextIntent', {}],
  ['कितने बचे हैं', 'HowManyLeftIntent', {}],
  ['skip करो', 'SkipExerciseIntent', {}],
  // Found by helpers trying the console in Hindi (December 3, fifth round).
  ['मैंने आज कितना किया', 'WeeklyProgressIntent', {}],
  ['mera kitna workout hua is hafte', 'WeeklyProgressIntent', {}],
  ['सीधे cool down पर चलो', 'CoolDownIntent', {}],
  ['बस हो गया', 'EndWorkoutIntent', {}],
  ['undo', 'UndoIntent', {}],
  ['agla', 'AMAZON.NextIntent', {}],
  ['अगला', 'AMAZON.NextIntent', {}],
  ['पीछे', 'AMAZON.PreviousIntent', {}],
  ['फिर से', 'AMAZON.RepeatIntent', {}],
  ['ruko', 'AMAZON.PauseIntent', {}],
  // Found trying it: "start" said alone was out of scope.
  // A start with nothing named is kept apart: a yes to "Ready for step 2?", and otherwise today's workout.
  ['शुरू करो', 'LetsGoIntent', {}],
  ['chalo shuru karte hain', 'LetsGoIntent', {}],
  ['जारी रखो', 'AMAZON.ResumeIntent', {}],
  ['हाँ', 'AMAZON.YesIntent', {}],
  ['नहीं', 'AMAZON.NoIntent', {}],
  ['shukriya', 'ThanksIntent', {}],
  // Found by a helper trying the console in Hindi (December 3, third round).
  ['रुको, बच्चा रो रहा है', 'AMAZON.PauseIntent', {}],
  ['इस हफ़्ते का हाल बताओ', 'WeeklyProgressIntent', {}],
  ['हाँ लगा दो', 'AMAZON.YesIntent', {}],
  ['नहीं, रहने दो', 'AMAZON.NoIntent', {}],
  ['बस', 'AMAZON.StopIntent', {}],
  // Found by a helper trying the console as an Indian user (December 3, second round).
  ['मुझे कौन सा diet लेना चाहिए', 'DietTipsIntent', {}],
  ['चावल खा सकते हैं क्या', 'TopicIntent', { topic: 'portions' }],
  ['kitni roti kha sakta hoon', 'TopicIntent', { topic: 'portions' }],
  ['kitne din mein result dikhega', 'TopicIntent', { topic: 'results-time' }],
  ['आसान कर दो', 'ChangeLevelIntent', { direction: 'easier' }],
  ['मेरे रिमाइंडर हटा दो', 'CancelRemindersIntent', {}],
  ['reminder band kar do', 'CancelRemindersIntent', {}],
  ['ठीक है बस', 'AMAZON.StopIntent', {}],
  ['aaj main aaram karungi', 'TopicIntent', { topic: 'day-off' }],
  ['superman kis liye hota hai', 'TopicIntent', { exercise: 'superman' }],
  ['ghutno mein dard rehta hai', 'HealthConcernIntent', { concern: 'knee-pain' }],
  ['mere pair sunn ho gaye hain', 'HealthConcernIntent', { concern: 'numbness' }],
  // Found by a helper trying the console as a 45-year-old in Lucknow (December 6): the fallback, another intent, or the
  // lenient matcher alone.
  ['मैं हफ्ते में दो दिन उपवास रखती हूँ', 'TopicIntent', { topic: 'intermittent-fasting' }],
  ['उपवास के दिन exercise करूँ या नहीं', 'TopicIntent', { topic: 'intermittent-fasting' }],
  ['upvaas mein workout karna chahiye kya', 'TopicIntent', { topic: 'intermittent-fasting' }],
  ['शक्कर चलेगा', 'TopicIntent', { topic: 'junk-food' }],
  ['chawal chhod du kya', 'TopicIntent', {}],
  ['chai pee sakti hu kya', 'TopicIntent', {}],
  ['क्या सिर्फ walking काफी है', 'TopicIntent', { exercise: 'walking' }],
  ['walking kitni karni chahiye', 'TopicIntent', { exercise: 'walking' }],
  // Belly and back together, with no "only": walking's answer (it was "नहीं. Spot reduction…", heard as "walking won't help").
  ['kya walking se pet aur kamar ki charbi kam hogi', 'TopicIntent', { exercise: 'walking' }],
  ['क्या walking से पेट और कमर की चर्बी कम होगी', 'TopicIntent', { exercise: 'walking' }],
  ['वज़न कैसे कम करूँ', 'HowItWorksIntent', {}],
  ['यह skill क्या करता है', 'AMAZON.HelpIntent', {}],
  ['back coach kya karta hai', 'AMAZON.HelpIntent', {}],
  ['मेरा rest day बदल दो', 'SetRestDayIntent', {}],
  ['pata nahi', 'UnsureIntent', {}],
  ['मुझे नहीं पता', 'UnsureIntent', {}],
  // The answers to "क्या अब भी दर्द हो रहा है?" before a workout paused for pain goes on.
  ['हाँ थोड़ा', 'HedgedYesIntent', {}],
  ['thoda sa', 'HedgedYesIntent', {}],
  ['अब ठीक है', 'PainGoneIntent', {}],
  ['nahi dard nahi hai', 'PainGoneIntent', {}],
  // Found in review (December 7): heard as pain told again, and the fallback.
  ['दर्द ठीक हो गया', 'PainGoneIntent', {}],
  ['ab thik hai', 'PainGoneIntent', {}],
  ['अभी भी दर्द है', 'HealthConcernIntent', {}],
  ['abhi bhi dard hai', 'HealthConcernIntent', {}],
  // Found by a helper trying the console in Hindi (December 6): each reached the fallback, or another intent.
  ['आज मैंने 45 मिनट पैदल चला', 'LogActivityIntent', { walkTime: 'PT45M' }],
  ['maine 30 minute paidal chala', 'LogActivityIntent', { walkTime: 'PT30M' }],
  ['haan aage', 'AMAZON.NextIntent', {}],
  ['ek minute ruko doorbell baj rahi hai', 'AMAZON.PauseIntent', {}],
  ['हाँ वापस आ गया चलो', 'AMAZON.ResumeIntent', {}],
  ['चलो वापस आ गई', 'AMAZON.ResumeIntent', {}],
  ['ये वाला कैसे करते हैं', 'HowToCurrentIntent', {}],
  ['कल क्या है', 'WorkoutForDayIntent', {}],
  ['डेडलिफ्ट में कमर सीधी कैसे रखूँ', 'ExerciseHowToIntent', { exercise: 'deadlift' }],
  // Found by a helper trying the console in Hindi (December 7): the fallback, or the lenient matcher alone.
  ['han', 'AMAZON.YesIntent', {}],
  ['na', 'AMAZON.NoIntent', {}],
  ['नहीं जी', 'AMAZON.NoIntent', {}],
  ['bas ab nahi hota', 'EndWorkoutIntent', {}],
  ['khane mein kya lena chahiye', 'DietTipsIntent', {}],
  ['बहुत मुश्किल है', 'TooHardIntent', {}],
  ['bahut mushkil hai', 'TooHardIntent', {}],
  ['subah 6 baje reminder laga do', 'DailyReminderIntent', { time: '06:00' }],
  ['reminder laga do subah 6 baje', 'DailyReminderIntent', { time: '06:00' }],
  ['agli exercise par chalo', 'NextExerciseIntent', {}],
] as const)('"%s"', (text, intent, slots) => {
  it(`→ ${intent}`, () => {
    const [match, ...others] = matcher.literal(text);
    expect(others.map((other) => other.intent), 'no other intent takes it').toEqual([]);
    expect(match?.intent).toBe(intent);
    for (const [name, expected] of Object.entries(slots)) {
      const slot = match?.slots[name];
      expect(slot?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value?.id ?? slot?.value, name).toBe(expected);
    }
  });
});
