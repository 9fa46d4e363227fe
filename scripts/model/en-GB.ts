/**
 * The en-GB voice model: the en-US model, plus how people in the UK say things ("what's on today", "I've been for a
 * run", "how am I getting on"), and the sports they name.
 */
import { SPARE_ENGLISH_TAILS, derivedModel, trimmedTails } from './derive';
import { EN_US_MODEL } from './en-US';

export const EN_GB_MODEL = derivedModel(EN_US_MODEL, {
  patterns: {
    CalorieDeficitIntent: [`what's a calorie deficit when it's at home`],
    DietTipsIntent: [`what ought I to be eating [to lose this back fat]`],
    TooEasyIntent: [`(honestly|) this is a doddle`],
    SetRestDayIntent: ['can you make {day} my rest day'],
    TopicIntent: ['does it matter if I have a few {topic} at the weekend', `when ought I to (move up to heavier|go up in|put up the) {topic}`, `is the odd {topic} going to hurt`, "(am I|I'm) still allowed (a|the odd) {topic} [on a friday night|at the weekend|now and then]", '(are|is) {topic} really that bad'],
    HowItWorksIntent: ['how does (this|the) programme work'],
    ChangeLevelIntent: ['make it a bit {direction}'],
    UndoIntent: ['scrap that last (entry|log)'],
    HealthConcernIntent: [`I've done my {concern} in`, 'my {concern} (is playing up|is giving me gyp|has gone)', "I've got a bad {concern} [is it safe (for me|) to do this]", 'is this proper {concern}'],
    StartWorkoutIntent: ["let's crack on with (the|a) {session} (session|workout)", '(a|the) {session} session please'],
    SkipExerciseIntent: ["(can we|let's) give (this|this one|this exercise) a miss"],
    // Found by a helper trying the console as a mother seven months after birth: "Sorry, I didn't get that". ("My GP
    // signed me off" is not among them: in Britain it most often means signed off work, and a yes hears no question.)
    'AMAZON.YesIntent': ['(yeah|yes) go on [then]'],
    'AMAZON.NoIntent': [`no ta`, `no thanks ta`, "nah you're (alright|all right)", "you're alright thanks"],
    // Found by a helper trying the console as a British user: these were out of scope, and the session stayed open.
    'AMAZON.StopIntent': ['(cheerio|ta ra) [then]', "(right|okay) I'm off to bed", "I'm off to (bed|work) [now|then]"],
    'AMAZON.ResumeIntent': [`right carry on then`, "right I'm back", "right (let's carry on|carry on)", "right I'm back (where was I|where were we)"],
    // Found by a helper trying the console as a British user (December 5): the fallback, mid-workout.
    'AMAZON.NextIntent': ['right next [one]', 'right crack on',
      // Found by a helper trying the console as a night-shift nurse (December 7): the fallback, mid-workout.
      "[let's] crack on [then]", 'sorted (next|what\'s next)'],
    'AMAZON.PauseIntent': ['(hang on|hold on|wait) a tick', 'just a tick', '(hang on|hold on) [that\'s] the doorbell', 'hang about [a sec|a minute]'],
    // Found by a helper trying the console as a British gym-goer (December 6): the lenient matcher alone.
    HowManyLeftIntent: ["how long's left [then|on this one]"],
    // Found by a helper trying the console as a British user: both reached the fallback.
    EndWorkoutIntent: ["that'll do [for today|for now]", "that's me done [for today]", "I'm (knackered|shattered|done in) [so] let's (finish|stop|end) [the workout] (there|here) [for today]"],
    // "What am I meant to do today" (found by a helper trying the console: the fallback).
    WorkoutForDayIntent: ["(alright|right) what's the workout [for] today", 'what am I meant to (do|be doing) [today|{date}]', "what's on [for] [today|{date}]", "what's on for {date}", "what am I (doing|up to) [today|{date}] then", "what's the (workout|session) [for] [today|{date}] then", 'what (workout|session) have I got on {date}'],
    WeeklyPlanIntent: ["what's the (plan|timetable) for the week", "what's the (programme|plan|schedule) for the week", "what's the (programme|schedule) for this week"],
    FinishedTodayIntent: ["I've (done|finished) me workout [today|for today]"],
    LogActivityIntent: [
      // Found by a helper trying the console as a night-shift nurse (December 7): the fallback, or "Tell me what you did".
      "[I've] been for a {activity} round the block [today|{date}]", 'did {activity} this morning',
      `I've done a {minutes} minute {activity} [round the park]`, `I went for a {activity} in the peak district [today]`, "(I've been|I went|I've just been) for a {activity} [today|{date}]", "I've been (to the gym|training) [today|{date}]", "(I've just done|I did|I've done) a (five k|ten k) {activity} [today]", "I've done a {activity} at the gym [today|{date}]"],
    WeeklyProgressIntent: ['how am I getting on [this week|{date}]', "how's it going this week", 'how have I got on (this week|{date})'],
    ThanksIntent: ['(ta|cheers then|lovely thanks|brilliant thanks)', '(brilliant|lovely|cheers) thanks ever so much', 'thanks ever so much', 'cheers (mate|for that|love)'],
    ExerciseHowToIntent: ['how do I do {exercise} then', 'how do you do {exercise} properly then'],
  },
  activitySynonyms: {
    // "I did a five k", "I've done a park run": found by a helper, a run said so was asked about, not logged.
    cardio: ['football', 'five a side', 'netball', 'rugby', 'five k', 'ten k', 'parkrun', 'park run'],
    strength: ['weights session'],
  },
  // Its own phrasings take room the base model's topic combinations had: their long tail is cut here (MODEL_BUDGET),
  // and the tails no English phrasing needs leave room for the base to grow (SPARE_ENGLISH_TAILS).
  room: { EndWorkoutIntent: 70 },
  baseSamples: { TopicIntent: 2397, ...trimmedTails(EN_US_MODEL, SPARE_ENGLISH_TAILS, 40) },
});
