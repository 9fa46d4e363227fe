/**
 * The en-IN voice model: the en-US model, plus the way people in India say things in English ("what is today's
 * workout", "how to do superman exercise", "I did my walking"), and the sports and practices they name.
 */
import { derivedModel } from './derive';
import { EN_US_MODEL } from './en-US';

const EXERCISE_WORD = '[exercise|workout|pose]';

export const EN_IN_MODEL = derivedModel(EN_US_MODEL, {
  patterns: {
    // Indian English keeps a statement's word order in a question ("why back fat is so stubborn", "which level I am
    // in"), asks "X or not", says "is paining" and "since two days", and names foods: dal, roti, rice, ghee, chai.
    WorkoutForDayIntent: [
      "what is (today's|tomorrow's) (workout|exercise|plan|exercises)",
      "(tell me|say|give me) (my|today's|tomorrow's) (workout|exercise|exercises) [for (today|{date})]",
      '(which|what) (workout|exercise|exercises) (for today|today|I should do today|should I do today|I should do on {date}|I have to do on {date})',
      "(today's|tomorrow's) (workout|exercise) is what",
      '(so|okay) what is there (for|on) (today|tomorrow|{date})',
      'what (workout|exercise) I have to do [today|{date}]',
    ],
    WeeklyPlanIntent: ['(tell me|give me|what is) the (plan|schedule) for (full|complete|whole|the full|the whole) week', '(tell me|give me|what is) the (full|complete|whole) (week plan|week schedule|weekly schedule|weekly plan)', 'week plan'],
    StartWorkoutIntent: ["(let's|let us) (start|begin|do) the (exercise|exercises|workout)", "I am ready (let's|let us) (begin|start)"],
    ResumeWorkoutIntent: ['continue (my|the) (workout|exercise) from where I (stopped|left)'],
    EndWorkoutIntent: ["I want to (end|stop|finish) (today's|this|the) (session|workout|exercise)"],
    WhatsNextIntent: ['what is (the next exercise|next|coming next|coming after this|after this)', 'which exercise is next'],
    HowManyLeftIntent: ['how much (time|more time) is (remaining|left|pending)', 'how many (exercises|sets) are (remaining|pending)'],
    HowToCurrentIntent: ['how to do this (exercise|one|move)', "I (didn't|did not) understand how to do this [exercise|one]"],
    ExerciseHowToIntent: [
      `how to do {exercise} ${EXERCISE_WORD} [properly|correctly]`,
      `(what is|tell me) the (correct|right|proper) way to do [the] {exercise} ${EXERCISE_WORD}`,
      `(explain|teach me|tell me) {exercise} ${EXERCISE_WORD} [steps]`,
      `{exercise} ${EXERCISE_WORD} how to do`,
      '{exercise} (exercise|pose) steps',
    ],
    CalorieBurnersIntent: ['which (exercise|workout|activity) burns (maximum|more|most) (calories|fat)'],
    TopicIntent: [
      'is {topic} good for (health|weight loss)',
      'how much {topic} (to eat|to drink|to take|to have) [daily|per day|in a day]',
      '{topic} (is|are) (good|bad|enough|needed|necessary|okay) or not',
      '{exercise} (is|are) (good|enough) (for back fat|to lose back fat|for weight loss) or not',
      'how to (be|stay) {topic}',
      'can I (eat|have|drink) {topic} (at night|daily|every day|in dinner|for dinner)',
      '{topic} or (rice|white rice) which is better',
      '(rice|white rice) or {topic} which is better',
      'is {topic} bad for (back fat|weight loss|fat loss)',
      '(is|are) {topic} (enough|good) for (protein|getting protein)',
      'how many times in a week I should do {topic}',
      'whether I should do {topic}',
      'is {topic} really needed [before exercise|before workout]',
      'I am not feeling {topic} [these days]',
      'I am a (complete|total) beginner how to {topic}',
    ],
    HealthConcernIntent: [
      '(I am having|I have|I am getting) {concern} since (two days|three days|one week|a week|yesterday|last week|many days)',
      'my {concern} is paining [while bending|when I bend|when I do squats|while doing exercise]',
      '{concern} is paining when I (do squats|bend|do exercise|lift)',
      '{concern} (problem|issue) is there',
      '{concern} is there can I [still] do (this|rows|deadlifts|exercise|the workout)',
      'my {concern} is (high|low) [is it safe for me|can I exercise|can I do this]',
      'I have {concern} (will I be able to lose weight|can I follow this plan|can I do this)',
      'doctor (said|told) I have {concern}',
      'I have {concern} problem in my (left|right) (leg|side)',
      'I {concern} (three months|six months|few months|one year) back',
      'feeling {concern} after (doing the workout|exercise|the workout)',
      'I am getting {concern} very fast',
      '{concern} will work or not',
    ],
    LogActivityIntent: [
      '(today|just now) I did {activity}',
      'I have done {activity} [today|{date}]',
      'I did {activity} for {duration}',
      'I went for {activity}',
      '{duration} of {activity} done',
      '{activity} done for {duration}',
      '(today|just now) I walked {steps} steps',
      'I completed {steps} steps [today]',
      'I went to gym and did {activity}',
    ],
    FinishedTodayIntent: [
      "(I have done|I have completed|I have finished|completed|finished) (today's|my) (workout|exercise) [for today|only]",
      "today's (workout|exercise) (is|) (completed|finished|over|done)",
    ],
    WeeklyProgressIntent: ['(how is|show|tell me) my progress [this week]', 'what is my progress [this week]', 'how many days I (worked out|exercised|did workout) this week'],
    ChangeLevelIntent: ['make it (little|a little|bit|a bit) (harder|easier|tougher|simpler)'],
    TooHardIntent: ['this is (very|too|so) tough [for me]', "too hard yaar I can't do it"],
    TooEasyIntent: ['these exercises are (very|too|so) (simple|easy) [for me]'],
    MyLevelIntent: ['which level I am (in|on|at)', 'what is my level'],
    StubbornFatIntent: ['why (lower back fat|back fat|my back fat) is (not going|so stubborn|not reducing)', 'why it is so (hard|difficult) to lose fat from (lower back|my back|back)'],
    SpotReductionIntent: ['can I reduce fat only from my (back|lower back)', 'is it possible to lose only (back fat|lower back fat)', 'if I do back exercises will only back fat (go|reduce)'],
    DietTipsIntent: ['tell me the diet tips'],
    ListRemindersIntent: ['what reminders I have [set]'],
    CancelRemindersIntent: ['switch off the reminders'],
  },
  activitySynonyms: {
    cardio: ['badminton', 'cricket', 'skipping', 'skipping rope', 'football'],
    walk: ['morning walk', 'evening walk'],
    stretch: ['pranayama', 'surya namaskar'],
  },
  sessionSynonyms: { stretch: ['pranayama'] },
});
