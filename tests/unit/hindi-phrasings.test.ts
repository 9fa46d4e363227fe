import { describe, expect, it } from 'vitest';
import { committedMatcher } from '../support/committed-model';

/**
 * How people in India talk to the hi-IN skill, in Devanagari, in Hinglish and in plain English (found by a helper trying
 * the console as Indian users, December 4): each phrase matches one intent word for word in the committed model, with
 * the slot ids the skill needs. Before, each reached the fallback, a topic the skill does not know, or the wrong intent.
 */
describe.each([
  // Gym logs.
  ['aaj gym gayi thi ek ghanta', 'LogActivityIntent', { activity: 'strength', duration: 'PT1H' }],
  ['main aaj gym gaya tha', 'LogActivityIntent', { activity: 'strength' }],
  // Progress.
  ['mera hafta kaisa chal raha hai', 'WeeklyProgressIntent', {}],
  ['मेरा हफ़्ता कैसा चल रहा है', 'WeeklyProgressIntent', {}],
  ['kitne kadam ho gaye is hafte', 'WeeklyProgressIntent', {}],
  ['pichle hafte kitna kiya tha', 'WeeklyProgressIntent', {}],
  // Settings, reminders and privacy in Hinglish.
  ['level badha do', 'ChangeLevelIntent', { direction: 'harder' }],
  ['level kam kar do', 'ChangeLevelIntent', { direction: 'easier' }],
  ['लेवल बढ़ा दो', 'ChangeLevelIntent', { direction: 'harder' }],
  ['beginner hi rakho', 'SetLevelIntent', { level: 'beginner' }],
  ['nahi wait beginner hi rakho', 'SetLevelIntent', { level: 'beginner' }],
  ['रविवार को छुट्टी रखनी है', 'SetRestDayIntent', { day: 'रविवार' }],
  ['sunday ko chhutti rakhni hai', 'SetRestDayIntent', { day: 'sunday' }],
  ['mera rest day kya hai', 'MyRestDayIntent', {}],
  ['mera data kaise delete karun', 'DeleteDataIntent', {}],
  ['meri recording sunte ho kya', 'PrivacyIntent', {}],
  ['aap mera kya data rakhte ho', 'PrivacyIntent', {}],
  ['mere reminder kaun kaun se hain', 'ListRemindersIntent', {}],
  ['reminder 6 baje ki jagah 7 baje kar do', 'MoveReminderIntent', { time: '07:00' }],
  ['haan pakka', 'AMAZON.YesIntent', {}],
  ['हाँ पक्का', 'AMAZON.YesIntent', {}],
  // Plain English, said to a Hindi device.
  ['start workout', 'StartWorkoutIntent', {}],
  ['start my workout', 'StartWorkoutIntent', {}],
  ['start hiit workout', 'StartWorkoutIntent', { session: 'hiit' }],
  ["what's my workout today", 'WorkoutForDayIntent', {}],
  ['how many left', 'HowManyLeftIntent', {}],
  ['how much time is left', 'HowManyLeftIntent', {}],
  ['next', 'AMAZON.NextIntent', {}],
  ['stop', 'AMAZON.StopIntent', {}],
  ['pause', 'AMAZON.PauseIntent', {}],
  ['resume', 'AMAZON.ResumeIntent', {}],
  // Pausing, resuming and ending a workout in Hinglish ("wait karo" and "hold karo" were heard as a level, "wait, ek
  // minute" as a one-minute log).
  ['wait karo', 'AMAZON.PauseIntent', {}],
  ['hold karo', 'AMAZON.PauseIntent', {}],
  ['ruko yaar', 'AMAZON.PauseIntent', {}],
  ['ek sec ruko', 'AMAZON.PauseIntent', {}],
  ['paani pee ke aati hoon', 'AMAZON.PauseIntent', {}],
  ['पानी पी के आती हूँ', 'AMAZON.PauseIntent', {}],
  ['wait, ek minute', 'AMAZON.PauseIntent', {}],
  ['bas ho gaya aaj ke liye', 'EndWorkoutIntent', {}],
  ['बस हो गया आज के लिए', 'EndWorkoutIntent', {}],
  ['haan chalo aage badho', 'AMAZON.ResumeIntent', {}],
  ['kitna time bacha hai', 'HowManyLeftIntent', {}],
  // Questions the article answers.
  ['kya koi exercise hai jisse sirf kamar ki fat jaaye', 'SpotReductionIntent', {}],
  ['matlab sirf peeche wali fat, baaki nahi', 'SpotReductionIntent', {}],
  ['kamar patli kaise karein', 'HowItWorksIntent', {}],
  ['acha suniye, meri kamar pe bahut charbi hai, kya karun', 'HowItWorksIntent', {}],
  ['results kab tak dikhenge', 'TopicIntent', { topic: 'results-time' }],
  ['kitne hafte mein fark padega', 'TopicIntent', { topic: 'results-time' }],
  ['kitne din mein kamar patli hogi', 'TopicIntent', { topic: 'results-time' }],
  ['कमर की चर्बी कितने दिन में कम होगी', 'TopicIntent', { topic: 'results-time' }],
  ['fark kab dikhega', 'TopicIntent', { topic: 'results-time' }],
  ['फ़र्क कब दिखेगा', 'TopicIntent', { topic: 'results-time' }],
  ['din bhar baithna bura hai kya', 'TopicIntent', { topic: 'daily-movement' }],
  ['kya main roz hiit kar sakti hoon', 'TopicIntent', { topic: 'hiit-frequency' }],
  ['kaun si exercise sabse achhi hai kamar ke liye', 'ExerciseListIntent', {}],
  ['kya sirf chalne se charbi kam hogi', 'TopicIntent', { exercise: 'walking' }],
  ['चीनी कम करनी पड़ेगी क्या', 'TopicIntent', { topic: 'junk-food' }],
  ['sugar band karna padega kya', 'TopicIntent', { topic: 'junk-food' }],
] as const)('hi-IN: "%s"', (text, intent, slots) => {
  it(`→ ${intent}`, () => {
    const matches = committedMatcher('hi-IN').literal(text);
    // Word for word a sample of one intent: a lucky fuzzy match, or two intents, is not understood.
    expect(matches.map((match) => match.intent)).toEqual([intent]);
    for (const [name, expected] of Object.entries(slots)) {
      const slot = matches[0]?.slots[name];
      expect(slot?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value?.id ?? slot?.value).toBe(expected);
    }
  });
});
