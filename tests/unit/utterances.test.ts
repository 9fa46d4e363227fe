import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type InteractionModel, createResolver } from '../../scripts/sim/nlu';
import { modelPath } from '../../scripts/model/build';

const model = JSON.parse(readFileSync(modelPath('en-US'), 'utf8')) as InteractionModel;
// Tuesday 24 November 2026 in New York.
const resolve = createResolver(model, { now: new Date('2026-11-24T15:00:00Z'), timeZone: 'America/New_York' });
const SAMPLE_VALUES: Readonly<Record<string, string>> = {
  'AMAZON.DATE': 'friday',
  'AMAZON.DURATION': 'thirty minutes',
  'AMAZON.TIME': 'seven am',
  'AMAZON.NUMBER': 'two thousand',
  'AMAZON.Ordinal': 'second',
  'AMAZON.DayOfWeek': 'saturday',
  ExerciseName: 'glute bridge',
  ActivityName: 'cycling',
  LevelName: 'advanced',
  TopicName: 'protein',
  ConcernName: 'sciatica',
  LevelDirection: 'harder',
  SessionName: 'hiit',
};
/** Every intent's samples, thinned to a spread of at most this many each: the builder already refuses shared carriers. */
const PER_INTENT = 40;

describe('every sample utterance resolves to its own intent', () => {
  const cases = model.interactionModel.languageModel.intents.flatMap((intent) =>
    (intent.samples ?? []).filter((_, index, all) => index % Math.ceil(all.length / PER_INTENT) === 0).map((sample) => {
      const text = sample.replace(/\{(\w+)\}/g, (_, slot: string) => SAMPLE_VALUES[intent.slots?.find((s) => s.name === slot)?.type ?? ''] ?? 'x');
      return [intent.name, text] as const;
    }),
  );
  it.each(cases)('%s ← "%s"', (intent, text) => {
    expect(resolve(text).intent).toBe(intent);
  });
});

describe('the way people really ask', () => {
  it.each([
    ["what's my workout today", 'WorkoutForDayIntent', {}],
    // Found by a helper trying the console as an older user and a parent (December 3, third round).
    ['could you please tell me what I should do today', 'WorkoutForDayIntent', {}],
    ["ugh I'm so not in the mood honestly", 'TopicIntent', { topic: 'day-off' }],
    ["I didn't catch that could you say it again please", 'AMAZON.RepeatIntent', {}],
    ['thank you that will be all', 'AMAZON.StopIntent', {}],
    // A log said as people say it, with no "for": "I {concern} yesterday" took it, and the day was lost (December 3).
    ['I walked forty minutes yesterday', 'LogYesterdayIntent', { walkTime: 'PT40M' }],
    ['I just ran thirty minutes', 'LogActivityIntent', { runTime: 'PT30M' }],
    ['I walked an hour this morning', 'LogActivityIntent', { walkTime: 'PT1H' }],
    ['I swam half an hour last night', 'LogYesterdayIntent', { swimTime: 'PT30M' }],
    ['I cycled an hour today', 'LogActivityIntent', { cycleTime: 'PT1H' }],
    ['I rowed twenty minutes', 'LogActivityIntent', { cardioTime: 'PT20M' }],
    ['I stretched ten minutes', 'LogActivityIntent', { stretchTime: 'PT10M' }],
    ['how long is this gonna take', 'WorkoutLengthIntent', {}],
    // Found by helpers trying the console (December 5): heard only by the lenient matcher.
    ['how was my week', 'WeeklyProgressIntent', {}],
    ["how'd I do this week", 'WeeklyProgressIntent', {}],
    ['how long is the workout', 'WorkoutLengthIntent', {}],
    // Found by a helper trying the console, just after hearing the day's workout (December 6): the fallback.
    ['how long is it', 'WorkoutLengthIntent', {}],
    ["how long is tomorrow's workout", 'WorkoutLengthIntent', {}],
    ['how much time do I need', 'WorkoutLengthIntent', {}],
    ['hang on what exactly gets deleted', 'PrivacyIntent', {}],
    ['no sorry it was a walk', 'LogActivityIntent', { correctedActivity: 'walk' }],
    ['ok thank you', 'ThanksIntent', {}],
    ['brilliant ta', 'ThanksIntent', {}],
    ["what's tomorrow", 'WorkoutForDayIntent', { date: '2026-11-25' }],
    ['and last week', 'WorkoutForDayIntent', { followDate: '2026-W47' }],
    ['what about tuesday', 'WorkoutForDayIntent', {}],
    ["I can't do more", 'EndWorkoutIntent', {}],
    // Found by helpers trying the console (December 3, fourth round).
    ["nope that's it", 'AMAZON.StopIntent', {}],
    ["no that's all", 'AMAZON.StopIntent', {}],
    ['about forty minutes', 'LogActivityIntent', { duration: 'PT40M' }],
    ['what is the next step', 'AMAZON.NextIntent', {}],
    ['it aches', 'HealthConcernIntent', {}],
    ['how many reps of hip thrusts should I do', 'HowManyLeftIntent', { exercise: 'glute-bridge' }],
    ["I'm short on time", 'TopicIntent', { topic: 'short-on-time' }],
    ['where were we', 'AMAZON.ResumeIntent', {}],
    ['hold on my kid needs me', 'AMAZON.PauseIntent', {}],
    ['that would be lovely', 'AMAZON.YesIntent', {}],
    ['sorry can you say that one more time', 'AMAZON.RepeatIntent', {}],
    // Found by a helper trying the console mid-workout (December 3, second round): brushed off as out of scope.
    ['my back just twinged', 'HealthConcernIntent', { concern: 'back-pain' }],
    ['my head is spinning', 'HealthConcernIntent', { concern: 'dizziness' }],
    ['I feel weird', 'HealthConcernIntent', { concern: 'unwell' }],
    ["I'm getting a headache", 'HealthConcernIntent', { concern: 'unwell' }],
    ['my legs are burning', 'HealthConcernIntent', { concern: 'effort' }],
    ["I've got a cramp in my calf", 'HealthConcernIntent', { concern: 'cramp' }],
    // The effort of a hard round, found by a helper trying the console: not a warning sign.
    ["I'm out of breath", 'HealthConcernIntent', { concern: 'effort-breath' }],
    ['is it normal to be this out of breath', 'HealthConcernIntent', { concern: 'effort-breath' }],
    ['my glutes are burning is that ok', 'HealthConcernIntent', { concern: 'effort' }],
    ['my heart is pounding', 'HealthConcernIntent', { concern: 'effort-breath' }],
    ["I can't breathe", 'HealthConcernIntent', { concern: 'breathlessness' }],
    ['my heart is racing', 'HealthConcernIntent', { concern: 'palpitations' }],
    // The answers to "does it still hurt?" before a workout paused for pain goes on.
    ['yeah a bit', 'HedgedYesIntent', {}],
    ['a little', 'HedgedYesIntent', {}],
    // A hedge to the doctor question or a deletion is asked again (see HedgedYesIntent).
    ['I think so', 'HedgedYesIntent', {}],
    ['kinda', 'HedgedYesIntent', {}],
    ['yes it does', 'AMAZON.YesIntent', {}],
    ["no it doesn't", 'AMAZON.NoIntent', {}],
    ["it's fine now", 'PainGoneIntent', {}],
    ['no it feels better', 'AMAZON.NoIntent', {}],
    ['it still hurts', 'HealthConcernIntent', {}],
    ["yeah it's still hurting", 'HealthConcernIntent', {}],
    // Found by a helper trying the console as a user (December 3).
    ["start friday's workout", 'StartWorkoutIntent', { date: '2026-11-27' }],
    ["let's do sunday's workout", 'StartWorkoutIntent', { date: '2026-11-29' }],
    ['what about monday', 'WorkoutForDayIntent', { followDate: '2026-11-30' }],
    ['and saturday', 'WorkoutForDayIntent', { followDate: '2026-11-28' }],
    ["okay what's friday look like", 'WorkoutForDayIntent', { date: '2026-11-27' }],
    ['okay start it', 'LetsGoIntent', {}],
    ["I'm gonna stop here", 'EndWorkoutIntent', {}],
    ['wait what do I do here', 'HowToCurrentIntent', {}],
    ['actually can I go back to beginner', 'SetLevelIntent', { level: 'beginner' }],
    ['I want my rest day to be wednesday', 'SetRestDayIntent', { day: 'wednesday' }],
    ['did 30 minutes on the bike', 'LogActivityIntent', { activity: 'cardio', duration: 'PT30M' }],
    ['I walked like 40 minutes', 'LogActivityIntent', { activity: 'walk', duration: 'PT40M' }],
    ['did a bit of yoga', 'LogActivityIntent', { activity: 'stretch' }],
    // A brisk walk is a cardio day's session, as the article says.
    ['I did 45 minutes brisk walk in the morning', 'LogActivityIntent', { activity: 'cardio', minutes: '45' }],
    ['ok I went for a brisk walk for 30 minutes', 'LogActivityIntent', { activity: 'cardio', duration: 'PT30M' }],
    ['I did the workout', 'FinishedTodayIntent', {}],
    ['reset my progress', 'DeleteDataIntent', {}],
    ['my chest gets tight when I run', 'HealthConcernIntent', { concern: 'chest-pain' }],
    // "Back's" is no concern name ("I'm back" would be a report): the handler hears the part of the body in it.
    ["my back's been killing me since yesterday", 'HealthConcernIntent', { concern: "back's" }],
    // Said short, with no "been" (found in a development set: no sample said it).
    ["my knee's killing me", 'HealthConcernIntent', { concern: 'knee-pain' }],
    // To "has your doctor said this kind of exercise is okay for you?" (found by a helper trying the console: the fallback).
    ["no I haven't talked to my doctor", 'AMAZON.NoIntent', {}],
    ['no not really', 'AMAZON.NoIntent', {}],
    ['so like can I just lose fat from my lower back if I do back exercises', 'SpotReductionIntent', {}],
    ['will crunches get rid of my back fat', 'SpotReductionIntent', {}],
    ['can I take today off', 'TopicIntent', { topic: 'day-off' }],
    ["I'm too tired today", 'TopicIntent', { topic: 'day-off' }],
    ['okay thanks got it', 'ThanksIntent', {}],
    ['something clicked in my back', 'HealthConcernIntent', { concern: 'back-pain' }],
    ['I did my workout yesterday', 'FinishedTodayIntent', { date: '2026-11-23' }],
    ["I finished yesterday's workout", 'FinishedTodayIntent', { date: '2026-11-23' }],
    ['yesterday I did my strength workout', 'LogYesterdayIntent', { activity: 'strength' }],
    ['went for a 30 minute run on tuesday', 'LogActivityIntent', { activity: 'cardio', minutes: '30', date: '2026-11-24' }],
    ['log a strength session for monday', 'LogActivityIntent', { activity: 'strength' }],
    ['I ran five k yesterday', 'LogActivityIntent', { activity: 'cardio', date: '2026-11-23' }],
    ['did my back exercises this morning', 'LogActivityIntent', { activity: 'strength' }],
    ['I went to the gym', 'LogActivityIntent', { activity: 'strength' }],
    ['how much I have done this week', 'WeeklyProgressIntent', {}],
    ['what reminders are there', 'ListRemindersIntent', {}],
    ['I will stop now', 'EndWorkoutIntent', {}],
    ['what set am I on', 'HowManyLeftIntent', {}],
    ['how much time is remaining', 'HowManyLeftIntent', {}],
    ["what's after that", 'WhatsNextIntent', {}],
    ['skip the warm up', 'SkipExerciseIntent', {}],
    // The part of the body, in a slot of its own: numbness is the answer whatever part is named (found in review).
    ['my leg feels numb', 'HealthConcernIntent', { numbPart: 'leg' }],
    ['I had back surgery last year', 'HealthConcernIntent', { concern: 'surgery' }],
    ['I had knee surgery', 'HealthConcernIntent', { concern: 'surgery' }],
    ['yeah like 6 in the evening', 'SetReminderIntent', { time: '18:00' }],
    // The answers to "were those 5,000 steps extra?".
    ["no that's my whole day", 'AMAZON.NoIntent', {}],
    ['yes they were extra', 'AMAZON.YesIntent', {}],
    ["okay cool that's enough", 'AMAZON.StopIntent', {}],
    ['no wait show me the glute bridge instead', 'ExerciseHowToIntent', { exercise: 'glute-bridge' }],
    // A start is never heard as a log of what was not done.
    ['start a ten minute hiit workout', 'StartWorkoutIntent', {}],
    ['start a 15 minute strength workout', 'StartWorkoutIntent', {}],
    ['what should I do on friday', 'WorkoutForDayIntent', { date: '2026-11-27' }],
    ["what's my workout tomorrow", 'WorkoutForDayIntent', { date: '2026-11-25' }],
    ['how do I do a superman', 'ExerciseHowToIntent', { exercise: 'superman' }],
    ['tell me how to do romanian deadlifts', 'ExerciseHowToIntent', { exercise: 'deadlift' }],
    ["what's the form for a suitcase carry", 'ExerciseHowToIntent', { exercise: 'suitcase-carry' }],
    ['how do I do a hip thrust', 'ExerciseHowToIntent', { exercise: 'glute-bridge' }],
    ['teach me the side jackknife', 'ExerciseHowToIntent', { exercise: 'side-plank' }],
    ['tell me about swimming', 'TopicIntent', { exercise: 'cardio' }],
    ['can I spot reduce', 'SpotReductionIntent', {}],
    ['why is lower back fat so stubborn', 'StubbornFatIntent', {}],
    ['what is a calorie deficit', 'CalorieDeficitIntent', {}],
    ['give me diet tips', 'DietTipsIntent', {}],
    ['what should I avoid', 'WhatToAvoidIntent', {}],
    ["what's the weekly plan", 'WeeklyPlanIntent', {}],
    // How often a move comes in the week: the week's answer for that move, never what the move is.
    ['how often should I do hiit', 'WeeklyPlanIntent', { exercise: 'hiit' }],
    ['how often for deadlifts', 'WeeklyPlanIntent', { exercise: 'deadlift' }],
    // A level moved by a phrase always carries its direction: without it the skill could only ask which level.
    // A weekday said as a possessive or a plural is still that day: "friday's workout" is never today's.
    ["what's friday's workout", 'WorkoutForDayIntent', { date: '2026-11-27' }],
    ["what's tomorrow's workout", 'WorkoutForDayIntent', { date: '2026-11-25' }],
    ['what am I doing tomorrow', 'WorkoutForDayIntent', { date: '2026-11-25' }],
    ['make saturdays my rest day', 'SetRestDayIntent', { day: 'saturday' }],
    ['wait what', 'AMAZON.RepeatIntent', {}],
    ['any tips for losing back fat', 'HowItWorksIntent', {}],
    // Breathing and numbness said as "I can't …" are the urgent and the safe answers, never an unknown topic.
    ["I can't breathe", 'HealthConcernIntent', { concern: 'breathlessness' }],
    ["I can't feel my legs", 'HealthConcernIntent', { concern: 'numbness' }],
    ['will a few drinks on the weekend undo all my hard work', 'TopicIntent', { topic: 'alcohol' }],
    ['bump me up a level', 'ChangeLevelIntent', { direction: 'harder' }],
    ['take me down a level', 'ChangeLevelIntent', { direction: 'easier' }],
    ['can you dial it back a notch', 'ChangeLevelIntent', { direction: 'easier' }],
    ['lower the difficulty', 'ChangeLevelIntent', { direction: 'easier' }],
    ['raise the difficulty please', 'ChangeLevelIntent', { direction: 'harder' }],
    ['read me all the steps', 'AllStepsIntent', {}],
    ['next', 'AMAZON.NextIntent', {}],
    ['go back', 'AMAZON.PreviousIntent', {}],
    ['say that again', 'AMAZON.RepeatIntent', {}],
    ['what can I say', 'AMAZON.HelpIntent', {}],
    ['order me a pizza', 'AMAZON.FallbackIntent', {}],
    ["I finished today's workout", 'FinishedTodayIntent', {}],
    ['I did my strength workout', 'LogActivityIntent', { activity: 'strength' }],
    ['log a HIIT session', 'LogActivityIntent', { activity: 'hiit' }],
    ['I swam for thirty minutes', 'LogActivityIntent', { activity: 'cardio', duration: 'PT30M' }],
    ['I walked two thousand extra steps', 'LogActivityIntent', { steps: '2000' }],
    ['I did a stretch day', 'LogActivityIntent', { activity: 'stretch' }],
    ['how am I doing this week', 'WeeklyProgressIntent', {}],
    // Found in a third blind batch of 120 (December 4): some were heard as something else.
    ['am I still on beginner', 'MyLevelIntent', {}],
    // "Okay" and "alright" open a request as "so" does (found trying the console: "okay let's start" was the fallback).
    ["okay let's start", 'LetsGoIntent', {}],
    ["alright let's start", 'LetsGoIntent', {}],
    ["I'd like wednesdays off please", 'SetRestDayIntent', {}],
    ["I'm not sure what to say", 'AMAZON.HelpIntent', {}],
    ['how am I getting on', 'WeeklyProgressIntent', {}],
    ["who can see what I've logged", 'PrivacyIntent', {}],
    ['list the exercises', 'ExerciseListIntent', {}],
    ['what was the last step again', 'AMAZON.PreviousIntent', {}],
    ['is tomorrow a hiit day', 'WorkoutForDayIntent', {}],
    ['make it every monday and thursday', 'SetReminderIntent', {}],
    ['make it every weekday', 'WeekdayReminderIntent', {}],
    ['change it to daily', 'DailyReminderIntent', {}],
    ['set my level to intermediate', 'SetLevelIntent', { level: 'intermediate' }],
    ['make saturday my rest day', 'SetRestDayIntent', {}],
    ['undo that', 'UndoIntent', {}],
    ['reset this week', 'ResetWeekIntent', {}],
    ['delete all my data', 'DeleteDataIntent', {}],
    ['remind me to work out at seven am', 'SetReminderIntent', { time: '07:00' }],
    ['remind me every weekday at six thirty', 'WeekdayReminderIntent', { time: '06:30' }],
    ['remind me on my workout days', 'SetReminderIntent', {}],
    // A day with the time: reminders ring on workout days, and the answer says so before it sets them.
    ['remind me tomorrow at seven', 'SetReminderIntent', { time: '07:00' }],
    ['can you make me a plan', 'WeeklyPlanIntent', {}],
    ['I need to lose weight', 'HowItWorksIntent', {}],
    ['can I get rid of fat just on my back', 'SpotReductionIntent', {}],
    ['I want to lose my back fat', 'HowItWorksIntent', {}],
    ["I'm an absolute beginner", 'SetLevelIntent', { level: 'beginner' }],
    ['what exercises target lower back fat', 'ExerciseListIntent', {}],
    ['set a reminder for tomorrow at seven am', 'SetReminderIntent', { time: '07:00' }],
    ['remind me at seven tomorrow morning', 'SetReminderIntent', { time: '07:00' }],
    ['what reminders do I have', 'ListRemindersIntent', {}],
    ['move my reminder to eight', 'MoveReminderIntent', { time: '08:00' }],
    ['cancel my reminders', 'CancelRemindersIntent', {}],
    ['that was too hard', 'TooHardIntent', {}],
    ['this is too easy', 'TooEasyIntent', {}],
    // Found in review: samples the model's budget had cut, and phrases newer patterns caught.
    ['can you list my reminders', 'ListRemindersIntent', {}],
    ['can you check my reminders', 'ListRemindersIntent', {}],
    ['which reminders have you set', 'ListRemindersIntent', {}],
    ['remind me every day to exercise at 7 pm', 'DailyReminderIntent', { time: '19:00' }],
    ['change my workout reminder', 'MoveReminderIntent', {}],
    ['my shoulders are burning', 'HealthConcernIntent', { concern: 'effort' }],
    ['could you walk me through deadlifts', 'ExerciseHowToIntent', { exercise: 'deadlift' }],
    ['what is the workout today', 'WorkoutForDayIntent', {}],
    ['what is my workout tomorrow', 'WorkoutForDayIntent', { date: '2026-11-25' }],
    ['what is my level again', 'MyLevelIntent', {}],
    ['what is my rest day again', 'MyRestDayIntent', {}],
    ['what is the best exercise for back fat', 'ExerciseListIntent', {}],
    ['what is hiit', 'TopicIntent', { exercise: 'hiit' }],
    ['can I spot reduce my back fat', 'SpotReductionIntent', {}],
    ['can I spot reduce fat on my lower back', 'SpotReductionIntent', {}],
    ['I was wondering if lower back exercises alone are enough', 'SpotReductionIntent', {}],
    ["I've got back pain is it okay to train", 'HealthConcernIntent', {}],
    // Safety: exercises for a condition are never the list of moves for back fat.
    ['what are the best exercises for back pain', 'HealthConcernIntent', {}],
    ['which stretches help with sciatica', 'HealthConcernIntent', { condition: 'sciatica' }],
    ['what are the best exercises for lower back fat', 'ExerciseListIntent', {}],
    // A question about when to train never starts a workout.
    ['what is the best time to work out', 'TopicIntent', { topic: 'workout-time' }],
    ['when is the best time to exercise', 'TopicIntent', { topic: 'workout-time' }],
    // Tried as a user: an injury felt, said the everyday way.
    // A pop is sharp pain, which stops the day (December 6): the part is in the sharp slot.
    ['felt something pop in my back', 'HealthConcernIntent', { sharp: 'back-pain' }],
    ['my back went into spasm', 'HealthConcernIntent', { concern: 'back-pain' }],
    // A goodbye is a goodbye: with no workout running, "end the workout" would offer to start one.
    ["that's it for me goodbye", 'AMAZON.StopIntent', {}],
    ['which exercises are good for the lower back', 'ExerciseListIntent', {}],
    // A phrase said whole with a word added, over a slot that took it all ("{level} one" hearing "go on to the next").
    ['go on to the next one', 'AMAZON.NextIntent', {}],
    // Never when the words added are the catch-all's own: "ouch go on to the next one" is "ouch {concern}" (found in review).
    ['ouch go on to the next one', 'HealthConcernIntent', {}],
    ["i'm in pain carry on with my rest of the workout", 'HealthConcernIntent', {}],
    ['I did a quick ten minute hiit', 'LogActivityIntent', { activity: 'hiit', minutes: '10' }],
    ['is it normal for my knees to click when i squat', 'HealthConcernIntent', { concern: 'knee-pain' }],
    ["i need a reminder every single morning at seven or i'll totally forget", 'DailyReminderIntent', { time: '07:00' }],
    // A phrase said word for word over a slot that took its words ("can we {session} now").
    ['can we continue the session now', 'ResumeWorkoutIntent', {}],
    // Found in a fourth blind batch (December 4): heard as a health concern, "a daily reminder" its concern.
    ['can you give me a daily reminder', 'DailyReminderIntent', {}],
    // Found in a fifth blind batch of 150 (December 4), said a little differently here than there.
    ['is cycling a good way to burn fat', 'TopicIntent', { exercise: 'cardio' }],
    ['does sleep have anything to do with back fat', 'TopicIntent', { topic: 'sleep' }],
    ['what role do genetics play', 'TopicIntent', { topic: 'genetics' }],
    ['should I focus on strength training or cardio', 'TopicIntent', { topic: 'strength-and-cardio' }],
    ["I've got sciatica is it safe for me to exercise", 'HealthConcernIntent', { concern: 'sciatica' }],
    ['is any of this medical advice', 'HealthConcernIntent', { concern: 'medical-advice' }],
    ["what's the right way to do a deadlift", 'ExerciseHowToIntent', { exercise: 'deadlift' }],
    ['I need to stop the workout early', 'EndWorkoutIntent', {}],
    ['jump to step five please', 'StepNumberIntent', { step: '5' }],
    ['clear everything for this week', 'ResetWeekIntent', {}],
    ['what about my privacy', 'PrivacyIntent', {}],
    ['why does fat build up around my lower back', 'FatCausesIntent', {}],
    ['set a reminder for weekdays at seven', 'WeekdayReminderIntent', { time: '07:00' }],
    ['could you give me a daily reminder at seven in the morning', 'DailyReminderIntent', { time: '07:00' }],
    ['log a run for yesterday', 'LogYesterdayIntent', { activity: 'cardio' }],
    ['take off the run', 'RemoveLogIntent', { activity: 'cardio' }],
    ['hold on pause for a sec', 'AMAZON.PauseIntent', {}],
    ['what else is on the list', 'AMAZON.MoreIntent', {}],
    ["I'd like to switch to a different level", 'ChangeLevelIntent', {}],
    ['how am I doing with my progress', 'WeeklyProgressIntent', {}],
    ['did twenty minutes of hiit just now', 'LogActivityIntent', { activity: 'hiit', duration: 'PT20M' }],
    ['I walked about eight thousand steps today', 'LogActivityIntent', { daySteps: '8000' }],
    // Found in blind batches by ten kinds of speaker and of content questions (December 5), said a little differently.
    ['kick off the hiit session', 'StartWorkoutIntent', { session: 'hiit' }],
    ['set my level to advanced please', 'SetLevelIntent', { level: 'advanced' }],
    ['what level am I on at the moment', 'MyLevelIntent', {}],
    ['jump to the cool down', 'CoolDownIntent', {}],
    ['what reminders have I got set up', 'ListRemindersIntent', {}],
    ['delete the walk from my log', 'RemoveLogIntent', { activity: 'walk' }],
    ['why is my back fat so stubborn', 'StubbornFatIntent', {}],
    ['does spot reduction really work', 'SpotReductionIntent', {}],
    ['I have sciatica can I still do these exercises', 'HealthConcernIntent', { concern: 'sciatica' }],
    ['my doctor said I have a bulging disc', 'HealthConcernIntent', { concern: 'bulging-disc' }],
    ['what muscles does a deadlift work', 'TopicIntent', { exercise: 'deadlift' }],
    ['does yoga help burn fat', 'TopicIntent', { topic: 'yoga' }],
    ['should I cut out carbs', 'TopicIntent', { topic: 'carbs' }],
    ['what do you keep about me', 'PrivacyIntent', {}],
    ['tell me what not to do', 'WhatToAvoidIntent', {}],
    // Kept as patterns of their own when the last rounds of their intents were cut (December 5).
    ['remind me to exercise every day at seven', 'DailyReminderIntent', { time: '07:00' }],
    ['can you tell me my workout', 'WorkoutForDayIntent', {}],
    ["end today's workout", 'EndWorkoutIntent', {}],
    ["take off yesterday's run", 'RemoveLogIntent', { yesterdayActivity: 'cardio' }],
    // Health said in a blind batch of content and health questions, heard as out of scope (December 5).
    ['my blood pressure runs high should I avoid hiit', 'HealthConcernIntent', { concern: 'high-blood-pressure' }],
    ['my dad has arthritis can he do deadlifts', 'HealthConcernIntent', { concern: 'arthritis' }],
    ["I'm fifteen am I old enough", 'HealthConcernIntent', { age: '15' }],
    // A new "I'm back carry on" pattern once tied "right, carry on" between two resumes, and it fell back (personas set).
    ['right carry on', 'AMAZON.ResumeIntent', {}],
    // "I am back" after "hang on" was heard as pain in the back ("I am {concern}"), and the workout paused for it.
    ['ok I am back', 'AMAZON.ResumeIntent', {}],
    ['I am back now', 'AMAZON.ResumeIntent', {}],
    // Found by a helper trying the console as a 52-year-old: pain said with how much, stiffness, tiredness, "no it is fine
    // now" to "does it still hurt?", the fat question heard as pain, and eating less, each out of scope or lenient only.
    ['my knee hurts a bit', 'HealthConcernIntent', { concern: 'knee-pain' }],
    ['my back hurts a little', 'HealthConcernIntent', { concern: 'back-pain' }],
    ['my back is kind of stiff', 'HealthConcernIntent', {}],
    ['my back feels stiff this morning', 'HealthConcernIntent', {}],
    ['my knee is still a little sore should I skip', 'HealthConcernIntent', { concern: 'knee-pain' }],
    ['that one is hard on my knee', 'HealthConcernIntent', { concern: 'knee-pain' }],
    ['ugh I am so tired', 'TopicIntent', {}],
    ['no it is fine now', 'PainGoneIntent', {}],
    ['will all this get rid of the fat on my lower back', 'HowItWorksIntent', {}],
    ['should I eat less to speed it up', 'CalorieDeficitIntent', {}],
    ['so did I do enough', 'WeeklyProgressIntent', {}],
    ['I also did 20 minutes on the bike yesterday', 'LogYesterdayIntent', { activity: 'cardio' }],
    // Found by helpers trying the console in en-CA, en-AU and en-US (December 6): each reached the fallback.
    ["how's this week going", 'WeeklyProgressIntent', {}],
    ["what's logged", 'WeeklyProgressIntent', {}],
    ['what have I got logged', 'WeeklyProgressIntent', {}],
    ['is my workout logged', 'WeeklyProgressIntent', {}],
    ["sorry about that I'm back", 'AMAZON.ResumeIntent', {}],
    ['what am I on', 'HowManyLeftIntent', {}],
    ["my kid's calling me one sec", 'AMAZON.PauseIntent', {}],
    // Found trying the console mid-workout (December 6): the fallback.
    ['my phone is ringing', 'AMAZON.PauseIntent', {}],
    ['what do you remember about me', 'PrivacyIntent', {}],
    ['my back is a bit achy', 'HealthConcernIntent', {}],
    ['I need to stop the kids are up', 'EndWorkoutIntent', {}],
    ['can I just target my lower back fat with exercises', 'SpotReductionIntent', {}],
    // Found by a helper trying the console as a first-timer (December 6): "I don't know that one yet", or the fallback.
    ['what is this exactly', 'HowToCurrentIntent', {}],
    ['is HIIT okay for beginners', 'TopicIntent', { exercise: 'hiit' }],
    ['can I slow down', 'TooHardIntent', {}],
    // Found trying the console on a strength day (December 7): today's length was told.
    ['how long is the cardio workout', 'WorkoutLengthIntent', { session: 'cardio' }],
    ['how long does a HIIT workout take', 'WorkoutLengthIntent', { session: 'hiit' }],
    // Found by a helper trying the console (December 7): a reminder asked about, and the fallback.
    ['night night', 'AMAZON.StopIntent', {}],
    ['goodnight', 'AMAZON.StopIntent', {}],
    ['give me a progress report', 'WeeklyProgressIntent', {}],
    ['my progress this week', 'WeeklyProgressIntent', {}],
    // Found in review (December 7): a refusal taken as the okay, pain easing taken as gone, rests asked about as a
    // recovery session, and a goodbye the caps cut.
    ["my doctor hasn't cleared me", 'AMAZON.NoIntent', {}],
    ["I'm not cleared yet", 'AMAZON.NoIntent', {}],
    ['my surgeon cleared me', 'AMAZON.YesIntent', {}],
    ["it doesn't hurt as much", 'HedgedYesIntent', {}],
    ['how long is the rest', 'TopicIntent', {}],
    ["okay I'm leaving", 'AMAZON.StopIntent', {}],
    // Typed "ok" is heard "okay", the one way a model writes it.
    ['ok thanks', 'ThanksIntent', {}],
  ] as const)('"%s" → %s', (text, intent, slots) => {
    const resolution = resolve(text);
    expect(resolution.intent).toBe(intent);
    for (const [name, expected] of Object.entries(slots)) {
      const slot = resolution.slots[name];
      const id = slot?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value?.id;
      expect(id ?? slot?.value).toBe(expected);
    }
  });

  // Everyday words after a health carrier ("is it okay to train with …", "I'm … will this advice be okay") are not a
  // health report: the pain answer, and mid-workout a pause, would be wrong for them.
  it.each([
    'is it okay to train with music',
    // Found in review: "is it ok for …" is not a condition unless one is named.
    'is it ok for me to have a beer',
    'is it ok for my rest day to be sunday',
    'is it okay to work out with a friend',
    'is it safe to do this with my kids around',
    "I'm vegetarian will this diet advice be okay for me",
  ])('"%s" is not a health report', (text) => {
    expect(resolve(text).intent).not.toBe('HealthConcernIntent');
  });

  it('leaves an exercise it does not know unmatched, as Alexa does', () => {
    const resolution = resolve('how do I do burpees');
    expect(resolution.intent).toBe('ExerciseHowToIntent');
    expect(resolution.slots.exercise?.resolutions?.resolutionsPerAuthority?.[0]?.status.code).toBe('ER_SUCCESS_NO_MATCH');
  });
});
