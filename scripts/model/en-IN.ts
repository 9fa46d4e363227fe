/**
 * The en-IN voice model: the en-US model, plus the way people in India say things in English ("what is today's
 * workout", "how to do superman exercise", "I did my walking"), and the sports and practices they name.
 */
import { type ModelAdditions, derivedModel, trimmedTails } from './derive';
import { EN_US_MODEL } from './en-US';

const EXERCISE_WORD = '[exercise|workout|pose]';

/**
 * Hinglish, the Hindi said in Latin letters inside Indian English (found by a helper trying the console, December 3:
 * every one of these reached the fallback in en-IN, and worked in hi-IN). The commonest asks only: the hi-IN model has
 * the rest, for people who talk to their speaker in Hindi.
 */
const HINGLISH: Readonly<Record<string, readonly string[]>> = {
  WorkoutForDayIntent: ['(aaj|aaj ka) (workout|plan|exercise) (kya hai|batao|bataiye)', 'aaj kya karna hai'],
  ExerciseHowToIntent: ['{exercise} kaise (karte hain|karein|karun|karna hai)', '{exercise} (karne ka tarika|kaise karna hai) (batao|bataiye|samjhao)'],
  LogActivityIntent: ['maine [aaj] {minutes} minute {activity} (kiya|ki)', 'maine [aaj] {activity} (kiya|ki|kar liya|kar li)'],
  LogYesterdayIntent: ['(kal maine|maine kal) {minutes} minute {activity} (kiya|ki)', '(kal maine|maine kal) {activity} (kiya|ki|kar liya|kar li)'],
  TooHardIntent: ['thoda (easy|aasaan|halka) (karo|kar do)', '(bahut|bohot) (mushkil|hard|tough) hai'],
  StartWorkoutIntent: ['chalo (start|shuru) [karo|karte hain]', '(workout|exercise) (start|shuru) karo'],
  ThanksIntent: ['(bahut badhiya|badhiya|shukriya|dhanyavaad|dhanyawad) [thank you|thanks]', 'thank you ji'],
  // "Kitna hua is hafte", "ok band karo" (found by a helper trying the console, December 6: the fallback, and the session
  // stayed open).
  WeeklyProgressIntent: ['(is hafte|iss hafte) (mera progress kaisa hai|maine kya kiya|kaisa raha|kitna hua)', 'mera progress (kaisa hai|batao)', 'kitna hua (is hafte|iss hafte)'],
  'AMAZON.HelpIntent': ['namaste [ji]', '(tum|aap) kya kar sakte ho'],
  'AMAZON.NextIntent': ['aage (chalo|badho)', 'agla [wala]'],
  'AMAZON.PauseIntent': ['(main|mai) (thak gaya|thak gayi) (hoon|hu) [yaar]', '(ek minute|thoda) ruko'],
  'AMAZON.StopIntent': ['(chalo|theek hai|ok) bye', 'bas itna hi', '[ok|okay|bas] band karo'],
  // Found by a helper trying the console (December 6): the fallback. Not "theek hai": to "does it still hurt?" it says it
  // is fine, where a yes says it still hurts.
  'AMAZON.YesIntent': ['haan (yes|ji)'],
  UnsureIntent: ['(pata nahi|mujhe nahi pata|pakka nahi pata)'],
};

/**
 * Found in a blind batch of 150 things people in India say in English (December 4): each reached no intent word for
 * word. Short, general forms: "na" and "itself" said after a request, "what all", "since two days", "is paining".
 */
const FOUND_IN_BATCH: Readonly<Record<string, readonly string[]>> = {
  WorkoutForDayIntent: [
    'what exercises I (have to|need to|should) do [today|{date}]',
    'what all exercises I (have to|need to|should) do (today|{date})',
    'today what is the (plan|workout|exercise)',
    '[please|kindly] tell me what (to do|I have to do) today',
    "tell me (today's|{date}) (workout|exercise) na",
    // Found by a helper trying the console (December 5): after a pause for pain, the fallback.
    'what to do (now|today)',
  ],
  WeeklyPlanIntent: [
    "tell me the (whole|full|complete) week's (plan|schedule)",
    'give me the (weekly|week) (plan|schedule) [please]',
    'what all (workouts|exercises) are there (this week|in this week)',
    'how many days {exercise} I should do (in a week|per week)',
  ],
  StartWorkoutIntent: [
    "(let's|let us) start (today's|my) (workout|exercise|session) [now]",
    'start my (exercise|exercises|workout) (now|na)',
    'I am ready start the (workout|exercise)',
    '(let us|let me) do {session} [today|now]',
  ],
  ResumeWorkoutIntent: ['(resume|continue) (the|my) (workout|exercise) (please|now|na)'],
  'AMAZON.ResumeIntent': ['[ok|okay] I am back [now] (continue|let us continue|we can continue)'],
  'AMAZON.PauseIntent': [
    '(wait|hold on) (one minute|two minutes|a minute) please',
    '(hold on|wait) I am taking (a break|a small break|a short break)',
    'give me (one minute|two minutes|five minutes|a minute) [please]',
  ],
  SkipExerciseIntent: ['leave (this|this one|it) [and] go to [the] next [one]'],
  NextExerciseIntent: ['next exercise please', '(go|move) to next exercise'],
  'AMAZON.PreviousIntent': ['previous (exercise|one) please'],
  'AMAZON.RepeatIntent': [
    'repeat (that|it) (again|once again|once more)',
    '(can you|please|kindly) say (that|it) (once again|again|one more time)',
    "sorry I (didn't|did not) hear [properly] come again",
    'come again [please]',
  ],
  HowManyLeftIntent: ['how many more (sets|exercises|rounds) are there', 'how much (is|are) (remaining|left|pending)'],
  EndWorkoutIntent: ['(end|stop|finish) the (workout|session|exercise) for today', 'I am done for today (stop it|end it|finish it)'],
  ExerciseHowToIntent: ['what is {exercise} and how to do it'],
  ExerciseListIntent: ['which exercises are there in this [skill|app|program]'],
  SpotReductionIntent: [
    'is it possible to (reduce|lose|burn) (only|just) (back fat|lower back fat)',
    'will doing back exercises (reduce|remove|burn) (back fat|lower back fat) only',
  ],
  DietTipsIntent: ['(give me|suggest) a diet plan (to lose|to reduce|for reducing) (back fat|weight)'],
  TopicIntent: [
    'should I stop (eating|having|taking|drinking) {topic} [completely]',
    'my {topic} what to do',
    '{topic} (since|from) (one month|two months|three months|many weeks|last month|a long time)',
    'can I do (this|it|these exercises) {topic}',
    'is it (ok|okay|fine) if I {topic} itself',
    // Found by a helper trying the console in Indian English (December 6): lenient only.
    'how many hours (should I|I should) {topic}',
  ],
  FatCausesIntent: ['why I am getting (back fat|lower back fat|fat on my lower back)'],
  LogActivityIntent: [
    'went for (a|an) {activity} (in the evening|in the morning|today)',
    '{steps} steps done [today]',
    'I went to [the] {activity} [today]',
  ],
  WeeklyProgressIntent: ["(show me|tell me) my (weekly|week's|this week's) progress"],
  SetLevelIntent: ['I want {level} level'],
  MyLevelIntent: ['which level I am'],
  TooHardIntent: ["(it is|it's|this is) (very|too|so) (tough|hard|difficult) for me [yaar]"],
  MyRestDayIntent: ['which day is [my] rest day'],
  PrivacyIntent: ['what (data|information|details) you are (storing|keeping|saving|collecting) [about me]'],
  'AMAZON.StopIntent': ['[ok|okay] bye [bye] see you (tomorrow|later|soon)'],
  HealthConcernIntent: [
    '{concern} since (two days|three days|one week|a week|yesterday|last week|many days|a long time)',
    'I have {concern} can I do (these exercises|this workout|these workouts|this)',
    '[my] {concern} [is paining] what to do',
    // The issue's own safety phrasing, "my back is killing me", was cut from en-IN's share of the base's samples.
    '[my] {concern} (is killing me|killing me)',
  ],
  'AMAZON.MoreIntent': ['(tell me na|tell na|say na|go on tell me na)'],
  'AMAZON.StartOverIntent': ['start (again|once again) from [the] beginning'],
  UndoIntent: ['I logged (it|) (wrong|wrongly) (remove it|delete it)'],
};

/**
 * Found in a third blind batch of 118 things people in India say in English (December 4): each reached no intent word
 * for word. The same habits again, on other requests: "kindly" and "shall we" before one, "na", "now only" and "here
 * itself" after it, "once again tell", "what all … you have", "is paining" with a plural, "morning walk" and "evening
 * walk" for walking, a statement's word order in a question ("why fat is getting stored on my back").
 */
const FOUND_IN_THIRD_BATCH: Readonly<Record<string, readonly string[]>> = {
  StartWorkoutIntent: [
    "kindly start (my|the|today's) [back] workout",
    'do the needful and start the workout',
    'shall (we|I) start the (exercise|session)',
    "start (today's|the) (workout|session) (na|now only)",
  ],
  WorkoutForDayIntent: ['what all (exercises|workouts) are there (today|for today|on {date}|for {date})', '{date} what I have to do', 'what is there {date}'],
  WorkoutLengthIntent: ["how much time it will take (for|to finish) (today's|the) workout"],
  'AMAZON.PauseIntent': ['(hold on|wait) give me (a minute|two minutes|some time)', 'pause (it|the workout) for some time'],
  'AMAZON.RepeatIntent': ['once again (tell|tell me|say it)', '(can you|kindly) repeat it (once more|once again)'],
  EndWorkoutIntent: ['(stop|end|finish) the workout (now|here itself)'],
  HowManyLeftIntent: ['how much more is (remaining|pending|there)'],
  ExerciseHowToIntent: ['(can you|could you|please) tell how to do {exercise}', 'explain {exercise} [exercise] to me'],
  ExerciseListIntent: ['what all exercises (you have|you know|you teach)'],
  CalorieBurnersIntent: ['which (exercises|activities) burn (more|maximum) calories'],
  TopicIntent: [
    'how much time it will take to {topic}',
    'is (morning|evening) {exercise} (good|enough)',
    'is (morning|evening) {exercise} enough to reduce back fat',
    'will {topic} help to reduce back fat',
    'which (foods are having|food has|foods have) {topic}',
  ],
  FatCausesIntent: ['why fat is getting stored on my [lower] back [only]', 'why fat is getting deposited on my [lower] back'],
  // "This week how much I did", "how many workouts I completed", and the day said first for the plan (found by a
  // helper trying the console as an Indian user, December 5: the fallback, today's workout, or "I don't know that one yet").
  WeeklyProgressIntent: ['(tell me|show me) my progress na', 'this week how much I did', 'how many workouts I completed [this week]'],
  SetLevelIntent: ['I am [a|an] {level} only'],
  ChangeLevelIntent: ['make the (workout|exercises) (bit|little) {direction}'],
  TooEasyIntent: ['(this is|it is) (very|too) easy yaar'],
  SetReminderIntent: ['set a reminder for (workout|exercise) at {time}'],
  HealthConcernIntent: ['[my] {concern} are paining [too much]', 'I am on {concern} is it (okay|safe) to exercise'],
  ThanksIntent: ['(thanks|thanks a lot|thank you so much) ji'],
  DeleteDataIntent: ['(remove|delete) my details [from your side]', '(delete|remove) (my|all my) data from your side'],
};

/**
 * Found by a helper trying the console as three people in India (December 6): each reached the fallback, another
 * intent, or the lenient matcher alone. Control words said twice ("wait pause"), "kindly" and "for exercise" around a
 * reminder, "so far", and when a part of the body's fat will go.
 */
const FOUND_IN_TRIAL: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.PauseIntent': ['(wait|hold on) pause [it]', 'pause the exercise'],
  // In a workout, a yes with nothing asked moves on, as next does. "Yes doctor told ok" answers the doctor question (found
  // by a helper trying the console as a Chennai teacher, December 7: the fallback).
  'AMAZON.YesIntent': ['yes start [now]', '[yes] doctor (told|said) (okay|it is fine)'],
  // Beside it, the doctor's no (found in review: "doctor said it is not fine" was heard as the yes, and HIIT started).
  'AMAZON.NoIntent': ['[no] doctor (said|told) (not okay|it is not fine)'],
  'AMAZON.RepeatIntent': ["I (didn't|did not) (get|understand) (it|that) (tell me|say it|repeat it) again", '[kindly|please] tell again'],
  WorkoutForDayIntent: ['(ok|okay) what is my workout for today', 'kindly tell me what all exercises I (have to|should) do [today]'],
  WeeklyProgressIntent: ['how much (have I done|I have done|I did) (so far|till now|this week)', '[kindly|please] tell my progress', 'what is pending (for|in) this week'],
  DietTipsIntent: ['what (to eat|should I eat) (after|before) (workout|gym)', 'what (should I|to) eat (in|for) (breakfast|lunch|dinner)'],
  DailyReminderIntent: ['(please|kindly) remind me every morning at {time} [for exercise|to exercise]', '(please|kindly) remind me at {time} daily (for workout|for exercise|to exercise)'],
  // "Set a reminder for morning 6 o clock", "kindly set morning reminder at 6", "remind me at 5.30 morning" (found by a
  // helper trying the console as a Chennai teacher, December 7: the time asked again, the fallback, or the lenient
  // matcher alone).
  SetReminderIntent: [
    '(please|kindly) remind me at {time} (for exercise|for workout|to exercise)',
    '[kindly|please] set [a] morning reminder (at|for) {time}',
    'set [a] reminder for morning {time}',
    'set reminder (for|at) {time}',
    'remind me at {time} morning',
  ],
  MoveReminderIntent: ['(can you|please|kindly) change the reminder to {time}'],
  // The base's plainest questions about a thing ("is cycling good"), kept when its topic cap gave room to the review's
  // fixes (December 7): the cap cut them with the long tail.
  TopicIntent: ['when will {topic} go', 'is {exercise} (good|really important)', '(do|does) {topic} (burn fat|help lose fat)', 'is {topic} useful for back fat'],
  // A second trial (December 6): "how much time it will take", "kindly tell me what all exercises I have to do", "kindly
  // remind me at 6 am daily for workout", "what should I eat in breakfast", "I will do the rest in the evening", "my
  // back pain is there but little only": "I don't know that one yet", the fallback, or the lenient matcher alone.
  WorkoutLengthIntent: ["how much time (today's workout|the workout|this workout|it) will take", "how much time will (today's workout|the workout|this workout|it) take"],
  'AMAZON.StopIntent': ['I will do the rest (in the evening|later|at night|tonight|after some time)'],
  HealthConcernIntent: ['{concern} is there but (little|a little|less) only'],
  // A third trial (December 6), as a Chennai engineer who trains at night: "kindly tell my progress", "what is pending for
  // this week", mid-workout "how much time more" and "tell again": the fallback, or "I don't know that one yet". ("I will
  // continue tomorrow" is not a stop: a workout's place is kept for the day it was begun only, found in review.)
  HowManyLeftIntent: ['how much time more'],
};

/** What people in India say beyond the en-US model. */
export const EN_IN_ADDITIONS: ModelAdditions = {
  patterns: joined({
    // Indian English keeps a statement's word order in a question ("why back fat is so stubborn", "which level I am
    // in"), asks "X or not", says "is paining" and "since two days", and names foods: dal, roti, rice, ghee, chai.
    WorkoutForDayIntent: [
      // A second blind batch of Indian English (December 4).
      'what is the exercise for today', 'what I should do on {date}',
      "(what|which) workout is there [for|on] {date}",
      "kindly tell me what workout I should do (on {date}|today)",
      "today what all I have to do",
      "what is the workout for today [only]",
      "kindly tell me today's (exercise|workout)",`today what exercise`, `what I have to do on {date}`, 
      "what is (today's|{date}) (workout|exercise|plan|exercises)",
      "(tell me|say|give me) ((my|today's) (workout|exercise|exercises) [for (today|{date})]|{date} (workout|exercise|exercises))",
      '(which|what) (workout|exercise|exercises) (for today|today|I should do today|should I do today|I should do on {date}|I have to do on {date})',
      "(today's|{date}) (workout|exercise) is what",
      '(so|okay) what is there (for|on) (today|{date}|{date})',
      'what (workout|exercise) I have to do [today|{date}]',
      'what is the workout for today itself',
      "tell (today's|{date}) workout",
      'what is there on {date}',
      'today what is my workout',
      'what workout I have {date}',
      'what is there for {date}',
      "today's exercise",
      'tell me what exercises I should do on {date} [because I am travelling]',
    ],
    WeeklyPlanIntent: [
      "tell me the plan for the whole week",
      "which days {exercise} is there in my [weekly] plan",
      "what all I have to do this week",
      "how many days {exercise} is there in my [weekly] plan",
      "tell me the plan for this [full] week",`how many (times|days) (in a week|a week|per week) I should do {exercise}`, `{exercise} how many times (in a week|a week) [I should do]`, `show me [the] full week plan`, `how many days in a week I should exercise`, '(tell me|give me|what is) the (plan|schedule) for (full|complete|whole|the full|the whole) week', '(tell me|give me|what is) the (full|complete|whole) (week plan|week schedule|weekly schedule|weekly plan)', 'week plan',
      'full week plan',
      'weekly schedule please',
      'what is my plan for this whole week [from monday to sunday]',
      'how many days in a week I should work out',
      'show me the full week schedule',
    ],
    StartWorkoutIntent: [
      // A second blind batch of Indian English (December 4).
      "start today's exercise",
      "do one thing start my {session} workout",
      "I am ready (let's|let us) (begin|start) the (workout|exercise)",
      "start {session} workout yaar",
      "do one thing start my workout [now]",
      "I want to do {session} session [now]",`let's start {session} now itself`, "(let's|let us) (start|begin|do) the (exercise|exercises|workout)", "I am ready (let's|let us) (begin|start)", "let's begin the {session} workout", "(ok|okay) let's start the exercise",
      'do one thing start {session}',
      'let us begin with {session} session',
      'I have twenty minutes free now I want to do {session} [training]',
    ],
    ResumeWorkoutIntent: [
      "continue the workout which I left [in the morning]",`I stopped my workout in between [earlier] let's continue that one`, `resume my workout from where I left`, 'continue (my|the) (workout|exercise) from where I (stopped|left)', 'resume my unfinished workout', 'I want to finish the workout which I stopped [in between]',
      'continue the workout I left in between',
      'I stopped the workout halfway can I continue from there',
    ],
    EndWorkoutIntent: [
      "stop this workout [now]",
      "finish the workout here only",`finish the workout for today I am very tired`, "I want to (end|stop|finish) (today's|this|the) (session|workout|exercise)", '(finish|end|stop) the (session|workout|exercise) now I (am tired|have to go|have to go office|have work)', "that's enough for today end it", 'stop the workout please',
      'I have to go to office finish the workout here only',
      'finish the session now I am very tired [and I have to go office]',
      // Found by a helper trying the console: "I'm tired, stop here" was an unknown topic, and the workout went on.
      "(I'm|I am) (tired|very tired|so tired) [yaar] (stop here|let's stop here|let's stop) [yaar]",
      'stop here (only|yaar|itself)',
    ],
    WhatsNextIntent: [
      "which exercise is coming after this",`after this what`, 'what is (the next exercise|next|coming next|coming after this|after this)', 'which exercise is next',
      'next exercise is what',
      'after this which exercise',
      'once this is over which exercise is coming after this one',
    ],
    HowManyLeftIntent: [
      // A second blind batch of Indian English (December 4).
      'how many exercises are still there',
      "how many more are (left|remaining)",`still how many (sets|exercises) are there`, 'how much (time|more time) is (remaining|left|pending)', 'how many (exercises|sets) are (remaining|pending)', 'how many more exercises are there', 'how much more time',
      'how many more exercises are there [because I have to leave in ten minutes]',
    ],
    HowToCurrentIntent: [
      "how I should do this (exercise|one)",
      "I am not getting it how to do this [properly]",`tell me how to do this exercise properly [I am not getting it]`, 'how to do this (exercise|one|move)', "I (didn't|did not) understand how to do this [exercise|one]", 'explain this exercise (properly|again)', 'I am not getting how to do this (one|exercise)',
      'how to do this [one|exercise]',
      'I am not getting how to do this one can you explain again',
    ],
    ExerciseHowToIntent: [
      "how I can do {exercise} [properly]",
      "tell me the correct way of doing {exercise}",
      "what is the method for {exercise}",
      "explain me {exercise}",
      `how to do {exercise} ${EXERCISE_WORD} [properly|correctly]`,
      `(what is|tell me) the (correct|right|proper) way to do [the] {exercise} ${EXERCISE_WORD}`,
      `(explain|teach me|tell me) {exercise} ${EXERCISE_WORD} [steps]`,
      `{exercise} ${EXERCISE_WORD} how to do`,
      '{exercise} (exercise|pose) steps',
      'kindly tell how to do {exercise} [exercise]',
      'how to do {exercise} at home [with water bottles]',
      'tell me how to do {exercise} step by step [with correct form]',
      'what is the correct way of doing {exercise}',
      'how to do {exercise} exercise without hurting my back',
    ],
    CalorieBurnersIntent: [
      "tell me [the] best calorie burning exercises",`best (activity|exercise) to burn (maximum|more|most) calories`, 'which (exercise|workout|activity) burns (maximum|more|most) (calories|fat)', '(what should I do|what to do) to burn calories (fast|faster|quickly) [at home]', 'how to burn more calories', 'which activities burn more calories in less time',
      'what to do for burning more calories',
      'I am busy person what activities burn more calories in less time',
    ],
    TopicIntent: [
      // Found by a helper trying the console as an Indian user: "is dal enough protein" got the fibre answer. (Not a
      // bare "is {topic}": one word before an open slot took "is my metabolism slow because of age" whole.)
      'is (dal|paneer|curd|sprouts|eggs|chana) enough {topic}',
      "what is the benefit of {exercise}",
      "which {topic} I should eat",
      "should I reduce my {topic}",
      "how many {topic} I should eat for (dinner|lunch|breakfast)",
      "does {topic} affect back fat",
      "how to correct my {topic}",
      "what happens if I do with {topic}",
      "can I do {topic} to lose back fat",
      "is {topic} good for fast results",
      "(my mother|my father|my family) also has back fat is it {topic}",
      "should I do {topic} or both",
      "is {topic} good for (ladies|women)",
      "in how many days I will {topic}",
      "how I can reduce {topic} also",
      "can I eat {topic} sometimes",
      "should I {topic} (after|before) [the] workout",
      "is {exercise} enough to lose back fat",
      "how many {topic} I can have in (lunch|dinner)",
      "is {topic} bad for (back fat|me)",
      "how many hours I should {topic}",
      "does {topic} increase fat",
      "is {exercise} enough for reducing back fat",`{topic} is good for (protein|health|fat loss|weight loss|back fat) [na|or not]`, `how much {topic} I should (take|eat|drink|have) [daily|per day|in a day]`, `{topic} has (fiber|fibre|protein) or not`, `which foods are (high|rich) in {topic}`, `how many (litres|liters|glasses) of {topic} (to drink|I should drink) [daily|per day|in a day]`, `{topic} is (important|necessary|needed|required|good|bad|enough|ok|okay) (for fat loss|for back fat|for weight loss|for fast results|before exercise|after workout) [or not]`, `{topic} is (important|necessary|needed|required|enough) [or not]`, `why {topic} is (important|needed|necessary)`, `what will happen if I do the (exercise|exercises) in {topic}`, `is it enough if I do only {topic}`, `how many days it will take to {topic}`, `does {topic} help in (burning fat|fat loss|reducing fat|reducing back fat)`, `how to reduce (those|these|the|my) {topic}`, `which {topic} are good after (workout|exercise)`, `is {topic} enough for back fat or I need to go [to] gym`, `{topic} once in a week is (ok|okay|fine)`, `does {topic} increase (back fat|fat|belly fat)`, `{exercise} is enough for (fat loss|weight loss|back fat) [or not]`, `why {exercise} burns more fat`, 
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
      '(will|does) {topic} reduce back fat',
      '{topic} is enough',
      '{topic} how much',
      '{topic} tell me na',
      'how many {topic} I should (eat|drink|have|walk) [in a day|daily|in one meal]',
      'by when I will {topic}',
      'how to reduce {topic} also',
      '{topic} will work for back fat or not',
      '{topic} is compulsory or not',
      '{topic} will help (to burn fat|for back fat|in fat loss) or not',
      '{topic} after workout is (needed|necessary|required) or not',
      'I sit in office the whole day how to {topic}',
      'how many days gap I should give for {topic} [between workouts]',
      '{topic} is necessary for ladies also',
      'I am pure veg how to get enough {topic}',
      'kindly tell how many hours of {topic} is (required|needed)',
      'lot of office {topic} is there will it increase fat',
      'my {topic} is very bad on laptop does it affect back fat',
      'how much {topic} I can eat in one meal',
      'can I do hard workout daily without any {topic}',
      'is it {topic} only',
      '(only|just) {exercise} is enough',
      'is {exercise} good or not',
      'how much {topic} I should (take|eat|have) daily (for losing this back fat|for fat loss)',
      'can I eat {topic} once in a week [or should I stop completely]',
      'how many {topic} I should eat in one meal',
      '{topic} (for dinner|for lunch) how much',
      'which indian foods are (high|rich) in {topic}',
      'I have {topic} on weekends [with friends] is it bad for back fat',
      '{topic} with friends will spoil everything [or what]',
      'drinking {topic} during workout is okay',
      'how many hours of {topic} is needed [for fat loss]',
      'my sitting {topic} (in office|at work) is very bad [will it affect my back]',
      'is it in the {topic}',
      'how many weeks it will take to {topic}',
      '{topic} how much time it takes',
      'after (thirty|thirty five|forty) my {topic} has become very slow [what to do]',
      'how to get rid of {topic}',
      'what about {topic} near the bra line',
      'how to {topic} fast',
      'do I need to buy {topic} or can I use water bottles',
      'can I {topic} without going to [the] gym',
      '{topic} before or after exercise',
      'what is {topic} and how it increases fat',
      'I am feeling very lazy how to {topic}',
      '{exercise} is safe for beginners like me',
      'is {exercise} good for reducing back fat',
      'my friend said {exercise} is very good for the lower back is it true',
      'why {exercise} is there in my workout',
    ],
    HealthConcernIntent: [
      // Found by a helper trying the console mid-workout (December 3): out of scope, and the workout went on.
      // Hinglish, with the pain in the slot: "meri kamar mein dard hai", "back mein pain ho raha hai" (found by a helper
      // trying the console, December 6: the fallback).
      '[meri|mere|mujhe] {concern} (hai|ho raha hai)',
      // "My back is paining little bit", "chest is paining little", "knee is still paining little", "leg is paining little
      // bit but I will continue" (found by a helper trying the console as a Chennai teacher, December 7: the lenient
      // matcher alone, or the fallback, and the workout ran on).
      "[my] {concern} is [still|again] paining [a little|little|little bit|a little bit]",
      "{concern} is paining little bit but I will continue",
      // Found by a helper trying the console mid-workout as a Chennai engineer (December 6): the fallback, and it ran on.
      "it is paining in my {concern} [little bit|a little bit]",
      "my {concern} is paining can I still exercise",
      "{concern} is paining (while doing|during|after) {move}",
      "I have {concern} can I do {move}",
      "I am having {concern} is it safe",
      "I have {concern} can I do this workout",
      "I am having {concern} should I workout",
      "I am getting {concern} while {move}",
      "my {concern} is paining after {move}",
      "I have {concern} can I lose back fat",
      "I have {concern} is {move} ok",
      "{concern} is paining [when I do {move}]",
      "I am (getting|having) {concern} while doing {move}",
      "I am feeling {concern}",
      "I am (getting|having) {concern}",
      "I am having {concern} can I do (these exercises|this)",
      "I have {concern} is it safe for me",
      "I have {concern} problem [will I lose fat]",
      "I had {concern} last month can I exercise",
      "I am taking {concern} daily [is it fine to do workout]",`my {concern} is paining [after doing (superman|the exercise|exercise|deadlifts)|since two days]`, `I am {concern} is it safe for me`, `I have {concern} will this work for me`, `I have {concern} and weight is not [at all] reducing`, `I am taking {concern} tablets is it (ok|okay) to do (hiit|exercise)`, `I got {concern}`, `{concern} told me to avoid bending should I still do deadlifts`, `after {concern} when can I start exercise`, `I had {concern} last year is it safe`, `{concern} patient can do this`, `{concern} in my back while bending`, 
      '(I am having|I have|I am getting) {concern} since (two days|three days|one week|a week|yesterday|last week|many days)',
      'my {concern} is paining [while bending|when I bend|when I do squats|while doing exercise]',
      '{concern} is paining when I (do squats|bend|do exercise|lift)',
      '{concern} (is|are) paining (since|from) (yesterday|two days|three days|one week|a week|last week|many days|morning)',
      '{concern} (is|are) paining (a lot|very much|badly|too much)',
      '{concern} (problem|issue) is there',
      '{concern} is there can I [still] do (this|rows|deadlifts|exercise|the workout)',
      // Not "is low": "my sugar is low" is a warning sign, said whole as the slot's own value, never "sugar" a condition
      // (found by a helper trying the console as a diabetic Indian user, December 5: "check with your doctor").
      'my {concern} is high [is it safe for me|can I exercise|can I do this]',
      'I have {concern} (will I be able to lose weight|can I follow this plan|can I do this)',
      'doctor (said|told) I have {concern}',
      'I have {concern} problem in my (left|right) (leg|side)',
      'I {concern} (three months|six months|few months|one year) back',
      'feeling {concern} after (doing the workout|exercise|the workout)',
      'I am getting {concern} very fast',
      '{concern} will work or not',
      'I am a {concern} patient',
      'I have {concern} is this (workout|exercise) safe for me',
      // Going low now is a warning sign, heard whole ("my sugar is going low"); going low sometimes, the condition.
      'my {concern} (goes|is going) high [sometimes]',
      'my {concern} goes low sometimes',
      'my (hand|leg|arm) is going {concern}',
      '{concern} is there can I take',
      'can I take {concern}',
      '(I am having|I have) {concern} since two days',
      'I am taking {concern} tablets',
      '{concern} when can I start exercising',
      '{concern} told me complete bed rest',
      'I have {concern} problem will these exercises still work',
      'while doing (superman|deadlifts|rows|the bridge|exercise) my {concern} is paining',
      'I had {concern} (six months back|one year back|few months back) can I exercise',
      'I am having {concern} from last one week [while sitting in office]',
      'my {concern} are paining when I do squats',
      'my {concern} is paining after the (superman|deadlift|row) exercise',
      'I have {concern} can I do hiit [workout]',
      'I have {concern} problem is this workout safe for me',
      'I have {concern} can I also lose back fat',
      'I have {concern} and my weight is not reducing at all',
      '{concern} when can I start doing these exercises',
      'two years back my doctor told I have {concern} [is it safe]',
      'I have {concern} going down my (left|right) leg can I still exercise',
      'I am getting {concern} while doing (jumping jacks|the workout|hiit) should I stop',
      'I got a {concern} in my (calf|leg|foot)',
      "whole body is {concern} after yesterday's workout [can I do today's workout also]",
      'my gym trainer is telling to take {concern} [can I take]',
      'I have {concern} can I do hiit type of workouts',
      'I have {concern} is it okay to do hiit',
    ],
    LogActivityIntent: [
      "I did {steps} steps in my {activity}",
      "kindly log {steps} steps",
      "I went for {activity} for {duration}",`I did {minutes} minutes {activity} [today morning|today|in the evening]`, `note down {minutes} minutes {activity}`, `evening walk done {steps} steps`, 
      '(today|just now) I did {activity}',
      'I have done {activity} [today|{date}]',
      'I did {activity} for {duration}',
      'I went for {activity}',
      '{duration} of {activity} done',
      '{activity} done for {duration}',
      '(today|just now) I walked {steps} steps',
      'I completed {steps} steps [today]',
      'I went to gym and did {activity}',
      '{activity} (one hour|half an hour|thirty minutes|twenty minutes) done',
      'today itself I did {steps} steps',
      'I did {activity} only for {duration}',
      'I did {activity} in the (gym|park|terrace) for {duration}',
      'morning walk done {steps} steps',
      'note down (one hour|half an hour) {activity}',
      'note down {duration} {activity}',
      '{activity} done {duration}',
      'I went for a {minutes} minute {activity} in the park [this morning]',
      'today I did {activity} for {duration} [with my son in the colony]',
      'I walked {steps} steps today please add it in my log',
      'note down a {activity} session of {duration}',
      'I did {activity} for {duration} in the terrace',
      'in the gym I did {activity} for {duration} [please note it down]',
    ],
    FinishedTodayIntent: [
      "I completed my workout for today",`today's session (completed|finished|done)`, 
      "(I have done|I have completed|I have finished|completed|finished) (today's|my) (workout|exercise) [for today|only]",
      "today's (workout|exercise) (is|) (completed|finished|over|done)",
      'I finished whatever workout you gave for today',
    ],
    WeeklyProgressIntent: [
      "what all I did [this week|{date}]",
      "how many days I have done workout this week",`how many days I worked out this week tell me`, '(how is|show|tell me) my progress [this week]', 'what is my progress [this week]', 'how many days I (worked out|exercised|did workout) this week',
      'show my stats',
      // "How was my progress this month", "show me this month progress" (found by a helper trying the console: the week, or
      // the lenient matcher's spot reduction).
      'how (was|is) my progress {date}', 'show me {date} progress',
    ],
    // "Make it little harder", "increase the difficulty": the direction as a slot, so the level moves without a question.
    ChangeLevelIntent: [
      "make it {direction} for me",
      "make the workout little {direction}",`please {direction} the level little bit [it is too much for me]`, 'make it (little|a little|bit|a bit) {direction}', '{direction} the (difficulty [level]|level)',
      'make it little {direction} from tomorrow',
    ],
    TooHardIntent: [
      "it's very tough yaar I can't do it",`this is too tough yaar`, 'this is (very|too|so) tough [for me]', "too hard yaar I can't do it", 'too difficult yaar', 'this is very hard for me'],
    TooEasyIntent: [
      "very easy only give me something tougher",
      "this is too easy yaar",`this is very easy only`, 'these exercises are (very|too|so) (simple|easy) [for me]', 'this is (very easy|nothing for me|very simple)', 'too easy for me',
      'this is very easy for me',
    ],
    MyLevelIntent: [
      // A second blind batch of Indian English (December 4).
      'what level I am (in|on)','which level I am (in|on|at)', 'what is my level'],
    StubbornFatIntent: [
      "why it is not going from my back only",
      "why this back fat is not going [at all]",`why back fat is not going [only]`, `(lower back fat|back fat) is very difficult to remove why [is it like that]`, 'why (lower back fat|back fat|my back fat) is (not going|so stubborn|not reducing)', 'why it is so (hard|difficult) to lose fat from (lower back|my back|back)', '(lower back fat|back fat) is very stubborn why', 'why back fat is the last to go', 'why it is so hard to lose back fat', 'why back fat is not reducing',
      'why this back fat is so stubborn',
      'why back fat is so hard to lose [compared to other places]',
      'I am walking daily one hour why back fat is not reducing',
      'I am doing everything still this fat is not going why',
      'stubborn back fat not going even after six months of gym',
    ],
    SpotReductionIntent: [
      "is spot reduction possible",
      "can I reduce fat from back only",
      "if I do back exercises only will fat go from back",`I want to lose fat only from my back [not from anywhere else] is it possible`, 'can I reduce fat only from my (back|lower back)', 'is it possible to lose only (back fat|lower back fat)', 'if I do back exercises will only back fat (go|reduce)', 'spot reduction is possible or not', 'can I target only the lower back', 'if I do back exercises daily will back fat reduce', 'can I reduce fat only from my back',
      'only back fat I want to reduce is it possible',
      'if I do back exercises daily will fat reduce from back itself',
      'I want to lose only back fat not from other places is it possible',
    ],
    DietTipsIntent: [
      "what to pack in tiffin for weight loss",`what (should I|to) eat to (reduce|lose) (weight|belly fat|tummy|my tummy|tummy fat|back fat)`, `tell me (the|) diet for (reducing|losing) back fat`, `kindly give me (one|an) indian diet plan [for fat loss]`, `is it (ok|okay|fine) to eat rice at night`, 'tell me the diet tips', 'indian diet tips [for (reducing|losing) back fat]', 'what to eat in (breakfast|lunch|dinner) [to reduce back fat]', '(tell me|give me) some diet tips [na]',
      'what to eat for reducing back fat',
      'what changes I should do in my (food|diet|eating)',
      'what to have for (dinner|breakfast|lunch) [tell me na]',
      'what to eat in breakfast lunch and dinner to reduce (lower back fat|back fat)',
    ],
    ListRemindersIntent: [
      "which reminders I have",'what reminders I have [set]', 'show my reminders', 'what all reminders I have',
      'what all reminders are set',
      // Found by a helper trying the console in Indian English (December 6): lenient only.
      'what reminders have I set',
    ],
    'AMAZON.HelpIntent': [
      "what I can say",
      "I am confused kindly help me",
      "what all I can ask you",`help me I am confused what to say`, 'what all (you can do|can you do|things you can do)'],
    'AMAZON.MoreIntent': [
      "tell more",'(the rest|remaining|baaki) (also|too|ones)', 'tell (the rest|remaining) also',
      'tell more details',
    ],
    'AMAZON.NoIntent': ['(nahi|nahin|no no|no yaar|not now yaar)',
      'no not now',
    ],
    'AMAZON.YesIntent': [`ya sure`, '(haan|haan ok|haan ji|ha ok|yes yes|ok ok|okay okay|yes please do)'],
    'AMAZON.StopIntent': [
      "bas stop it",
      "ok bye",'(bas|bas stop|bas bas|stop it yaar|ok bye bye)',
      'stop it',
    ],
    'AMAZON.PauseIntent': [
      // A second blind batch of Indian English (December 4).
      'stop for some time',`wait wait one minute`, '(hold on|wait|one minute) I am (drinking water|taking water|taking rest|coming)', '(wait one minute|one minute wait|two minutes wait)',
      "hold on I'm drinking water",
      // Found by a helper trying the console: "I'm tired yaar" mid-workout was an unknown topic.
      "(I'm|I am) (tired|very tired|so tired) yaar",
    ],
    AllStepsIntent: [
      "read all the steps (for|of) {exercise}",
      "give me [the] full steps of {exercise} [only]",
      "tell all the steps of {exercise} in one go",`tell all the steps at once`, `give me all steps of {exercise} together`, '(tell me|give me) all (the|) steps (together|at one go|at once) [instead of one by one]', 'all steps together [please]',
      'tell all the steps together',
      'tell me all steps of {exercise} at once',
    ],
    CalorieDeficitIntent: [
      "how to be in calorie deficit",`do I (really|) need calorie deficit [to lose fat]`, 'calorie deficit means what', 'how to (do|know) calorie deficit', 'how to know if I am in (a|) calorie deficit or not', 'explain (the|) (calorie|) deficit in simple words', 'how many calories I should cut [daily|per day]',
      'kindly explain calorie deficit [in simple words]',
      'to lose back fat how many calories I should cut daily [from my food]',
    ],
    DailyReminderIntent: [
      "remind me every day in the {time}",
      "every day remind me at {time}",`every day evening {evening} kindly remind me to do my workout`, 'every day remind me to (go for a walk|do workout|do exercise|work out)', 'daily remind me (to exercise|to do workout|for workout)',
      'daily remind me at {time} for exercise',
      // Found by a helper trying the console in Indian English (December 6): lenient only.
      '[kindly] remind me at {time} daily',
    ],
    ExerciseListIntent: [
      // A second blind batch of Indian English (December 4).
      'which all exercises you have',
      "which exercises you are teaching",`what all exercises will reduce (back fat|lower back fat)`, 'exercises for (lower back fat|back fat|lower back)', 'what all exercises I should do [for lower back|for back fat]', 'list of exercises', 'tell me the names of the exercises',
      'what all exercises are there [for lower back fat|for back fat]',
      'which exercises you teach',
      'tell me the exercise list',
      'which exercises will reduce my back fat [if I do them at home]',
      'tell me the names of the exercises [in this skill]',
    ],
    FatCausesIntent: [
      "why I am getting fat on my lower back",
      "why I am getting fat on my back",`why back fat comes`, 'why I am having (back fat|fat on my back|lower back fat)', 'reason for (back fat|lower back fat)', '(from where|why) this back fat (comes|came)',
      'why fat is coming on (lower back|back|my back)',
      'lower back fat causes',
      'from where this back fat comes suddenly',
      'what causes this fat on my back in the first place',
    ],
    HowItWorksIntent: [`what is this back coach`, 'kindly explain how I can get rid of this back fat', 'what is the (approach|method|overall method) [to lose back fat]', 'how this (program|skill|plan) works', 'how will this skill help me'],
    LifestyleTipsIntent: [
      "what habits I should change",`other than exercise what else I should change [in my daily routine]`, '(daily|good) habits for fat loss', 'give me some good habit tips', 'what changes I should make in my daily routine', 'other than exercise what else I can do',
      'what lifestyle changes I should do',
      'apart from exercise and diet what else I should take care of',
      'any lifestyle tips for working women',
      'other than exercise what else I can do in my day to day life',
      'any tips for my lifestyle [because I have a sitting job]',
    ],
    MoveReminderIntent: [`shift my reminder to {time} [instead of evening]`, '(shift|change) the reminder to (evening|morning|{time})', 'change my reminder time to {time}',
      'prepone my reminder to {time}',
    ],
    MyRestDayIntent: ['rest day is when', 'which day is my rest day [this week]'],
    ResetWeekIntent: [
      "start the week fresh from zero","clear this week's (data|log|activity)",
      "reset this week's data",
    ],
    // "Make my level as beginner" (found by a helper trying the console: the fallback).
    SetLevelIntent: ['keep {level} level only', 'put me in {level} level', 'make my level as {level}',
      'I want to change level',
    ],
    SetReminderIntent: [
      "remind me at {time} to workout",`remind me {once} at {time} for workout`, 'remind me after (one hour|two hours|half an hour)', 'set a reminder for {once} morning {time}',
      'remind me at {time} to do workout',
    ],
    SetRestDayIntent: [
      "I want off on {day}",`I want {day} as rest day [because I have late meetings]`, 'keep {day} as (my|) rest day', 'I want rest on {day}', 'make {day} my off day', 'change my rest day to {day}'],
    SkipExerciseIntent: [
      "I don't want to do this one skip it",
      "I don't want to do this one leave it",`skip this one yaar`, 'leave this exercise', 'skip this exercise yaar', "I don't want to do this exercise skip it",
      'this one I will not do skip it',
    ],
    ThanksIntent: [
      "thanks a lot yaar",`thanks yaar`, `super job`, '(thank you so much|thanks a lot|thank you ji)',
      'very good explanation thanks',
    ],
    UndoIntent: [
      "that was wrong delete the last log",'I logged it wrongly [by mistake]',
      'last entry was wrong remove it',
    ],
    CancelRemindersIntent: [
      "remove all the reminders",'switch off the reminders'],
    WhatToAvoidIntent: [
      "what things to avoid for back fat",`what (mistakes|all mistakes) I should (not do|avoid)`,
      'what mistakes people commonly do',
      'kindly tell what all things I should avoid',
      'what mistakes I should avoid [so that my hard work is not wasted]',
    ],
    'AMAZON.RepeatIntent': [
      "kindly repeat [once more]",`say that once more slowly`,
      'please tell once again',
    ],
    LogYesterdayIntent: [
      "yesterday I did {steps} steps",
      "yesterday I went for {activity} for {duration}",`yesterday I walked {steps} steps in the office campus`, `yesterday did {activity}`,
      "add yesterday's {activity} [workout]",
      'log yesterday {steps} steps',
      "add yesterday's {activity} session of {duration}",
    ],
    'AMAZON.CancelIntent': [`leave it never mind`,
      'never mind leave it',
    ],
    WeekdayReminderIntent: [
      // A second blind batch of Indian English (December 4).
      'set (reminder|a reminder) for weekdays at {time}',
      "remind me monday to friday at {time}",
      "set reminder monday to friday at {time}",`only on weekdays remind me at {time}`,
      'monday to friday remind me at {time}',
    ],
    'AMAZON.PreviousIntent': [
      "go back to previous exercise",
      'go to previous step',
      'previous step please',
    ],
    'AMAZON.StartOverIntent': [
      "start from the beginning again",
      'start from beginning',
    ],
    DeleteDataIntent: [
      "erase everything you stored about me",
    ],
  }),
  activitySynonyms: {
    cardio: ['badminton', 'cricket', 'played cricket', 'skipping', 'skipping rope', 'football', 'treadmill', 'cycling in the colony', 'jumping jacks'],
    strength: ['gym workout', 'weights in the gym'],
    walk: ['morning walk', 'evening walk'],
    stretch: ['pranayama', 'pranayam', 'surya namaskar', 'suryanamaskar', 'suryanamaskar and pranayam'],
  },
  directionSynonyms: { harder: ['hard', 'tough', 'little tough'], easier: ['easy', 'simple', 'little easy'] },
  sessionSynonyms: { stretch: ['pranayama'] },
  // India asks about topics and health in many ways of its own (some sixty patterns for topics alone): each keeps its
  // plainest phrasings with this room. The room, within the model's budget, comes from the longest combinations of the
  // base's widest intent.
  room: {
    // Two more for "how many hours should I sleep" (found by a helper, December 6), none taken from those before.
    // The trial's phrasings (FOUND_IN_TRIAL, December 6) have room of their own too: none taken from those before.
    // Seven more for the base's plainest questions kept as its own (December 7).
    TopicIntent: 381,
    // And the second trial's (December 6), in the four below and in DailyReminderIntent; in the first, six more for pain
    // said in Hinglish ("meri kamar mein dard hai"), none taken from those before; and three for "it is paining in my
    // lower back" (December 6).
    HealthConcernIntent: 249,
    WorkoutForDayIntent: 191,
    DailyReminderIntent: 64,
    StartWorkoutIntent: 112,
    EndWorkoutIntent: 108,
    WeeklyPlanIntent: 80,
    DietTipsIntent: 92,
    ExerciseHowToIntent: 76,
    'AMAZON.PauseIntent': 75,
    // Three more for "tell again" (December 6), none taken from those before.
    'AMAZON.RepeatIntent': 63,
  },
  // The long tails of three base intents no Indian English phrasing we have needed (screened against the tuning and
  // development sets) make room for the phrasings found in a blind batch of 200 (December 2).
  // The blind batch of 150 (December 4) took its room from tails said with fillers and idioms people here seldom use
  // ("um what difficulty am I on", "ugh what's coming up in the workout", "crank it {direction} a notch", "I'm dying
  // here how many reps left", "okay what shouldn't I steer clear of", "um yes go ahead", "sorry I need to go my kid's
  // calling", "can you delete all my reminder"), each cut checked against the development set.
  // The third batch (December 4) took its room from calorie idioms ("which workouts torch calories fastest", "what
  // activities blast calories quickest") and the longest ways of logging yesterday ("I went for an {minutes} minute
  // {activity} class last night"), forty of each, which no tuning, held-out or development utterance matches.
  // The base's new topic and health patterns (December 5) come first in its round-robin, so en-IN keeps 100 and 90
  // more of those to keep every topic sample it had ("is {topic} good for losing fat" was pushed out).
  baseSamples: {
    // The trial's phrasings, time had, "I am back" and go-words apart (December 6) take the room of the base's last ways of asking for a cool-down.
    ...trimmedTails(EN_US_MODEL, ['CoolDownIntent'], 13),
    // Kept in en-US, where a blind set says "just give me all the steps in one go"; no Indian English set needs them.
    // 15 until the third trial's phrasings (December 6) took the room of 8 more ("just read me the whole thing at once").
    ...trimmedTails(EN_US_MODEL, ['AllStepsIntent'], 23),
    // 2154 until the review's fixes (December 7) needed its room ("my surgeon hasn't cleared me" a no, "okay I'm leaving"
    // kept): its plainest questions are kept as en-IN's own. 2126 for the base's plain phrasings of 21 intents the
    // development set missed (December 7: "end my session now", "read me the rest"); 2119 for wiping data asked for
    // ("can you just wipe everything you have on me"), a day off asked for instead, and "what exercise burns the most
    // back fat".
    TopicIntent: 2001,
    // 18 more for the base's new health patterns (December 6): of the 48 they pushed out, 30 are left out for size. 18
    // more for symptoms said mid-workout (December 7: "my leg tingles", "that didn't feel right"), less four for their names and "chakkar".
    HealthConcernIntent: 3054,
    ...trimmedTails(EN_US_MODEL, ['StubbornFatIntent', 'WeekdayReminderIntent', 'FatCausesIntent'], 40),
    // 60 until the base's cap gave up its 36 "so …" forms (December 6): the same count kept, none of them those.
    ...trimmedTails(EN_US_MODEL, ['MyLevelIntent'], 24),
    ...trimmedTails(EN_US_MODEL, ['WhatsNextIntent', 'ChangeLevelIntent'], 50),
    ...trimmedTails(EN_US_MODEL, ['WhatToAvoidIntent', 'CancelRemindersIntent'], 40),
    ...trimmedTails(EN_US_MODEL, ['HowManyLeftIntent'], 35),
    // 30 until the base's doctor's-okay phrasings (December 7), which would otherwise push out some of its yeses.
    ...trimmedTails(EN_US_MODEL, ['AMAZON.YesIntent'], 20),
    ...trimmedTails(EN_US_MODEL, ['AMAZON.StopIntent'], 17),
    ...trimmedTails(EN_US_MODEL, ['CalorieBurnersIntent'], 40),
    // "Which exercise is best for back fat" and its kin (December 5) take the room of the base's last ways to ask for the list.
    ...trimmedTails(EN_US_MODEL, ['ExerciseListIntent'], 9),
    // New days said over a reminder said back ("make it every weekday"): each cut sample still reaches its own intent
    // (the last 40 of logging yesterday did not: "I did three sets of strength last night" became today's).
    ...trimmedTails(EN_US_MODEL, ['AMAZON.RepeatIntent'], 38),
    // "Can you give me a daily reminder" (a fourth blind batch, December 4) takes the room of the base's last three ways of asking.
    ...trimmedTails(EN_US_MODEL, ['DailyReminderIntent'], 3),
    // The base names no cap here and keeps all of its ways of logging yesterday but the last 40 (and 5 more corrections of a day, December 5).
    LogYesterdayIntent: 234,
  },
};

/** The Indian English phrasings of each intent, then those found in the blind batch, its Hinglish, then the third batch's. */
function joined(english: Readonly<Record<string, readonly string[]>>): Record<string, readonly string[]> {
  const all: Record<string, readonly string[]> = { ...english };
  for (const more of [FOUND_IN_BATCH, HINGLISH, FOUND_IN_THIRD_BATCH, FOUND_IN_TRIAL]) for (const [intent, said] of Object.entries(more)) all[intent] = [...(all[intent] ?? []), ...said];
  return all;
}

export const EN_IN_MODEL = derivedModel(EN_US_MODEL, EN_IN_ADDITIONS);
