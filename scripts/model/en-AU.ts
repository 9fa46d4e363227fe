/**
 * The en-AU voice model: the en-US model, plus how Australians say things ("what's on today", "how am I going this
 * week", "thanks heaps"), and the sports they name.
 */
import { SPARE_ENGLISH_TAILS, derivedModel, trimmedTails } from './derive';
import { EN_US_MODEL } from './en-US';

export const EN_AU_MODEL = derivedModel(EN_US_MODEL, {
  patterns: {
    'AMAZON.HelpIntent': [`I'm a bit lost can you help me out mate`],
    LifestyleTipsIntent: ['any lifestyle tips mate'],
    CalorieBurnersIntent: ['(which|what) (activities|exercises|workouts) burn heaps of calories'],
    // Found by a helper trying the console as an Australian user (December 3, fifth round): these were not understood.
    ExerciseHowToIntent: ['reckon you could (show|tell) me how to do {exercise}', 'give (us|me) a hand with {exercise}'],
    ResumeWorkoutIntent: [`pick up the workout I bailed on [this morning]`],
    SkipExerciseIntent: [`skip this exercise mate`],
    'AMAZON.ResumeIntent': [`righto keep going`],
    // Found by a helper trying the console as an Australian tradie (December 7): each reached the fallback mid-workout.
    'AMAZON.NextIntent': ['no worries next [one]', '(sweet|sweet as|righto) next [one]'],
    'AMAZON.StopIntent': ['see ya later [mate]', `no worries I'm off [see ya]`, `see ya [mate]`, 'no worries see ya [mate]'],
    ListRemindersIntent: ['what reminders have I got [set]'],
    TopicIntent: ['is {topic} once a week gonna (stuff up|muck up|ruin) my progress', "I reckon I've {topic} [what should I do now]",
      "what's the go with {topic}",
      'will {topic} on the weekend undo (all my hard work|my progress)',
      'fair dinkum (does|do) {topic} (actually|really) work',
      'is {topic} once a week (alright|okay|fine)',
      '(reckon|do you reckon) (doing|going for) a bit of a {exercise} (each|every) arvo (actually|really) helps',
      '(reckon|do you reckon) {exercise} (actually|really) helps',
      '{topic} after the (footy|game|match) is that a problem',
    ],
    DietTipsIntent: ['any (diet|food) tips mate', 'reckon you could give me some food tips'],
    DeleteDataIntent: ["delete everything you've got on me"],
    StartWorkoutIntent: ["I'm keen for a {session} (session|workout) [today|tonight|this arvo]", 'kick off a {session} (workout|session)',
      'chuck on a {session} (session|workout)',
      "(I'm keen|I'm keen as) to start a {session} (workout|session) [now]",
      "I'll have a crack at the {session} (session|workout)",
      "I'm keen for a {session} session can we start one now",
    ],
    HealthConcernIntent: [`I'm {concern} [today] should I still (train|work out|exercise)`, "I've got a crook {concern}", "my {concern} is (killing me|sore|crook)", 'I had a bub [two months ago|recently]',
      'my {concern} has been crook (for a week|for a few days|all week) [is it safe to keep going]',
      'I did my {concern} playing (footy|football|sport|netball) [last year] [can I do deadlifts]',
      'me {concern} is (a bit|pretty|real) crook [should I stop]',
    ],
    TooEasyIntent: [`too easy mate`, 'this is too easy mate'],
    TooHardIntent: ['(this is|this|it is) heaps hard', 'heaps hard this [can we make it easier]'],
    EndWorkoutIntent: [`I'm cooked can we wrap up the workout early`, "I'm (gonna|going to) knock off [there] [for today]", "(let's|I'll) knock off (there|here|now)", "done for today [mate]", "that's me done for today [mate]"],
    'AMAZON.YesIntent': ['(yeah righto|righto|yeah too right|too right|yeah nah yeah)',
      'yeah no worries',
      '[yeah] sweet as [mate]',
      "[yeah] (I'll|let's|we'll) give it a crack",
    ],
    'AMAZON.NoIntent': [`yeah nah`, "nah I'm (right|good|all good)", 'nah all good',
      'nah not today',
    ],
    // Found by a helper trying the console in en-AU (December 5): heard by the lenient matcher alone.
    HowManyLeftIntent: ["how long's left", 'how long have I got left'],
    WorkoutForDayIntent: ['what am I meant to (do|be doing) [today|{date}]', "what's on [for] today mate", "what's the go [for] today", `g'day [mate] what's on [for] today`, `what've I got on {date} arvo`, "what's on [for] [today|{date}]", "what's on for {date}", "what's the (workout|session) [for] [today|{date}] mate", "what've I got on (this arvo|today|{date}|{date})", "what's on this arvo",
      'what have I got on ({date}|today|{date}) workout wise',
      "[yeah] righto what's on [for] today [mate]",
    ],
    WeeklyProgressIntent: [`how'm I going [this week]`, 'how am I going [this week|{date}]', 'how (is|was) my week going',
      // Found by a helper trying the console in en-AU (December 5): the fallback.
      "how'd I go [{date}]",
      "how're we going [this week]",
      'give us my stats',
    ],
    ThanksIntent: [`legend thanks heaps`, '(thanks heaps|thanks mate|ta mate|good on you)', "(stoked|stoked with that|cheers legend|you're a legend|legend thanks)",
      'thanks that was heaps helpful',
      '(sweet|sweet as) cheers [mate]',
    ],
    LogActivityIntent: ["I (did|went for|smashed out) a (five k|ten k) {activity} [this arvo|this morning|today]", 'I (went for|did) a {minutes} minute {activity} this arvo', `chuck in a {minutes} minute {activity}`, `did heaps of {activity} today`, 'I (went for|did) a {activity} [this arvo|this morning|today|{date}]', 'just smashed out {steps} steps [today]', 'I (went for|did) a {activity} this arvo',
      '{activity} to the (servo|shops) and back',
      'did {duration} of {activity} this morning',
    ],
    // The afternoon: a time said with "arvo" is read as PM, as "tonight" is (found by a helper trying the console:
    // "remind me this arvo at five" set 5 AM).
    SetReminderIntent: [
      // "Remind me at 5:30 arvo" set 5:30 AM (found by a helper trying the console in en-AU, December 5).
      'remind me at {evening} arvo',
      'remind me to do my workout at {evening} this arvo',
      'remind me to train at {evening} this arvo',
      'remind me (this|every|in the) arvo at {evening}',
      'remind me at {evening} (in the arvo|every arvo|this arvo)',
    ],
    SetLevelIntent: [
      "I've been lifting for years put me on {level}",
    ],
    LogYesterdayIntent: [
      'I (went for|did) a {activity} yesterday arvo',
    ],
  },
  activitySynonyms: {
    cardio: ['surfing', 'surf', 'surfed', 'footy', 'netball', 'swimming laps', 'laps', 'five k', 'ten k', 'parkrun', 'park run'],
  },
  // Its own phrasings take room the base model's topic combinations had: their long tail is cut here (MODEL_BUDGET),
  // and the tails no English phrasing needs leave room for the base to grow (SPARE_ENGLISH_TAILS).
  // 2405 for the base's "I'm 60 and I've got a bad back" (December 7).
  baseSamples: { TopicIntent: 2331, ...trimmedTails(EN_US_MODEL, SPARE_ENGLISH_TAILS, 40) },
});
