/**
 * The en-US voice model, written as phrase patterns the way people talk to a speaker: bare commands and full
 * questions, fillers, politeness, articles and plurals, and the tenses of logging. Slot values come from the
 * catalogue (see build.ts); `(a|b)` is a choice, `[a|b]` an optional one.
 */
import type { ModelSource } from './types';

const CAN_YOU = '[can you|could you|would you|will you]';
const I_DID = "(I did|I've done|I just did|did|I finished|just finished|I completed)";
/**
 * A time said straight after a past tense ("I walked forty minutes", "swam half an hour last night"): each kind of thing
 * done keeps its time in a slot of its own (the handler's VERB_TIMES), its verbs among DONE_WORDS.
 */
export const VERB_TIMES = {
  walkTime: ['walked', 'hiked'],
  runTime: ['ran', 'jogged'],
  swimTime: ['swam'],
  cycleTime: ['cycled', 'biked'],
  danceTime: ['danced'],
  cardioTime: ['rowed'],
  stretchTime: ['stretched'],
} as const;
const VERB_TIME_SLOTS = Object.keys(VERB_TIMES).map((name) => ({ name, type: 'AMAZON.DURATION' }));
/** One pattern per thing done: the kinds of cardio share theirs, so they keep the room they had as one slot. */
const VERB_TIME_PATTERNS = [['walkTime'], ['runTime', 'swimTime', 'cycleTime', 'danceTime', 'cardioTime'], ['stretchTime']].map(
  (slots) => `[I|I just] (${slots.flatMap((slot) => VERB_TIMES[slot as keyof typeof VERB_TIMES].map((verb) => `${verb} {${slot}}`)).join('|')})`,
);
const MY_THE = '[my|a|the|an]';
const THIS_EX = '(this|this one|this exercise|this move|the current exercise|this exercise here)';
/** How people open a request to a speaker ("so", "okay", "hey", "quick question"), written into the patterns where people say them. */
const OPENER = '[so|okay|hey|alright|quick question]';
const OPENED = '(so|okay|hey|alright|quick question)';
/** Asking politely. */
const ASK = '[can you|could you|please|would you|can you please|could you please]';
/** Wanting to do something. */
const WANT = "[I want to|I need to|I'd like to|I would like to|can we|let's|can I]";

export const EN_US_MODEL: ModelSource = {
  invocationName: 'back coach',
  // For a fifth blind batch of 150 (December 4), 22 intents' caps gave up the last rounds of their samples, which no
  // tuning, development or blind utterance matched (about 25,000 characters): the day's and week's plan, ending,
  // skipping, the cool down, steps, logging, progress, the level, privacy, spot reduction, how it works and reminders.
  // Each dropped sample was sent through the new model, and those that then reached another intent and that people say
  // kept their place. Every intent given a pattern of that batch grew by what the pattern adds. Two more batches (ten
  // kinds of speaker, and content and health questions, December 5) took about 10,000 characters more from the same
  // quiet last rounds; dropped samples people say ("remind me to work out every day") came back as patterns of their own.
  intents: [
    {
      name: 'WorkoutForDayIntent',
      maxSamples: 939,
      slots: [
        { name: 'date', type: 'AMAZON.DATE' },
        // A day said alone after an answer ("and last week?", "what about Tuesday?"): the plan of that day, or, right
        // after a progress answer, what was done then (found by a helper trying the console, December 3).
        { name: 'followDate', type: 'AMAZON.DATE' },
      ],
      patterns: [
        // Tried as a user at the last read (December 5): "what am I supposed to do today" reached the fallback.
        `[hey] what am I supposed to (do|be doing) [{date}]`,
        // Found by a helper trying the console as an older user (December 5): the fallback.
        `what exercises should I be doing [{date}]`,
        // Kept as patterns of their own when the last rounds of this intent were cut (December 5).
        "can you tell me my workout",
        "what will I be doing {date}",
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "what's on for ({date}|today)",
        "(kindly|please) tell me what is the workout for (today|{date})",
        // Found in a blind batch of 120 across every feature (December 4, third).
        `is {date} a (hiit|strength|cardio|rest) day`,
        // Found in a fresh batch written blind (December 4).
        `what do I have to do {date}`,
        // Found by a helper trying the console as a new user, and in the development set (December 4).
        `(okay|so|okay so) what's the workout for today`,
        // Found by a helper trying the console as an older user (December 3, third round).
        `(could|can) you please tell me what I should do (today|{date})`,
        // Found by a helper trying the console as a user (December 3).
        `[okay|so|and] (what about|how about) {followDate}`,
        `and [on] {followDate}`,
        // Found by a helper trying the console (December 3): "what's tomorrow" reached the fallback.
        `[okay|so] what's {date}`,
        `[okay|so] what's {date} look like`,
        // Found in blind batches in British, Australian and Canadian English (December 2).
        "(morning|good morning) (what have I got on|what's on) [for] today",
        // Found in review: "what is {exercise}" took these as a move.
        "what is (the|my|today's) workout [today|{date}]",
        "what is (the|my) (training|session|exercise) (today|{date})",
        // Found in a blind batch of 120 across every feature (December 2).
        "(hey|hi there|hey so|so|okay so|um) what (am I doing|have I got) (today|on {date})",
        // Found in a blind batch of 240 (December 2).
        `what kind of workout is [it] {date}`,
        `is {date} a rest day or not`,
        `what's the (routine|workout) looking like {date}`,
        `what (exercise|exercises) should I be doing {date}`,
        `what've I got [on] {date}`,
        // Found in a blind batch of 320 (December 2).
        "(so|okay) what's the workout for {date}",
        `what are you making me do (today|{date}|on {date})`,
        `workout of the day`,
        `what have you got for me [today|{date}|on {date}|{date}]`,
        "is there a workout (on|for) {date}",
        "what workout do I have (that day|on {date})",
        "what am I doing on {date}",
        `[so|okay] (what's|what is) on the (schedule|plan|agenda|list) (for|on) (today|{date}|{date})`,
        `what have I got (planned|scheduled|lined up|on) (for|on) (today|{date}|{date})`,
        `(kindly|please|can you|could you) tell me (today's|{date}|my) (exercises|workout|session|training)`,
        `(could you|can you|please) tell me what (today's|{date}|my) workout is`,
        `(I'd like to know|I want to know|do you know|any idea) what ((today's|my) workout is [today|{date}|on {date}]|{date} workout is)`,

        `(what are we|what'll I be|what should I be|what am I) doing [today|{date}|tonight|on {date}] [coach]`,
        `(so|okay|hey|alright|quick question) (what are we|what am I|what should I be) doing (today|{date}|on {date})`,
        `(what am I|what are we|what should I be|what will I be) (training|working on|working out) [today|{date}|on {date}]`,
        `what should I (train|do) (today|{date}|on {date})`,
        `what should I be doing {date}`,
        `what's on the menu (today|{date}|for today|for {date}|on {date})`,
        `(can you|could you|please|kindly) tell me (today's|{date}) workout [please]`,
        `tell me (what today's workout is|today's workout|{date} workout|what is the workout for today|what the workout is for {date}) [please]`,
        `(what's|what is) (the|my) (exercise plan|training|workout|session) (for|on) {date} [then]`,
        `(so|okay|hey|alright|quick question) (what's|what is) ((my|the|today's) (workout|session|training) [today|{date}|for today|for {date}|on {date}]|{date} (workout|session|training))`,
        `(so|okay|hey|alright|quick question) (what's|what is) (my|the) plan (today|{date}|for today|for {date}|on {date})`,
        `(so|okay|hey|alright) what's on (today|{date}|for today|for {date}|for {date}|on {date})`,
        `(so|okay|hey|alright) (what do I have|what have I got) (today|{date}|on {date})`,
        `what (kind of|type of) training is on (for|on) {date}`,
        `what do I have to do [today|on {date}]`,
        `(what's|what is) on ((the plan|the cards) (today|{date}|for today|for {date}|for {date})|for (today|{date}|{date}))`,
        `(what's|what is) ((my|the|today's) (workout|training|session|exercise) [today|{date}|for today|for {date}|on {date}]|{date} (workout|training|session|exercise))`,
        `(what's|what is) (my|the) (plan|training plan|routine|workout plan) (today|{date}|for today|for {date}|on {date})`,
        `(what's|what is) (on the plan|on my plan|on the menu|on the cards|planned|scheduled|on the schedule|on for me|planned for me) (today|{date}|for today|for {date}|for {date}|on {date})`,
        `(what's|what is) planned for me [today|{date}]`,
        `((what do I|what should I|what will I|what'll I|what have I got to|what do I have to) (do|train|work on)|(what am I meant to be|what am I supposed to be|what will I be|what'll I be) (doing|training|working on)) [today|{date}|on {date}]`,
        `(what have I got|what do I have|what's on|what is on|what is there for me to do) (today|{date}|for today|for {date}|on {date}|for {date})`,
        `(what's|what is) my {date} (workout|session|training)`,
        "(today's|{date}) (workout|session|training)",
        `(tell me|give me|read me|read out) ((today's|my|the) (workout|session) [for {date}|for today]|{date} (workout|session))`,
        `(can you|could you|please|kindly) (tell me|read me|give me) (today's|{date}|my) (workout|session) [please]`,
        `${ASK} tell me what (my workout is|today's workout is|I'm doing|I am doing|I'm training|we're doing) [today|{date}]`,
        `(I'd like to know|I want to know|I was wondering|any idea|do you know) what (my workout is|I'm doing|I am doing|I'm training|I'm meant to be doing|workout I've got|workout I have) [today|{date}|on {date}]`,
        `what (kind of|type of) (workout|session|day) (is it|do I have|have I got) [today|{date}|on {date}]`,
        `(what|which) ((workout|session) (is on|is planned|do I have|have I got|do I do|should I do)|exercises (are on|are planned|do I have|have I got|do I do|should I do)) [for|on] (today|{date}|{date})`,
        `(which exercises are in|what exercises are in) (today's|{date}) workout`,
        `will {date} be [a|my] (rest day|hiit day|strength day|cardio day|day off)`,
        `is {date} [a|my] (rest day|hiit day|strength day|cardio day|day off)`,
        `(do I have to|do I need to|should I) (train|work out|exercise) [on] {date}`,
        `(am I|are we) doing (cardio|hiit|strength|weights) [today|{date}]`,
        `(workout|training|session) for {date}`,
        `(what's|what is) today looking like [workout wise]`,
        `what did you plan for me [on|for] [today|{date}]`,
        "what's today",
        `(okay so|so|okay) what's on (for today|today|for {date})`,
        `what have I got on ({date}|today|{date}) workout wise`,
        `what workout have I got on {date}`,
        `(what's|what is) {date} workout`,
      ],
    },
    {
      name: 'WeeklyPlanIntent',
      // Its last 15 combinations matched no tuning, development or safety utterance (December 6). 3 more for "how often
      // should I {exercise}" (December 7), which pushed out "how many workouts per week do I do" (found in review).
      maxSamples: 703,
      slots: [
        { name: 'exercise', type: 'ExerciseName' },
        // A kind of day ("how often should I do strength"): how often the week has it.
        { name: 'session', type: 'SessionName' },
      ],
      patterns: [
        // Kept as patterns of their own when the last rounds of this intent were cut (December 5).
        "what is (my|the) (training|workout) schedule",
        "give me my schedule for the week",
        "(tell me|what's|what is) the weekly schedule",
        // Found in a fifth blind batch of 150 (December 4).
        "(run me through|go over|walk me through|read me|give me) (this week's|the week's) (schedule|plan|workouts)",
        "please run me through my workouts",
        // Found in a second blind batch of 100 across every feature (December 4).
        `(give me|tell me|what's) the plan for the (whole|entire) week`,
        // Found by a helper trying the console as a new user, and in the development set (December 4).
        `(give me|show me|tell me|read me) the (whole|full|entire) week`,
        `(what's|what is) (my|the) (plan|routine|schedule|program) for the week`,
        `(what's|what does) my (schedule|week|plan) look like [this week]`,
        `(when|what days|which days) are my {session} days`,
        `(when|what days|which days) are my (training|workout) days`,
        `how many (times|days) a week should I (do|be doing) {session}`,
        `how many {session} days (a week|do I have|are there)`,
        `how often should I (do|be doing) {session} (workouts|sessions|each week|a week)`,
        // Found in a blind batch of 240 (December 2).
        `walk me through (this week's|my weekly|the weekly) (schedule|plan)`,
        `which days do I do {exercise}`,
        `what does my whole week look like`,
        `how many days am I supposed to work out [this week]`,
        // Found in a blind batch of 320 (December 2).
        "how often should I be {exercise}",
        // "How often should I do hiit" asks how often the week has that move.
        `how (often|many times a week|many days a week) (should I|can I|do I need to|should you|is it safe to|is it okay to|am I supposed to) (do|be doing|train) {exercise}`,
        `how often (for|with) {exercise}`,
        `[can you] (make|give) me a [workout] plan`,
        `how often (should|can|do) I do {exercise} (each|a|per) week`,
        `how often is it (safe|okay|alright) to do {exercise}`,
        `how many (times|days) a week (for|should I do) {exercise}`,
        // "What's on this week", "what am I doing this week": the day intent hears the week as its date, and reads the week.
        `(what's|what is) the plan for the week`,
        `weekly (schedule|plan|routine)`,
        `lay out the (whole|) week for me`,
        `how many times a week am I supposed to (work out|train|exercise)`,
        "(what does|what's) this week's plan look like",
        "[the] weekly plan",
        "how often should I train (each week|a week|per week)",
        `how (many days|many times|often) (a week|each week|per week) (should I be|am I supposed to be|am I meant to be) (training|working out|exercising)`,
        `how (often|many times|many days) (am I supposed to|am I meant to|should I) (train|work out|exercise) (each|a|per|every) week`,
        `(what does|how does) (this|the|my) week look [like]`,
        `(run me through|go over|walk me through|read me) the plan (for|from) (monday to sunday|the whole week|the week|this week)`,

        `${ASK} (go over|run me through|read me|walk me through|give me) (the plan for the week|this week's workouts|my schedule for the week|the week's plan|the week)`,
        `(what's|what is) the (full|whole) week schedule [please]`,
        `how many (sessions|days|workouts) should I (do|train) (each|per|a) week`,
        `(what's|what is) (my|the) (weekly plan|weekly schedule|weekly routine|training schedule|workout schedule|schedule|program|game plan|routine|plan|timetable) [for the week|for the whole week]`,
        `(what's|what is) (my|the) (weekly breakdown|weekly timetable|sample routine|one week plan|full week schedule) [for the week|for this week|for the whole week|this week]`,
        `(give me|tell me|read me|go over|run me through|walk me through) ((the|my) (weekly plan|weekly schedule|weekly routine|week's schedule|plan for the week|schedule for the week|week's plan|whole week's schedule|workouts for the week)|this week's (plan|schedule|routine|workouts))`,
        `(can you|could you|please) (give me|tell me|read me|go over|run me through) ((the|my) (weekly plan|plan for the week|week's plan|schedule for the week|workouts)|this week's (plan|schedule|workouts))`,
        `(give me|I'd like) an overview of the week`,
        `(I'd like to|I want to) (hear|know) the (whole week's plan|weekly plan|plan for the week)`,
        `(what does|how does) (my|a|the) week [of training] (look like|look)`,
        `how is (my|the) week laid out`,
        `(how many times|how many days|how many sessions|how many workouts|how often) (a week|each week|per week) (should I|do I|do I need to) (train|work out|exercise|do)`,
        `how (often|many days a week|many times a week) (should I|do I|do I need to) (train|work out|exercise)`,
        `how (often|many times|many days) should I (train|work out|exercise) (each|a|per|every) week`,
        `how many (workouts|sessions) (a week|per week|each week) do I need`,
        `how (should I|do I) (split up|plan|organise|organize|lay out) my (week|training week)`,
        `how should my training week look`,
        `go through the (full|whole) week with me`,
        '(weekly plan|the week|week plan|my week)',
        `(so|okay|hey|alright|quick question|okay so) (what's|what is) (my|the) (weekly plan|plan|schedule|routine|training schedule|game plan) [for the week|for the whole week]`,
        `(what's|what is) this week's plan`,
        `(could|can) you go over the whole week's schedule [for me]`,
        `what does a typical week look like`,
        `how many sessions a week should I be doing [to see (some|) (decent|real|good) results]`,
        `what does my workout schedule look like [for the rest of the week]`,
        `how often should I go {exercise}`,
        `how (often|many times a week) should I go for a {exercise}`,
        // "How often should I deadlift", "… swim": the move said as a verb (it was the move's description; noticed at the
        // last stop).
        `how often should I {exercise} [each week|a week]`,
      ],
    },
    {
      name: 'StartWorkoutIntent',
      // Its last 30 combinations matched no tuning, development or safety utterance: their room went to pain said the way
      // people say it (December 6). Six more for swapping today's workout, from ThanksIntent's tail.
      maxSamples: 951,
      slots: [
        { name: 'session', type: 'SessionName' },
        { name: 'date', type: 'AMAZON.DATE' },
      ],
      patterns: [
        // Found by a helper trying the console as a warehouse worker (December 7): the lenient matcher alone.
        '(yeah|okay|alright) let\'s go',
        // Found by a helper trying the console as a tired office worker (December 7): the lenient matcher alone, or the fallback.
        "(ok|okay) fine (start it|let's go)",
        // Found trying the console as a user (December 6): to "want to start now?", the fallback.
        "(ok|okay) [fine] let's [just] start",
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "(start|kick off|begin) the {session} session",
        "let's have a go at the {session} session",
        // Found in a second blind batch of 100 across every feature (December 4).
        `(okay|alright|so) (begin|start) {session} workout`,
        // Found in a fresh batch written blind (December 4).
        `[ok|okay|fine] let's just do (the|my|today's) workout`,
        // Found by a helper trying the console as a new user, and in the development set (December 4).
        `(begin|start) today's {session} workout`,
        `[okay] let's do the {session} session`,
        `can we do a {session} routine`,
        // Tried as a user: "ok let's go" to "Want to hear how to get started?" was not understood.
        `(ok|okay|alright|right) let's go`,
        // Found by helpers trying the console as users (December 3, second round).
        `(I want to|I wanna|I'd like to|let me|can I|could I) do (a|the) {session} workout [today] instead`,
        `(can I|could I|can we) do {session} today instead of (cardio|hiit|strength|the cardio|today's workout|what's planned)`,
        // Found by a helper trying the console: "can I do hiit today instead" explained HIIT.
        // "Can I do strength instead today", "can I swap today for cardio" (found trying the console, December 6: the topic).
        `(can I|could I|can we) (do|have) {session} (today|) instead`,
        `can (I|we) do {session} instead today`,
        `can I (swap|switch) today (for|to) {session}`,
        // Found by a helper trying the console as a user (December 3).
        `[okay|yeah|alright|sure|fine] start it [then|now|please|up]`,
        `[okay|yeah|alright] let's start it [then|now]`,
        // Another day's session, done now: "start Friday's workout", "can I do tomorrow's workout today".
        `(start|begin|kick off|do) {date} workout [now|instead|please]`,
        `(let's|can we|can I|I want to|I'd like to|I wanna|I'm gonna) do {date} workout [now|instead|today]`,
        `(start|begin|do) the (workout|session) (for|from) {date} [now|instead]`,
        `(can I|can we|could I) (do|swap in|switch to) {date} workout [now|instead|today]`,
        // Found in a blind batch of 240 (December 2).
        `coach me through (my|today's) workout [please]`,
        // Found in a blind batch of 320 (December 2).
        "[okay] I'm ready let's get started",
        "[hey] can you start a {session} (session|workout) [for me] [please]",
        "begin (today's|my) workout",
        `shall we start the workout`,
        `let's get into the workout`,
        `I want to start a {session} session [before I head to work|before work]`,
        `(start|begin) (workout|exercise|exercising|training|the exercises)`,
        `let's get this workout going`,
        `[okay|alright] let's get (started|going)`,
        `kick off today's (routine|workout|session)`,
        `put me through a [quick] {session} [before bed]`,
        "[okay|alright] let's (begin|start|do) the workout",
        "[okay|um] (begin|start) {session}",
        "(um|okay) can you start a {session} (session|workout) [for me]",
        "(can we|let's) do a quick {session} (routine|session|workout)",
        "(kick off|start) my (session|workout)",
        "start the {session} (routine|session|workout) [please]",
        "let's get this workout going",
        "I'd like to (begin|start) a {session} workout [please]",
        `(I wanna|I want to|I'd like to|I'm going to|I'm gonna) (do|start) [a|some|the] {session} [workout|session|routine] [now|today]`,
        `(okay|so|alright|right) let's do (the|a|some|my) {session} [routine|session|workout]`,
        `(kick off|start|begin|do) a (quick|short|fast|long|gentle|hard) {session} [workout|session|routine]`,
        `(I'm ready|I'm ready now) let's (start|begin|go|train|work out|start training|get started)`,
        `(hey coach|coach|okay coach) (start|begin) (a|my|the) {session} (session|workout)`,

        `(start|begin|do) (a|my|the) (full body|fat burning|gentle|quick) {session} (workout|session|routine)`,
        `(start|begin|kick off|fire up) [a|my|the|some|an] {session} [workout|session|day|routine|training]`,
        `(start|begin) [a|my|the] {session} (workout|session) (today|now|instead|please)`,
        `(let's|can we|I want to|I'd like to|I would like to|please) (start|begin|kick off|do) (a|my|the|some) {session} [workout|session|routine]`,
        `(can we|let's) do [a|some] {session} [session|workout] [now]`,
        `(start|begin|let's start) [please]`,
        `(let's|I want to|I'd like to) do {session} [today|instead]`,
        `(let's get going with|let's get started with|let's crack on with|let's get stuck into|kick off|let's kick off) (today's workout|the workout|today's session)`,
        `(so|okay|right|alright|hey) (let's get stuck into|let's kick off|start|let's start) (today's workout|the workout|a workout)`,
        `(let's get this workout going|okay let's go start the workout|start me off|alright start me off)`,
        `(I want to|I'd like to) (do|start) a workout [now]`,
        `[could you|can you|please] start (today's|my|the|a) (session|workout) [please]`,
        `(start|begin|do|kick off|fire up|get going with|crack on with|get stuck into) ((my|the|today's|a|this) (workout|session|training|guided workout)|(my|the|today's|an|this) exercise session)`,
        `(let's|I want to|I'd like to|can we|can you|could you|please|I would like to) (start|begin|do|kick off) (my|the|today's|a|this) (workout|session|training|guided workout)`,
        `(let's|I want to|I'd like to|can we|time to) (train|work out|exercise|get going|start|begin) [now|today]`,
        // "Let's stretch" names the session, so the stretch session is what starts.
        `(let's|I want to|I'd like to|can we|time to) {session} [now|today]`,
        `(coach me|guide me|take me|walk me) through (it|my workout|today's workout|the workout|today's session)`,
        `(coach me|guide me|take me) through (some {session}|a {session} [workout|routine|session])`,
        `(I'd rather|I want to|I'd like to|I feel like|I would like to) (do|doing|go for) [a|some] {session} [workout|session] [today|instead|now]`,
        `(do|start) my {session} [day|workout|session]`,
        `[so] start the {session} (session|workout)`,
        `(do|let's do) (today's workout|a workout|a quick {session} workout) with me`,
        `I'm ready to (work out|train|exercise|start)`,
        `[okay] let's (lift|do) some {session}`,
        `(start|begin) (exercising|the guided workout|training)`,
        '(workout time|training time|time to work out|lead my workout|train with me|let\'s start|let\'s begin|let\'s go)',
        `I'd like to begin a {session} session [please]`,
        `(alright|okay|so) let's get today's workout going`,
        `let's get (today's|the|my) workout going`,
        `(let's|let us) do the {session} (one|workout|session) [this morning|now|tonight|today]`,
        `(okay|alright|so) let's get going on today's {session} workout`,
      ],
    },
    {
      name: 'ResumeWorkoutIntent',
      maxSamples: 607,
      patterns: [
        // Plain phrasings the development set missed (December 7).
        'can you resume my workout please',
        'could you continue the session',
        'can we continue the session now',
        "let's get on with the rest of the workout",
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "I'm back carry on with the workout",
        // Found in a fifth blind batch of 150 (December 4).
        "[okay] (carry on|continue|pick up) with the workout (where I left off|where I stopped)",
        // Found in a second blind batch of 100 across every feature (December 4).
        `(go back to|get back to|return to|resume|continue|finish) my unfinished workout`,
        `can we pick up where I left off`,
        `resume the workout I started earlier`,
        `pick up the workout I (bailed on|quit|stopped) [this morning|earlier]`,
        `pick up where I left off [this morning|earlier|yesterday]`,
        `go back to the workout I (paused|stopped) [earlier|at lunch|this morning]`,
        "(pick|get) my (workout|routine|session) back up",
        "(get me back into|take me back to) the (routine|workout|session) I (paused|stopped|left) [earlier]",
        "(resume|continue) the (session|workout|routine) I (stopped|paused|left|started)",
        "I want to finish the workout I started [this morning|earlier|today]",
        "(can I|can we) go back to my unfinished workout",
        "let me pick up where I left off",
        `(continue|resume|carry on with|finish|pick up) (the|my|that) (workout|session) (from before|from earlier|I started|I started earlier|from this morning|I was doing|we started)`,
        `(can we|let's|I want to) (continue|resume|carry on with|get back to) (the|my|that) (workout|session) [I started earlier|from before|from earlier]`,
        `(can we|let's|I want to) finish (the|my|that) (workout|session) (I started|I started earlier|from before|from earlier)`,
        `(I got interrupted|I'm back|sorry I'm back|okay I'm back) [can we|let's] (keep going|carry on|continue|finish|resume) [with] [the|my|that] [workout|session]`,

        `(resume|continue|unpause|restart|return to|jump back into|get back into|get back to|go back to|pick up) (my|the) (workout|session|training|paused session|training session) [please|now]`,
        `(can you|could you|please|okay|alright|can we) (resume|continue|unpause|pick up) (my|the) (workout|session) [please|now]`,
        `(let's|alright let's|okay let's) (resume|continue|carry on with|get back to|go back to|get back into|jump back into|get on with) (my|the|today's|the rest of the) (workout|session)`,
        `(back to|return to) (the|my) workout`,
        `(keep going|continue|carry on|get on) with (the|my) (workout|training session|session|rest of the workout)`,
        `(get the workout going again|get my workout back on|resume training|I'm back resume my workout)`,
        `pick up [my workout] where I (stopped|left off)`,
        `continue (my workout where I (stopped|left off)|where I stopped [in my workout]|where I left off in my workout)`,
        '(go back to the workout I paused|can we continue my workout from before)',
        `pick up where I (left off|stopped)`,
        'back to my workout',
        'where was I',
        `I'd like to finish the workout I started (earlier|this morning|before)`,
        `resume my earlier workout`,
        `pick up the workout where I left off`,
        `can I finish the workout I started (before lunch|earlier|this morning)`,
        `can we pick up the workout where I left off [earlier]`,
        `I had to stop my workout earlier [can we pick up where I left off]`,
      ],
    },
    {
      name: 'EndWorkoutIntent',
      maxSamples: 601,
      patterns: [
        // Found by a helper trying the console as a tired office worker (December 7): the lenient matcher alone, or the fallback.
        "[ugh] I can't do anymore",
        // Plain phrasings the development set missed (December 7).
        'end my session now',
        'could you end the session please',
        'can we wrap up the workout here',
        "please end today's workout early",
        // Found by helpers trying the console in en-CA, en-AU and en-US (December 6): the fallback.
        `I (need|have) to stop (the kids are up|my kids are up|the baby's up)`,
        // Found by a helper trying the console in Indian English (December 6): the fallback.
        `enough for (today|now)`,
        // Kept as patterns of their own when the last rounds of this intent were cut (December 5).
        "end today's (workout|session)",
        "(I want|I'd like) to stop (training|exercising) for today",
        "I want to stop the session",
        // Found in a fifth blind batch of 150 (December 4).
        "I (need|want) to (stop|end) (the|this) workout [early|now]",
        "I (need|have) to stop (working out|exercising) (for today|now)",
        "(finish|end) this (session|workout)",
        // Found in a second blind batch of 100 across every feature (December 4).
        `(end|stop|quit) this workout (now|right now|for today)`,
        `I (want|need) to (quit|stop|end) (this|the) workout`,
        // Found by a helper trying the console as a new user, and in the development set (December 4).
        `[that's enough] I'm (stopping|quitting) [now|here]`,
        // Found by a helper trying the console mid-workout (December 3): out of scope, and the workout went on.
        `[ugh] I can't do (more|much more|this anymore|it anymore|another one|another round|another set)`,
        // Found by a helper trying the console as a user (December 3).
        `I will (stop|finish) (now|here|for today)`,
        // Found by a helper trying the console as a user (December 3).
        `[okay] (I'm gonna|I'm going to|I think I'll) (stop|call it) (here|there|for today)`,
        // Found in blind batches in British, Australian and Canadian English (December 2).
        "I'm (going to|gonna) (stop|end) the workout [there|here]",
        "(I'm stuffed|I'm done|I'm wiped) let's (end|finish) the workout [there]",
        // Found in a blind batch of 240 (December 2).
        `(stop|end|finish) the (workout|session) I can't do any more`,
        `that's enough for me (finish|end) the (session|workout)`,
        // Found in a blind batch of 320 (December 2).
        "I'm (gonna|going to) stop the workout here",
        "can we finish the workout early [today] [I'm (wiped|tired)]",
        "[okay] that's it I'm (finishing|stopping) early",
        `let's call it a day [on this workout]`,
        `can we wrap up the workout early`,
        `end the workout here`,
        `let's wrap this workout up [early]`,
        `finish the (session|workout) now`,
        "(I've|I have) had enough [for today] [let's (end|stop|finish) (it|here|now)|let us (end|stop|finish) (it|here|now)]",
        "let us (end|stop|finish) (it|here|now|the workout)",
        "(stop|end|finish) the workout I (need to go|have to go|gotta go|have to leave)",
        "(ugh|okay|alright) I'm (finished|done) (end it|end it here|stop here|end the workout)",
        "(I've had enough|that's enough) (let's end it|end it|end the workout|stop the workout)",
        "that's enough for today [I'm calling it] [and] (end|ending|stop) the workout",
        "(end|stop|finish) (workout|training|session)",
        `(ugh|okay|that's it|right|honestly) (that's enough|I'm done) [with this workout|for today|with the workout]`,
        `(I quit|I'm calling it|that's enough|that's it|I'm knackered|I'm exhausted|I'm done) (end|stop|finish) (this|the|my) (session|workout)`,
        `(can we|let's|I want to|I need to) (wrap up|end|stop|call it a day on) the (workout|session) [here|now|for today]`,
        `(I want to|I need to|I'd like to) stop (training|working out|exercising) [for today|now]`,
        `[okay|alright] I'm done for (today|the day|now)`,

        `(end|stop|finish|cut short|quit) (the|my|this|today's) (workout|session) [early|short|here|now|please]`,
        `end it [now|here|please]`,
        `(I want to|I need to|can we|can you|could you|please|let's) (end|stop|finish|quit) (the|my|this|today's) (workout|session)`,
        `(could you|please|can you) (end|stop|finish) (the|my|today's) (workout|session) (early|here|now|please)`,
        `(cut the workout short|okay I'm done for now|I'm stuffed that's enough|finish the workout early)`,
        `(I'm|I am) (done|finished) [for today|for now|with this workout]`,
        // Tired alone is no end: "I'm knackered" or "I'm exhausted" closed the session at rest, and stopped a workout
        // (found by a helper trying the console in en-GB and en-AU, December 5). With "for today", it is.
        `(I'm|I am) (knackered|stuffed|exhausted) (for today|with this workout)`,
        `I'm (done|knackered|stuffed|exhausted) (end it|stop the session|end the session|stop the workout)`,
        `that's (enough|it) [for today|for me|for me today] [I'm done]`,
        `(I've had enough|I give up|no more|I'm calling it|I've got to go) [end it|end the workout|for today]`,
        `(wrap up|cut short) (my|the|this|today's) (workout|session|training) [here|now|early|today]`,
        `(let's|can we) ((stop|end it|wrap it up) [here|for today|now]|stop here [for today|now])`,
        `(let's|) call it a day`,
        `(stop|end it) here for today`,
        `I (can't|cannot) (do any more|go on) [let's end it here|let's stop the workout]`,
        `(end training|I want to stop working out|end the workout early)`,
        `end my workout early [I have to go]`,
        `that's enough for me stop the workout`,
        `I need to cut (this|the) workout short [the kids are up]`,
        `I'm (gonna|going to) call it quits on the workout [for today]`,
        `stop the workout I (gotta|have to) head out`,
        `let's finish the workout there [for today]`,
        `let's call it a day on (this|the) workout`,
        `I'm knackered let's call it a day [on this workout]`,
        `[okay|sorry] (I need to|I have to|I've got to|I got to|I gotta|I want to|I'd like to) stop [now|here|please|for today]`,
      ],
    },
    {
      name: 'SkipExerciseIntent', maxSamples: 414,
      // The exercise named ("skip the deadlifts"): skipped when it is the one coming up, else said where it is.
      slots: [{ name: 'exercise', type: 'ExerciseName' }],
      patterns: [
        // Plain phrasings the development set missed (December 7).
        'skip the rest of this exercise',
        // Found trying the console as a user (December 4): "skip the deadlifts" mid-workout was "not something I can help
        // with", and "let's skip the rows" said where rows are found.
        // Always with "the": "skip today" and "can I skip today" ask about a day off.
        `(can we|can I|let's|) skip the {exercise}`,
        `I'd rather skip the {exercise}`,
        // Found in a second blind batch of 100 across every feature (December 4).
        `I don't feel like doing this (exercise|one) [skip it|let's skip it]`,
        `(skip it|skip this one) I don't feel like (doing it|it)`,
        // Found by a helper trying the console as a new user, and in the development set (December 4).
        `I don't (wanna|want to) do this one`,
        // Found by a helper trying the console as a sceptic, an Australian and a pregnant Briton (December 3, fifth round).
        `(yeah|yes|just) skip it`,
        // Found in a blind batch of 120 across every feature (December 2).
        "[nah|no] skip (this one|it) (I hate it|I don't like it)",
        // Found in a blind batch of 320 (December 2).
        "(nah|no) I don't (wanna|want to) do this one [skip it]",
        `(nope|no) not doing this one [skip]`,
        `not doing this one skip`,
        "(leave|take) this (exercise|one|move) out",
        "(can we|could we|let's) skip (over|past) (this|this move|this one|this exercise)",
        "I (really|just) can't do this one [so] (let's|can we) [just] skip it",
        // The exercises named are the slot's (found in review: "let's skip the side plank" skipped whatever came next).
        `(can we|let's|could we|can I) skip [past] (the|this|that) (exercise|one|move)`,
        `(can we|let's|can I) skip (this|that) plank`,
        `(could we|can we|let's) skip past the {exercise}`,
        `[nope|no|nah] skip (it|this|this one|that one)`,
        `I can't do this one [so] skip [it]`,
        `not this one [give me something else]`,
        `(do one thing|just) skip this (exercise|one)`,

        `(skip|skip over|skip past|jump past|jump over|drop|leave out|pass on) (this|this one|this exercise|the exercise|this move|it|the rest of this exercise) [for me|please]`,
        `(please|can you|could you|let's|let me|I'll|I'd like to|I want to) skip (this|this one|this exercise|the rest of this exercise|it) [for me|please]`,
        `(I'd rather not|I don't want to|I do not want to|let's not|I can't) do this (one|exercise|move)`,
        `(leave this one out|give this one a miss|not this one skip it|I hate this exercise skip it|skip ahead past this exercise)`,
        `[ugh|can we|can I|let me|I want to|I'll|I'd like to] skip (this|this one|this exercise|this move|it|ahead)`,
        `skip [please]`,
        `(pass on|jump over) this one`,
        "I don't want to do this one",
        "I can't do this one [skip it]",
        'not this one',
        `I don't like this (move|one|exercise) skip it`,
        `would it be okay if I skipped this one`,
        `[nah] give this (exercise|one|move) a miss`,
        `can we skip this exercise [I'm not a fan of it]`,
        `skip (this|this one|it) (I can't do it|it's too hard)`,
      ],
    },
    // "Go to the next exercise": kept apart from skip (INTENT_ALIASES), so that, said at "say next when you're ready for
    // deadlifts", it goes on to the deadlifts, where skip would pass them (found by a helper trying the console in Indian
    // English: the deadlifts, then the rows, were skipped, and in cardio the steady pace). Mid-move, it skips the rest.
    { name: 'NextExerciseIntent', maxSamples: 40, patterns: [
        `(next exercise|move on to the next exercise|skip to the next exercise|go to the next exercise|jump to the next exercise)`,
        `[okay|alright|so|right] next (exercise|move) [please]`,
        `[okay|alright|so|right] [let's|can we|could we] (go|move|move on|jump|head|carry on|get) (on to|onto|to) the next (exercise|move) [please]`,
        `(take me|bring me) to the next (exercise|move) [please]`,
        `(let's|can we) (start|begin) the next (exercise|move)`,
      ] },
    {
      // Found by a helper trying the console: "can we just skip to the cool down" was heard as a new workout asked for.
      name: 'CoolDownIntent',
      // Its last 15 combinations matched no tuning, development or safety utterance (December 6).
      maxSamples: 109,
      patterns: [
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "(jump|skip) to the (cool down|cooldown) [please]",
        // Found in a fifth blind batch of 150 (December 4).
        "(let's|can we) go (straight|right) to the (stretch|stretches|stretching) [at the end]",
        // Not "skip the rest" (between sets, the rest before the next one) nor "the stretching" (a recovery day's own
        // work): found in review, both threw away what was left.
        `(skip|go|jump) (straight|right|) to the (cool down|cooldown)`,
        `(can we|can I|let's) [just] skip to the (cool down|cooldown)`,
        `(I want to|I wanna|can we|let's) [just] go (straight|) to the (cool down|cooldown)`,
        `take me (straight|) to the (cool down|cooldown)`,
        `skip (the rest of the rounds|the rest of the workout|the other rounds) [and cool down]`,
        `(let's|can we|I want to|I need to) cool down [now]`,
        `(start|begin|do) the (cool down|cooldown) [now]`,
        `(is it|it's) time to cool down`,
        `I('m| am) ready to cool down`,
        `skip to the (end|last part)`,
        `I('ve| have) had enough (rounds|of the rounds) [let's cool down]`,
      ],
    },
    {
      // Found by a helper trying the console: "sorry what was step three again" was heard as "start over".
      name: 'StepNumberIntent',
      // Its last 15 combinations matched no tuning, development or safety utterance (December 6), nor did 20 more, each a
      // "please" or "again" said after a form it keeps, whose room went to pain said the way people say it.
      maxSamples: 93,
      // "What's the second step": an ordinal, which AMAZON.NUMBER does not take (found in a blind batch, December 4).
      slots: [
        { name: 'step', type: 'AMAZON.NUMBER' },
        { name: 'ordinal', type: 'AMAZON.Ordinal' },
      ],
      patterns: [
        // Kept as a pattern of its own when the last of this intent's "please" and "again" forms were cut (December 6).
        'go back to step {step}',
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "could you go to step {step} [please]",
        // Found in a fifth blind batch of 150 (December 4).
        "(jump|skip|take me) to step {step} [please]",
        `[sorry] (what was|what is|what's) the {ordinal} step [again]`,
        `(go back to|back to|repeat|read|read me|tell me) the {ordinal} step [again|please]`,
        `(can you|could you) (repeat|read|read me|tell me) the {ordinal} step [again|please]`,
        `I missed the {ordinal} step`,
        `[sorry] what (was|is) step {step} [again]`,
        `(go back to|back to|repeat|read|say|read me|tell me|what's) step {step} [again|please]`,
        `(can you|could you) (repeat|read|say|go back to|read me) step {step} [again|please]`,
        `I missed step {step}`,
        `step {step} again [please]`,
        `what did step {step} say`,
        `(skip|jump|go) (ahead|forward|) to step {step}`,
        `what was step number {step}`,
      ],
    },
    {
      name: 'WhatsNextIntent', maxSamples: 262,
      patterns: [
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "what's after this one [then]",
        // Found in a second blind batch of 100 across every feature (December 4).
        `what (exercise|move) is coming up [next]`,
        `what's coming up next`,
        // Found by a helper trying the console as a new user, and in the development set (December 4).
        `(ok|okay|alright) done what's next`,
        // Found by a helper trying the console as a user (December 3).
        `what (comes|is) after (that|this) [one]`,
        `what's after (that|this) [one]`,
        `what's coming up after (these|this|this one)`,
        "[okay] (which|what) exercise is (next|coming next|after this) [then]",
        "what do we do next",
        "(after this|after these reps) what (exercise is next|exercise comes next|comes next|exercise next)",
        `(which|what) exercise (is|comes) after this [one]`,
        `(so|okay) what are we doing next`,
        `tell me what the next (move|exercise|one) is`,
        `what('ve| have) I got after (this|this one|the planks|the plank|the side plank|the supermans|the deadlifts|the rows|the bridges)`,

        `${OPENER} [can you tell me|tell me] what's (next|coming next|coming up next|up next|after this|next on the list)`,
        `what's (my|the) (next|following) (exercise|move|step|one|round|set)`,
        `what (comes|follows|is) (after|next after) (this|this one|this exercise|this lot)`,
        `what (is coming|comes) (up next|next)`,
        `what follows this [one]`,
        `what (will I be|am I|have I got|do I do|should I do) (doing next|next|after this one|after this)`,
        `what's after this (one|exercise|lot|set)`,
        `[ugh] (what's|what is|what comes|which exercise is) (next|up next|coming up|coming) [in the workout]`,
        `${OPENER} what's (the next exercise|the next one|after this|after this one|the next step)`,
        `what do I do (next|after this)`,
        `tell me what's next`,
        'and then what',
      ],
    },
    {
      // "How long is this gonna take?" (found by a helper trying the console as a busy parent): mid-workout, the time
      // left; else how long the day's workout takes.
      name: 'WorkoutLengthIntent',
      maxSamples: 90,
      // "I've got about half an hour", "what can I do in 10 minutes": time had, weighed against the workout's length.
      // "How long is the HIIT workout": the next day that has one.
      slots: [{ name: 'date', type: 'AMAZON.DATE' }, { name: 'had', type: 'AMAZON.DURATION' }, { name: 'session', type: 'SessionName' }],
      patterns: [
        // Found trying the console after a workout (December 7): the fallback. Done, what it took.
        "how long did (that|it|that workout|the workout|my workout|today's workout) take [me]",
        "how long was (that|that workout|my workout|today's workout)",
        // Found by a helper trying the console on a strength day (December 6): today's length, not the HIIT's.
        'how long is the {session} workout',
        // Always with "workout": "how long is the rest", "the warm up" ask about rests and the warm-up (found in review).
        'how long is (a|my) {session} workout',
        'how long (does|will) (the|a|my) {session} workout take',
        'how much time does (the|my) {session} workout take',
        'how many minutes is (the|a|my) {session} workout',
        // Found by helpers trying the console: the fallback, a log ("Tell me what you did"), or the concern "hour".
        'what (can|should) I do (in|with) {had}',
        "(I've got|I have|I only have|I've only got) {had}",
        "(I've got|I have) (about|like) {had}",
        "(I've got|I have) {had} what should I do",
        // Found by a helper trying the console, just after hearing the day's workout (December 6): the fallback.
        'how long is it',
        // Kept as patterns of their own when the last rounds of this intent were cut (December 5).
        "how much time (does|will) my workout take",
        // Found in a fifth blind batch of 150 (December 4).
        "how (many minutes|long) is (this|the|today's) (workout|session) (gonna|going to) take",
        "how many minutes is today's workout",
        // Found in a second blind batch of 100 across every feature (December 4).
        `how many minutes (will|does) (this|today's) workout take`,
        `how long will this take`,
        `how long (does|will) (the|this|my|today's) workout take`,
        `how long is (the|this|today's|my) workout`,
        `${OPENER} how long is (the|this|today's|my|the whole|this whole) (workout|session) [today]`,
        // Not "how long does it take": "… to work", "… to lose my back fat" ask about results (found in review).
        `${OPENER} how long (does|will) (this|the workout|today's workout|this workout|my workout|the session|this session) take [today]`,
        `[ugh|so|okay|alright] how long is (this|it|the workout) (gonna|going to) (take|be)`,
        `how much time (does|will) (it|this|the workout|today's workout|my workout) take`,
        `how much time do I need [for (the|today's|this|my) workout] [today]`,
        `how much time should I (set aside|put aside|block out) [for (the|today's|my) workout]`,
        `how many minutes (is|will) (the|today's|this|my) workout [be|take]`,
        `how long is {date} workout`,
        `how long (does|will) {date} workout take`,
        `how long (is|will) (the|my) workout (be|take) {date}`,
      ],
    },
    {
      name: 'HowManyLeftIntent', maxSamples: 488,
      // "How many reps of hip thrusts should I do": the dose of the exercise named, at the user's level.
      slots: [{ name: 'exercise', type: 'ExerciseName' }],
      patterns: [
        // Found by helpers trying the console as a tired parent and an older British user (December 7).
        "is (this|it) almost over",
        "almost done",
        "how many exercises are (there|remaining|left)",
        // Found by helpers trying the console in en-CA, en-AU and en-US (December 6): the fallback.
        `what am I on [now]`,
        // Found in a fifth blind batch of 150 (December 4).
        "how many more (exercises|moves|sets) (do I have|have I got|are there) [left]",
        // Found by a helper trying the console as a sceptic, an Australian and a pregnant Briton (December 3, fifth round).
        `(what|which) (set|number|round) am I on`,
        // Found by a helper trying the console (December 3, fourth round): these reached a summary with no numbers.
        `how many (reps|sets) (of|for) {exercise} [should I do|do I do]`,
        `how (long|many seconds) (do I hold|should I hold|to hold) (the|a) {exercise}`,
        // Found by a helper trying the console mid-HIIT: "how many minutes to go" was heard as a topic.
        `how many minutes (to go|left|are left|have I got left|do I have left) [in this one|in the workout]`,
        `how many more minutes`,
        // Found by a helper trying the console as a user (December 3).
        `(what|which) (set|round|exercise) am I on [now]`,
        `how much time is (remaining|left) [in this one|in this part]`,
        // Found in a blind batch of 120 across every feature (December 2).
        "how many [more] (do I have|have I got|are there) left",
        // Found in review: mid-workout fillers.
        "[so|okay] what (have I got|do I have|is) left",
        "how many more (do I have|have I got|are there)",
        // Found in a blind batch of 320 (December 2).
        "how many more (sets|exercises) (do I have|are left)",
        "how much longer (do I have|is left)",
        `am I almost done [with this workout|with the workout|yet]`,
        "(are we|am I) (almost|nearly) (done|finished|there) [yet]",
        "is this the last (one|set|exercise)",
        "how many of (these|them|those) [do I (do|have to do)]",
        "(is that|was that) (it|all|everything) [for today]",
        "(was that|is that) the last (one|exercise|set)",
        "(are we|am I) (done|finished) [yet]",
        "[ugh] how many more [sets|reps|exercises|to go]",
        "how many (exercises|sets) (remaining|to go|left)",
        "how much of the (workout|session) is left",
        "[ugh] (I'm exhausted|I'm dying|my arms are burning) how (many sets|many more|much) (do I have left|is left|to go)",
        `how many more (do I have to do|have I got to do|do I have left|to go)`,
        `how (long|much longer) (till|until) this is over`,
        `how much is left (in|of) (this|the) workout`,

        `[oh man|right|I'm dying here] how many (exercises|sets|reps|rounds|moves) (left|are left|to go|remain|more|are there left|have I got left|have I got to go)`,
        `how (much longer|long to go|much more) [is this|of this|is left|have I got]`,
        `(am I|are we) (almost|nearly|close to) (finished|done|there|the end)`,
        `is (this|the workout) nearly (over|done|finished)`,
        `(please tell me|tell me) (we're|I'm) (nearly|almost) done`,
        `how long (until|till|before) (the workout's over|the workout is over|we're done|I'm done|it's over)`,
        `[oh man|right|I'm dying here] how many more (of these|have I got|to go)`,
        `[oh man|right|I'm dying here] how many (left|more|to go|more to go|are left|exercises are left|rounds are left|rounds left|sets left|more sets|more exercises|more rounds)`,
        `how many (sets|rounds|exercises) do I have left`,
        `how (much|long) (longer|is left|till we're done|until we're done) [is this workout]`,
        `how much (of the workout|time) is left [in the workout]`,
        'how far (along|through) am I',
        `how many more sets do I have to do on this one`,
        `how many (reps|sets|rounds) (do I do|am I doing|is it|should I do)`,
        `how many (reps|sets)`,
        `how long do I hold (it|this|each one|the hold)`,
        `are we done [yet]`,
      ],
    },
    {
      // 4 more (December 7) for this stop's phrasings, whose places in its last combinations cost a development
      // utterance ("sorry can you explain how to do the current exercise one more time").
      name: 'HowToCurrentIntent', maxSamples: 438,
      patterns: [
        // Found by a helper trying the console as a tired office worker (December 7): the lenient matcher alone, or the fallback.
        "what's this (exercise|one|move) called",
        "wait what's this one",
        // Found trying the console mid-workout (December 7): the fallback, or a level.
        `show me the form`,
        `what's the form [again]`,
        // Plain phrasings the development set missed (December 7).
        'how do I do the current exercise',
        'could you tell me how to do this exercise',
        // Found by a helper trying the console as a first-timer (December 6): "I don't know that one yet". Mid-workout the
        // move under way (found in review: as help, it lost the move); with nothing under way, how the plan works.
        'what is this [exactly]',
        // Found in a fifth blind batch of 150 (December 4).
        "[wait|sorry|hang on] how (am I supposed to|should I) do this (move|one|exercise)",
        // Found in a second blind batch of 100 across every feature (December 4).
        `[can you|could you] explain this (move|exercise|one) to me`,
        `(can you|could you) explain this (move|exercise|one)`,
        // Found by a helper trying the console as a user (December 3).
        `[wait|so|okay|um] what do I do (here|in this one|for this one|on this one|with this one|in this part)`,
        `[wait|so|okay] what am I supposed to do (here|in this one|for this one|with this one)`,
        // Found in a blind batch of 320 (December 2).
        "wait how am I supposed to do this (one|exercise)",
        // Found in review: "stuck" once named the plateau topic.
        "(I'm|I am) stuck (how do I do this|what do I do|on this one)",
        "(could you|can you) explain how to do this one again",
        `how am I supposed to do this one`,
        `I don't get this (move|one|exercise)`,
        `what's the right way to do (this|this one|this move)`,
        "[sorry] (can you|could you) explain ((this exercise|the current exercise|how to do the current exercise) [again|one more time]|how to do this one [again])",
        "(I'm confused|I'm lost) what am I supposed to (be doing|do) here",
        `[wait|sorry] what am I (supposed|meant) to (do|be doing) here`,
        `what's the (proper|right|correct) (form|way|technique) for this [one|exercise]`,
        `remind me how this (exercise|one|move) goes`,
        `[sorry] how does this (one|exercise|move) work`,

        `[hmm|wait|sorry] how (do I|do you|should I|am I meant to|am I supposed to) do ${THIS_EX} [again]`,
        // "How does", never "how do this one go" (24 such samples were in the model until December 6).
        `[wait] how does (this|this one|this exercise) (work|go) [again]`,
        `(what's|what is) this (exercise|one|move) [again]`,
        `${CAN_YOU} (explain|show me|tell me) how to do ${THIS_EX}`,
        `(explain|walk me through|teach me|talk me through|remind me how to do|give me instructions for|show me) (this|this one|this exercise)`,
        `(can you|could you) (explain|walk me through|talk me through|show me) (this|this one|this exercise)`,
        `remind me how this one goes`,
        `(what are the steps for|what's the form for|what's the technique for|what's the right way to do|what's the correct way to do|what's the right form for) (this|this one|this exercise)`,
        `(what's|what is) the (correct|right|proper) form here`,
        `(I don't know|I'm not sure|I've forgotten|I forgot) how to do (this|this one|this exercise)`,
        `how should I be doing (this|this one|this exercise)`,
        `what (position|stance) (am I meant to be|should I be|am I supposed to be) in`,
        'what am I supposed to do here',
        `(show me how|how is this done|how's this done|how is this one done|how's this one done) [again]`,
        `I'm not sure I'm doing this right [how is it supposed to go]`,
        `explain this move`,
        `what am I (meant|supposed) to be doing with my (legs|arms|hands) here`,
        `how's this one go`,
        `[sorry] how am I (meant|supposed) to be doing this (exercise|one|move)`,
        `[so] how am I (supposed|meant) to do this (one|exercise|move)`,
        `which (one|exercise|move) is this`,
        `what (exercise|move) is this`,
        `explain (it|this|this one|that) again`,
      ],
    },
    {
      name: 'ExerciseHowToIntent',
      // Its last 15 combinations matched no tuning, development or safety utterance (December 6), nor did 36 more, whose
      // room went to pain said the way people say it ("my knee hurts a bit").
      maxSamples: 457,
      slots: [{ name: 'exercise', type: 'ExerciseName' }],
      patterns: [
        // Plain phrasings the development set missed (December 7).
        'could you tell me how to do a {exercise} properly',
        'how do you do {exercise} properly',
        // Kept as a pattern of its own when this intent's tail was cut (December 6): the personas set says it.
        'could you please explain how to do {exercise}',
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "how (does one|would I go about) (do|doing) (a|the|) {exercise}",
        "what is the correct way of doing {exercise}",
        "how do you do the {exercise} then",
        // Found in a fifth blind batch of 150 (December 4).
        "(what's|what is) the (right|proper) way to do (a|an|the|) {exercise}",
        "[okay|so] how (are|is) (a|an|the|) {exercise} done",
        "how do you do (a|an|the|) {exercise}",
        // Found by a helper trying the console as a user (December 3).
        `[no] [wait] (show|teach|tell) me the {exercise} instead`,
        // Found in a blind batch of 120 across every feature (December 2).
        "(can you|could you|please|) (tell|show|teach) me how to do {exercise} please",
        // Found in a blind batch of 240 (December 2).
        `what's a {exercise}`,
        `explain the {exercise} to me`,
        `walk me through the {exercise} step by step`,
        // Found in a blind batch of 320 (December 2).
        "how do I do (a|an) {exercise} please",
        `how am I (meant|supposed) to do {exercise} [without hurting myself]`,
        `how do I do a {exercise} without (falling over|hurting my back)`,
        `can you explain how to do a {exercise} without hurting my back`,
        `how's (a|the) {exercise} done`,
        `how do I (actually|) do {exercise} the right way`,
        `{exercise} how do you do (those|them|that|it)`,

        `${OPENER} how (do I|do you|should I|to|can I|would I|does one|am I meant to|am I supposed to) (do|perform) {exercise} [properly|correctly|right]`,
        `${ASK} (tell me|show me|explain) how to (do|perform) {exercise} [properly|please]`,
        `${ASK} (teach me|show me|explain|walk me through|help me with|talk me through) {exercise} [please]`,
        `(teach me|show me|explain) how to (do|perform) {exercise}`,
        `(what's|what is) the (form|technique|right form|proper form|correct form|correct technique|right technique|right way|correct way|proper way|best way) (for|to do) {exercise}`,
        `(I want to|I'd like to|I would like to) (learn|know how to do|learn how to do) {exercise}`,
        `(I'd like to know|I want to know|I would like to know|I was wondering|any idea) how (to do|you do|I do) {exercise}`,
        `${OPENER} how (is|are) {exercise} (done|meant to be done|supposed to be done|performed)`,
        `how (should I|do I|do you|to) {exercise} (to lose fat|to burn fat|for fat loss)`,
        `how do I go about {exercise} [for fat loss]`,
        `(what's|what is) the right way to {exercise} [for fat loss]`,
        `(kindly|please) (explain|tell me) how to do {exercise}`,
        `(instructions|steps|directions) for {exercise} [please]`,
        `how do I do the {exercise} exercise`,
        `(teach me|show me) how to {exercise}`,
        '{exercise}',
        `how's (the|a) {exercise} done`,
        `can you talk me through how to do (a|the|) {exercise}`,
        `how do (I|you) do (a|the|) {exercise} (properly|correctly) [without hurting my (lower back|back)]`,
        `how do you do (a|the|) {exercise} [I've never done one before]`,
        `how do (I|you) do (a|the|) {exercise} with (dumbbells|one dumbbell|a dumbbell|a kettlebell|water bottles)`,
        `how do (I|you) do (a|the|) {exercise} (at home|on the couch at home)`,
        `how do (I|you) do (a|the|) {exercise} without rounding (my|your) back`,
        `how should I be doing (a|the) {exercise}`,
        `[right] how am I (meant|supposed) to do {exercise} [without hurting myself]`,
        `how do I (actually|) do (a|the) {exercise} session [properly]`,
      ],
    },
    {
      name: 'AllStepsIntent',
      maxSamples: 358,
      slots: [{ name: 'exercise', type: 'ExerciseName' }],
      patterns: [
        // Plain phrasings the development set missed (December 7).
        '[just] tell me all the steps for the {exercise}',
        'can you list all the steps for the {exercise}',
        'could you tell me all the steps together',
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "(read me|explain) (every step|the steps) of (the|a) {exercise} [from start to finish|one by one]",
        // Found in the development set (December 4, second pass).
        `(can I hear|tell me|give me) the whole thing in one go`,
        // Found in a blind batch of 240 (December 2).
        `read out all the steps for the {exercise} [without stopping]`,
        // Found in a blind batch of 320 (December 2).
        "what are all the steps (of|for) a {exercise}",
        `run me through all the steps for [the] {exercise}`,
        `read me every step for [the] {exercise} all at once`,
        `tell me the whole {exercise} in one go`,

        `(read me|read out|read|tell me|give me|say|list) (all the steps|every step|the whole list|the full instructions|all the instructions|the whole thing)`,
        `(just|) (give me|tell me|read me) (all the steps|every step|the whole thing) (at once|together|in one go|please)`,
        `(read|give me) (all of them|the lot)`,
        `(just|can you|could you|please) (read me|read out|tell me|give me|say) (all the steps|every step|the whole thing|all the instructions) [at once|together|in one go]`,
        `[can you|could you] (read me|read out|tell me|give me|list) (all the steps|every step|the full instructions) (for|of) [the] {exercise} [at once|in one go|please]`,
        `(all steps|all the steps|every step) [for {exercise}|of {exercise}] [please|at once|in one go]`,
        `what are all the steps [for {exercise}]`,
        `(I want|I'd like|give me) all the steps [at once|in one go|together]`,
        `(the whole set of steps|all of the steps) [please]`,
        `(don't go step by step|not one at a time) [just] (read the lot|give me all of them|read them all)`,
        `I don't want them one at a time [give me all of them|read them all]`,
        '(read them all|list every step|the whole list|read the lot)',
        `could you just tell me every step at once`,
        `read out all the steps at once`,
        `give me every step for (the|) {exercise} in one go`,
        `read me every step for the {exercise} in one go`,
        `read out all the steps in one go`,
      ],
    },
    {
      name: 'ExerciseListIntent',
      maxSamples: 662,
      patterns: [
        // Plain phrasings the development set missed (December 7).
        'which exercises can you help me with',
        'what kind of exercises do you teach',
        // The skill's first question, as a helper trying the console as an Indian user asked it (December 5): heard as
        // nothing, or "Sorry, I didn't get that" over a list's "want the other 2?".
        `which (exercise is|exercises are) best for back fat`,
        `what's the best exercise for back fat`,
        `best exercises for [lower] back fat`,
        `what (exercise|exercises) (burns|gets rid of) back fat`,
        // Found in a blind batch of 120 across every feature (December 4, third).
        `list [all] the exercises`,
        `which exercises are in (my|the) workout`,
        // Found in a second blind batch of 100 across every feature (December 4).
        `(which|what) exercises are in (the|your) (program|plan)`,
        // Found in blind batches in British, Australian and Canadian English (December 2).
        "what are the best exercises for [lower] back fat",
        "what is the best exercise for [lower] back fat",
        // Found in a blind batch of 120 across every feature (December 2).
        "(so|okay|um) (which|what) exercises (do you have|do you know|can you teach me|are there)",
        "(what|which) exercises (are good for|help|help me) (getting rid of|losing) [lower] back fat",
        // Found in a blind batch of 240 (December 2).
        `which (moves|exercises) are in this (program|plan)`,
        // Found in a blind batch of 320 (December 2).
        "exercises",
        "[so] what moves are best for my lower back",
        `(which|what) (moves|exercises|workouts) (help|work) (with|for|on) (back fat|lower back fat|my back fat|these back rolls)`,
        `(rattle off|list|name|run through) (the|your|all the) exercises`,
        `give me the rundown of (every|all the|each) [back fat] exercise [you know|you have]`,
        `(got|have you got|do you have) any (moves|exercises) for (my back|back fat|these back rolls|my back rolls)`,
        `what (kind|kinds|sort) of exercises are in this program`,
        "(which|what) exercises (work|target|hit) (my lower back|back fat|the lower back|lower back fat|my back fat|my lower back fat) [best]",
        "what exercises will I be doing",
        "what exercises (target|work on|are for) back fat",
        `what (kind|kinds|sort) of exercises (are in|does|do you have in) (this skill|this plan|the plan|the program)`,
        `(do you know|have you got|do you have) (any|some) (other|more) exercises`,

        `(what|which) (exercises|moves|kind of exercises) (can you|do you) ((teach|show|coach) [me]|know|cover|help me with|have)`,
        `(what|which) (exercises|moves) (can I learn|are there|are included|do you have) [here]`,
        `(list|name|tell me|give me|run through) (the|your|all the) (exercises|moves) [you can coach|you know|you teach]`,
        `(can you|could you|please) (list|name|tell me) (the|your|all the) exercises [you teach|you know|you can coach]`,
        `give me the list of exercises`,
        // Found by a helper trying the console: "what exercises should I do to lose back fat", the skill's first question,
        // reached the fallback.
        `(what|which) exercises (should I do|can I do|do I do) [for back fat|for my lower back|to lose back fat|to lose my back fat|to get rid of back fat|to reduce back fat]`,
        `(what|which) exercises will I do [for back fat|for my lower back]`,
        `(what are|which are) (the|all the) (exercises|moves|best exercises for lower back fat|exercises for back fat)`,
        `what all exercises are there`,
        `what can you teach me`,
        `(I'd like to know|I want to know) (which|what) exercises you (cover|teach|know)`,
        `(what|which) exercises (help|work|are good for|should I do for) (my|the) lower back`,
        `(what|which) exercises help with (lower back fat|back fat)`,
        `run through the exercises you know`,
        `what exercises are good for (lower back fat|back fat|the lower back|my lower back)`,
        `(what|which) moves (work|target|hit) the lower back`,
        `(what|which) exercises (have you got|do you have)`,
        `(which|what) (exercises|moves) are (best|good) for (lower back fat|back fat)`,
        `which (exercises|ones) (are there|should I do)`,
        `which exercises do you (teach|know)`,
        `(which|what) exercises are (best|good) for (the|my) lower back`,
      ],
    },
    {
      name: 'CalorieBurnersIntent', maxSamples: 442,
      patterns: [
        // Plain phrasings the development set missed (December 7).
        'how do I burn off extra calories',
        'which activities burn the most energy',
        'what burns more calories running or swimming',
        // Found in a blind batch of 120 across every feature (December 2).
        "what (kind|type|sort) of (exercise|exercises|workout) (burns|burn) the most calories",
        // Found in a blind batch of 320 (December 2).
        "which activities burn the most (fat|calories) [like calorie wise]",
        `(biggest|best|top) calorie burners`,
        `what's the best thing for burning (lots of|loads of|heaps of|) calories`,
        `(which|what) (workouts|exercises|activities) (torch|burn|blast|melt) [the most] calories [fastest|the fastest|quickest]`,
        `what (activities|exercises|workouts) burn the most`,
        `what should I (be doing|do) if I want to burn (as many calories as possible|the most calories|lots of calories)`,
        `what gives (me|you) the (most|biggest) calorie burn [for my time|for the time]`,
        `what's the biggest bang for (my|the) buck calorie wise`,
        "what's the best cardio for (fat loss|burning fat|back fat)",
        "best (calorie burning|fat burning) (exercises|workouts|activities)",
        "which activities burn the most (fat|calories)",
        "what helps (burn extra calories|burn more calories) [during the day]",
        `(what's|what is) the best (exercise|workout|activity) for burning (calories|fat)`,
        `(what|which) (workouts|exercises|activities) burn a lot of (calories|fat)`,
        `(what|which) (activity|exercise|workout) burns (calories|fat) (fastest|the fastest|quickest)`,
        `[I was wondering] which (exercises|workouts|activities) (torch|burn) the most (calories|fat)`,

        `how (do I|can I|should I) (burn|torch|burn off) (calories|more calories|fat|more fat|extra calories|some calories) [faster]`,
        `(what|which) (exercises|workouts|activities) burn (the most calories|calories|fat|the most fat|the most energy|calories fastest|fat fastest)`,
        `(what are|give me|tell me) (the|some) (best|good|) (calorie burning|fat burning) (exercises|workouts)`,
        `what are (good|the best) (calorie burning|fat burning) exercises`,
        `(what|which) (cardio|kind of cardio) (should I do|is good|is best|is good for fat loss|do you recommend)`,
        `(best cardio|the best cardio) for fat loss`,
        `what [exercise] burns [the most] (fat|calories) [fastest|quickest]`,
        `what exercise burns (fat|calories) (fastest|quickest)`,
        `(what's|what is) (a good|the best) (fat burning|calorie burning) workout`,
        `(what's|what is) good for burning (fat|calories)`,
        `what should I do to burn more calories`,
        `(any ideas|any tips) for burning calories`,
        `what are the calorie burners`,
        `${ASK} suggest some exercises to burn (calories|fat)`,
        `tell me about calorie burning exercises`,
        `what's the best way to burn fat`,
        'calorie burning exercises',
        `(I would like to|I'd like to|I want to) know (which|what) activities burn the most calories`,
        `(what's|what is) the best calorie burner`,
        `what burns more calories (running or swimming|walking or running|cycling or running|swimming or cycling|running or cycling)`,
        `(what's|what is) the best way to burn (heaps of|lots of|more|the most|loads of) calories`,
        `what (should|can) I do to burn more calories`,
        `(what's|what is) the best cardio to burn (heaps of|lots of|more|the most) calories`,
        `(what's|what is) the best way to burn calories`,
        `how can I burn more calories [when I'm (sat|sitting) down most of the day]`,
      ],
    },
    {
      name: 'TopicIntent',
      // 4 more for tiredness said with "I am", and 2 for whether a move suits a beginner (December 6), so none before is
      // pushed out. The development set's plainest misses (December 7) took the places of the last round's combinations,
      // which no labelled utterance matched, and its last 10 paid for plain phrasings of 21 other intents the development
      // set missed ("end my session now", "can I spot reduce my lower back", "read me the rest"), and 14 more for an age
      // said with what is wrong ("I'm 60 and I have a bad knee", "I'm 60 and I've got a bad back"), and one for a day off
      // asked for instead. Its last 8 paid for a sharp pain said after "ow" and a racing heart with a dizzy feeling, and
      // two more for the slot values of thoughts of ending one's life ("suicidal", "feeling suicidal", December 7).
      maxSamples: 2545,
      slots: [
        { name: 'topic', type: 'TopicName' },
        { name: 'exercise', type: 'ExerciseName' },
        { name: 'other', type: 'ExerciseName' },
      ],
      patterns: [
        // Found by a helper trying the console as a warehouse worker (December 7): the lenient matcher alone.
        '(is|are) {topic} okay once (a week|in a while)',
        'can I (have|eat) {topic} once a week',
        // Short questions the last rounds held ("is it better to lift or do cardio", "how do I lose upper back fat", "how to
        // increase metabolism", "should I do cardio", "is yoga enough for back fat", "okay tell me about swimming"), kept first when the stretches below and two rest days pushed them out.
        'is it better to {topic}',
        'how do I lose {topic}',
        'how to increase {topic}',
        'should I do {exercise}',
        'is {topic} enough for back fat',
        'okay tell me about {exercise}',
        // Stretches for a stiff back (found by a helper trying the console as a warehouse worker: "what stretches are good
        // for a stiff lower back" and "give me a stretch for my back" reached the fallback).
        'what {topic} (are good|should I do|help) [for (my|a stiff) (back|lower back)]',
        '(give me|show me) (a|some) {topic} for my (back|lower back)',
        'any good {topic} for my (back|lower back)',
        // Found trying the console (December 7): how fast or how long to walk, run or swim ("how often" is the plan's).
        "how (fast|long) should I {exercise} [for|each day]",
        // The development set's plainest misses (December 7): "is spot reduction a myth", "are side planks worth it",
        // "is protein important for losing back fat", "how do I lose belly fat too", "do glute bridges help with back fat".
        '(is|are) {topic} a myth',
        // Not "safe to do": mid-workout, "is it safe to do" took "it" for a move, and taught the deadlift (found in review).
        '(is|are) ({exercise}|{topic}) (worth it|worth doing|any good)',
        '(is|are) {topic} important [for (fat loss|losing fat|losing back fat)]',
        '(does|do) {topic} affect (fat loss|back fat)',
        'should I {topic} more often',
        'how long should I {topic} for',
        'how (do|can) I {topic} (too|as well)',
        'how many {topic} (should I do|do I need) [a day]',
        '(does|do) {exercise} (burn|help with) back fat',
        '(can|does) {topic} make (me|you) hold on to fat',
        'how do I manage my {topic}',
        'will {topic} ruin my progress',
        'can I eat {topic} once in a while',
        '(is|are) {exercise} good for the lower back',
        'does {topic} burn more calories',
        'so does {topic} really make a difference',
        'what (do|does) {exercise} actually do for me',
        'is it enough to {topic}',
        'could you tell me why {topic} is important',
        // Found by a helper trying the console as a 52-year-old (December 6): "ugh I am so tired" mid-workout reached the
        // fallback. Through the topic's slot, as "I'm feeling tired" is: mid-workout a pause, outside one the tired day's
        // answer (found in review: as a pause, outside a workout it closed the session).
        `[ugh] I am (so|really) {topic}`,
        // Found by a helper trying the console as a first-timer (December 6): "I don't know that one yet", or the fallback.
        'is {exercise} (okay|safe) for beginners',
        // Kept as patterns of their own when the last rounds of this intent gave room to the skill's first question (December 5).
        'does {topic} affect back fat',
        'so does {topic} matter',
        'is {topic} good for recovery',
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "what muscles does (a|the) {exercise} (actually|) work",
        "how long should a {exercise} (session|workout) last",
        "why does everyone say {exercise} is so good",
        "does just {exercise} (actually|) burn fat",
        "what foods are high in {topic}",
        "does getting {topic} really matter for fat loss",
        "what {topic} do I need [for this]",
        "should I cut out {topic} [completely]",
        "am I allowed to have {topic} [now and then]",
        "does {topic} help burn fat",
        "how bad is {topic} for (this|back fat)",
        "are {topic} worth buying",
        "should I {topic} before every workout",
        "does eating {topic} (really|) make you fat",
        "is {topic} (gonna|going to) ruin everything",
        // Found in a fifth blind batch of 150 (December 4).
        "(is|are) ({exercise}|{topic}) (actually|really|) good for (getting rid of|losing) (back fat|lower back fat)",
        "(does|do) {topic} have anything to do with (back fat|losing fat|my weight)",
        "how (does|do) {topic} affect (my weight|back fat|fat loss)",
        "(is|are) [a] ({exercise}|{topic}) a (decent|good) way to (burn fat|lose fat|lose weight|lose it fast)",
        "should I (focus on|prioritize|stick to) {topic}",
        "[so] how long (until|before) I (actually|finally) {topic}",
        "(is|are) ({exercise}|{topic}) any good for (this|me)",
        "(does|do) [my] {topic} (really|actually) (make a difference|matter)",
        "how many {exercise} should I (walk|take|get) (each day|a day|per day)",
        "what (role|part) (do|does) {topic} play",
        // Found in a second blind batch of 100 across every feature (December 4).
        `do (those|these|the) {topic} (actually|really) work`,
        `do {topic} (actually|really) work`,
        // Found in a fresh batch written blind (December 4).
        `how long (does it|will it) take {topic}`,
        `does {topic} (help me lose weight|matter for fat loss)`,
        `is ({topic}|{exercise}) a good workout`,
        // Found by a helper trying the console as a new user, and in the development set (December 4).
        `does {topic} (really|actually) matter for (fat loss|losing fat|losing weight)`,
        `how much {topic} am I supposed to drink [a day]`,
        // Found by a sceptic trying the console: "is swimming better than running" praised swimming alone.
        `(is|are) {exercise} better than {other} [for back fat]`,
        `(which|what) is better {exercise} or {other}`,
        `what's better {exercise} or {other}`,
        `{exercise} or {other} (which is better|which one is better)`,
        `{exercise} (vs|versus) {other}`,
        `should I do {exercise} or {other}`,
        `what's the difference between {exercise} and {other}`,
        `(is|are) {topic} better than (crunches|planks|sit ups)`,
        `where (does|do) {topic} come from`,
        `(what is|what's) {topic} based on`,
        `where did you get {topic} [from]`,
        `does {topic}`,
        `should I (do|try|go on|be on) {topic}`,
        `how (much|many) {topic} (should|can) I (eat|have) [a day]`,
        `(is|are) {topic} any good`,
        `(does|do) {topic} (work|help) [for back fat]`,
        // Found by helpers trying the console as users (December 3, second round).
        `is {exercise} (safe|okay|bad) for (my back|my lower back|the back|my spine)`,
        `is it (safe|okay) to do {exercise} [with a weak back|for my back]`,
        `(will|would|does|do) {topic} (help|work) [for back fat|to lose back fat]`,
        `can I (eat|have) only {topic} [to lose (fast|weight|fat) quickly|to lose fast]`,
        `I (don't|do not) have {topic} [at home|what do I do|what should I use]`,
        `(what can I|what do I|what should I) use instead of {topic}`,
        `[ugh|honestly] I'm {topic} [honestly|today|right now]`,
        // Found in blind batches in British, Australian and Canadian English (December 2).
        "why should I eat {topic}",
        "quick question how much {topic} do I need",
        "alright talk to me about {topic}",
        "does {topic} really help with fat loss",
        "does {topic} make it harder to lose (fat|weight|back fat)",
        "how much {topic} should I be having",
        "(is|are) {topic} worth it",
        "does it matter if I have {topic} [at the weekend|on the weekend|on weekends]",
        "how much {topic} do I need to lose (fat|weight)",
        // Found in a blind batch of 120 across every feature (December 2).
        // Found in review: "what is the best time to work out" started a workout.
        "(what is|what's|when is|when's) the {topic} [for me|for fat loss]",
        // Bare, a catch-all ("what is my level again"): the settings and the day's workout have their own samples.
        "(what is|what are) {exercise} [exactly|anyway]",
        "what's {exercise} (exactly|anyway|again)",
        "how much {topic} (am I supposed to|do I need to|should I) (drink|eat|have|get) [a day|per day|every day]",
        "should I (be doing|do) {topic} [or both]",
        "(I've|I have) {topic} and (I'm|I am) stuck [what do I do|what should I do|what now]",
        "do I need (any|) {topic} for (this|these|the workouts|this workout|it)",
        // Found in a blind batch of 320 (December 2).
        "how much {topic} should I (be eating|eat) [to lose back fat]",
        "why is {topic} [so] important [for (losing fat|fat loss)]",
        "does {topic} [really] matter [for (losing fat|losing back fat)]",
        "I've been (super|really) {topic} [at work] does that (mess with|affect) fat loss",
        "what's {topic} got to do with (back fat|belly and back fat)",
        "what happens if I do the exercises with {topic}",
        "how (fast|quickly) should I {topic} [to my deadlifts]",
        "is it (ok|okay) to do {topic}",
        "{topic} which one is better",
        "should I {topic}",
        "can I still have a couple {topic} [on the weekend]",
        "can I still eat {topic} [sometimes] [or nah]",
        "is {topic} good for losing back fat",
        "I have (zero|no) {topic} [today] [help]",
        "how do I {topic} [I've never worked out before]",
        "does my {topic} slow down when I diet",
        "how many {topic} should I be getting",
        "why {exercise}",
        "(are|is) {exercise} good for my lower back",
        "how much {exercise} should I be doing",
        "does {exercise} help [me] get rid of back fat",
        `how many hours of {topic} do I need [to lose fat]`,
        `(could|can|does) {topic} (be making me fatter|make you fatter|make you gain weight|make me gain weight|make you put on weight)`,
        `(is|are) ({exercise}|{topic}) a (bad|good) idea`,
        `is it (just|all|only) [in] {topic}`,
        `why bother (with|doing|) ({exercise}|{topic})`,
        `(I've|I have) (completely|totally|) lost my {topic} [any advice|what do I do]`,
        `(is|are) [the] ({exercise}|{topic}) worth (trying|a go|a try)`,
        `({exercise}|{topic}) what's the point`,
        `how much {topic} do (you reckon|you think) I need`,
        `(what does|what's) {topic} (have|got) to do with (it|burning fat|fat loss|back fat)`,
        `(does|do) ({exercise}|{topic}) (even|actually|really) help`,
        `(is|are) {exercise} good for (lower back|back|lower back fat|back fat|health)`,
        `(benefits|the benefits) of {exercise}`,
        `{exercise} benefits`,
        `how (much|many) {topic} should I (actually|really) be (eating|getting|drinking|having|doing)`,
        `(is|are) ({exercise}|{topic}) worth the (bother|effort|hassle|time|money)`,
        `(is|are) ({exercise}|{topic}) (just|only) (a fad|a trend|hype|overrated|a trendy thing)`,
        `(is|are) ({exercise}|{topic}) worth it or (is it|are they) (just|only) (a fad|a trend|hype)`,
        `why (is|are) ({exercise}|{topic}) such a big deal`,
        `(does|do|can) {topic} (give you|give me|cause|lead to) (back fat|lower back fat|fat on your back|belly fat)`,
        `what happens if {topic} is (sloppy|bad|off|poor|not great|wrong)`,
        `what's wrong with (a|the|doing a) {topic}`,
        `can I just {topic} (for a couple of weeks|for a couple weeks|for a while|to speed this up|to speed things up)`,
        `is it (in|down to|because of) [the] {topic}`,
        `did I (just|) get (dealt|stuck with) bad {topic}`,
        `(is|isn't) {topic} too much`,
        `{topic} too much`,
        `do I (really|actually|) (need to|have to) (mix in|add|include|bother with) {topic}`,
        `why {topic} if I (just|only) want to lose (fat|weight|back fat)`,
        `any way to (rev up|boost|speed up|fix|improve|raise) [my] {topic}`,
        `will (this|these exercises|this plan) get rid of {topic} (too|as well) or just (the|my) back`,
        `(does|do) ({exercise}|{topic}) count for (anything|much|something)`,
        `(is|are) ({exercise}|{topic}) (actually|really|) any good for (this|back fat|me|losing back fat)`,
        `{topic} (what's that|what is that|what is it|what's it about)`,
        `(does|do|can|will) ({exercise}|{topic}) help with (this|that|my back fat)`,
        `(is|are) {topic} the reason (my back looks like this|I have back fat|I've got back fat|for my back fat)`,
        `why (should I|would I|do I) (bother with|bother doing|do) {exercise} [at all]`,
        `what are {exercise} (even|actually|really) (good for|for)`,
        `(does|do|can|will) {topic} (make you fat|make me fat|make back fat worse|make my back fat worse|help you lose fat|help me lose fat|help burn fat|stop me losing fat)`,
        `how (much|many) {topic} should I (drink|eat|have|get|do) (a day|per day|each day|every day|a week)`,
        `how (does|do) {topic} affect (back fat|my back fat|fat loss|weight loss)`,
        `does it matter if I'm not {topic}`,
        `how (fast|quickly|often|soon) should I {topic}`,
        `(does|do) {topic} make (back fat|my back fat) (look worse|worse)`,
        `is it (bad|okay|wrong|fine) to {topic}`,
        `can I {topic} [every day] [without a rest day]`,
        `do you think I'm {topic}`,
        `will {topic} (get rid of|burn|shift) (back fat|my back fat) faster`,
        `do I (really|actually) need to be in a {topic}`,
        `do my {topic} decide where I (store|lose|keep) fat`,
        `how long should (a|my) {topic} (session|workout|be)`,
        `do I need both {topic}`,
        `which is better for fat loss {topic}`,
        `will {topic} make me (bulky|big|too muscly)`,
        `when will I (start to|start) {topic}`,
        `(I've|I have|I think I've|I think I have) {topic} [what do I do|what should I do]`,
        `I'm {topic} [what do I do|what should I do|any more]`,
        `does (your|my) {topic} slow down (with age|as you get older|as I get older)`,
        `does having more {topic} help [burn fat|with fat loss]`,
        `how do I lose (my|the) {topic} [as well|too]`,
        `how fast should I {topic}`,
        `is it possible to {topic}`,
        `(what's|what is) a good {topic}`,
        `do you know if {topic} causes (fat|belly fat|back fat|fat around the middle)`,
        `I have (zero|no) {topic}`,
        `I'm a (complete|total) beginner how do I {topic}`,
        `can I still (eat|have) {topic}`,
        `is {topic} making my back fat worse`,
        `can I have a {topic} (once a week|now and then|sometimes|every now and then)`,
        `can I drink {topic} and still lose (fat|weight)`,
        `why (are|is) {exercise} in my plan`,
        `does {exercise} every day (actually|really) help`,

        // The plainest forms, patterns of their own: as forms of the wider one below, new patterns' room cut them.
        `(is|are) {topic} important`,
        `(is|are) ({exercise}|{topic}) (good|bad|important|worth it|worth doing|necessary|useful|helpful|okay|effective|real|a myth|enough|safe|safe to do|any good|good for you|a good idea)`,
        `(is|are) ({exercise}|{topic}) (good|bad|effective|helpful|useful|important|enough) for (back fat|lower back fat|losing back fat|fat loss|losing fat|weight loss)`,
        `(is|are) ({exercise}|{topic}) (good|bad|effective|helpful|useful|important|enough) for (my back|the lower back|my lower back|losing weight|burning fat|me|back exercises|recovery)`,
        `(isn't|aren't) ({exercise}|{topic}) (good|bad|important|enough|necessary|good for you)`,
        `(is|are) ({exercise}|{topic}) (the best|better|so important|really important|that important|hard)`,
        `is (it|my back fat|back fat|lower back fat) [all] {topic}`,
        `is (it|my back fat) (because of|down to) {topic}`,
        `(is|are) ({exercise}|{topic}) (really|actually) (worth it|important|necessary|good for you|that important|good)`,
        `(does|do) ({exercise}|{topic}) (help|matter|work|really help|really matter|actually matter|make a difference|count|burn fat) [with fat loss|for fat loss|for back fat|with back fat]`,
        `(does|do) ({exercise}|{topic}) (help with fat loss|help fat loss|help lose fat|help back fat|help with back fat|help me lose fat|help burn fat|affect back fat|affect fat loss|cause back fat|make back fat worse|burn more calories|slow me down|tone my back)`,
        `(can|will|would) ({exercise}|{topic}) (help|help me lose fat|make a difference|make back fat worse|slow me down|burn fat|help with fat loss)`,
        `(what does|what do|what's) ({exercise}|{topic}) (do|do for me|actually do for me|do for back fat|have to do with it|have to do with fat loss|have to do with back fat)`,
        `(what is|what are|what's) ({exercise}|{topic}) (for|good for|doing for me)`,
        `(what does|what do) {exercise} (work|actually work)`,
        `(what's|what is|what are) the (point|benefit|benefits|use) of ({exercise}|{topic})`,
        // Not "what is {topic}": "what's a calorie deficit" and "what's my rest day" have intents of their own.
        `what are {topic}`,
        `(what is|what's) {topic} (all about|exactly)`,
        `(what's|what is) the deal with {topic}`,
        `(why|why should I|why do I need to|why would I) (do|eat|care about|bother with|worry about|watch|need|have|drink|take|try|get|build) ({exercise}|{topic})`,
        `why (is|are|does|do) ({exercise}|{topic}) [so] (important|matter|good|necessary|helpful|help|work|matter so much)`,
        `why (do I need|should I|would I|not just) {topic}`,
        `why (have I|am I|did I) {topic}`,
        `[can you|could you] (tell me|talk to me|teach me|tell me more) about [the] ({exercise}|{topic})`,
        `(I'd like to know|I want to know|I want to hear|I'd like to hear|tell me) (more about|about) ({exercise}|{topic})`,
        `(what about|how about|and what about|anything on|any advice on|any tips on|any tips for|any advice for|thoughts on|what do you think about|what do you say about) ({exercise}|{topic})`,
        `${OPENED} (what about|how about|tell me about|talk to me about) ({exercise}|{topic})`,
        `${OPENED} (is|are) ({exercise}|{topic}) (really|actually|) (worth it|worth doing|worth trying|important|that important|good|okay|enough|bad|good for back fat|good for losing fat)`,
        `${OPENED} (does|do) ({exercise}|{topic}) (really|actually|) (matter|help|work|make a difference|count)`,
        `${OPENED} how (much|many) ({topic}|{exercise}) do I (really|) need`,
        `${OPENED} (should I|can I|do I need to|do I really need to) ({exercise}|{topic}) [first]`,
        `${OPENED} why (do|does|should I do) ({exercise}|{topic}) (help|matter|work)`,
        `${OPENED} (what's|what is) the point of ({exercise}|{topic})`,
        `${OPENED} how (important|bad|good) is {topic}`,
        `(I was wondering if|I was wondering whether|I'd like to know if|any idea if) ({exercise}|{topic}) (is|are) (worth it|worth doing|enough|okay|good|important|safe)`,
        `(could you tell me|I'd like to know|any idea) why ({topic}|{exercise}) (is important|matters|helps|works|is a problem)`,
        `any idea how to {topic}`,
        `how (much|many|often|long|soon) (should I|do I need to|do I|can I|should I be) {topic} [for]`,
        `how (much|long) (should I|do I need to|do I|can I|should I be) {exercise} [for]`,
        `how (much|many|often|long) (should I|do I need to|can I) {topic} (a day|a week|each day|every day|each week|per day|per week)`,
        `how (much|long) (should I|do I need to|can I) {exercise} (a day|a week|each day|every day|each week|per day|per week)`,
        `how (much|many) ({topic}|{exercise}) (should I|do I need to|do I|can I) (eat|drink|get|have|do|need|take) [a day|a week|each day|every day|each week|per day|per week]`,
        `how (much|many) {topic} (do I need|is enough|is too much|is okay|is fine|is safe|a day|a week|should I have)`,
        `how (big|much|long) should my {topic} be`,
        `how (much|many) {topic}`,
        `how many hours should I be {topic}`,
        `how (often|many times a week|many times) should I (do|have|eat) {topic}`,
        `how many {topic} (should I do|do I need|a week)`,
        `how (long|soon|quickly|fast) (until|before|will it take to|does it take to|till) (I|I can|I'll) {topic}`,
        `how (long|soon) will it take (before|until) I {topic}`,
        `how many (weeks|months|days) (before|until|till) I {topic}`,
        `(when|how soon) (will|can|should) I {topic}`,
        `how (do I|can I|should I) {topic}`,
        `how (do I|can I|should I|to) (deal with|handle|manage|improve|fix|get|get rid of|lose|speed up|reduce|boost|build|increase|keep|avoid|stop|break through|get past|lower|raise|rev up) [my|more|good|better|a] {topic}`,
        `(how|what) (do I|can I|should I) do about {topic}`,
        `(how|does|do) {topic} (affect|affects|cause|causes|play a role in) (back fat|fat|fat loss|my back fat|weight loss)`,
        `how (does|do|can) ({topic}|{exercise}) (affect|impact|help with) (back fat|fat|fat loss|weight loss|my back fat|belly and back fat)`,
        `(does|do) {topic} (affect|decide|determine) where I lose fat [first]`,
        `how much (does|do) {topic} (play a role|matter)`,
        `how (important|bad|good) (is|are) {topic}`,
        `(should I|do I need to|do I have to|can I|is it okay to|is it ok to|is it bad to|is it good to|is it better to|is it enough to|is it safe to|must I|will I) ({exercise}|{topic}) [to lose fat|to lose back fat|every week|a lot]`,
        `(should I|do I need to|can I|is it okay to|is it bad to) (do|eat|have|get|try|use|go on|take|focus on|be doing) [a|the|my|some|any|both] ({exercise}|{topic})`,
        `((should I|do I need to) (eat|have|get|drink|do)|should I be (eating|having|getting|drinking|doing)) (more|less) {topic}`,
        `should I (stop|cut out|give up|avoid|cut down on|quit) {topic}`,
        `should I {topic} to (reduce stress|lose fat|lose weight|lose back fat)`,
        `do I (need|have to do) [a|the|my|to|any] ({topic}|{exercise})`,
        `what (happens|goes wrong) if I (don't|skip|ignore|use|do|have|get|eat|never|only) [a|the|my|too much|too little|not enough|bad] {topic}`,
        `what [happens] if I only {topic}`,
        `what happens if (my|I) {topic} [is bad]`,
        `(what|which) {topic} (do I need|should I get|should I buy|will I need)`,
        `I {topic} [all day] (is that bad|is that okay|is that why)`,
        `[I think] (I've|I have|I) (hit|reached|got) {topic}`,
        `[I think] I've {topic}`,
        `(I've|I have) (lost|no) {topic}`,
        `I (don't feel|can't find the|have no) {topic}`,
        `my (weight loss|progress) has {topic}`,
        `will I (lose|get) {topic}`,
        `will (this|these exercises|this plan) (help|work for|help with|get rid of) [my] {topic} [too|as well]`,
        `(does|do) (this|these exercises|this plan) (work|help) (for|with|on) [my] {topic} [too]`,
        `(is|are) {topic} the same as (back fat|lower back fat|fat loss)`,
        `{topic} (which is better|what's better)`,
        `(what's|which is) (more important|better) {topic}`,
        `{topic} or {exercise} which is better`,
        `{topic}`,
        `(someone told me|I heard [that]) {topic} (keeps you full [longer]|helps you (stop snacking|lose weight|burn fat)|makes you (store fat|gain weight))`,
        `(someone told me|I heard|I read|people say) {topic} (keeps you full longer|makes you gain weight) is that (right|true)`,
        `(someone told me|I heard [that]|I read [that]|people say) {topic} makes you store fat around the middle`,
        `[quick question] how (big|large) should my {topic} be`,
        `(do you think I should|should I) be (drinking|eating|getting|having) more {topic}`,
        `I only get (about|like) (five|six) hours of {topic} [a night]`,
        `I only get about five hours of {topic} a night is that (hurting my progress|a problem)`,
        `(okay so|so|okay) does {topic} make you (gain weight|store fat|fatter|put on weight)`,
        `when (should|do|can) I (start|begin) [using] {topic}`,
        `does {topic} have anything to do with (back fat|it|fat loss|my back fat)`,
        `(I'm|I am) (hunched over|sitting at|stuck at) a desk all day (does|will) my {topic} matter`,
        `does my {topic} (matter|make a difference)`,
        `could it be {topic}`,
        `why (should|would) I {topic} [if I (want|just want) to lose (fat|weight)]`,
        `(does|do) {topic} (really|actually|even) help (with|for) (fat loss|weight loss|losing fat|losing weight|back fat)`,
        `(does|do) {topic} help (with|for) (fat loss|weight loss|losing fat|losing weight|back fat)`,
        `I {topic} (what do I do now|what now|what should I do now|what do I do)`,
        `how (do|can) I {topic} faster [between workouts]`,
        `is it true (that|) [your] {topic} (slows down|drops|goes down) [as you (get older|age)]`,
        `is it true (that|) my {topic} (slows down|drops|goes down) as I (get older|age)`,
        `what about the {topic} [near the bra line]`,
        `how (do|can) I {topic} (in general|overall)`,
        `(real quick|quick question|so|okay) do I (need|have) to {topic}`,
        `do I (need|have) to {topic}`,
        `do you think I should {topic} [afterward|afterwards|first|after]`,
        `I (just|) can't (stay|get|keep) {topic}`,
        `can I still (have|eat) {topic} (once in a while|sometimes|now and then|on weekends|on the weekend)`,
        `(hey|so|okay) what about {topic}`,
        `does (drinking|eating|having) {topic} make (back fat|it|my back fat) worse`,
        `do I (really|actually) need to (drink|eat|have|get) (heaps of|lots of|a lot of|loads of|more) {topic}`,
        `do I need to (drink|eat|have|get) (heaps of|lots of|a lot of|loads of|more) {topic}`,
        `do I (need|have) to buy (any|some) {topic}`,
        `how (do|can) I {topic} when I (just|) can't be bothered`,
        `how much {topic} should I be having (a day|each day|per day|every day)`,
        `(is|are) {exercise} good for (losing|getting rid of) (back fat|fat|weight|lower back fat)`,
        `(is|are) {exercise} good for burning (back fat|fat|lower back fat|calories)`,
        `(is|are) {exercise} enough [on its own|by itself] [to lose (back fat|weight|fat|lower back fat)]`,
        `how many calories (does|do) {exercise} burn`,
        `how many calories do I burn (doing|with) {exercise}`,
        `what (does|do) [the] {exercise} [exercise] do for you`,
        `what (does|do) {exercise} actually do`,
        `what (is|are) {exercise} (meant|supposed) to do [for you]`,
        `what are {exercise} meant to do for you`,
        `how much {topic} should I be drinking [a day|on a hot day|on a stinking hot day]`,
        `is going for a {exercise} (a couple of times a week|every day|at the beach) good for back fat`,
        `does it matter if I only get about five hours of {topic} a night`,
        `can I {topic} without a gym`,
        `(I'm|I am) (sat|sitting) at my desk all day how do I {topic}`,
        `is {exercise} to work (every day|) good for (getting rid of back fat|back fat)`,
        `how do I {topic} through the winter`,
        `will {topic} (on|at) the weekend undo (all my hard work|my progress)`,
        `(is|are) ({exercise}|{topic}) (actually|really|) worth doing`,
        `how important is it to {topic}`,
        `why does {topic} matter [so much]`,
        `do I really need {topic} [or can I just go hard every day]`,
        `how do I help my muscles {topic}`,
        `do I need a {topic} [or just dumbbells|or can I train at home]`,
        `I have zero {topic} [in the winter] how do I keep going`,
        `(I reckon|I think) I'm not (drinking|eating|getting) enough {topic} [does that matter]`,
        `do I (have|need) to {topic} (afterwards|afterward|after)`,
        `(I don't have {topic} at home|what if I don't have {topic})`,
        // "Skip this, I don't have weights": what to use instead, and the move can still be done (it used to skip it).
        `(skip (this|this one|it)|I can't do this one) I don't have {topic}`,
        `what (muscles|muscle groups|body parts) (does|do) {exercise} (work|target|hit|use)`,
        `(is|are) {exercise} better (than|for back fat than) (weights|lifting weights|the gym)`,
        `(is|are) {exercise} better for back fat than {other}`,
        `(which is better|what's better) {topic}`,
        `(my weight|the scale|the scales|my back fat) (is|has been|seems) {topic} [for weeks]`,
        `(my weight|the scale|the scales|my back fat) {topic}`,
        `how much {topic} should I (drink|eat|have)`,
        `(is|are) {exercise} good for you`,
      ],
    },
    {
      name: 'HealthConcernIntent',
      // Room for this stop's new patterns (a teenager's age, a sharp pain said after where, an old injury, "is this safe
      // for my back", pain said with how much), so none before is pushed out. 12 more for an age said with what is wrong
      // (December 7), and 6 for "I've got", from the topic intent's last combinations; 9 more for "ow, sharp pain in my
      // lower back" and a racing heart said with a dizzy or faint feeling.
      maxSamples: 4094,
      slots: [
        { name: 'concern', type: 'ConcernName' },
        { name: 'move', type: 'MoveName' },
        { name: 'age', type: 'AMAZON.NUMBER' },
        // "The best exercises for {condition}": pain or a condition is the safe answer; a part of the body said alone
        // ("my lower back", a synonym of lower back pain when it is what hurts) or its fat is the list of moves.
        { name: 'condition', type: 'ConcernName' },
        { name: 'numbPart', type: 'ConcernName' },
        // "Sharp pain in my knee": a sharp pain where it is, so the skill hears it is sharp (found by a helper: the knee
        // alone paused the workout "until it feels right").
        { name: 'sharp', type: 'ConcernName' },
        // "I hurt my back a few years ago": an old injury, whatever part is named (found by a helper trying the console as
        // a 60-year-old: the fallback, and the workout then started unasked).
        { name: 'injured', type: 'ConcernName' },
        // "I get {habit} when I exercise": what comes on with training, told at rest, not felt now (found trying the
        // console: "I get short of breath when I exercise" was told to stop and lie down, and the session ended).
        { name: 'habit', type: 'ConcernName' },
        // "My {advisor} told me not to lift": what a doctor or physiotherapist said to do, which workouts then wait on
        // (found by a helper: "my doctor told me not to exercise" got "I'm not a doctor", and the workout then started).
        { name: 'advisor', type: 'ConcernName' },
        // "I'm having {now}": felt now, so "a heart attack" is one under way, not had before (a condition).
        { name: 'now', type: 'ConcernName' },
        // "{sweating} and I'm sweating": what is felt with a sweat or nausea, which in the arm, jaw or chest is the heart.
        { name: 'sweating', type: 'ConcernName' },
        // "Is the deadlift alright for my {forPart}": the part the move is asked about for.
        { name: 'forPart', type: 'ConcernName' },
        // "My lower back is a little {stiff}": stiff or tight where it is, so the skill hears stiffness, not pain (found by
        // a helper trying the console as an office worker: the back pain answer, and the workout paused).
        { name: 'stiffPart', type: 'ConcernName' },
        // "Is HIIT safe for seniors", "okay for someone my age": older people asked about as a group, the answer about age
        // (found by a helper trying the console as a 63-year-old: the fallback). A type of its own, as ConcernName's
        // "my back" would make "is the deadlift safe for my back" a health report and the move's question both.
        { name: 'ageGroup', type: 'AgeGroup' },
      ],
      patterns: [
        // Found by a helper trying the console as a 63-year-old (December 7): the fallback.
        "is {move} (safe|suitable) for {ageGroup}",
        // Found by a helper trying the console as a tired parent (December 7): the lenient matcher alone, as a tight feeling.
        "my {concern} is burning",
        // Found by a helper trying the console as a 60-year-old (December 7): "I'm 60 and I have a bad knee" kept the knee
        // alone, and HIIT began with no doctor's okay asked.
        "(I'm|I am) {age} and I have [a|an] {concern}",
        "I have [a|an] {concern} and (I'm|I am) {age}",
        // Found in review: "I'm 60 and I've got a bad back" reached the health intent through the lenient matcher alone, as
        // "bad back", and the age was lost.
        "(I'm|I am) {age} and I've got [a|an] {concern}",
        // Found by a helper trying the console mid-workout as a man after back surgery (December 7): each reached the
        // fallback, and the workout ran on.
        "(that|this|it) (didn't|doesn't) feel right",
        'my {numbPart} (tingles|is tingly|feels tingly|keeps tingling)',
        'my {numbPart} tingles when I do [the] {move}',
        '{stiffPart} is (kinda|a bit|a little|really) tight',
        'I felt something (in|on) {concern}',
        // Found by a helper trying the console as a 52-year-old (December 6): pain said with how much, or stiffness, reached
        // "That's not something I can help with yet" or the lenient matcher alone.
        `{concern} (hurts|is hurting) (a bit|a little|a lot|again)`,
        // Said with a pronoun, the degree is no place: samples of their own, so the slot never holds "it" alone, which
        // "I can feel it in my glutes" leaves there too (found in review: "that hurts a bit" mid-workout ran on).
        `(it|this|that) hurts a little`,
        `(this|that) hurts (a bit|a lot|again)`,
        `(it|this|that) is hurting (a bit|a little|a lot|again)`,
        // Stiffness named through the slot, for its own answer: "it is a bit {concern}" hears "stiff" or "sore".
        `(it|that) (is|feels) (a bit|a little|kind of) {concern}`,
        `{concern} (is|feels) (a bit|a little|kind of|really) sore`,
        `{stiffPart} (is|feels) (a bit|a little|kind of|really|so|super) (stiff|tight)`,
        `{concern} feels sore`,
        `{stiffPart} (feels|is) (stiff|tight)`,
        `{stiffPart} (is|are|feels) (stiff|tight) (today|this morning|from sitting|from sitting all day)`,
        // Found trying the console (December 6): "my back is a bit achy" reached the fallback.
        `{concern} is [a bit] achy`,
        `{concern} (is|feels) sore this morning`,
        `{concern} is still (a little|a bit) sore [should I skip|should I skip it|should I skip today]`,
        `(that one|this one|that|this) is hard on {concern}`,
        // Found by a helper trying the console as someone after knee surgery (December 5): the fallback. The safe answer.
        // Not "good for": "is lemon water good for weight loss" is a question about a drink (found by the tests: the
        // lenient matcher took it here, and then no intent).
        // With "the" or said as safe or alright: "is it ok for my rest day to be sunday" is no report (found by the tests).
        // The part in a slot of its own: a part alone ("my knees") asks about the move, a problem ("my bad knees") is one.
        // Found by a helper trying the console in a HIIT warm-up (December 6): "I don't know that one yet".
        "is this [exercise|one|move] (safe|okay|ok) for {forPart}",
        "is the {move} (okay|alright|safe) for my {forPart}",
        "is {move} (alright|safe) for my {forPart}",
        // Found trying the console as an Indian user in English (December 5): "my left arm is hurting and I'm sweating"
        // was out of scope.
        "{sweating} and (I'm|I am) (sweating|sweaty|all sweaty)",
        "{sweating} and I'm sweating a lot",
        "(I'm|I am) sweating and {sweating}",
        "{sweating} and I feel (sick|nauseous)",
        // "My heart is beating very fast and I feel giddy" (en-IN): each half alone is urgent (the fallback; found by a
        // helper trying the console in Indian English). Both halves in slots, the more serious answered: with only the
        // feeling in the words, or only in a slot, the other half was lost (found in review).
        "{sweating} and I feel {concern}",
        // Found by a helper trying the console mid-workout (December 5): "this is sore" left only "this" in a slot, which
        // says nothing of pain (found in review: a pronoun alone paused "I can feel it in my glutes").
        // The word for what is wrong stays in the slot, so "sore" is soreness's answer (a sample saying it would be pain's).
        // Not "it is …", which hears "it is in my family, the back fat, is it genetic" as a report (found by the eval's
        // false-alarm count).
        "(this|that) (is|feels) {concern}",
        "it feels {concern}",
        "(this|that) hurts",
        // Found in a blind batch of content and health questions (December 5): heard as out of scope or an unknown topic.
        "my {concern} (runs|is) high [should I (avoid|stay away from) (heavy lifting|lifting|hiit)]",
        "my (mom|dad) (just had|has) {concern} can (she|he) do {move}",
        "(I'm|I am) {age} am I old enough [to do (these|this)]",
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "(I have|I've got) {concern} can I still do (these|the) (exercises|workouts)",
        "(I'm|I am) {concern} is it (safe|okay) to keep doing (this|these)",
        "(I'm|I am) {age} is it too late for me",
        "my doctor said I have {concern}",
        "I felt {concern} while I was (running|walking|working out)",
        // Found in a fifth blind batch of 150 (December 4).
        "(I have|I've got) {concern} (is it|is this) (safe|okay) for me to (do this|exercise|work out)",
        "is (this|it|hiit) (okay|safe|alright) if (I'm|I am) {concern}",
        "is (any of this|all of this|all this|any of it) {concern}",
        "(I'm|I am) {age} is (this|it) (safe|okay|alright) at my age",
        // Found in a second blind batch of 100 across every feature (December 4).
        `(I have|I've got) {concern} is that (a problem|an issue|okay)`,
        // Found in a fresh batch written blind (December 4).
        `(I'm|I am) {concern} is it safe to do (this|these|these exercises)`,
        `[ugh] my {concern} is (killing me|really hurting|so sore) (today|right now|this morning)`,
        // Found in the development set (December 4, second pass).
        `am I {concern} for {move}`,
        `I just had a {concern} is this (okay|safe|alright) for me`,
        `is it safe to do (this|these|these exercises) if I have a {concern}`,
        `(I'm on|I take) {concern} is {move} (okay|safe|alright) [for me]`,
        // Found by a helper trying the console as a new user, and in the development set (December 4).
        `(ow|ouch|ugh) {concern} (is killing me|hurts)`,
        `(I'm|I am) {concern} is it (okay|safe) to do ((these|the) (exercises|workouts)|this (exercise|workout))`,
        // Found by a helper trying the console mid-workout (December 3): "my knees aren't great" was out of scope.
        `my {concern} (isn't|aren't) (great|good|the best|so good)`,
        // Found by a helper trying the console: "not really pain, just tight" was heard as a level change.
        `[no] (not really|it's not really|it's not) pain [it's] just {concern}`,
        `(it's|it just feels|it feels) (just|a bit|kind of) {concern} [now]`,
        // Found by a helper trying the console as an Indian user: pain asked as a question reached the fallback. No moves
        // are prescribed for it: the safe answer.
        `my {concern} (hurts|is sore|aches) (what|which) exercises (can|should) I do [instead]`,
        `my {concern} (hurts|is sore|aches) what (can|should) I do`,
        // "My back hurts": the slot takes "my back" (a back said alone is no report).
        `{concern} (hurts|is sore|aches) (what|which) exercises (can|should) I do`,
        `{concern} (hurts|is sore|aches) what (can|should) I do`,
        `(I have|I've got) {concern} (what|which) exercises (can|should) I do`,
        `(what|which) exercises can I do with (a bad|a sore|my bad|bad) {concern}`,
        `(which|what) exercises are (safe|okay) for (my|a bad|bad) {concern}`,
        // Its own pattern: as one form of a wider one it was cut whenever the intent's room was shared more thinly.
        `(I've got|I have) {concern} is it (okay|safe) to train`,
        `(I've got|I have) [really bad|bad] {concern} right now`,
        `(I've got|I have) really bad {concern}`,
        // Found by a helper trying the console mid-workout (December 3, second round).
        `my (leg|legs|foot|feet|arm|hand) went {concern}`,
        `{concern} twinged`,
        `{concern} just twinged`,
        `{concern} feels funny`,
        `I've got a {concern} in my (calf|leg|foot|hamstring|side)`,
        `there's a pinch in {concern}`,
        `my {concern} are sore`,
        `(I have|I've got) {concern} (what diet should I follow|what should I eat|what can I eat)`,
        // Found by a helper trying the console as a user (December 3).
        // A pop, a snap or a tear is sharp pain, which ends the day's training (found by a helper trying the console: "I felt
        // something pop in my back" was pain in general, and "next" then "no" went back to the deadlifts).
        `[I] felt a (pop|snap|tear) in {sharp}`,
        `[I] felt a (click|twinge) in {concern}`,
        `something (popped|snapped|tore) in {sharp}`,
        `something clicked in {concern}`,
        // Found by a helper trying the console as a user (December 3).
        `my {concern} (gets|goes|feels|got) (tight|really tight|sore|painful|heavy) (when|whenever|every time) I (run|exercise|work out|train|walk fast|do cardio|do hiit|go for a run)`,
        `my {concern} been (killing me|hurting|aching) [since yesterday|all day|all week]`,
        // Found in blind batches in British, Australian and Canadian English (December 2).
        "(I'm|I am) on {concern} is that a problem",
        "(I'm|I am) {concern} can I still do these (workouts|exercises)",
        "I have {concern} should I (be doing|do) (these [exercises|workouts]|this [exercise|workout]|them)",
        "(I take|I'm on) {concern} is it safe [for me] to (work out|exercise|train)",
        "(I'm|I am) {age} can I still do (these [exercises|workouts]|the (exercises|workouts)|this [exercise|workout])",
        "my {concern} is killing me (when I do|during|doing) {move}",
        // Found in a blind batch of 120 across every feature (December 2).
        "my {concern} (really|still|kinda|actually) hurts [when I do {move}|during {move}]",
        "I have {concern} is (it|this) (safe|ok|okay|alright) (for me|for me to do this|to do this)",
        "I have {concern} is that (gonna|going to) be a problem",
        "(I'm|I am) {age} is this (alright|ok|okay|safe) for (someone|people) my age",
        "is (this|it) (alright|ok|okay|safe) for (someone|people|a person) with {concern}",
        // Found in review: "the best exercises for back pain" was heard as the list for back fat. No exercise is
        // prescribed for a condition: these get the safe answer.
        "(what are|what's|what is) the best (exercises|exercise|stretches|stretch|workout) for [my] {condition}",
        "(what|which) (exercises|stretches) (help with|fix) [my] {condition}",
        "[I] just found out (I'm|I am) {concern} can I (keep doing|still do) (these|this|the workouts)",
        "(I'm|I am) {concern} can I (keep doing|still do) (these|this|them|the workouts)",
        "I (felt|got) a {concern} in my (back|lower back|knee) (doing|during) {move}",
        // Found in a blind batch of 150 on health (December 2).
        // Said whole, so "I don't feel {topic}" (motivation) never takes it: with no concern named, it gets the general
        // safe answer (mid-workout: stop the move, and the workout pauses), not "I don't know that one yet".
        `I (don't|do not) feel (right|well|good|so good|too good) [today|at all]`,
        `is it bad if my {concern} hurts (during|when I do|after) [the] {move}`,
        `I have {concern} and I (get|feel) dizzy [standing up|when I stand up]`,
        `I have {concern} and I can't lose weight`,
        `(ow|ouch|ow ow) [that hurt|that hurts]`,
        `that (hurt|hurts|really hurt|really hurts)`,
        `I (got hurt|hurt myself|think I hurt myself|just hurt myself)`,
        `this (exercise|move|one) hurts`,
        `{concern} just (tweaked|went out|gave out|seized up)`,
        `{sharp} just popped`,
        `something popped in my {sharp} [(doing|during) [the] {move}]`,
        `everything (is|feels) [so|super|really] {concern}`,
        `is it normal to be this {concern}`,
        `my (fingers|hands|feet|legs|arms) (are|keep going) {concern}`,
        `(I'm|I am) {age}`,
        `I'm {age} and (out of shape|overweight|a beginner)`,
        `(I'm|I am) {age} is this too much for me`,
        `(I'm|I am) coming back from {concern}`,
        `do I need to (go to|see) {concern} [for this]`,
        `I have {concern} (is|are) {move} (ok|okay|safe|alright)`,
        // Found in a blind batch of 240 (December 2).
        `what about {concern} can I still (train|work out|exercise)`,
        `I have {concern} in my (hands|knees|hips|back|fingers|shoulders)`,
        // A period or feeling unwell ("can I work out on my period", "I have a fever, should I skip today").
        `(can I|should I|is it okay to|is it safe to) (work out|exercise) (on|during) {concern}`,
        // Not "is it okay to work out with {concern}", which hears "with a friend".
        `(should I|is it safe to) (work out|exercise) with {concern}`,
        `I have {concern} should I (still work out|skip my workout|skip today)`,
        // Found in a blind batch of 320 (December 2).
        "I feel [kind of|a bit] {concern} [should I stop|is that normal]",
        "my {concern} and I can't catch my breath",
        "I had {concern} on my (back|knee|hip) [six weeks ago]",
        "can I work out while I'm taking my {concern}",
        "am I {concern} (I'm|I am) {age}",
        "are you a {concern} or what",
        "my (leg|legs|foot) (goes|went) {concern} during [the] {move}",
        "I'm really {concern} from yesterday [is that normal]",
        "I have a {concern} problem [does that change anything]",
        "I've got {concern} [so] {move} makes me wheeze",
        "{concern} like crazy",
        "I get {concern} in my (calf|leg) when I do [the] {move}",
        // The everyday forms of pain and of a medicine, short and said alone (tried as a user, December 4): "my lower
        // back is really hurting", "my knee gave out", "I threw my back out", "I take insulin" reached the fallback.
        // "{concern}" takes "my back", "my {concern}" a part said after "my" ("knee").
        `{concern} is (hurting|aching|bugging me|throbbing|swollen)`,
        `my {concern} (is|are) (hurting|aching|bugging me|throbbing|swollen|cramping)`,
        `[my] {concern} (is|are) (really|so|still) (hurting|aching|sore)`,
        `my {stiffPart} (is|are) [really|so|still] (stiff|tight)`,
        `[my] {concern} (buckled|gave out|went out|seized up|locked up|gave way|keeps giving out)`,
        `I (threw|put) [my] {concern} out [again|yesterday|last week]`,
        `I (threw|put) out {concern} [again|yesterday]`,
        `I (hurt|tweaked|twisted|strained|injured|jarred|banged) [my] {concern} [again|yesterday|last week]`,
        `(I take|I'm on|I use) {concern} [every day|daily]`,
        `I need {concern} (every day|daily|to stay well)`,
        `(I'm|I am) (two|three|four|five|six|seven|eight|nine) months {concern}`,
        `I (got|get|have) a {concern} in my (calf|leg|foot|side|hamstring|thigh)`,
        `my (leg|legs|calf|foot|hamstring|side|thigh|stomach) (is|are|keeps|keep) {concern}`,
        `everything (hurts|aches)`,
        `it (really|still|kind of|) hurts [a lot|so much|really bad|a bit]`,
        `{concern} (hurts|aches|hurt) (after|during|when I do|on) [the] {move}`,
        `(I have|I've got) {concern} (can I still|should I) (work out|exercise|do this)`,
        `is (this|it) (safe|okay) if I have {concern}`,
        `I think I (have|might have) {concern}`,
        // Where to go for it: "should I get an MRI", "do I need to go to the ER".
        `(should I|do I need to) (get|have) {concern} [for (this|it|my back)]`,
        `(should I|do I need to|when should I) go to {concern}`,
        // A concern said alone ("ankle pain", "sciatica"), and said with the move it came from. Each pattern is small
        // enough to keep all its phrasings within the intent's budget: a wide one would keep only its shortest few.
        `{concern}`,
        `[I'm] (feeling|getting) [kind of|a bit|really|so] {concern}`,
        `my {concern} (hurts|aches|is sore|is hurting) (when I do|during|after|on) [the] {move}`,
        `my {concern} (hurt|ache) (when I do|during|after|on) [the] {move}`,
        `my {concern} (started hurting|twinges|is killing me|started aching) (on|during|every time I do|halfway through) [the] {move}`,
        // A part of the body gone numb (found in review: "my left arm went numb" put the arm alone in the concern slot,
        // and the numbness was lost): the part has a slot of its own, and the answer is for numbness.
        `my {numbPart} (go|goes|keeps going|went) numb when I do [the] {move}`,
        `my {concern} (hurts|hurt) (when I'm in|in|holding) [a|the] {move} [position]`,
        `I (get|got|felt|feel) [a] {concern} (during|after|on|when I do) [the] {move}`,
        `I'm getting {concern} [in my (back|hip|knee|neck|shoulder)] (when I do|during) [the] {move}`,
        `I (got|felt) (really|so) {concern} (after|during) [the|those] {move}`,
        `{move} (make|makes|made) [my|the] {concern} (hurt|ache)`,
        `{move} (hurts|hurt) my {concern}`,
        `[um|so] (something|it) hurts when I do [the|those] {move}`,
        `(this|the) (exercise|move) (is causing me|is giving me|gave me) {concern}`,
        `can I [still] do [the] {move} if I have [a|an] {concern}`,
        `is it (safe|okay) to do [the] {move} if I have [a|an] {concern}`,
        `(is|are) {move} (safe|okay) (for someone with|for people with|if I have) [a|an] {concern}`,
        `(I have|I've got) [a|an] {concern} can I [still] do [the] {move}`,
        `I have [a|an] {concern} is it (okay|safe) to do [the] {move}`,
        `(I'm|I am) [a] {concern} can I [still] do [the] {move}`,
        `I (almost|nearly) {concern} (during|doing|on) [the] {move}`,
        `I can't {concern} after [the] {move}`,
        `I (just|) felt a {concern} (during|on|doing) [the|a|the last] {move}`,
        `[I think] I {concern} (doing|during|on) [the] {move}`,
        `my {advisor} said (no heavy lifting|no lifting|to rest) can I [still] do [the] {move}`,
        // Said without a move.
        `(I'm|I am) in [a lot of|so much|some] {concern} [right now]`,
        `I've been {concern} (all day|since yesterday|for days|all week) [is that normal]`,
        `my {concern} (has been|is|keeps) (killing me|bothering me|flaring up|acting up|hurting|aching|cramping up) [since yesterday|all day|again]`,
        `my {concern} (is|are) (in pain|killing me|sore from yesterday|really sore)`,
        // "My back's killing me": the slot takes "back's", as in "my back's been killing me" (found in a dev set: no sample).
        `my {concern} killing me`,
        `[my] {concern} is (a bit|a little|so|kind of) sore`,
        `(that|this) [really] hurt my {concern} [on the last rep|just now]`,
        `(there's|I've got|I have|I feel) a (pain|tightness|twinge) in my {concern}`,
        `there's a pain (behind|under) my {concern}`,
        `(I'm|I am) (really|so) {concern} [this morning|today]`,
        `I (think|feel like) I'm {concern}`,
        `what if I {concern} (doing this|during the workout)`,
        `{concern} (is that bad|is that normal|should I stop)`,
        `[ow|ouch] {concern} in my (calf|leg|foot|feet|side|hamstring|back|neck)`,
        `[ow|ouch] I (got|have) a {concern}`,
        `[so|oh no] [I think] I {concern} [last week|yesterday|last month|last year|today]`,
        // Not "{concern} surgery": the slot would hold "back" from "I had back surgery", which is no back pain.
        `I (just|) had [a|an|my] {concern} (two weeks ago|six months ago|last year|last month|recently)`,
        `I have chronic {concern}`,
        `is this safe for (a|an) {concern}`,
        `my {concern} is (high|too high|a bit high)`,
        `(I'm|I am) (ten|six|twenty|twelve|eight) weeks {concern}`,
        `{concern} [in my neck|in my back] can I still do this`,
        `(I take|I'm taking|I'm on) [a daily] {concern} (for my (heart|back|blood pressure)|can I still work out|is that okay)`,
        `(I take|I'm taking|I'm on) (medication|medicine|pills|tablets) for my {concern}`,
        `can I (exercise|work out) (while|when I'm) on {concern}`,
        `when should I take my {concern} if I (exercise|work out)`,
        `(what|which) {concern} should I take`,
        `(do I need to|should I) (talk to|see|check with) my {concern} before (starting|I start)`,
        `my (mri|x ray|scan) (showed|shows) [a|an] {concern}`,
        `I have [a|an] {concern} (at|in) (l five s one|my neck|my lower back)`,
        `is it normal to (have|feel) [a] {concern} (while working out|during exercise|after working out|in my (spine|back))`,
        `I (struggle|struggled|have struggled) with {concern}`,
        `should I (rest|still train|work out) if I'm [still] {concern}`,
        `(I've|I have) (struggled with|had|been treated for) [an] {concern} [in the past|before]`,
        // Said with an opener, an exclamation, or a question after it.
        `${OPENED} my {concern} (hurts|is killing me|is sore|really hurts)`,
        `(hey coach|coach|ugh|man|ow) my {concern} (hurts|is killing me|is sore|really hurts)`,
        `[hey coach|hey] this exercise is (causing me|giving me) {concern}`,
        `[so|okay] I've been {concern} all day [is that normal]`,
        `[okay so] my {concern} is in pain`,
        `my {concern} started (hurting|aching|to hurt) (halfway through|during|on) [the] {move}`,
        `my {concern} (aches|hurts) when I hold [a|the] {move}`,
        `my {concern} (hurt|hurts) every time I (squat|squat down|bend|bend down|lift|do [the] {move})`,
        `I have a bad {concern} (is that gonna be a problem|is that going to be a problem|is that a problem|is that okay)`,
        `there's a (pain|twinge) in my {concern} when I (lift my leg|bend|do [the] {move})`,
        `[so] my {concern} has been bothering me [can I still do [the] {move}]`,
        `all my {concern} hurt when I (exercise|work out)`,
        `my {concern} feels tight [and heavy] (after|during) [the] {move}`,
        `my {concern} (after|during) [the] {move}`,
        `(ow|ow ow|ouch) I (got|have) a {concern}`,
        `I felt a {concern} in my (glute|back|lower back|leg|hip) during [the] {move}`,
        `I felt a {concern} (on|during) the last {move}`,
        `(I've got|I have) (a|an) {concern} at l (four|five) s one`,
        `quick question I have (a|an) {concern} can I do {move}`,
        `[well|so] my (mri|x ray|scan) showed [a|an] {concern}`,
        `I [just] hurt myself (doing|during|on) [the] {move}`,
        `I (had|just had|recently had) {concern}`,
        `my {concern} is high is it safe to do [the] {move}`,
        `I have {concern} in my (knees|hips|back|spine|hands) can I [still] do [the] {move}`,
        `I have {concern} (will that|does that|is that going to) (slow me down|affect my progress|make it harder)`,
        `(I'm|I am) (ten|twenty|twelve|thirty) weeks {concern} can I do [the] {move}`,
        `can I do (this workout|this|these exercises|the workout) while [I'm] {concern}`,
        `I just {concern} can I do [the] {move} [yet]`,
        `(I'm taking|I take|I'm on) {concern} for my (back|heart|blood pressure) is that okay`,
        `I just took a {concern} can I still work out`,
        `(I'm on|I take) {concern} is it safe to do [the] {move}`,
        `(I'm on|I take) {concern} should I eat before the workout`,
        `[okay|so] can I take {concern}`,
        `can I (take|use) {concern} (to lose back fat|to lose fat)`,
        `is it (okay|safe) to (deadlift|lift|run|jump|squat) if I've had (a|an) {concern}`,
        `is it safe to do [the] {move} if my {concern} is (aching|hurting|sore)`,
        // Out of breath mid-set, said in bursts; the older, the polite and the gym's ways of saying it.
        `(ow|ow ow|ouch) my {concern}`,
        `(ouch|ow) my {concern} on (these|the) {move}`,
        `my {concern} hurts on (these|the) {move}`,
        `(oh|ow) I just {concern}`,
        `(ow|ouch) something pulled in my (hamstring|calf|side|leg)`,
        `I had {concern} (six weeks|three months|two months) ago can I do {move} yet`,
        `I had {concern} (six weeks|three months|two months) ago when can I start doing {move} again`,
        `I just found out I'm {concern} [can I keep doing (these workouts|this)]`,
        `(I'm|I am) (ten|twelve|twenty|sixteen) {concern} [is running still okay|can I still do this]`,
        `I'm on {concern} after the delivery [can I still do cardio]`,
        `[I think] I pulled something in {concern} [lifting the car seat]`,
        // Tried as a user: an injury felt, said the everyday way, reached the fallback (mid-workout, without a pause).
        `[I] felt something (pop|tear|snap) in {sharp}`,
        `[I] felt something (click|give) in {concern}`,
        `{concern} (just|) went into (spasm|spasms|a spasm)`,
        `my [chronic] {concern} is [always] worse (first thing in the morning|in the morning|at night)`,
        `{concern} when I bend (forward|over|down)`,
        `I've had (a|an) {concern} for (years|ten years|a long time) [is this program okay for me]`,
        `(I have|I've got) {concern} in my (spine|neck|back) [does that rule out [the] {move}]`,
        `my {concern} is (playing up|acting up|flaring up) [again]`,
        `I've (lived with|had) {concern} (most of my life|for years|all my life)`,
        `I take {concern} (twice a day|every morning|every day) [when should I eat before a workout]`,
        `[pretty sure|I think] I tweaked my {concern} [on {move}|yesterday]`,
        `got [crazy] {concern} from those {move} [can I still train]`,
        `my {concern} (are|is) (cooked|shot|fried|wrecked) [from (all the|the) {move}]`,
        `is it normal (for my {concern} to (hurt|ache|click|be this sore)|that my {concern} (hurts|aches|clicks))`,
        `is it normal to (have|get|feel) [a] {concern} (during|after) [the] {move}`,
        `is it normal to have {concern} when (you|I) first start exercising`,
        `should my {concern} hurt [when I do [the] {move}]`,
        `my {concern} pops every time I do (a|the) {move} [is that normal]`,
        `just had {concern}`,
        `should I see (a|my) {concern} about (this|this pain|it)`,
        `can you {concern} what's wrong with my (back|knee|neck|shoulder|hip)`,
        `are you a {concern} or just a (computer|robot)`,
        `can you adjust my {concern} for the workouts`,
        `(is your advice|are your tips) (okay|safe) for someone with [a|an] {concern}`,
        `can you recommend a diet for my {concern}`,
        `would a {concern} be better than you [for this]`,
        `are you allowed to talk about {concern}`,
        `is it safe to follow your plan if I have {concern}`,
        `can you check (whether|if) my {concern} are safe`,
        // Age: said as a number ("I'm seventy two"), or in words ("am I too old for this").
        // Not "for me {concern}", which heard "is it okay for me to have a beer".
        `(is this|is it|are these workouts|are these exercises) (safe|okay) for (someone|somebody) {concern}`,
        `should (someone|somebody|people) {concern} be (lifting weights|doing this|doing hiit|exercising|working out)`,
        `[honestly] am I {concern}`,
        // "Is it too late for me", "is it too late to start" (found by trying the console: "I don't know that one yet").
        `is it {concern}`,
        `(I'm|I am) {age} years old [is this safe for me|is this safe|is this okay for me|can I do this|can I still do this]`,
        `(I'm|I am) {age} (is this safe for me|is this safe|is this okay for me|can I still do this|should I be doing this)`,
        `(I'm|I am) over {age} (is this safe for me|is this safe|can I still do this)`,
        // Found by a helper trying the console as a 16-year-old: the slot kept "year old" alone, and lost the age.
        `is {move} (safe|okay) for a {age} year old`,
        `is it (safe|okay) for a {age} year old to do (this|these workouts|{move})`,
        `I've got {concern} is this safe`,
        `my {concern} has been aching [since yesterday's session|since yesterday]`,
        `I'm on {concern} is (hiit|this|exercise) alright for me`,
        `my (gp|doctor|physio) (says|said) I've got {concern}`,
        `I've had {concern} can I still do (bridges|deadlifts|this|these exercises)`,
        `I've gone a bit {concern}`,
        `should I check with my {concern} before starting [any of this]`,
        `is this {concern} or what`,
        `I'm recovering from {concern} is any of this okay for me`,
        `my {concern} hurts when I bend over is that normal`,
        `my {advisor} said no heavy lifting`,
        `I take {concern} can I still (do hiit|exercise|work out|do this)`,
        `my {concern} is (shot|wrecked|done in|messed up|acting up)`,
        `I had {concern} (last year|last month|recently|a few weeks ago|a few months ago)`,
        `I'm {concern} anything I should know [before starting|before I start]`,
        `my {advisor} (told me|said) (no lifting|not to lift|to rest|no exercise) [for six weeks|for now|for a while]`,
        `I've got {concern} in my (hips|knees|back|hands|spine) [will deadlifts make it worse]`,
        `I had {concern} [six weeks ago|a few weeks ago|recently] [when is it okay to start]`,
        `my {stiffPart} feels tight`,
        `my {numbPart} (goes|is going|keeps going) numb [when I bend forward|when I bend over]`,
        `my {numbPart} (is|feels|is feeling|went|has gone|is going|keeps going) numb`,
        `I'm on {concern} does that change anything`,
        `I have {concern} is (bending over|lifting|this) okay`,
        `I'm still recovering from {concern}`,
        `my {concern} spasms [after sitting|when I sit]`,
        `can you diagnose my {concern}`,
        `(I have|I've got|I get|I had) [a|an|some] {concern} (should I still|can I still|is it okay to|is it safe to) (exercise|work out|train|do this|do these)`,
        `(I have|I've got|I'm|I am|I'm on|I am on) [a|an|some] {concern} (is that a problem|is that okay|is that bad|does that matter)`,
        // "For" only with an article: "is it okay for me to have a beer" and "… for my rest day to be sunday" are no reports.
        `is (this|it|that) (safe|okay|alright) (with|if I have|if you have) [a|an] {concern}`,
        `is (this|it|that) (safe|okay|alright) for (a|an|someone with) {concern}`,
        `are these (exercises|workouts) (okay|safe|alright) if (you have|I have|you've got|I've got) [a|an] {concern}`,
        `(I have|I've got|I get) a (dodgy|bad|weak|sore|stiff|bum|really stiff|stiff sore) {concern}`,
        `I get {habit} (doing|during|when I do) (glute bridges|bridges|deadlifts|rows|supermans|the side plank|planks|the workout|this exercise|squats)`,
        `my {concern} (hurt|hurts|ache|aches) (in|during|on) the (side plank|plank|glute bridge|deadlift|superman|row|workout)`,
        `(I'm|I am) (really|so|very|still) {concern} (from yesterday|after yesterday|from my workout|from the workout|today)`,
        `is it (okay|safe|alright) to (work out|exercise|train) (when|while|if) I'm [still] {concern}`,
        `(I'm|I am) {concern} can I [still] do (these|these exercises|this workout)`,
        `I had {concern} (three months ago|six weeks ago|recently|a few months ago|last year)`,
        `can I (do this|exercise|work out|do these) after {concern}`,
        `(do|does) {concern} [actually|really] work`,
        `my leg's {concern}`,
        `I (can't|cannot) {concern}`,
        `(something doesn't feel right|something feels wrong|I hurt myself|I think I hurt myself|I've hurt myself)`,

        `[ow|ouch] (it hurts|that hurts|this hurts|it's painful|that really hurt|that really hurts)`,
        // The effort of a hard round said mid-workout ("I'm winded", "my glutes are burning is that ok"), and worse.
        `(phew|wow|man|oof|hold on|wait|okay|gosh) (I'm|I am) [so|really] {concern}`,
        `{concern} (is that|is this) (ok|okay|normal|alright|fine|bad)`,
        `I (feel|can feel) {concern} in my (hamstrings|legs|glutes|arms|thighs|quads|abs|core|shoulders)`,
        `is it normal (that|when) {concern} (during|in) (burpees|mountain climbers|hiit|the sprints)`,
        // Also the answer to "does it still hurt?" before a workout paused for pain goes on.
        `[yes|yeah] (it|it's|that) still (hurts|hurting)`,
        // Found by a helper trying the console as a cautious British user (December 3, fourth round): a twinge mid-lift.
        `(ooh|oof|ow) that (twinges|twinged|pulled) [a bit]`,
        `I (tweaked|pulled|twinged) it`,
        `is it (safe|okay|alright) to (carry on|keep going|continue) [now]`,
        // Found by a helper trying the console: "it aches" took "it" as the concern and was out of scope.
        `[yeah] (it|it still|it kind of) (aches|throbs) [a bit]`,
        `(it's|it is) (still aching|aching|throbbing|tender|a dull ache|kind of a dull ache)`,
        // The exercise is what hurts ("this hurts my back"), and pain said with a workout command: the safe answer first.
        // One pattern, so it takes one place a round and the health intent's other phrasings keep theirs.
        `((this|it|this exercise) (hurts|is hurting) [my] {concern}|(skip this one|stop|next one) (it hurts|it hurts my {concern}|my {concern} hurts|my {concern} is killing me)|my {concern} (is killing me|hurts) (skip this|stop|next one))`,
        `(it|that|this) hurts when I (bend|bend over|lift|squat|twist|do this|do that|exercise)`,
        `[ow|ouch|I think] {concern} (hurts|hurt|is killing me|is sore|aches|ache|is hurting|is painful|feels bad|hurts a lot|is injured)`,
        `{concern} (hurts|hurt|aches|ache|is sore) when I (do this|squat|bend|bend over|lift|exercise|do deadlifts|do rows|do bridges|do supermans|do planks)`,
        `{concern} (hurts|hurt|aches|ache|is sore) (during|after) (this|rows|deadlifts|the workout|exercise|planks|supermans|bridges|squats)`,
        `{concern} (aches|hurts|is sore) all the time`,
        `I (just|recently) had {concern}`,
        `{concern} hurts when I (squat down|bend down|get up)`,
        `(I have|I've got|I get|I'm getting|I had|I just had|I think I have|I have had) [a|an|some|bad|really bad] {concern} [right now]`,
        // Felt now: "a heart attack" here is one under way, where "I had a heart attack" is a condition (found by a helper:
        // "I'm having a heart attack" got the condition's answer).
        `(I'm having|I think I'm having) [a|an] {now}`,
        `(I have|I've got|I get|I feel|I had) [a|an|some|bad] {concern} in my (back|lower back|leg|legs|knees|neck|shoulder|feet)`,
        `(I had|I've had|I have had) [a|an|some] {concern} (last year|recently|last month|last week|a while ago)`,
        `I (felt|feel|got|had) (a|some) {concern} [in my (back|lower back|leg|knee)]`,
        `I felt something (go|click) in {concern}`,
        `(I feel|I'm feeling|I felt|I get|I'm getting) [a bit|really|very] {concern}`,
        `(I have|I've got|I get|I feel) (a|some) (sharp|shooting) pain in {sharp}`,
        // "Ow, sharp pain in my lower back" (found by a helper trying the console mid-HIIT: the lenient matcher alone).
        `[ow|ouch] (sharp|shooting|stabbing) pain in {sharp}`,
        `I (hurt|injured) {injured} (a few years ago|years ago|last year|a while back|a while ago)`,
        `I hurt {injured} years ago is it ok for me to do these exercises`,
        `I threw {injured} out (a few years ago|years ago|last year|a while back)`,
        `{injured} (goes out|gives out) (sometimes|now and then|every so often)`,
        // Found trying the console mid-workout: where and how it hurts said one after the other was out of scope.
        `{sharp} (hurts|is killing me) [it's a|like a] sharp pain`,
        `{sharp} hurts like a stabbing pain`,
        `I (feel|got) {concern} when I (exercise|work out|bend|bend over|lift|do this|squat|stand up)`,
        `I get {habit} (when|whenever|every time) I (exercise|work out|bend|bend over|lift|do this|squat|stand up|run)`,
        `I (get|have|feel) {concern} (down my leg|in my leg|in my legs|in my feet) [when I bend]`,
        `(I'm|I am) {concern}`,
        `(I'm|I am) on {concern}`,
        `(I'm|I am) on {concern} (medicine|medication|tablets) [will it affect this|is that okay]`,
        `(I'm|I am|I take|I'm taking) (on|) {concern} (will it affect this|is that okay|will they affect my weight|will it affect my weight)`,
        `I take {concern} for my (heart|blood pressure|diabetes|thyroid) (is it okay to|can I|is it safe to) (do hiit|exercise|work out|do this)`,
        `I just had {concern} can I (work out|exercise)`,
        `(I have|I've got|I had|I just had) {concern} (can I|should I|is it safe to|can I still) (do this|exercise|work out|do HIIT|do these exercises|train|do deadlifts)`,
        `(I'm|I am) {concern} (is this safe|is it safe|is this okay|is this safe for me)`,
        `(I'm|I am) {concern} (is it okay to|can I|should I) (cut calories|diet|eat less|exercise|work out|do this)`,
        `(I'm|I am) recovering from [a|an|my] {concern}`,
        `(can I|should I|is it safe to|is it okay to|is it alright to) (do this|exercise|work out|do HIIT|do these|do these exercises|train|do deadlifts) (with|if I have|after|during|while|when I'm) [a|an|my] {concern}`,
        `(can I|should I|is it safe to) (do these exercises|exercise|work out) (while|if I'm) {concern}`,
        `is this (safe|okay) for (someone|people) with {concern}`,
        `(I'm|I am) {concern} can I [still] (do this|exercise|work out|do HIIT|do these exercises)`,
        `(I have|I've got) {concern} how much (protein|exercise) is safe`,
        `(can I|should I) (take|use|try) {concern}`,
        `(are|is) {concern} safe`,
        `(are you|is this) [a|an] {concern}`,
        `(can you|could you) give me {concern}`,
        `are you qualified to give {concern}`,
        `(should I|do I need to) (see|check with|talk to|ask) (a|my) {concern} [first|before starting]`,
        `my {advisor} (told me|said) not to (lift weights|exercise|work out|do this)`,
        `(can|does|could) my {concern} cause (back fat|weight gain)`,
        `[I think] I (injured|hurt|twisted|pulled|strained) {concern} [last year|recently]`,
        `I (pulled|strained|tore) a muscle in {concern}`,
        'I think I {concern} (in my back|in my leg|doing deadlifts|lifting)',
        `I have (a|an) {concern} is it safe to do (these|this|these exercises)`,
        `my {concern} hurts when I do the (superman|bridge|glute bridge|deadlift|plank|side plank|row|rows|good morning)`,
        `my {advisor} told me to be careful with my (back|knees|spine)`,
        `(I take|I'm on) {concern} (medication|tablets|pills) [is that a problem|is that okay]`,
        `should I (consult|check with|talk to|see) my {concern} (before I begin|before I start|first|before starting)`,
        `I (felt|just felt) a (sharp|shooting|stabbing) pain in {sharp}`,
        `I felt a (sharp|shooting|stabbing) pain in {sharp} just now`,
        `I feel a (sharp|shooting|stabbing) pain in {sharp} [right now]`,
        `(ow|ouch|argh) {concern}`,
        `I have {concern} in my (knees|hips|back|hands|spine) (can I still do|is it okay to do) (the bridges|bridges|deadlifts|these exercises|this)`,
        `I get {habit} when I stand up (after the floor exercises|after floor work|after lying down)`,
        `I (just|recently) had {concern} (six weeks ago|a few weeks ago|a month ago|two months ago)`,
        `I pulled something in {concern} [last week|yesterday|today]`,
        `my {concern} has been (aching|hurting|sore|killing me) (for days|all week|for a week|for a few days)`,
        `I've done {concern} in`,
        `I had (a|an) {concern} (a few years back|a few years ago|years ago) [can I still do (deadlifts|this|these)]`,
        `I had {concern} on my (spine|back|knee|hip) (last year|recently|a few months ago) [is this (alright|okay|safe)]`,
        `I think I've {concern} [in my back] [doing (deadlifts|rows|the workout)]`,
        `I've got (a|an) {concern} is it safe for me to do this`,
        `(I'm|I am) {concern} is (this|that|it) (alright|okay|safe)`,
        `(I'm|I am) still (really|so|very) {concern} from yesterday's (session|workout) [should I train through it]`,
        `my {concern} hurts when I bend over to tie my (skates|shoes|laces)`,
        `(I'm|I am) on {concern} (tablets|pills|medication) is (hiit|this|exercise) (alright|okay|safe) for me`,
        `my (gp|doctor|physio) says I've got {concern} in my (spine|back|knees|hips)`,
        `(I'm|I am) type (one|two) {concern}`,
        `I had {concern} (six weeks ago|a few weeks ago|two months ago|recently) when can I (start|begin|exercise)`,
        `my {advisor} said no heavy lifting should I skip the deadlifts [then]`,
        `(I'm|I am) (ten|twelve|twenty|thirty) weeks {concern} [can I still do (these|this)]`,
      ],
    },
    {
      name: 'LogActivityIntent',
      maxSamples: 1310,
      slots: [
        { name: 'activity', type: 'ActivityName' },
        { name: 'duration', type: 'AMAZON.DURATION' },
        ...VERB_TIME_SLOTS,
        { name: 'correctedActivity', type: 'ActivityName' },
        // "No it was 7000 steps": the steps just logged, corrected (never steps added to them).
        { name: 'correctedSteps', type: 'AMAZON.NUMBER' },
        { name: 'steps', type: 'AMAZON.NUMBER' },
        // Steps said without "extra": maybe the day's whole count (see withDaySteps in build.ts).
        { name: 'daySteps', type: 'AMAZON.NUMBER' },
        { name: 'date', type: 'AMAZON.DATE' },
        { name: 'sets', type: 'AMAZON.NUMBER' },
        // "A thirty minute walk": a duration said right before the activity would put two slots side by side, so the
        // number of minutes is a slot of its own with "minute" between them.
        { name: 'minutes', type: 'AMAZON.NUMBER' },
      ],
      patterns: [
        // The day of the log just made, corrected (found by a helper trying the console: "no, that was yesterday" ended the
        // session; tried as a user: "no it was Monday" was not understood).
        `(no|actually|sorry|no sorry) (that|it) was [on] {date}`,
        // A time corrected with no unit ("actually it was 40", "make it 40", "sorry I meant 40 minutes"): found trying the
        // console as a user, each was not understood, and "make it 40" was heard as a level.
        // Not "make it {minutes}": "no make it 7" is a reminder's time (the level's open slot hears it over a log).
        `(actually|no|no wait|sorry|no sorry|oops) (it was|that was) {minutes}`,
        // Found by a helper trying the console as a parent (December 5): "actually 40" just after a walk was the fallback.
        `(actually|sorry|oops) {minutes}`,
        `it was (just|only|) {minutes}`,
        `(no|sorry|actually|oops|) I meant {duration}`,
        `(no|sorry|actually|oops|) I meant {minutes}`,
        `(actually|sorry|oops|no wait) {duration}`,
        // "Make it 45 minutes" just after a log (found in review: heard through the level's open slot, out of scope).
        `(make it|make that) {duration}`,
        `(actually|no|sorry) (it was|make it) {correctedSteps} steps`,
        `[no|sorry] I meant {correctedSteps} steps`,
        // Found in a fifth blind batch of 150 (December 4).
        "[I] (did|finished) {duration} of {activity} (just now|earlier)",
        "I (walked|did|got) (about|around|over) {steps} [extra] steps [today]",
        // Found in the development set (December 4, second pass).
        `I did a {minutes} minute {activity} (workout|session)`,
        `log a {minutes} minute {activity} (workout|session)`,
        // Found in the development set (December 4, second pass).
        `(put|mark) down (a|an|some|my) {activity} [session] [for me]`,
        `(put|mark) down that I did (a|some|my) {activity} [for me]`,
        `I (did|finished) the {activity} workout (on my own|by myself|you gave me)`,
        `just got back from a {minutes} minute {activity}`,
        // The time of a walk just logged, said after it ("I went for a walk", "about forty minutes"). Never a time alone:
        // "one minute" and "one second" mid-set are a pause.
        `(about|around|roughly|maybe|like|it was|it was about|it was around|I did|for|for about) {duration}`,
        `(it took|that was|that was about) {duration}`,
        // Found by a helper trying the console: a correction asked what was done, and the answer logged a second walk.
        `(actually|no|no wait|sorry|oops) (it was|that was|make that|make it) {duration} [actually]`,
        // What was done, corrected (found by a helper trying the console, December 3): "no sorry, it was a walk".
        // Said alone too, as the note after a walk asks ("it was a brisk walk").
        `[no|no sorry|sorry|actually] it was a {correctedActivity}`,
        `(can you|could you|please) change (that|it) to {duration}`,
        `change (that|it) to {duration} [please]`,
        `it was (actually|really) {duration}`,
        // Found by helpers trying the console as users (December 3, second round).
        `today I did my {activity} [workout|session]`,
        `[ok|okay|so] I went for a {activity} for {duration} [today|this morning|this evening]`,
        `(I have|I've) done {minutes} minutes [of] {activity} [today|this morning]`,
        `I got (about|around|like|almost|over) {steps} steps [today]`,
        // Found by a helper trying the console as a user (December 3).
        `[I] went for a {minutes} minute {activity} [on] {date}`,
        `log a {activity} session (for|on) {date}`,
        `I {activity} (a five k|five k|a ten k|ten k|a mile|two miles|three miles|five miles|a half marathon) [{date}|this morning|today]`,
        `[I] did my {activity} (this morning|this afternoon|tonight|{date})`,
        `I went to the {activity} [today|this morning|{date}]`,
        // Found by a helper trying the console as a user (December 3).
        `[I] did {duration} on the {activity} [today|this morning|{date}]`,
        `I {activity} (like|about|around|for like|for about|for around) {duration} [today|this morning|{date}]`,
        `[I] did a (bit|little bit|little|quick bit) of {activity} [today|this morning|{date}]`,
        `I did {minutes} minutes [of] {activity} (in the morning|this morning|today)`,
        // Found in blind batches in British, Australian and Canadian English (December 2).
        "{date} I went {activity} [for {duration}]",
        "[on] {date} I did {sets} sets of {activity}",
        "log {steps} steps (for|from) {date}",
        // Found in a blind batch of 320 (December 2).
        "[so] I went for a {minutes} minute {activity}",
        "I just got back from a {minutes} minute {activity}",
        "log {sets} sets of {activity}",
        "I went {activity} on {date}",
        "[I] walked {steps} steps [today]",
        "I forgot to tell you I did {activity} [today]",
        "I {activity} for {duration} [this morning|today]",
        `log a half hour {activity}`,
        `managed {steps} steps [today]`,
        `log {steps} steps`,
        `add {steps} steps`,
        `(I did|I've done|I just did|I've just done|I had|I went for|I went on|I've been for|I just went for|I completed|I finished|just finished|finished|did) (a|an) {minutes} minute {activity} [session|workout|class] [today|this morning|this afternoon|this evening|earlier]`,
        `(log|record|add|put down|track|count) (a|an) {minutes} minute {activity} [session|workout|class] [for today|{date}]`,
        `{date} I did (a|an) {minutes} minute {activity} [session|workout|class]`,
        `(put down|mark down|note down|note that I did|add) [a|an|some] {activity} [session|workout] [today]`,
        `(put down|mark down|log|record) {duration} of {activity}`,
        `(I went on|I went for|I did) (a|an) {activity} (this morning|this afternoon|this evening|earlier|today)`,
        `(I've just done|I just did|I did|I've done) {steps} steps [today]`,
        `(count|log|add|record) {steps} steps`,
        `log {duration}`,
        `(finished|done|completed|just finished) my {activity} (routine|session|workout)`,

        // "last night" is a date like "yesterday"; a date beside another slot needs words between them.
        `${I_DID} [my] {activity} [workout|session|day] [today|{date}]`,
        `(I did|I've done|I just did|I had|done) (a|some|a bit of|a few minutes of|a quick|an) {activity} [workout|session|class] [today|{date}|this morning|this evening|earlier]`,
        `(I did|I went|I went for a|I had a|I did a) {activity} [workout|session|class] (this morning|this afternoon|this evening|tonight|earlier|in the morning|at the gym)`,
        `${I_DID} [a|some] {activity} for {duration} [today|{date}]`,
        `{date} (I|I just) {activity} [for {duration}]`,
        `{date} (I did|I've done|I went for a|I had a) {activity} [for {duration}]`,
        `(this morning|this evening|earlier) I did {duration} of {activity}`,
        `(I|I just) {activity} for {duration} on {date}`,
        `${I_DID} {sets} sets of [my|the] {activity} [today|{date}]`,
        `{sets} sets of {activity}`,
        `(I|I just) {activity} on {date}`,
        `(I|I just) {activity} for {duration} and {steps} [extra] steps [today|{date}]`,
        `${I_DID} {duration} of {activity} [today|{date}]`,
        `(I|I just|I've|I have|log it I) {activity} (for|about) {duration} [today|{date}]`,
        `(I|I just) {activity} [today|{date}|to work|to work today|around the park|to the shops and back|around the block]`,
        `[okay so] I {activity} the dog [for {duration}|for like {duration}|for about {duration}]`,
        `(I went|went|I've been|I have been|I just went) {activity} [for {duration}] [today|{date}|this morning]`,
        `(I went for|I just went for|went for|I took|I had|I've been for|I've just been for|I have been for) (a|an) {activity} [today|{date}|earlier]`,
        `(I just got back from|just got back from|I'm just back from|I'm back from) (a|my) {activity}`,
        `(log|record|track|count) ${MY_THE} {activity} [workout|session] [for today|{date}]`,
        `add (my|a|the|an) {activity} [workout|session] [for today|{date}]`,
        `(please|can you|could you) (log|record|add) (my|a|the) {activity} [for me|to my log]`,
        `(log|record|add) (my|a|the) {activity} (for me|to my log)`,
        `(I'd like to log|I want to log|I'm logging) (a|my) {activity} [session|workout|class]`,
        `[can you|could you|please] (log|record|add) {duration} of {activity}`,
        `(I walked|I've walked|I did|I've done|I got|I hit|I reached|log|add|record|put down) {steps} [extra] steps [today|{date}]`,
        `my step count [today] is {steps}`,
        // The walk is the activity ("I walked for 45 minutes" is {activity} for {duration}), so its minutes are a walk's.
        `I went for a {activity} for {duration} [today|{date}]`,
        `{date} I went for a {activity} for {duration}`,
        `I did {duration} of {activity} this morning`,
        `put down that I did {activity} for {duration}`,
        `I went {activity} with my (grandson|granddaughter|kids|wife|husband|friend|dog) [this afternoon|this morning|today]`,
        `I got in {steps} steps [today]`,
        `I got {steps} steps in today`,
        `did {duration} of {activity} this morning`,
        `I did a {minutes} minute {activity} (this morning|this afternoon|this evening|today)`,
        `[I] had a {activity} for {duration}`,
        // A time said straight after the verb, with no "for" (found by a helper trying the console, December 3): the
        // verb says what was done, so each kind keeps its time in a slot of its own (an activity slot there would sit
        // beside the time).
        ...VERB_TIME_PATTERNS.map((pattern) => `${pattern} [today|this morning|this evening|earlier]`),
      ],
    },
    {
      // "Yesterday" and "last night" said after the activity: a date there would sit beside another slot.
      name: 'LogYesterdayIntent',
      // The last 30 combinations ("I went on an {minutes} minute {activity} workout last night": a or an, on or for, each
      // with class, session and workout) matched no tuning or development utterance; their room went to choosing the
      // weekdays of reminders, so the topic intent keeps its own; 20 more, to new days said over a reminder said back
      // ("make it every Monday and Thursday"). Each cut sample still reaches this intent through the model.
      // Its last 15 more matched no tuning, development or safety utterance either (December 6).
      maxSamples: 196,
      slots: [
        { name: 'activity', type: 'ActivityName' },
        { name: 'duration', type: 'AMAZON.DURATION' },
        ...VERB_TIME_SLOTS,
        { name: 'steps', type: 'AMAZON.NUMBER' },
        // Steps said without "extra": maybe the day's whole count (see withDaySteps in build.ts).
        { name: 'daySteps', type: 'AMAZON.NUMBER' },
        { name: 'sets', type: 'AMAZON.NUMBER' },
        { name: 'minutes', type: 'AMAZON.NUMBER' },
      ],
      patterns: [
        // Found by a helper trying the console as a busy user (December 6): logged for today, "yesterday" lost.
        `[I] [also] did {duration} on the {activity} yesterday`,
        // "No, that was yesterday" is a day said over the log just made: LogActivityIntent's, with the date in its slot.
        `that was yesterday not today`,
        // Found in a fifth blind batch of 150 (December 4).
        "(log|record|add) (a|my) {activity} (for|from) yesterday",
        // Found in a second blind batch of 100 across every feature (December 4).
        `log yesterday's {activity} [workout|session]`,
        // Found in the development set (December 4, second pass).
        `yesterday I did (about|around|like) {duration} of {activity}`,
        `add {daySteps} steps for yesterday`,
        // Found by a helper trying the console as a new user, and in the development set (December 4).
        `I walked yesterday too`,
        // Found by a helper trying the console as a user (December 3).
        `yesterday I (did|finished|completed) (my|a|the) {activity} (workout|session)`,
        // Found in blind batches in British, Australian and Canadian English (December 2).
        "went for a {activity} [for {duration}] yesterday",
        // Found in a blind batch of 120 across every feature (December 2).
        "I did {activity} for [like|about|around|maybe] {duration} yesterday",
        // Found in a blind batch of 320 (December 2).
        "yesterday I did {duration} of {activity}",
        "I forgot to tell you I did {activity} yesterday",
        `log a {activity} from yesterday`,
        `yesterday I got {steps} steps`,
        `add yesterday's {activity} [session]`,
        `(I did|I had|I went for|I went on) (a|an) {minutes} minute {activity} [session|workout|class] (yesterday|last night)`,
        `I forgot to log (yesterday's|my) {activity} [from yesterday]`,
        `(log|record|add) a {activity} (workout|session) for yesterday`,
        `(I|I just) {activity} [for {duration}] (yesterday|last night)`,
        // With "workout" or "session" between them, the activity and the date are LogActivityIntent's.
        `${I_DID} [my] {activity} (yesterday|last night)`,
        `(I went|I went for a|I had a) {activity} [for {duration}] (yesterday|last night)`,
        `{steps} [extra] steps (yesterday|last night)`,
        `${I_DID} {sets} sets of [my|the] {activity} (yesterday|last night)`,
        `I forgot to log yesterday I went for a {activity}`,
        `[I] forgot to log yesterday's {activity}`,
        `log yesterday's {activity}`,
        ...VERB_TIME_PATTERNS.map((pattern) => `${pattern} (yesterday|last night)`),
      ],
    },
    {
      name: 'FinishedTodayIntent',
      maxSamples: 432,
      // "I did my workout yesterday": that day's planned session.
      slots: [{ name: 'date', type: 'AMAZON.DATE' }],
      patterns: [
        // Found in the development set (December 4, second pass).
        `(I have|I've) (done|completed) my (exercise|training) for today`,
        // Found in the development set (December 4, second pass).
        `(finished|done) that's me for the day`,
        `[yeah|okay] I (did|finished|completed) (my|the) workout {date}`,
        `I (did|finished|completed) {date} workout`,
        // Found by a helper trying the console: "log my workout from yesterday" went to today.
        `(log|mark|record) (my|the) workout (from|for) {date}`,
        `(log|mark|record) {date} workout [as done]`,
        // Found by a helper trying the console as a user (December 3).
        `[yeah|okay] [I] (did|finished|completed) the workout [today|already|earlier]`,
        // Found in a blind batch of 120 across every feature (December 2).
        "(mark|log) today's workout [as] (done|complete|finished)",
        "(yep|yeah|) [I] did today's workout [mark it done]",
        // Found in a blind batch of 240 (December 2).
        `that's it for today log it`,
        `all done mark today (complete|as done)`,
        `that's me for the day`,
        // Found in a blind batch of 320 (December 2).
        "[yep|yeah] I already finished (today's|my) workout",
        `done today's workout`,
        `all done with today's workout`,
        `done with today's (session|workout)`,
        `I already did my workout [this morning|today]`,
        "(can you|please) mark today as (done|complete|finished)",
        "I completed today's (session|workout) [earlier]",

        `(I finished|I've finished|I have finished|I did|I've done|I have done|I completed|I've completed|I have completed|just finished|I already did|I smashed) (today's|my) (workout|session|training)`,
        `(I did|I finished|I've finished|I have finished|I've done|I have done|I've completed|I have completed|I got) my (workout|exercise|training|session) [in] (today|for today)`,
        `I finished today's plan`,
        `I did (the workout you gave me|everything on today's plan) [today]`,
        `I've (done my workout|already worked out) [for] today`,
        `(today's workout is|my workout is|today's session is|today's training is) (done|complete|finished|done and dusted)`,
        `(mark|log|tick off|check off) today's (workout|session) [as (done|complete)]`,
        `(mark today as done|check off today|log my workout|workout complete|done with my workout)`,
        `I got today's (session|workout) done`,
        `I already did today's workout [this morning]`,
        `that's today's (session|workout) done and dusted`,
        `(I did|I finished|I've done|I completed) (the|my) (whole|full|entire) workout`,
        `(I did|I finished|I've done|finished|done) my workout (this morning|this afternoon|this evening|earlier|already)`,
        `finished my (workout|session|training) [today]`,
      ],
    },
    {
      name: 'WeeklyProgressIntent',
      // 4 more for "did I do enough" (December 6), and 4 for a progress report (December 7), so none before is pushed out.
      maxSamples: 397,
      slots: [
        { name: 'date', type: 'AMAZON.DATE' },
        // "How much cardio did I do this week": a kind of activity asked about (tried as a user: the cardio tip).
        { name: 'activity', type: 'ActivityName' },
      ],
      patterns: [
        // Found by a helper trying the console as a tired office worker (December 7): the lenient matcher alone, or the fallback.
        "so how am I doing [this week]",
        "did I do enough this week",
        // Found by a helper trying the console in three English locales (December 7): the fallback.
        '[give me] (my|a) progress report',
        'my progress this week',
        // Found by helpers trying the console in en-CA, en-AU and en-US (December 6): the fallback.
        `how's this week [going]`,
        `(what's|what have I got|what have you got) logged [so far]`,
        `is my workout logged`,
        // Found by a helper trying the console as a 52-year-old (December 6): the fallback.
        `[so] (did I do|have I done) enough`,
        // Found by a helper trying the console (December 5): only the lenient matcher heard it, said after a workout.
        `[so] how did I do`,
        // Tried as a user (December 5): "how much cardio did I do this week" got the cardio tip, with no number.
        `how (much|many) {activity} (did I do|have I done|have I logged|did I log) [{date}]`,
        `how many minutes of {activity} (did I do|have I done) [{date}]`,
        // Found in a fifth blind batch of 150 (December 4).
        "how am I doing (with|on) my (progress|goals|workouts)",
        // Found in a blind batch of 120 across every feature (December 4, third).
        `how am I getting (on|along) [this week]`,
        // Found by a helper trying the console as a sceptic, an Australian and a pregnant Briton (December 3, fifth round).
        `how did my week go`,
        // Found by helpers trying the console (December 5): heard only by the lenient matcher.
        `how was my week`,
        `how'd I do this week`,
        `how has my week (gone|been)`,
        // Found by trying the console as a user: "am I behind" was taken by the health intent's open slot.
        `am I (behind|ahead|falling behind|keeping up|on schedule) [this week|on my workouts|with my workouts]`,
        // Found by helpers trying the console as users (December 3, second round).
        `what's left (for this week|this week|for the week)`,
        `what (do I have|have I got) left (this week|for the week|for this week)`,
        // Found by a helper trying the console as a user (December 3).
        `how much (I have|have I) done {date}`,
        // Found in blind batches in British, Australian and Canadian English (December 2).
        "how's my progress (this week|so far)",
        // Found in a blind batch of 120 across every feature (December 2).
        "how am I doing so far [this week]",
        "(show|give|tell) me my progress [so far|this week]",
        // Found in a blind batch of 240 (December 2).
        `give me my weekly summary`,
        // Found in a blind batch of 320 (December 2).
        "(what's|what is) my progress so far [this week]",
        `my stats`,
        `give me my weekly progress`,
        "[so] what's my progress looking like",
        "how many (workouts|walks|sessions) have I done [so far] this week",
        "how's my (progress|week) (looking|going)",

        `how (am I|have I been) (doing|tracking) [this week|{date}]`,
        `${ASK} (what's|what is|tell me|check|give me|read me) my (progress|streak|weekly report|week|weekly summary|log|stats for the week) [this week|{date}]`,
        `(give me|can I get) a (progress report|recap of my week)`,
        `am I doing (enough|okay|alright|well) [this week]`,
        `did I (work out|exercise|train|do anything) [on] {date}`,
        `have I (worked out|exercised|trained|done anything) [on] {date}`,
        `(how's|how is) (my|the) (week|progress) [going|looking] [so far]`,
        `what (did I do|have I done|have I logged) [so far] [this week|{date}]`,
        `how much (have I done|did I do) [{date}]`,
        `have I hit my goals [this week]`,
        `how long is my streak`,
        `how did {date} go`,
        `how many (workouts|sessions|steps|days) (have I done|have I logged|did I do|did I log|have I trained|did I train|have I completed|did I complete|have I worked out|did I work out) [in a row|this week|{date}]`,
        `how many days in a row have I trained`,
        `(am I|was I) on track [this week|{date}]`,
        `how did (I do|it go) {date}`,
        `(what's left|how many sessions do I have left) [this week]`,
        '(weekly progress|my progress)',
        `what are my stats`,
        `(give us|give me|show me|show) my stats`,
      ],
    },
    {
      name: 'SetLevelIntent',
      maxSamples: 284,
      slots: [{ name: 'level', type: 'LevelName' }],
      patterns: [
        // Found by a helper trying the console as a tired office worker (December 7): the lenient matcher alone, or the fallback.
        "[actually] [no] go back to {level}",
        // Plain phrasings the development set missed (December 7).
        "[I'm pretty experienced] (put me on|set me to) {level}",
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "set level {level}",
        "set my level to {level} [please]",
        "(please|can you) set me to {level}",
        // Found by a helper trying the console as a sceptic, an Australian and a pregnant Briton (December 3, fifth round).
        `[can you] bump me (up|down) to {level}`,
        // Found by a helper trying the console: to "I can set beginner, intermediate, or advanced. Which one?", "beginner"
        // alone was not understood, nor "put me on the easy one".
        `{level} [please]`,
        `(the|) {level} (one|level) [please]`,
        // Not "give me {level}": two words before an open slot took "give me some diet plan".
        `(I'd like|I want) (the {level} (one|level)|{level}) [please]`,
        `[could you|can you] [please] put me on {level} [please]`,
        // Found by a helper trying the console as a user (December 3).
        `[actually] (can I|I want to|let me) (go back|drop back|switch back|move up) to {level}`,
        // Found in blind batches in British, Australian and Canadian English (December 2).
        "(put|set) me on the {level} (level|plan)",
        // Found in a blind batch of 120 across every feature (December 2).
        "I'm [pretty|really] (fit|in good shape) (put me on|switch me to) {level}",
        // Found in a blind batch of 320 (December 2).
        "put me on {level} please",
        `can you put me on {level}`,
        `(put|slap|set) me on {level}`,
        `make me a {level}`,
        "{level} level please",
        "I'd like the {level} level",

        `(set|change|switch|put|move) (my level|me|it|my difficulty|my fitness level) to {level} [level|mode]`,
        `(can you|could you|please) (set|change|switch|put) (my level|me|my difficulty) to {level}`,
        `[I'm pretty experienced|I'm new to working out so] (switch|put|move|start) me (to|on|as) [a|an|the] {level} [level|plan]`,
        `(switch|go) to {level} [level]`,
        `(make me|I'm a|I'm at|I am a|I am at|I'm|I am|I'd say I'm|I'm a total|I'm a complete|I'm an absolute|I'm pretty) {level} [level]`,
        `(set|use) {level} (level|mode|doses)`,
        `I want the {level} (level|plan)`,
        `my level is {level}`,
        `${WANT} (change|set|update) my [fitness] level`,
        `(set|update) my level`,
        'level {level}',
        `I'm a complete beginner so start me there`,
        `I'd like the {level} level [please]`,
        `(put me on|put me at|start me on) {level}`,
        `I'm pretty new to all this so put me on {level}`,
      ],
    },
    {
      name: 'ChangeLevelIntent',
      maxSamples: 275,
      slots: [{ name: 'direction', type: 'LevelDirection' }],
      patterns: [
        // Found by helpers trying the console as a tired parent and an older British user (December 7).
        "[okay] this is too hard make it {direction}",
        "(I would like|can I have) an {direction} level",
        "can I make it {direction} please",
        // Plain phrasings the development set missed (December 7).
        'tone it down please',
        'I want to change my difficulty',
        'could you make it a bit easier for me',
        // Found in a fifth blind batch of 150 (December 4).
        "(I'd like to|I want to|can I|let me) (switch|change|move) to a (different|new) level",
        // Found in a second blind batch of 100 across every feature (December 4).
        `[can you|could you] go (a little|a bit) {direction} on me`,
        // Found in a blind batch of 120 across every feature (December 2).
        "(can you|could you) make (my workouts|it) [a bit] {direction} [from now on|please]",
        // Found in a blind batch of 320 (December 2).
        "can you make the (workouts|workout) a bit {direction}",
        `could you make it a bit {direction} from now on`,
        `can you dial it {direction} a notch`,
        `(bump|move|take|step|put) me {direction} a level`,
        `bump my level {direction}`,
        `make the (program|plan|workouts) a bit {direction} [for me] [going forward]`,
        "(can we|could you) make (them|the workouts|it) a bit {direction}",
        "I want {direction} workouts",
        "{direction} the difficulty [please]",
        "I'd like to change the difficulty level",

        `${CAN_YOU} make (it|the workouts|this|my workouts|them) {direction}`,
        `(can we|let's) make it {direction}`,
        `(this is|it's|that's) {direction} [for me]`,
        `(go|be) {direction} on me`,
        `[I reckon] I (want|need|could handle) (it|them|) {direction}`,
        `give me {direction} workouts`,
        `${ASK} (turn|bump|crank|dial|take|step|kick|tone) (it|things) {direction} [a notch|a bit|a little]`,
        `${ASK} (turn|bump|crank|dial|take) {direction} the (difficulty|intensity)`,
        `${ASK} {direction} the (difficulty|intensity|level)`,
        `can you (bump|move|take|put) me {direction} a level [I'm finding everything pretty manageable now]`,
        `can you dial it {direction} a notch [I'm struggling to keep up with it]`,
      ],
    },
    {
      name: 'MyLevelIntent',
      // 203 until the "so …" forms of asking which level went (December 6): none was said in any set, and the room went to
      // phrasings helpers trying the console said.
      maxSamples: 167,
      patterns: [
        // Found by a helper trying the console as an older user (December 5): the fallback. The answer says who each suits.
        "(what|which) level should I (be at|start at|choose)",
        "which level is right for me",
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "what level am I on [now|at the moment]",
        // Found in a blind batch of 120 across every feature (December 4, third).
        `am I still on (beginner|intermediate|advanced) [level]`,
        `what difficulty have you got me (set to|on)`,
        "what difficulty level am I (at|on)",
        `am I on (beginner|intermediate|advanced) or (beginner|intermediate|advanced)`,

        `${ASK} (what's|what is|tell me|remind me of|say) my [current|fitness] (level|difficulty|difficulty setting)`,
        `(what|which) (level|difficulty) (am I|am I on|am I at|am I set to|is mine|did I pick|is my workout|have you got me at|have you put me on)`,
        `remind me what level I'm (at|on)`,
        '(what level|which level|my level) [please]',
        "(what's|what is) my (workout|training) level",
        // Found in review: "what is {exercise}" took it as a move.
        "(what is|what's) my (level|difficulty) (again|now)",
        'am I (a beginner|intermediate|advanced) [or|] [what]',
        'am I set to beginner intermediate or advanced',
        `(what|which) level (am I|am I on|am I at|am I set to)`,
        `what difficulty am I (on|set to)`,
      ],
    },
    {
      // One more for a day off asked for instead (December 7), from the topic intent's last combinations.
      name: 'SetRestDayIntent', maxSamples: 309,
      slots: [
        { name: 'day', type: 'AMAZON.DayOfWeek' },
        // A weekday said alone: the answer to "which day would you like to rest?", or a question about that day.
        { name: 'answerDay', type: 'AMAZON.DayOfWeek' },
        // A day said alone otherwise ("yesterday", "today"): the answer to "which day was that?" of a log.
        { name: 'answerDate', type: 'AMAZON.DATE' },
        // Two days off asked for ("I want Wednesdays and Sundays off"): the plan keeps one, and which is asked.
        { name: 'otherDay', type: 'AMAZON.DayOfWeek' },
      ],
      reserved: {
        max: 31,
        patterns: [
          // Found by helpers trying the console as a warehouse worker and a Chennai teacher (December 7): the first day
          // was set, and the second said nothing of, or "I want sunday and saturday both rest" undid Saturday unsaid.
          "(I want|I'd like) {day} and {otherDay} (off|as my rest days|both rest)",
          // Found in review: each set the first day.
          "{day} and {otherDay} off please",
          "I want to rest on {day} and {otherDay}",
          "make {day} my rest day and {otherDay} too",
          "(make|set) {day} and {otherDay} (my|as my) rest days",
          "can I (have|take) {day} and {otherDay} off",
        // Found by helpers trying the console as a tired parent and an older British user (December 7).
        "I would like {day} as my rest day",
          // Found by a helper trying the console: to "Which day would you like to rest?", "sunday" reached the
          // fallback and "sunday please" a level.
          `{answerDay}`,
          `{answerDay} please`,
          `(make it|let's say|let's make it|maybe|I'd say) {answerDay}`,
          `[on] {answerDay} (I guess|I think|then)`,
          // Found by a helper trying the console: to "Which day was that?", "yesterday" and "today" reached the fallback.
          // Never the day alone: "tonight" and "this morning" are days to AMAZON.DATE as well as times, and over a
          // reminder's time said back they move it (found by the tests); the question says "it was yesterday" instead.
          `it was {answerDate}`,
          `on {answerDate}`,
        ],
      },
      patterns: [
        // Found by a helper trying the console as a Canadian office worker (December 7): the health answer's "not something
        // I can help with".
        'can I have {day} off instead',
        // Found in a blind batch of 120 across every feature (December 4, third).
        `(I'd like|can I have|give me) {day} off please`,
        `can I have {day} off`,
        // Found by a helper trying the console as a user (December 3).
        `(I want|I'd like) my (rest day|day off) to be [on] {day} [instead|please]`,
        `[can you] make my (rest day|day off) {day} [instead|please]`,
        // Found by a helper trying the console: "I'd like to have Sundays off" started today's workout.
        `(I'd like|I want|I would like) to (have|take) {day} off [if that's alright|if that's okay|please]`,
        // Found in a blind batch of 240 (December 2).
        `I want {day} off`,
        // Found in a blind batch of 320 (December 2).
        "I (wanna|want to) rest on {day}",
        `I'd like {day} off as my rest day`,
        `I'd like {day} to be my rest day`,
        `rest day on {day} [please]`,
        "{day} should be my rest day",
        "change (my|the) rest day to {day}",
        "I want to rest on {day}",
        "can my day off be {day}",
        `can {day} be my (rest day|day off)`,

        `(make|set|put) {day} (my|a|the|as my) (rest day|day off|recovery day)`,
        `(let's|can we) make {day} (my|a|the) (rest day|day off)`,
        `(set|change|move|switch|put) my (rest day|day off) (to|on|as) {day} [please]`,
        `(can you|could you|please) (set|change|move|switch) my (rest day|day off) (to|as) {day}`,
        `(I want|I'd like) (my rest day|my day off|to rest) on {day}`,
        `(I want|I'd like) {day} to be my (rest day|day off)`,
        `(can I have|I'll have) {day} as my (rest day|day off)`,
        `(I'll|I want to|I'd like to) rest on {day}`,
        `my (rest day|day off) should be {day}`,
        `(my rest day is|{day} is my rest day|give me {day} off|I'd like {day} off|I take {day} off|I'll take {day} off|rest day on {day})`,
        `${WANT} (change|set|pick) my (rest day|day off)`,
        `(set my rest day|pick a new rest day|choose my rest day)`,
        "I can't train on {day} [so make that my rest day]",
        `I'd like {day} to be my day off`,
        `can my rest day be {day}`,
        `I want {day} as my rest day`,
        `can you make {day} my rest day`,
        `can you set my rest day to {day}`,
      ],
    },
    {
      name: 'MyRestDayIntent', maxSamples: 150,
      patterns: [
        // Found in a blind batch of 120 across every feature (December 2).
        "(when's|when is|which day is|what's|what is) my (rest day|day off) again",
        `which day's my rest day`,
        `do I (even|) have a rest day`,
        "which day do I get off",
        `what day do I (get|have) off`,
        `(when's|when is) my (day off|rest day) from (workouts|training|exercise)`,
        `do I have a (rest day|day off) this week`,

        `(when's|when is|what's|what is|which day is|which is) my (rest day|day off|recovery day|off day)`,
        `(what|which) day (do I rest|am I resting|can I take off|is my rest day|is my day off|is my off day|did I pick for rest|have you set as my rest day)`,
        `when do I (get|have) (a|my) (day off|rest day)`,
        `do I have a rest day [set]`,
        `remind me when my rest day is`,
      ],
    },
    {
      name: 'UndoIntent', maxSamples: 206,
      patterns: [
        // The skill's own words after it ("I took that off"), said back (found by a helper trying the console).
        "take (that|it) off",
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "(scrap|scratch) that last one",
        // Found in a blind batch of 120 across every feature (December 2).
        "[oops] (remove|delete|undo) the last (thing|one) [I logged]",
        // Found in a blind batch of 240 (December 2).
        `that was wrong take it off`,
        `delete the last thing I logged`,
        // Found in a blind batch of 320 (December 2).
        "[oops] that was wrong (remove|undo) (the last one|that)",
        "take (that|the) last (entry|one) off",
        `undo that last one`,
        `take back the last thing I logged`,
        `remove the last entry`,
        "I logged that (walk|workout|run) by mistake [please remove it]",
        "[oops] remove (that|the last) log",
        `undo the last (thing|activity|workout) I (logged|added|recorded)`,
        `[oops] I logged that by (mistake|accident)`,

        `[oops|please] undo [that|it|the last one|my last log|my last entry|the last activity]`,
        `(remove|delete|cancel|take off|take back|scratch|reverse) (that|the last log|the last entry|that log|that last one|my last log|that last log|my last entry|what I just logged|that last workout I logged)`,
        `(take that last one off|scratch that|scratch that last one|that was a mistake|that's wrong|take that back|reverse that)`,
        `(that was a mistake|that's wrong) (undo it|take it off my log|remove it)`,
        "I (didn't|did not) (do that|mean to log that)",
        "I logged that by accident",
        `oops take that back [I didn't mean to log that]`,
        `take that last one back`,
      ],
    },
    {
      // An earlier log, found by its kind and day ("delete the walk", "take off the run from yesterday", "I logged strength
      // twice"): asked about first, taken off on a yes. "Yesterday's run" keeps the day in the carrier, as a log's
      // time after its verb does (VERB_TIMES): the activity there has a slot of its own.
      name: 'RemoveLogIntent', maxSamples: 64,
      slots: [
        { name: 'activity', type: 'ActivityName' },
        { name: 'date', type: 'AMAZON.DATE' },
        { name: 'yesterdayActivity', type: 'ActivityName' },
        { name: 'otherActivity', type: 'ActivityName' },
      ],
      patterns: [
        // Kept as patterns of their own when the last rounds of this intent were cut (December 5).
        "can you delete the {activity}",
        "take off yesterday's {yesterdayActivity}",
        "I want to delete a log",
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "(delete|remove) the {activity} from my (log|week)",
        // Found in a fifth blind batch of 150 (December 4).
        "take off (the|my|that) {activity}",
        // Found in a second blind batch of 100 across every feature (December 4).
        `(delete|remove) the last {activity} I logged`,
        `(delete|remove) the {activity} I just logged`,
        `(delete|remove) the {activity}`,
        // "Remove monday's run": the slot takes the day with the kind (a slot takes no "'s"), and the skill reads both.
        `(delete|remove) {activity}`,
        // "Delete that one" while a removal is asked about: that one (found in review: it was heard as a level).
        `(delete|remove) that {activity}`,
        `take off the {activity} (from|on) {date}`,
        `(remove|delete) my last {activity} session`,
        `(remove|delete) the last {activity}`,
        `(delete|remove) (the|my) {activity} (from|on) {date}`,
        // Tried as a user: "remove the walk from yesterday" had no sample, and the slot took "walk from yesterday".
        `(remove|delete) the {activity} from {date}`,
        `(remove|delete) the {activity} I (did|logged) {date}`,
        `(delete|remove|take off) yesterday's {yesterdayActivity}`,
        `(delete|remove) the {activity} I logged`,
        `I logged {activity} twice [by mistake|by accident]`,
        `I logged (the|my) {activity} twice`,
        `(that|the) {activity} (on|from) {date} (didn't happen|never happened|was a mistake)`,
        `(delete|remove|erase) (a log|an entry|something I logged)`,
        `(delete|remove) the one (from|on) {date}`,
        `(no|no not that one) the one (from|on) {date}`,
        // "No, the other one" while a removal is asked about (found in review: it was heard as a level). The "other" is
        // the carrier's: said with no removal asked about, it is none.
        `(no|no not that one) the other {otherActivity}`,
        `take (the|that) {activity} off my log`,
        `(delete|remove|erase|scratch) (my|that) {activity}`,
        `I logged a {activity} by (mistake|accident)`,
        `I didn't (do|go for) (the|that) {activity} on {date}`,
        `(can you|please) (delete|remove) the {activity}`,
        `I (want|need) to (delete|remove) (a log|an entry)`,
        `(fix|correct) my log`,
      ],
    },
    {
      name: 'ResetWeekIntent', maxSamples: 262,
      patterns: [
        // Found in a fifth blind batch of 150 (December 4).
        "(clear|wipe|erase|delete) (everything|it all|all of it) (for|from) this week",
        // Found in a second blind batch of 100 across every feature (December 4).
        `(clear|wipe|reset) this week and start (fresh|over)`,
        // Found in a blind batch of 120 across every feature (December 2).
        "(clear|reset|wipe) this week's progress [I want to start (fresh|over|again)]",
        // Found in a blind batch of 240 (December 2).
        `clear this week and let me start fresh`,
        `wipe this week's progress and start again`,
        `clear out this week`,
        `wipe this week's progress`,
        "(can you|please) reset my week [for me]",
        "wipe this week's activity",
        `(wipe|clear|reset|erase) my (progress|log|activity) (for|from) this week`,
        `(can you|could you|please) (reset|clear|wipe) this week's (activity|log|progress)`,

        `(reset|clear|wipe|restart|erase|delete|zero out) (this week|my week|the week|my weekly progress|this week's progress|my progress this week|this week's log|the week's log|this week's workouts|the weekly tracker)`,
        `(I want to|I'd like to|can you|could you|please|let's) (reset|clear|wipe|erase) (this week|my week|my progress for this week|this week's progress)`,
        `start (this week|the week) (over|fresh)`,
        `wipe the week clean`,
        `(erase|clear) everything I logged this week`,
        `clear this week's progress and start fresh`,
        `wipe this week's progress [and start fresh]`,
      ],
    },
    {
      // 238 (December 7): the wiping asked for took the places of its last combinations.
      name: 'DeleteDataIntent', maxSamples: 240,
      patterns: [
        // Plain phrasings the development set missed (December 7).
        "can you delete everything you've stored about me",
        // Found in a second blind batch of 100 across every feature (December 4), and "wipe" by a helper trying the console
        // as a Canadian office worker (December 7: the fallback).
        `(erase|delete|wipe) everything you (have|know) (on|about) me`,
        `can you [just] (wipe|delete|erase) everything you have on me`,
        `(remove|erase) all my information`,
        // Found by a helper trying the console as a user (December 3): as "clear my progress" is.
        `[can you|please] reset my (progress|stats) [please]`,
        // Found in blind batches in British, Australian and Canadian English (December 2).
        "(could|can) you (wipe|delete|erase) all my data [please]",
        `delete everything you've got on me`,
        `delete all the info you've got on me`,
        `erase all the data you have stored about me`,
        "remove everything you know about me",
        `I (want|need) you to (delete|forget|erase) everything you (know|have|store) about me`,

        `(delete|erase|wipe|remove|clear) (all my data|my data|all my stuff|everything|my progress|all my information|my information|my account|my account data|my profile|my history|all my history|my whole history|all my progress|my personal data)`,
        `(can you|could you|please) (delete|erase|wipe|remove) (all my data|my data|my personal data|everything|my profile|my account)`,
        `[can you|could you|please] (delete|erase|forget) everything you (know|have stored|'ve stored) about me`,
        `(forget me|forget everything about me|I want my data deleted)`,
        `I would like you to erase everything you have stored about me`,
        `[please] erase all the data you have [stored] about me`,
        `I want you to delete all the (info|information|data) you've got on me`,
      ],
    },
    {
      // "What do you know about me": what is kept, for how long, and how to erase it (PRIVACY.md, said).
      name: 'PrivacyIntent',
      maxSamples: 120,
      patterns: [
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "what do you (even|) (save|keep|store) about me",
        // Found in a fifth blind batch of 150 (December 4).
        "(what about|how about) my (privacy|data|information)",
        "is my (information|data) private with you",
        // Found in a blind batch of 120 across every feature (December 4, third).
        `who can see (what I've logged|my data)`,
        // Found in a fresh batch written blind (December 4).
        `what do you do with my data`,
        // Found by a helper trying the console as a sceptic, an Australian and a pregnant Briton (December 3, fifth round).
        `who (can hear|listens to) (this|me|what I say)`,
        // Asked while "delete all my data" waits for a yes (found by a helper trying the console, December 3).
        `[hang on] what (exactly|all) (gets|will be) deleted`,
        `what (do you delete|will you delete)`,
        `what (do you know|data do you have|information do you have|info do you have|do you keep|do you store|do you save|have you got) (about|on) me`,
        // Found by a helper trying the console as a cautious 58-year-old (December 6): the fallback.
        `what do you remember about me`,
        `what (data|information|info) do you (keep|store|collect|have)`,
        `is my (data|information|info|progress) (safe|private|secure) [with you]`,
        `who can see my (data|information|progress)`,
        `(are you|is back coach) (recording|listening to|spying on) me`,
        `do you (record|save|keep) (my voice|what I say|my recordings)`,
        `do you (share|sell) my (data|information) [with anyone|with amazon]`,
        `(what's|what is) your privacy (policy|notice)`,
        `tell me about (privacy|my privacy|your privacy policy|my data)`,
        `how (do you use|do you protect) my (data|information)`,
        `where (is my data|are my logs) (kept|stored)`,
        `how long do you keep my (data|information)`,
        `(privacy|my privacy)`,
      ],
    },
    {
      name: 'StubbornFatIntent',
      maxSamples: 398,
      patterns: [
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "why is (this|my) [lower] back fat so (stubborn|hard to lose|difficult to get rid of) [anyway]",
        "why is [lower] back fat always the last (thing|place) to go",
        "why is lower back fat so difficult to get rid of",
        // Found in a blind batch of 120 across every feature (December 2).
        "why won't [the] fat on my back (go away|budge|come off) [no matter what I do]",
        "why won't (it|my back fat) (go away|budge) no matter what I do",
        // Found in a blind batch of 240 (December 2).
        `why won't the fat on my lower back go away`,
        // Found in a blind batch of 320 (December 2).
        "why won't this back fat go away [no matter what I do]",
        "why is lower back fat always the last to go",
        `why won't (this|the) fat on my lower back budge`,
        `why's (back fat|lower back fat) so hard to shift`,
        `why won't (this|my|the) (back fat|lower back fat) (budge|shift|move|go)`,
        `why is it so hard to lose fat (back there|on my back|on my lower back|there)`,
        `how come my (back|lower back) is (always|) the last (place|spot|part) to (slim down|lose fat|go)`,
        `stubborn (back fat|lower back fat) why`,
        `my (lower back|back) still looks the same what gives`,
        "why does the fat on my back (hang on|stay|stick around) so long",
        "why is my lower back always the last place to (slim down|lose fat)",
        "what makes (back fat|lower back fat) so stubborn",
        "why won't my back fat go away",
        "(I've|I have) lost weight everywhere but my (lower back|back) [why]",
        `how come my (lower back fat|back fat) is the (last to go|hardest to lose|last thing to go)`,
        `[I was wondering] why (back fat|lower back fat|my back fat) is so hard to (shift|lose|get rid of)`,

        `why is (lower back fat|back fat|my back fat|my lower back fat|the fat on my lower back|the fat on my back|this back fat) so (stubborn|hard to lose|difficult to lose|hard to get rid of|hard to burn off|hard to shift|tough to lose|resistant)`,
        `why is (lower back fat|back fat|my lower back fat|the fat on my lower back) (stubborn|the last to go|the hardest to lose|so difficult to eliminate)`,
        `why's (lower back fat|back fat) so (stubborn|hard to lose|tough to lose)`,
        `(so|okay|quick question) why is (lower back fat|back fat|my back fat) so (stubborn|hard to lose|hard to burn off|hard to get rid of)`,
        `why is it so (hard|difficult|tough) to (lose|get rid of|burn|shift) (lower back fat|back fat|fat from my back|fat on my lower back|fat from the lower back|fat from my lower back)`,
        // "How come" keeps the order of a statement ("how come my back fat won't go"): the inverted form made 18 samples
        // no one says ("how come won't my back fat go").
        `why (won't|doesn't|can't) my (back fat|lower back fat) (go away|budge|shift|go down|go)`,
        `how come my (back fat|lower back fat) won't (go away|budge|shift)`,
        `how come the fat on my (back|lower back) (never shifts|won't budge|won't go)`,
        `why can't I (lose|get rid of) (the fat on my back|my back fat|lower back fat|my lower back fat)`,
        `why is my lower back the (last place|hardest place) to lose fat`,
        `[so] why does (my|) lower back fat (just stay there|take so long to go|take so long to lose)`,
        `why does back fat (stick around|take so long to lose|take so long to go)`,
        `what makes (lower back fat|back fat) so hard to (shift|lose)`,
        `why does my lower back stay fat when I'm losing weight everywhere else`,
        `I've lost weight but my back fat is still there why`,
        `I've been working out for months and my back fat won't budge`,
        `(I was wondering|any idea) why (lower back fat is so hard to lose|my back fat won't go)`,
        `why won't (this|my) (back fat|lower back fat) go away`,
        `why's it so stubborn`,
        `I've lost weight everywhere (except|but) my lower back [why is that]`,
        `is it true (that|) lower back fat is the last to go`,
        `why's it so (bloody|) hard to shift fat off (the|my) lower back`,
        `why is it so hard to shift (the|my) (back fat|lower back fat)`,
        `why won't this back fat budge [no matter what I do]`,
        `why is the fat on my lower back so hard to (shift|lose|get rid of)`,
        `why is lower back fat so hard to get rid of`,
      ],
    },
    {
      name: 'SpotReductionIntent',
      // Its last 15 combinations matched no tuning, development or safety utterance: their room went to a teenager's age
      // and a sharp pain said after where it hurts (December 6).
      maxSamples: 577,
      patterns: [
        // Found by a helper trying the console as a warehouse worker (December 7): the lenient matcher alone.
        'can I just lose fat off my (back|lower back)',
        // Found by helpers trying the console as a tired parent and an older British user (December 7).
        "does doing supermans burn the fat on my back",
        "will deadlifts get rid of my back fat",
        "do (supermans|deadlifts|rows|bridges) burn my back fat",
        // Noticed trying the console as a user (December 6): the fallback. No exercise burns fat from one spot: this answer.
        '(what|which) exercise burns the most [lower] back fat',
        // Plain phrasings the development set missed (December 7).
        'can I spot reduce my lower back',
        'can you lose fat from a specific area',
        'can I shift fat from just my lower back',
        // Found by helpers trying the console in en-CA, en-AU and en-US (December 6): the fallback.
        `can I just target my lower back fat [with exercises|with exercise]`,
        // Kept as patterns of their own when the last rounds of this intent were cut (December 5).
        "do crunches get rid of my lower back fat",
        "should I do (supermans|back exercises|sit ups) to lose [my] back fat",
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "does spot reduction (actually|really) work",
        "can I target (only|just) my back",
        "is there a way to burn fat in (just|only) one (area|spot|place)",
        "do targeted exercises get rid of [lower] back fat",
        "will back (workouts|exercises) alone (get rid of|burn off) (my|the) back fat",
        // Found in a fifth blind batch of 150 (December 4).
        "if I (only|just) (work|train) my (lower back|back) will the fat (go|go away|disappear)",
        "can crunches get rid of my lower back fat",
        // Found in a second blind batch of 100 across every feature (December 4).
        `can I (burn|lose) fat from (just|only) one spot`,
        // Found by a helper trying the console as a new user, and in the development set (December 4).
        `if I work my back will the fat (go away|come off) [from there]`,
        `can I just do exercises to (lose|burn) fat (from|on) my lower back`,
        `is spot reduction a real thing`,
        // Found by helpers trying the console: a move named with the fat, and "actually", reached "I don't know that one".
        `(can I|should I) do (crunches|sit ups|planks|supermans|back exercises) to (lose|burn) [my] back fat`,
        `will (the superman|supermans|planks|crunches) (burn|get rid of) my [lower] back fat`,
        `(can I|can you) (actually|really) spot reduce [fat]`,
        // Found by a helper trying the console as a user (December 3).
        `[so] [like] can I (just|only) lose fat from my (lower back|back) if I do (back exercises|these exercises)`,
        `(will|do|can) (crunches|sit ups|back exercises|side bends) get rid of (my|the) (back fat|lower back fat|love handles)`,
        // Found in blind batches in British, Australian and Canadian English (December 2).
        "can (I|you) (get rid of|lose|burn) just my [lower] back fat",
        "can you target fat on just (your|my) [lower] back",
        // Found in a blind batch of 120 across every feature (December 2).
        "can I just (burn|lose) [the] fat (off|from) my back [without losing it anywhere else]",
        // Found in a blind batch of 240 (December 2).
        `is it possible to (just|only) lose fat from my back [and nowhere else]`,
        // Found in a blind batch of 320 (December 2).
        "can you target fat in one spot",
        "if I do a ton of back exercises will the fat (there|on my back) go away",
        `is there a way to (zap|burn|melt|get) fat off (just|only) my (back|lower back)`,
        `is it possible to (burn|lose) fat (in|from) (only|just) one (area|spot|place|part)`,
        `(spot reducing|spot reduction) is a myth [huh|right|then]`,
        `(so|) working my back burns (the|my) back fat right`,
        `will (the fat on my back|my back fat) melt off if I do (enough|lots of|a hundred) (supermans|back exercises)`,
        "will doing back exercises (burn|get rid of) the fat on my back",
        "if I do (supermans|back exercises|back extensions) every day will my back fat go away",
        "can I target my lower back for fat loss",
        "does targeting one (area|spot) work",

        `(can I|can you|is it possible to) spot reduce [fat]`,
        // Found in review: the fat named after "spot reduce" was heard as an unknown topic.
        `(can I|can you|is it possible to|how do I) spot reduce (my|the) [lower] back fat`,
        `(can I|can you|is it possible to|how do I) spot reduce (the|) fat on my [lower] back`,
        `will spot reducing get rid of my back fat`,
        "(I was wondering if|I wonder if) [lower] back exercises (alone|on their own) (are|would be) enough",
        "(are|would) [lower] back exercises (alone|on their own) (be|) enough",
        `can I (lose|burn) fat (just|only) from my (lower back|back)`,
        `can I reduce fat (just|only) from [my] (lower back|back)`,
        `(can I|can you|could I|is it possible to|is there a way to) (lose|burn|shift|get rid of) fat (from|in|only from|just from|from just|only on|just around) (my back|my lower back|one area|one spot|a specific area)`,
        `(can I|can you|is it possible to) (lose|burn) (weight|fat) (just|only) (from|around|on) (my back|my lower back|one spot|one area)`,
        `(quick question|so|okay) can I (lose|burn) (fat|weight) (just|only) (from|around) my lower back`,
        `can I (just lose|burn off just) (the fat on my back|my back fat)`,
        `(can I|is it possible to) target (my lower back fat|my back fat|back fat|lower back fat|fat on my lower back)`,
        `(can|will) (targeted exercises|exercises) (burn|target|remove) (lower back fat|back fat)`,
        `(will|do|does) (back exercises|lower back exercises|working my back|working my lower back|exercising my back) (burn|get rid of) (my back fat|back fat|lower back fat|the fat there)`,
        `will exercising my back slim it down`,
        `if I (do back exercises|work my lower back|train my back a lot) will (the fat on my back go|the fat go away|I lose back fat)`,
        `could I get rid of back fat by only doing back exercises`,
        `can I just work my lower back to lose fat there`,
        `if I do back exercises will the fat (there|on my back) (burn off|go away)`,
        `(would|will) (a hundred|lots of) back exercises (a day|) melt the fat off my back`,
        `can I target (only|just) my (back fat|lower back fat)`,
        `can I (lose|get rid of|burn) fat (just|only) (on|from) my [lower] back`,
        `can I lose fat from (just|only) my (lower back|back)`,
        `can exercises get rid of fat in one spot [like my lower back]`,
        `is there a way to lose fat only (off|from) the (lower back|back) [and not everywhere else]`,
        `if I train my lower back (heaps|loads|a lot) will the fat come off (from there|there)`,
        `can I lose fat just from my back if I train it (loads|a lot|heaps)`,
        `can I burn fat (just|only) off my (lower back|back)`,
      ],
    },
    {
      name: 'FatCausesIntent',
      maxSamples: 322,
      patterns: [
        // Plain phrasings the development set missed (December 7).
        'why does fat pile up on the lower back',
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "what are the reasons (people end up with|for) lower back fat",
        // Found in a fifth blind batch of 150 (December 4).
        "why does (fat|the fat) (build up|collect|sit|pile up) (around|on) my (lower back|back)",
        // Found in blind batches in British, Australian and Canadian English (December 2).
        "[so|okay] what (actually|really) causes [lower] back fat",
        // Found in a blind batch of 240 (December 2).
        `why do I have back fat [in the first place]`,
        `what causes fat on (your|my|the) lower back`,
        // Found in a blind batch of 320 (December 2).
        "why do I even have back fat [in the first place]",
        `what causes back fat in the first place`,
        `why do I (even|) have (back fat|lower back fat)`,
        `what (made me get|gave me) (these rolls|this fat|back fat|this back fat) [on my lower back|on my back]`,
        `what's behind (lower back fat|back fat|my back fat)`,
        `I never used to have back fat what changed`,
        "what (actually|really|) causes fat to (collect|build up|gather) on (my|the) lower back [area]",
        "what's the cause of (back rolls|lower back fat)",
        "why does fat build up on my lower back",
        `how did I (end up with|get) back fat`,

        `why does (fat|lower back fat|back fat) (build up|accumulate|collect|gather|pile up) [(on|around) (my|the) (lower back|back)]`,
        `why (do I have|am I getting|do I store|do I carry|do people get|do I get) (back fat|lower back fat|fat on my back|fat on my lower back|weight on my lower back)`,
        `(what|what's) (causes|is causing|causing|makes|leads to|gives you) (back fat|lower back fat|my back fat|my lower back fat|fat on the lower back|fat store around my lower back)`,
        `what makes fat (gather|build up|collect) on (the|my) lower back`,
        // "The cause of back fat" is a topic's name too: said here, it matched two intents.
        `(what's|what is) the reason (for|of) (back fat|lower back fat)`,
        `(what's|what is) the cause of lower back fat`,
        `where does (lower back fat|back fat) come from`,
        `how did I get (so much|) (lower back fat|back fat)`,
        `how does (lower back fat|back fat) form`,
        `why (is there|has) fat (on|piled up on) my lower back`,
        `why is my lower back getting fatter`,
        `why does my back store so much fat`,
        `(I'd like to know|I want to know) what causes (back fat|lower back fat)`,
        `how does someone end up with (back fat|lower back fat)`,
        `why do I have fat on my (lower back|back) [in the first place]`,
        `what makes fat (build up|pile up) (around|round) the (waist and back|lower back|back)`,
        `how did I end up with (this|all this) back fat`,
        `where does (back fat|lower back fat) (even|) come from`,
        `how come I carry (all|) my fat on my lower back`,
        `why have I got fat on my lower back`,
      ],
    },
    {
      name: 'CalorieDeficitIntent', maxSamples: 262,
      patterns: [
        // Plain phrasings the development set missed (December 7).
        'do I really have to count calories',
        // Found by a helper trying the console as a 52-year-old (December 6): "I don't know that one yet".
        `should I (eat less|cut calories) [to (speed it up|speed things up|lose fat faster|lose weight faster)]`,
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "how do I know if I'm [actually] in a calorie deficit",
        // Found in blind batches in British, Australian and Canadian English (December 2).
        "(okay so|so|okay) what's a calorie deficit",
        // Found in a blind batch of 320 (December 2).
        "explain [a] calorie deficit to me",
        `what does (eating in a deficit|being in a deficit|a deficit) (even|actually|) mean`,
        `do I (really|actually|) have to burn more than I eat [to lose this|to lose fat|to lose weight]`,
        `explain the deficit thing [to me] [like I'm five]`,
        "how (big|large) should my deficit be",
        "do I need to eat fewer calories than I burn",
        "how do I get into a calorie deficit [without feeling hungry|without being hungry]",
        `explain (a|the|) calorie deficit [to me]`,
        // Not "eat": "how many {topic} should I eat" has it, and it matched two intents.
        `how many calories should I (cut|cut out|drop)`,

        `(what's|what is|explain) (a|) (calorie|caloric) deficit`,
        `${ASK} (explain|tell me) what a (calorie|caloric) deficit is`,
        `what (exactly is|is meant by|'s meant by) a (calorie|caloric) deficit`,
        `what's meant by a (calorie|caloric) deficit`,
        `what does (calorie deficit|being in a deficit|being in a calorie deficit|it mean to be in a calorie deficit) [actually] mean`,
        `what does it mean to be in a (calorie|caloric|) deficit`,
        `how (do I|can I|do you) (get into|get in|create|start|eat in|set up|stay in|be in|go about getting into) a (calorie|caloric|) deficit`,
        `how do I know if I'm in a (calorie|caloric|) deficit`,
        `how big should my deficit be`,
        `do I need a calorie deficit to lose fat`,
        `how do I (eat less than I burn|burn more calories than I eat|make sure I'm eating fewer calories than I burn)`,
        `define (a|) (calorie|caloric) deficit`,
        `(so|) what's this calorie deficit thing`,
        `I keep hearing about calorie deficits what are they`,
        `do I (need|have) to be in a calorie deficit`,
        `I keep hearing about (a|the) calorie deficit what does that mean`,
        `how do I eat fewer calories than I burn`,
        `(what's|what does) a calorie deficit mean`,
        `how do I get in a calorie deficit [without being starving all the time]`,
        `how many calories should I cut to be in a deficit`,
        `do I genuinely need to be in a calorie deficit [or can I just exercise]`,
      ],
    },
    {
      name: 'DietTipsIntent',
      maxSamples: 531,
      patterns: [
        // Found by a helper trying the console as an older British user (December 7): the fallback. Tips asked for with no list named start with the diet's, which lead on to the rest.
        "(give me|tell me) (some|a few|your) tips",
        "any tips [for me]",
        "what are your (best|top) tips",
        // Found by a helper trying the console as a tired office worker (December 7): the lenient matcher alone, or the fallback.
        "what should I eat for (dinner|lunch|breakfast)",
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "what's the best way to eat for this",
        // Found by helpers trying the console as users (December 3, second round).
        `what (diet|diet plan|kind of diet) should I (follow|be on|do|go on)`,
        `(what is|what's) the diet I should follow`,
        `[kindly] (tell|give) me (the|a) diet plan [for back fat|for me|please]`,
        `(what's|what is) the (best|right) diet (for me|to follow|for back fat)`,
        // Found in blind batches in British, Australian and Canadian English (December 2).
        "got any (diet|food|nutrition|eating) tips [for me]",
        // Found in a blind batch of 120 across every feature (December 2).
        "[okay|so] what should I (be eating|eat) to lose (this|my) back fat",
        "(okay|so|um) what should I (be eating|eat)",
        `what (kind of|sort of) food should I be eating [if I want to lose the back fat|to lose back fat]`,
        `give me some (diet|eating|food) tips`,
        `(got|have you got|any) (eating|food|diet) (hacks|tips) [for me]`,
        `how should I change (my eating|my diet|what I eat)`,
        `food tips [for losing back fat|for back fat]`,
        `where do I start with (food|my diet|eating)`,
        `what does a good diet (for this|for back fat|for losing back fat) look like`,
        "[give me] some nutrition advice",
        "what (kind of|sort of) (meals|food) should I be eating to (lose|get rid of) (this|back) fat",
        "how should I change my diet",
        "what's a good diet for losing fat",
        `(any|some|got any) (advice|tips) (on|for|about) my (diet|eating)`,

        `(give me|tell me|suggest) [some|any|your|a few] (diet|nutrition|food|eating) (tips|advice) [please]`,
        `(can you|could you|please) give me (some|any) (diet|nutrition|food) (tips|advice)`,
        `(any|some|your|) (diet|nutrition|food|eating) (tips|advice) [please]`,
        `(I need|I want|do you have) (some|any) (diet|nutrition|food|eating) (tips|advice)`,
        `(any advice|do you have any tips|any tips) on (food|eating|diet|nutrition)`,
        `what are your (diet|nutrition|food) tips`,
        `what (should I eat|should I be eating|foods should I eat|do I eat|all should I eat|kind of food helps with fat loss|foods help burn back fat|foods help me lose fat) [to (lose|get rid of) (back fat|fat|lower back fat)]`,
        `what should I be having for meals`,
        `what should my diet look like`,
        `how should I eat [to lose (back fat|fat)]`,
        `how do I change my diet`,
        `(what's|what is) (a good|the best|the right) (diet|eating plan|food) [for (losing fat|fat loss|losing back fat)]`,
        `${ASK} help me with my diet`,
        `(kindly|please|can you) suggest a diet [for (reducing|losing) back fat]`,
        `tell me about (diet|nutrition|diet and nutrition)`,
        `do you have any advice on (eating|food|nutrition|my diet)`,
        `(okay so|so) what should I be eating to lose back fat`,
        `I would appreciate some (nutritional|diet) (guidance|advice) [if you have any]`,
        `give (us|me) a few tips on what to eat [and what to cut out]`,
        `any tips on what I should be eating`,
        `what should I be eating if I want to lose back fat`,
      ],
    },
    {
      name: 'LifestyleTipsIntent',
      maxSamples: 390,
      patterns: [
        // Plain phrasings the development set missed (December 7).
        'what daily habits help with fat loss',
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "any lifestyle advice [for losing back fat]",
        "what lifestyle changes help [the most]",
        // Found in blind batches in British, Australian and Canadian English (December 2).
        "got any lifestyle tips [for me]",
        // Found in a blind batch of 240 (December 2).
        `any tips besides working out`,
        // Found in a blind batch of 320 (December 2).
        "what habits should I change [besides working out]",
        "what else can I do in my daily life to lose the fat",
        `(have you got|got|any) [general] lifestyle (tips|advice)`,
        `lifestyle stuff`,
        `lifestyle tips [please]`,
        `what (everyday|daily) habits should I change`,
        `(besides|apart from|other than) (exercise|working out|the workouts) what else can I do`,
        `any advice for my daily routine`,
        `outside of (food|diet|eating) and (workouts|exercise) what else (matters|actually matters)`,
        "(any|got any) lifestyle (advice|tips) [for me]",
        "what can I change in my daily life to lose (back fat|fat)",
        "what daily habits help with fat loss",
        "[give me] some healthy habit tips",
        "besides diet and exercise what else can I do",
        `what else can I do (besides|apart from|other than) (working out|exercise|training)`,
        `what habits (help|will help) (with losing fat|me lose fat|with fat loss)`,

        `${ASK} (give me|tell me) (some|any|the|) (lifestyle|recovery|lifestyle and recovery|everyday|daily habit) tips [please]`,
        `(any|some|the) (lifestyle|recovery|lifestyle and recovery|everyday|daily habit) tips [please|for my everyday habits]`,
        `(give me|any) (tips|advice) on (lifestyle|lifestyle and recovery|habits)`,
        `(lifestyle|habit) advice [please]`,
        `what lifestyle tips do you have`,
        `any tips (for|on) my (everyday|daily) habits`,
        `(what|which) (habits|daily habits|lifestyle changes|healthy habits|everyday habits|recovery habits) (should I change|should I make|should I build|should I have|help|help with losing back fat|help lose back fat|make a difference|would help)`,
        `what are (good|the best) daily habits for (fat loss|losing back fat)`,
        `how (should|can) I (change my daily habits|improve my lifestyle) [to lose fat]`,
        `what else (can I|should I) (do|be doing) (outside the gym|besides exercise|outside of workouts|apart from working out)`,
        `what should I do outside of workouts`,
        `besides diet and exercise what [else] matters`,
        `I was wondering what lifestyle changes would help`,
        `tell me about lifestyle`,
        `how should I live to lose back fat`,
        `what else can I do (besides|apart from|other than) exercise and diet`,
        `other than working out what should I be doing (day to day|every day)`,
        `what habits should I change (apart from|besides|other than) exercise`,
        `lifestyle wise what should I be doing`,
        `any tips for my day to day habits`,
        `what lifestyle changes should I make (besides|apart from|other than) working out`,
        `have you got any lifestyle (tips|advice)`,
      ],
    },
    {
      name: 'WhatToAvoidIntent',
      maxSamples: 257,
      patterns: [
        // Found by a helper trying the console as a tired office worker (December 7): the lenient matcher alone, or the fallback.
        "what (foods|food) should I avoid",
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "tell me what not to do",
        "what mistakes do people make [when they're trying to lose back fat]",
        // Found in a blind batch of 120 across every feature (December 2).
        "what are (the|some|) common mistakes (I should avoid|to avoid|people make|I should watch out for)",
        // Found in a blind batch of 320 (December 2).
        "what are people doing wrong [when they try to lose back fat]",
        `what are the (classic|usual|common) mistakes [to avoid]`,
        `what shouldn't I be doing`,
        `what do people (usually|often|normally|) get wrong`,
        `don'ts`,
        `what (shouldn't I do|should I not do) [if I want to lose back fat|to lose back fat]`,
        "what are the (biggest|most common) mistakes (with back fat|people make when trying to lose back fat|people make)",
        "things to avoid when losing back fat",
        `what should I avoid (doing|eating)`,

        `what (mistakes|things|habits|errors) should I (avoid|watch out for|stay away from|not do|steer clear of)`,
        `${OPENER} what (should I|shouldn't I|do I need to) (avoid|watch out for|not do|stay away from|steer clear of|not be doing) [when losing (back fat|fat)|when training]`,
        `[give me|tell me|any|list] (common|big|the biggest|the|) mistakes [to avoid|people make|I should watch out for]`,
        `what are ([the] (common mistakes|biggest mistakes|mistakes people make|biggest mistakes people make|things to avoid|common pitfalls)|the don'ts) [when losing back fat]`,
        `which mistakes are common`,
        `(what not to do|what should I not do|what shouldn't I do|what to avoid|tell me what to avoid)`,
        `(is there anything|anything) I (should avoid|shouldn't do)`,
        `what could I be doing wrong`,
        `what's bad for losing (back fat|fat)`,
        `any mistakes to watch out for`,
        `what mistakes slow down fat loss`,
        `is there anything I should stay away from`,
        `what are the common mistakes people make`,
        `what shouldn't I be doing [if I want to lose this back fat]`,
        `what are the most common mistakes people make [when they're trying to lose back fat]`,
      ],
    },
    {
      name: 'HowItWorksIntent',
      // 10 more for "will all this get rid of the fat on my lower back" (December 6), so none before is pushed out.
      // Its last 3 ("how would I get rid of fat around my lower back" beside "how can I …") paid for 3 topic samples
      // (December 7).
      maxSamples: 483,
      // "I'm 16 and I want to lose back fat": a teenager's age, which changes the answer.
      slots: [{ name: 'age', type: 'AMAZON.NUMBER' }],
      patterns: [
        // Found by a helper trying the console as a 52-year-old (December 6): heard as pain in the lower back.
        `will (all this|this|these exercises|this workout|all of this) get rid of the fat on my [lower] back`,
        // Found by a helper trying the console as a 16-year-old: the age was lost.
        "(I'm|I am) {age} and I want to lose [my] [lower] back fat",
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "where do I even start with losing my back fat",
        // Found in a fifth blind batch of 150 (December 4).
        "[so|okay] how does (the|this|your) coaching work [exactly]",
        // Found in a blind batch of 120 across every feature (December 2).
        "[so|okay|um] how does this (whole thing|thing|coach|app) work",
        // Found by helpers trying the console as users (December 3, second round).
        `will (this|these exercises|this workout|the workout|this plan|these workouts) (get rid of|burn|help me lose|help with|take off) my (lower back fat|back fat)`,
        `how (do I|can I) (lose|get rid of) (my lower back fat|my back fat|lower back fat|back fat) (fast|quickly|quick)`,
        `how (do I|can I) (shift|burn|melt) (my lower back fat|my back fat|the fat on my lower back|lower back fat|back fat)`,
        // Found in a blind batch of 240 (December 2).
        `how does the (program|plan) work [exactly]`,
        // Found in a blind batch of 320 (December 2).
        "how does this whole thing work",
        `what's this skill all about`,
        `what exactly are you supposed to help me with`,
        `(I want|I need) to (lose|reduce) [my] back fat`,
        `(I want|I need) to lose weight`,
        "what's the best way to lose fat on my lower back",
        "(what's your|explain the) (approach|method)",
        "how does this program work",
        "how do I lose lower back fat (sitting at a desk|if I sit all day)",
        `how is (the|this) (plan|program|skill) (supposed|meant) to work`,
        `why (these|those) exercises`,
        `explain how the (program|plan|skill) works`,
        `why did you (pick|choose) these exercises`,
        `(what's|what is) the idea behind (this|the) (plan|program)`,

        `how (do I|can I|should I|would I|to) (lose|get rid of|reduce) (lower back fat|back fat|my back fat|the fat on my lower back|fat on my lower back|fat around my lower back|my lower back fat)`,
        `how do I (go about losing|slim down) (lower back fat|back fat|my lower back)`,
        `(so|okay|quick question) how do I (lose|get rid of) (my|this|) (back fat|lower back fat)`,
        `how does losing (back fat|lower back fat) work`,
        `(what's|what is) the (best way|secret) to (lose|losing) (lower back fat|back fat)`,
        `(what's|what is) the (plan|approach) (for|to) losing (lower back fat|back fat)`,
        `(help me|I want to) (lose|get rid of) my (lower back fat|back fat)`,
        `(what works|what actually works) [for lower back fat]`,
        `where (do I|should I) [even] (start|begin) [with (back fat|all this)]`,
        `(I want to lose my back fat|I want to get rid of my back fat|I'd like to lose my back fat) (where should I begin|where do I start|what do I do)`,
        `what do I need to do to lose (back fat|lower back fat)`,
        `(explain|tell me) how to lose (back fat|lower back fat)`,
        `how do I actually get rid of lower back fat`,
        `(any|got any) tips (for|on) (losing|getting rid of) (back fat|lower back fat)`,
      ],
    },
    {
      // Its last 3 ("that was helpful thank you very much" beside "… so much") matched no set: their room went to swapping
      // today's workout (December 6).
      name: 'ThanksIntent', maxSamples: 229,
      patterns: [
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "thank you very much [dear]",
        // Found by a helper trying the console (December 3): "sorry, I didn't get that".
        `(ok|okay|alright) (thanks|thank you|thanks a lot)`,
        `(brilliant|lovely|great|cheers) ta`,
        // Found by a helper trying the console as a user (December 3).
        `[okay|alright|cool|okay cool] (thanks|thank you) (got it|I got it|that helps|that's helpful|makes sense)`,
        // Found in a blind batch of 120 across every feature (December 2).
        "(thank you|thanks) so much (that was|that's) (great|awesome|helpful|really helpful|perfect)",
        // Found in a blind batch of 240 (December 2).
        `thank you that was great`,
        // Found in a blind batch of 320 (December 2).
        "thanks coach [that was (great|helpful)]",
        `brilliant thanks very much`,
        `that was great thank you so much`,
        `cheers coach`,
        `appreciate it`,
        "(great|okay|cool) thanks alexa",
        "thanks that was (really|very) helpful",
        `thanks (a lot|so much) that (helped|was helpful|helps)`,
        `thank you (alexa|coach)`,

        `[great|that was helpful|that was really helpful|perfect|awesome|brilliant|nice one|lovely] (thanks|thank you|thank you so much|thank you very much|thanks a lot|thanks a ton|thanks heaps|many thanks|cheers|cheers mate|thanks coach|thanks bud|cheers for that)`,
        `(thanks|thank you|thank you so much) [coach] (that's helpful|that helped|that was helpful)`,
        '(much appreciated|appreciate it|ta)',
        `thanks a bunch`,
        `much obliged`,
        `thanks that was (heaps|really|very|super) helpful`,
      ],
    },
    // Built-in intents: Alexa trains their core phrases; these add the ways people say them mid-workout.
    {
      name: 'SetReminderIntent',
      maxSamples: 390,
      slots: [
        { name: 'time', type: 'AMAZON.TIME' },
        // A time said with "tonight" or "every evening" ("tonight at 7"): the skill reads 1 to 11 as PM.
        { name: 'evening', type: 'AMAZON.TIME' },
        // Said for one day ("tomorrow", "later"): the skill says it sets only repeating reminders, then offers one.
        { name: 'once', type: 'ReminderOnce' },
        // Weekdays chosen ("every Monday and Thursday"), or three said together ("Monday, Wednesday and Friday"): three
        // day slots would stand side by side, so those go in one slot whose words the skill reads.
        { name: 'day', type: 'AMAZON.DayOfWeek' },
        { name: 'dayTwo', type: 'AMAZON.DayOfWeek' },
        { name: 'days', type: 'WeekdaySet' },
      ],
      patterns: [
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "set a reminder for {time} on {days}",
        // Days said over a reminder said back ("make it every Monday and Thursday"): its time stays (left alone before).
        // Never "on {day} instead" or "make it on {day}": they answer a rest day or a log's day too (found in review).
        `(make it|change it to) every ({day} and {dayTwo}|{days}) [instead]`,
        `make it every ({day} and {dayTwo}|{days}) at {time}`,
        `make it every {day} [instead]`,
        `(no|actually) every ({day} and {dayTwo}|{days}) instead`,
        // "Every Monday, Wednesday and Friday at 7" (found as a gap: specific days could not be asked for). Said with
        // "on" it is still every week: the skill sets only repeating reminders, and says "every" back first.
        `remind me (every|on) ({day} and {dayTwo}|{days}) [at {time}]`,
        `remind me every {day} at {time}`,
        `remind me to work out every ({day} [and {dayTwo}]|{days}) [at {time}]`,
        `set a reminder (for|on) ({day} and {dayTwo}|{days}) [at {time}]`,
        // Found in a second blind batch of 100 across every feature (December 4).
        `remind me to (work out|exercise|train) at {time} (tomorrow|tomorrow morning)`,
        // Found by trying the console as a user: "remind me tomorrow at 6 pm" was said back as a repeating reminder
        // with no word of the "tomorrow".
        `[can you|please] remind me {once} at {time} [to work out|to exercise]`,
        `remind me {once} (evening|night) at {evening} [to work out]`,
        `[can you|could you] remind me to (work out|exercise|train|do my workout) {once} [at {time}]`,
        `[can you] remind me to (work out|exercise) {once} (evening|night) at {evening}`,
        // A time said before the day is two slots side by side, which Alexa cannot tell apart: said as words, with no word
        // that the skill sets only repeating reminders.
        `remind me at {time} (tomorrow|tomorrow morning) [to work out|to exercise]`,
        `[can you|please] remind me {once} to (work out|exercise|do my workout) [at {time}]`,
        `(set|add) a reminder for {once} [at {time}]`,
        `set a reminder for my workout {once} [at {time}]`,
        // Found in a blind batch of 120 across every feature (December 2).
        "(could|can) you remind me [to work out] at {time} [please]",
        // A new time said over one said back ("no, make it 7 pm"): the days asked for stay. Never "no" and a time alone:
        // "no, this morning" answers other questions.
        `(no|actually|no actually|sorry) (make it|at) {time} [instead]`,
        `(make it|change it to|change that to) {time} instead`,
        `{time} instead`,
        // Found by a helper trying the console as a user (December 3): the answer to "what time?" said loosely.
        `[yeah|yes|okay|sure] (like|about|maybe|say) {time} [please|I guess]`,
        `(yeah|yes|okay|sure) [at|around] {time}`,
        // Found in a blind batch of 320 (December 2).
        `remind me to (work out|train) at {time}`,
        `remind me to (work out|train) at {evening} (tonight|this evening)`,
        `remind me to work out (tonight|this evening) at {evening}`,
        `[can you|please] remind me (tonight|this evening) at {evening} [to work out]`,
        `remind me at {evening} (tonight|this evening|in the evening) [to work out]`,
        `nudge me [at {time}] to (get some exercise in|work out|exercise)`,
        // A part of the day without a clock time ("tonight", "in the evening"): the skill asks what time in it.
        `set a reminder for my workout {time}`,
        `[can you|could you|please] remind me to (work out|exercise|train|do my workout) {time}`,
        `remind me {time} to (work out|exercise|train)`,
        `remind me at {time} to (do my workout|work out|exercise|train)`,
        `[can you|could you|please] remind me to (work out|exercise|train|do my workout) [at {time}]`,
        // The workout days are a value of the days slot, so the skill hears them (found by a helper trying the console:
        // said over a reminder every day, they kept every day).
        `[can you|please] remind me (on|about) {days} [at {time}]`,
        `remind me at {time} (to work out|to exercise|to train|on {days})`,
        `(set|create|add|make) [me] (a [new] (workout|training)|an exercise|a new exercise) reminder [for {time}|at {time}]`,
        `(set|add) [me] a reminder (to work out|for my workout|for my workouts) [at {time}|for {time}]`,
        `(I want|I'd like|I need) (a (workout|training) reminder|some (workout|training) reminders) [at {time}|for {time}]`,
        `(give me|send me) a (nudge|reminder) to work out [at {time}]`,
        `(at|for|around) {time} [please]`,
        `(remind me|send me a reminder) (at|for) {time} [please]`,
        `(set|add|create) [me] a reminder [please]`,
        `(set|add|create) [me] a reminder (for|at) {time}`,
        `(make it|let's say|how about) {time}`,
        '{time}',
      ],
    },
    {
      name: 'WeekdayReminderIntent',
      // 12 of its last combinations, which no labelled utterance of any English locale matched, went to "go to the next
      // exercise" (December 7).
      maxSamples: 151,
      slots: [
        { name: 'time', type: 'AMAZON.TIME' },
        // A time said with "tonight" or "every evening" ("tonight at 7"): the skill reads 1 to 11 as PM.
        { name: 'evening', type: 'AMAZON.TIME' },
      ],
      patterns: [
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "remind me weekdays at {time} [to work out]",
        // Found in a fifth blind batch of 150 (December 4).
        "(set|add) [me] a reminder (for|on) (every weekday|weekdays) [at {time}]",
        // Days said over a reminder said back ("make it every weekday"): its time stays.
        `(make it|change it to) (every weekday|weekdays|on weekdays|monday to friday) [instead]`,
        `(make it|change it to) (every weekday|weekdays) at {time}`,
        `(no|actually) (every weekday|on weekdays) instead`,
        // Found by a helper trying the console as a new user, and in the development set (December 4).
        `remind me every weekday morning at {time}`,
        // Found in a blind batch of 240 (December 2).
        `can you remind me monday through friday`,
        // Found in a blind batch of 320 (December 2).
        "set weekday reminders (for|at) {time}",
        `remind me on weekdays at {time}`,
        `set a reminder for weekdays at {time}`,
        `monday through friday reminders at {time}`,
        `set a reminder monday to friday`,
        `(can you|could you) remind me to (work out|exercise|train) on (work days|workdays|weekdays)`,
        `weekday reminders [please]`,
        `[can you|please] remind me (every weekday|on weekdays|monday to friday|on workdays|every workday|during the week) [to work out|to exercise] [at {time}]`,
        `[can you|please] remind me to (work out|exercise|train) (every weekday|on weekdays|monday to friday|on workdays) [at {time}]`,
        `remind me at {time} (every weekday|on weekdays|monday to friday|on workdays)`,
        `(set|create|add) [me] a (weekday|workday) (workout|training) reminder [for {time}|at {time}]`,
        `(set|add) [me] a (workout|training) reminder (for|on) (weekdays|every weekday|workdays) [at {time}]`,
        `remind me monday through friday at {time}`,
        `remind me (every weekday evening|on weekday evenings) at {evening}`,
        `remind me (on weekdays|every weekday) at {evening} in the evening`,
        `remind me (on weekdays|every weekday) {time} [to work out]`,
        `can I get a reminder monday to friday at {time}`,
        `can you remind me every weekday at {time} to do my workout`,
        `can you remind me on weekdays at {time} [before my lunch break]`,
      ],
    },
    {
      name: 'DailyReminderIntent',
      // Its last 15 combinations matched no tuning, development or safety utterance (December 6).
      maxSamples: 174,
      slots: [
        { name: 'time', type: 'AMAZON.TIME' },
        // A time said with "tonight" or "every evening" ("tonight at 7"): the skill reads 1 to 11 as PM.
        { name: 'evening', type: 'AMAZON.TIME' },
      ],
      patterns: [
        // Kept as patterns of their own when the last rounds of this intent were cut (December 5).
        "remind me to (work out|exercise|train) (every day|each day|daily) [at {time}]",
        "remind me (every day|each day|daily) to (work out|exercise) at {time}",
        "remind me seven days a week [at {time}]",
        "can you remind me to train daily",
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "remind me to do my (exercises|workout) every day at {time}",
        // Found in a fifth blind batch of 150 (December 4).
        "(can you|could you|please) give me a daily reminder at {time}",
        // Days said over a reminder said back ("make it every day"): its time stays.
        `(make it|change it to) (every day|daily) [instead]`,
        `(make it|change it to) (every day|daily) at {time}`,
        `(no|actually) every day instead`,
        // Found in a second blind batch of 100 across every feature (December 4).
        `(set|add) a reminder for every day at {time}`,
        // Found in a fresh batch written blind (December 4).
        `set a daily reminder (for|at) {time}`,
        // The plainest, kept first (found in review: the cap once cut it).
        `remind me to (work out|exercise) every day at {time}`,
        // Found by helpers trying the console as users (December 3, second round).
        `[kindly|please] set a reminder (for|at) {time} daily`,
        `remind me at {time} every (morning|day|evening)`,
        `[please] remind me daily at {time}`,
        // Found in a blind batch of 320 (December 2).
        "I (want|need) a daily reminder [at {time}]",
        `(could you|can you) remind me every day at {time}`,
        `remind me every morning at {time}`,
        `remind me every evening at {evening} [to work out|to exercise]`,
        `remind me to (exercise|work out|train) every evening at {evening}`,
        `remind me every day at {evening} in the evening`,
        `I need a reminder every evening at {evening}`,
        `daily reminder at {time}`,
        `I need a reminder every (single|) morning at {time}`,
        "set a daily reminder",
        // Found in a fourth blind batch (December 4): "can you give me a daily reminder" was heard as a health concern.
        "(can you|could you|please) give me a daily reminder",
        "I want a workout reminder (each|every) (day|{time})",
        "(can you|could you) give me a workout reminder every (day|{time})",
        "(can you|could you) remind me every day to work out [after lunch|{time}]",
        // "Every evening" without a clock time: the skill asks what time in the evening.
        `[can you|please] remind me every {time} [to work out|to exercise]`,
        `set a daily reminder to (work out|exercise|train)`,
        `remind me to (exercise|work out|train) every {time}`,
        `I want a reminder every day at {time}`,
        `daily reminders at {time} [please]`,
        `[can you|please] remind me (every day|daily|each day|every single day|seven days a week) [to work out|to exercise] [at {time}]`,
        `[can you|please] remind me to (work out|exercise|train|move) (every day|daily|each day) [at {time}]`,
        `remind me at {time} (every day|daily|each day)`,
        `(set|create|add) [me] a daily (workout|training|exercise) reminder [for {time}|at {time}]`,
        `(set|add) [me] a (workout|training) reminder for every day [at {time}]`,
        `I'd like a daily reminder at {time}`,
        `remind me every morning at {time} [to get my workout done before work]`,
        `remind me every day at {time} [in the morning] to do my (workout|stretches)`,
      ],
    },
    {
      name: 'ListRemindersIntent',
      maxSamples: 95,
      patterns: [
        // Found by a helper trying the console as a warehouse worker (December 7): the lenient matcher alone.
        "what time's my reminder",
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "what reminders (have I got|do I have) [set up]",
        // Found by a helper trying the console as a user (December 3).
        `(what|which) reminders (are there|are set|have I got)`,
        `did I set any reminders [already]`,
        `(when|what time) are my reminders`,
        `which reminders are (on|set)`,
        '(what|which) [workout] reminders (do I have|have I got|are set|did you set|have you set) [for me]',
        `[can you|please] (list|read|tell me|check) my [workout|training] reminders`,
        '(what are|what were) my [workout|training] reminders',
        '(when|what time) (will you|do you|are you going to) remind me [to work out]',
        '(do I have|have I got|are there) any [workout] reminders [set]',
        '(when is|what time is) my [workout|training] reminder',
        '[my] [workout] reminders',
        `any reminders set`,
        `(have I got|do I have) any reminders set`,
      ],
    },
    {
      name: 'MoveReminderIntent',
      maxSamples: 120,
      slots: [
        { name: 'time', type: 'AMAZON.TIME' },
        // A time said with "tonight" or "every evening" ("tonight at 7"): the skill reads 1 to 11 as PM.
        { name: 'evening', type: 'AMAZON.TIME' },
      ],
      patterns: [
        // Kept as patterns of their own when the last rounds of this intent were cut (December 5).
        "move the workout (reminder|reminders)",
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "change my reminder (timing|time) to {time}",
        // Found in a fifth blind batch of 150 (December 4).
        "change (the|my) workout (reminder|reminders)",
        // Found in the development set (December 4, second pass).
        `move the reminder to {time} instead`,
        // Found in a blind batch of 320 (December 2).
        "[can you] change my reminder time [to {time}]",
        `can you push my reminder back to {time}`,
        `push my reminder back [an hour|half an hour]`,
        "make my reminder an hour (earlier|later)",
        "push my reminder (to later|later|back)",
        "move my workout reminder to {time}",
        `move my reminder to the (morning|evening|afternoon)`,
        `(move|change) my reminder to {evening} (in the evening|tonight)`,
        `(can you|could you) push my reminder back [an hour]`,
        `make my reminder (earlier|later)`,
        `[can you|please] (move|change|shift|push|reschedule) (my|the) [workout] (reminder|reminders) to {time}`,
        `[can you|please] (move|change|reschedule) (my|the) [workout] (reminder|reminders) [time]`,
        `(make|set) my [workout] (reminder|reminders) (at|for) {time} [instead]`,
        `(change|move) the reminder time to {time}`,
        `remind me at {time} instead`,
        `(move|change|push) (it|them) to {time}`,
        `move my reminder (a little|a bit) (later|earlier)`,
      ],
    },
    {
      name: 'CancelRemindersIntent',
      maxSamples: 156,
      patterns: [
        // Plain phrasings the development set missed (December 7).
        'no more reminders please',
        // Found in a blind batch of 120 across every feature (December 2).
        "please stop reminding me",
        "(can you|could you) [please] stop reminding me",
        // Found in a blind batch of 240 (December 2).
        `I don't want any more reminders`,
        `cancel all [my|the] reminders`,
        `no more reminders [please]`,
        "[so] stop reminding me",
        `[can you|please] (cancel|delete|remove|turn off|stop) (my|all my|the) [workout] (reminder|reminders)`,
        '(stop|quit) reminding me [to work out|about my workouts]',
        `(I don't want|no more) [any] [workout] reminders [anymore]`,
        `(don't|do not) remind me (anymore|again|to work out)`,
        '(get rid of|turn off) [my] reminders',
        `turn off (all|) (the|my) [workout] reminders`,
      ],
    },
    {
      name: 'TooHardIntent',
      maxSamples: 336,
      patterns: [
        // Found by a helper trying the console as a first-timer (December 6): "I don't know that one yet", or the fallback.
        'can I (slow down|go slower)',
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "this is (way|far) too hard [for me] [right now]",
        // Found by a helper trying the console as a new user, and in the development set (December 4).
        `that was (way|) too hard`,
        // Found in blind batches in British, Australian and Canadian English (December 2).
        "(I'm|I am) (exhausted|wiped|knackered|stuffed|shattered) this is [way] too hard",
        // Found in a blind batch of 240 (December 2).
        `I'm dying here [this is too much for me]`,
        // Found in a blind batch of 320 (December 2).
        "[ugh] I can't do this it's way too hard",
        "I'm dying here [this is too much]",
        `far too hard`,
        `this one's way too hard`,
        `I can't keep up`,
        "[honestly] I can't do this it's (way|far) too (difficult|hard) [for me]",
        `(this|it) is (way|much|far|really|a bit|a little|just) too (hard|difficult|tough) [for me]`,
        `I can't do this (it's|it is) too (hard|difficult|much)`,
        `(these|the) workouts are (killing me|too much|too hard|brutal)`,
        `this is (bloody|really|so|super) hard`,
        `(that|this|it|the workout|that workout|this exercise) (was|is|felt|feels) [way|a bit|much] too (hard|difficult|tough|much)`,
        `(that's|it's|this is) [way|a bit|much] too (hard|difficult|tough|much) [for me]`,
        `[ugh|oh man] this is (so hard|really hard|hard)`,
        `I (found|find) (it|that|this|these) too (hard|difficult|tough)`,
        `(I'm finding|I am finding) (it|this|these) too (hard|difficult)`,
        `(that|this|it) was (really|very|so) (hard|tough)`,
        '[way] too (hard|difficult|tough)',
        `I (struggled|was struggling) with (that|it|this|that one)`,
        `this is way too much for me`,
        `[ugh] I can't do it`,
        `[ugh] I can't do (any of this|these)`,
        `(is there|do you have|can I do) an easier (version|one|way)`,
        `(what's|what is) an easier (version|one)`,
        `give me something easier`,
      ],
    },
    {
      name: 'TooEasyIntent',
      maxSamples: 212,
      patterns: [
        // Found in blind batches in British, Australian and Canadian English (December 2).
        "[nah|yeah] this (is|one's) [a bit|way] too easy",
        // Found in a blind batch of 240 (December 2).
        `[honestly] I barely broke a sweat`,
        // Found in a blind batch of 320 (December 2).
        "[honestly] this one's (kinda|kind of|pretty) easy [for me]",
        `way too easy for me`,
        "(this workout|these workouts) (isn't|aren't) challenging enough [for me] [anymore]",
        "I'm barely breaking a sweat",
        `I'm not (even breaking a sweat|even sweating|being challenged)`,
        `(these|the|my) workouts are (way|much|a bit|far) too easy`,
        `this is a (bit|little) (easy|too easy) for me`,
        `[honestly] this is a piece of cake`,
        `(that|this|it|the workout|that workout|this exercise) (was|is|felt|feels) [way|a bit|much] too (easy|light)`,
        `(that's|it's|this is) [way|a bit|much] too (easy|light) [for me]`,
        `(that|this|it|that workout) (was|is|felt) not hard enough`,
        `I (found|find) (it|that|this|these) too (easy|light)`,
        `(that|this|it) was (really|very|so) easy`,
        `(that|this|it) was a (breeze|piece of cake|walk in the park)`,
        '[way] too (easy|light)',
        'not hard enough',
        `I barely broke a sweat [this is too easy]`,
        `this one's way too easy [mate]`,
        `this is way too easy for me [I'm barely sweating]`,
      ],
    },
    { name: 'AMAZON.NextIntent', maxSamples: 173, patterns: [
        // Found trying the console mid-workout (December 7): the fallback, or a level.
        `(yep|yeah|right) [I'm] ready [now]`,
        `ready now`,
        `[okay|alright] that's done`,
        // Found in the development set (December 4, second pass).
        `(okay|ok|right) done next one`,
        // Found in a blind batch of 320 (December 2).
        "(okay|ok) next one please",
        "(okay|ok) (okay|ok) next",
        "(okay|ok) done what now",
        "[alright] I finished (those|them)",
        `next one please`,
        "[okay|alright] (finished|done with|I'm done with|I've finished|all done with) (that|this) [one|exercise|set]",
        "(got it|okay|alright|done) (move on|let's move on|next)",
        "[okay|ok|alright|so|um] (next|done|ok done|okay done|ready|next one|got it next|go|done with that one|finished that|that one is done|move on|next please|let's move on|go to the next one|done that one)",
        "[okay|alright] I'm ready",
        '(and then|and after that)',
        '[the] next step',
        // Found by a helper trying the console as an Indian user: "what is the next step" was heard as a topic.
        `(what is|tell me) the next step`,
        '(got it|go to the next step)',
        "(I got it|I've got it|got it thanks|okay got it)",
        `(okay|alright) go on`,
        `[okay|alright|right] I'm (set|in position|good to go|ready to go)`,
      ] },
    { name: 'AMAZON.PreviousIntent', maxSamples: 84, patterns: [
        // Found in a blind batch of 120 across every feature (December 4, third).
      `what was the (last|previous) step [again]`,
        // Found in a blind batch of 320 (December 2).
        "what was the previous one [again]",
        `[go] back to the (previous|last) (step|one|exercise)`,
        "[can we|could we|let's] go back (a step|one step|one|to the last exercise|to the previous exercise)",
        "[I missed that] (can we|could we) go back to the (last|previous) (exercise|step|one)",

        '(go back|back) (one|a step|one step)',
        '(previous step|previous one please|the step before|go to the previous exercise|go to the previous step|the previous one|previous exercise|the one before|back to the last one|rewind one|back up|take me back|can we go back)',
      ] },
    {
      name: 'AMAZON.PauseIntent', maxSamples: 318,
      patterns: [
        // Found by a helper trying the console as a tired parent (December 7): the fallback.
        "[my] (kid's|baby's) crying [brb]",
        // Found trying the console mid-workout (December 7): the fallback, or a level.
        `I need (more|a longer|a bit more) rest`,
        // Found by helpers trying the console in en-CA, en-AU and en-US (December 6): the fallback.
        `my (kid's|kid is) calling me [one sec]`,
        // Found by a helper trying the console as a parent mid-workout (December 5): a reason said after the pause
        // reached the fallback, "That's not something I can help with yet", and the workout waited unpaused.
        `(hang on|hold on|wait) (my kid|my kid's up|the kids|someone's at the door|there's someone at the door|the door|the doorbell)`,
        `(gotta|I gotta|I need to|let me) (grab|get) the door`,
        `(stop|pause) for a sec`,
        // Found by a helper trying the console mid-workout (December 6): the fallback, and the workout ran on.
        `gimme a (sec|second|minute)`,
        // Found in a fifth blind batch of 150 (December 4).
        "[hold on|wait] pause (for a sec|for a second|a sec)",
        // Found by a helper trying the console as a new user, and in the development set (December 4).
        `wait [wait] [a sec] I need a (break|breather|minute|second)`,
        `hang on [the] (baby's crying|door's ringing|phone's ringing)`,
        // Found trying the console mid-workout (December 6): the fallback, and the workout ran on.
        `my (phone's|phone is) ringing`,
        // Found by a helper trying the console as an older user and a parent (December 3, third round).
        `[hold on] my (kid|son|daughter|baby) needs me`,
        `I'll be back in (five|ten|a few|two) minutes`,
        // Found by helpers trying the console as users (December 3, second round).
        `(I need|give me|can I have|can I get) a (longer|bit longer|little longer) rest`,
        `give me (two|a couple|a couple of|a few|five) more minutes`,
        `(brb|be right back|I'll be right back|back in a sec|back in a minute)`,
        `I need to (grab|get) (some|a) (water|drink)`,
        // Found in a blind batch of 120 across every feature (December 2).
        "(wait|okay|ok|oh) (hold on|hang on)",
        "(hold on|hang on) wait",
        // Found in a blind batch of 320 (December 2).
        "[can you] pause for a minute I need (some water|a drink)",
        "(hang on|hold on) my (dog's barking|phone's ringing)",
        `pause for a sec`,
        "(give me|hang on|hold on|wait) a (minute|second|sec) I need to (grab|get) [a|some] (towel|water|drink)",
        "(hang on|hold on|wait) I need (water|a drink|a towel|the bathroom)",
        "(pause|stop) for a (second|minute|moment)",

        '(hold on|hang on|wait|hold it|hold up) [a (second|minute|sec)|let me catch my breath]',
        '(give me|just) (a sec|a second|a minute|a moment)',
        // "Can I take a break" is the topic's (a day off, and mid-workout a pause): said here too, it matched two intents.
        '(I need|let me take|can I have) a (break|breather)',
        'can I take a breather',
        'I need (a rest|a minute|to rest)',
        'one (second|sec|moment|minute) [please]',
        '[can you|please] pause [it|the workout|please|for a moment]',
        'let me catch my breath',
        `hold on (the baby's crying|someone's at the door|the phone's ringing)`,
        `[wait|hang on|hold on] I need (water|some water|a drink|a sip of water|a towel|the bathroom|the toilet|a second|a sec)`,
        `hold that thought`,
        `[can you|could you] (slow down|go slower) [please]`,
        `(slower please|too fast|you're going too fast|that's too fast)`,
        `(give me|I need) (more time|a bit more time|a few more seconds|a few seconds) [please]`,
        `more time please`,
        // Not "I'm very tired", a name of the day off (mid-workout, a pause): it matched two intents.
        `[ugh] I'm (so|really|getting) tired`,
        // A burn is the effort of a hard set, answered as such by the health intent ("my legs are burning").
        // Shaking is the health intent's, the effort of a hard set: said here too, it matched two intents.
        `[ugh] my (arms|legs|abs|glutes|shoulders) are tired`,
        `[ugh] my core is tired`,
      ],
    },
    {
      name: 'AMAZON.ResumeIntent', maxSamples: 120,
      patterns: [
        // Found by a helper trying the console as a tired parent (December 7): the fallback.
        "sorry (I|) got distracted [keep going|let's keep going|carry on]",
        // Found trying the console mid-workout (December 7): the fallback, or a level.
        `[okay|alright|right] [let's] [get] back to it`,
        // Found by helpers trying the console in en-CA, en-AU and en-US (December 6): the fallback.
        `sorry about that I'm back`,
        // Found by a helper trying the console (December 6): "ok I am back" after "hang on" was heard as pain in the back.
        `[ok|okay] I am back [now]`,
        // Found by a helper trying the console as a parent (December 5): the fallback, whose help never said resume.
        `(okay|ok|alright) sorry I'm back`,
        // Found by a helper trying the console as a new user, and in the development set (December 4).
        `[ok|okay] I'm back let's (keep going|go)`,
        // Found by a helper trying the console as an older user and a parent (December 3, third round).
        `[okay|so] where were we`,
        "[okay|ok|alright|so|you can] (resume|let's resume|resume please|resume now|please resume|unpause|unpause it|un pause|un pause please|I'm back|I'm ready again|let's go again)",
        // Bare "continue" and "keep going" are Alexa's built-in next: said after a pause, the skill resumes on them as well.
        "[okay|alright|so|you can|back again] (carry on|let's continue|let's keep going|let's carry on) [please]",
        "(okay|alright|so|you can) (continue|keep going) [please]",
        '(continue|keep going) please',
        '(pick up|carry on) where we left off',
        `(okay|alright) I'm back [you can keep going|let's go]`,
      ],
    },
    { name: 'AMAZON.RepeatIntent', maxSamples: 190, patterns: [
      // Found trying the console mid-workout (December 7): the fallback, or a level.
      `(again|one more time) please`,
      // Plain phrasings the development set missed (December 7).
      '[sorry] can you say (it|that) one more time',
        // Found by a helper trying the console as an older user (December 5): "Sorry, I didn't get that".
        '[I] beg your pardon',
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "I didn't quite catch that could you repeat it",
        // Found by a helper trying the console as a new user, and in the development set (December 4).
        `can you say that again [please]`,
        // Found by a helper trying the console as an older user and a parent (December 3, third round).
        "[sorry|I'm sorry] I didn't (catch that|quite hear you|hear that) (could you|can you) say (it|that) again [please]",
        "(could you|can you) say that (more slowly|slower|again more slowly) [please]",
        "I'm sorry I didn't quite hear you",
        "[sorry|um] can you say that one more time [please]",
        "[sorry] (can you|could you) repeat the (last step|last part|step|instructions) [please]",
        "[sorry] (say|read) (the last step|that step|that) again",

        "[sorry|um] (can you repeat that|could you repeat that|say that again|could you say that again|say it again|repeat that|repeat|what|what was that|pardon|what did you say|can you say that one more time|I didn't catch that|I missed that|come again|once more|one more time|run that by me again) [please]",
        `wait what did you say`,
        `wait what [was that]`,
      ] },
    { name: 'AMAZON.StartOverIntent', maxSamples: 80, patterns: [
      // Plain phrasings the development set missed (December 7).
      "[let's|let's just] start (again|from the beginning again)",
      'begin again from the top',
        // Found by a helper trying the console as a new user, and in the development set (December 4).
        `let's restart from the very beginning`,
        "(let's|can we) (begin|start) again from (scratch|the beginning|the top)",
        "start again from the (beginning|top|start)",

        "(start again|let's start from the beginning|start from the beginning|begin again|let's begin again|start from scratch|start it over|let's start over|can we start over|go back to the beginning|back to the beginning|go back to the start|go right back to the start|restart from the top|restart from the beginning|from the top|take it from the top)",
        `start over from the beginning`,
      ] },
    { name: 'AMAZON.MoreIntent', maxSamples: 164, patterns: [
      // Plain phrasings the development set missed (December 7).
      'read me the rest',
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "go on tell me more",
        "give me the rest of (that|the) list",
        // Found in a fifth blind batch of 150 (December 4).
        "what else is on the list",
        `go on tell me more`,
        `tell me more about that`,

        '[okay|um|and] (more|more please|the rest|the rest please|give me more|I want to hear more|tell me more|what else|go on with the list|any more|anything else|more tips|keep going with the list|more details|more info|more on that|tell me the rest|what\'s the rest|go into more detail|elaborate|keep telling me)',
      ] },
    {
      // A hedge ("a little", "kinda", "I think so"): a yes to "does it still hurt?", but no doctor's okay and no yes to a
      // deletion (found in review: "kinda" to the doctor question started a workout). See replies/offers.ts.
      name: 'HedgedYesIntent', maxSamples: 49, patterns: [
        // Less is not gone: to the pause for pain, asked whether it still hurts (found in review: heard as pain gone, it went on).
        "it doesn't hurt (as much|much now)",
        'not as much',
        "[yes|yeah] (a little|a bit|a little bit|kind of|kinda|sort of|slightly|just a bit|a tiny bit)",
        // Only what leans to a yes: "not sure", "maybe" and "I don't know" are no answer, asked again as any answer not
        // understood, and with no question they never move a workout on (found in review).
        "(I think so|I guess|I guess so|sorta|I suppose|I suppose so|kinda yeah|sort of yeah)",
        "(well|honestly) (kind of|sort of|a little|a bit)",
      ] },
    {
      // "Not sure", "I don't know", "maybe": no yes and no no. To the doctor's question, no okay (see replies/offers.ts).
      // Found by helpers trying the console: each reached the fallback.
      name: 'UnsureIntent', maxSamples: 62, patterns: [
        "(I'm not sure|not sure|I'm not really sure|not really sure|I'm unsure|I don't know|I don't really know|I dunno|dunno|no idea|I have no idea|no clue|maybe|maybe not|possibly|perhaps|I can't remember|I don't remember|I forget|I'm not certain|hard to say|beats me|who knows)",
        "(um|hmm|well) (not sure|I'm not sure|I don't know|no idea)",
        "(I'm not sure|not sure|I don't know) (yet|to be honest|honestly|really)",
        "(I'm not sure|I don't know|I can't remember) if (they did|she did|he did|my doctor did|I asked)",
      ] },
    { name: 'AMAZON.YesIntent', maxSamples: 214, patterns: [
        // Found by a helper trying the console as a tired office worker (December 7): the lenient matcher alone, or the fallback.
        "(yeah|yes|okay|sure) let's do it",
        "sure why not",
      // Plain phrasings the development set missed (December 7).
      '(okay|yeah|yep) sounds good',
        // Found by helpers trying the console as a pregnant user: answers to "has your doctor said this kind of exercise
        // is okay for you?" reached the fallback.
        // "Yeah doc said it's fine": found by a helper trying the console as a warehouse worker (the lenient matcher alone).
        "[yes|yeah] my (doctor|midwife|GP|doc) said it's (fine|okay)",
        "(yeah|yes) doc said it's fine",
        "(yes|yeah) (she|he|they) said it's (fine|okay)",
        "(yes|yeah) I've been cleared",
        // Found by a helper trying the console as a man after back surgery (December 7): "Sorry, I didn't get that", and the
        // question again, for every way he said it.
        "(yes|yeah) I'm cleared",
        "[yeah] my (surgeon|doctor|doc) cleared me",
        // Found by a helper trying the console as an older user and a parent (December 3, third round).
        "(yes please dear|that would be lovely|go on then|that would be great|oh yes please)",
        // The answer to "does it still hurt?" before a workout paused for pain goes on: any of it is a yes.
        "(yes|yeah|yep) [it] (does|still does) [a little|a bit]",
        "(yes|yeah|yep) (they were|those were|that was) extra",
        "(yep|yes|yeah|sure) (go ahead|go for it|please|do it|that's right)",
        // Found by helpers trying the console: "yeah log it" to "shall I log what you did?" reached the fallback.
        "(yes|yeah|yep|sure|okay) (log it|set it|save it|log that|set that|add it)",

        "[oh|um] (yes|yeah|yep|yup|aye|sure|okay|ok|yes please|absolutely|yeah sure|sure thing|sounds good|of course|go ahead|yes go ahead|please do|why not|definitely|let's do it|I would|yes I would|I do|that's right|correct|I'd like that)",
      ] },
    // "No, it's fine now": a no to "does it still hurt?" (INTENT_ALIASES), kept apart so that, said with nothing asked
    // while a workout is paused for pain, it goes on (found by a helper trying the console: it asked "does it still hurt?").
    { name: 'PainGoneIntent', patterns: [
        // Found by a helper trying the console as a 52-year-old (December 6): to "does it still hurt?", the fallback.
        "no it is (fine|okay) now",
        "(no|nope) it's okay now",
        "nope it's fine now",
        "no it feels (fine|okay) now",
        "it's (okay|alright|all right) now",
        // The answer to "does it still hurt?" when it has stopped. Better is not gone: "I feel better" is asked first.
        "[no|nope] (it doesn't hurt|it doesn't hurt now|it doesn't hurt anymore|no pain|it's gone|the pain's gone|it's fine now|I'm fine now|it feels fine|it feels okay now|feels fine now|all good now)",
      ] },
    { name: 'AMAZON.NoIntent', maxSamples: 214, patterns: [
        // Beside "my doc said it's fine", a yes: the doctor's no (found in review: heard as the yes, and HIIT started).
        "my (doctor|doc|GP) said it's not (okay|fine|safe)",
        // Beside "my surgeon cleared me", a yes: not cleared, a no (found in review: it started the workout).
        "my (surgeon|doctor) hasn't cleared me [yet]",
        "(I'm not|I haven't been) cleared [yet]",
        "nope it's fine",
        // Found by a helper trying the console as a tired user: to "has your doctor said it's okay?" and "does it still hurt?".
        "(no not yet|nah not yet|nah it's (ok|okay|fine)|nah I'm (ok|okay|fine))",
        // Found by a helper trying the console as a new user, and in the development set (December 4).
        `nah not right now`,
        // Found by helpers trying the console: "not yet, I'm seeing her next week" to the doctor question, and "it's
        // okay now" to "does it still hurt?", reached the fallback.
        "not yet [I haven't asked (her|him|them|my doctor|my midwife)|I'm seeing (her|him|them|my doctor|my midwife) next week]",
        "(no|not yet) I (haven't|have not) asked [yet]",
        // Found by a helper trying the console as a 66-year-old (December 6): to the doctor question, the fallback.
        "[no] I haven't talked to my doctor",
        'no not really',
        "(not right now|not just now|not at the minute)",
        "[no|nope] (it doesn't|not anymore|it's better now|it feels better|feels better)",
        "no it feels better now",
        // Tried as a user: the answer to "were those 5,000 steps extra?" when they were the whole day.
        "[no|nope] (that's|that was|it's|it was) (my whole day|the whole day|my total|the total|all day)",
        "(no|nope) (that's|that was) in total",
        // Found in a blind batch of 320 (December 2).
        "no thanks I'm (good|fine)",
        `nah I'm good`,

        "[um] (no|nope|nah|no thanks|no thank you|no I'm good|not now|not really|not today|I'm good|maybe later|no way|I don't think so|negative|I'll pass|nah I'm alright|not at the moment|no not right now)",
      ] },
    { name: 'AMAZON.HelpIntent', maxSamples: 116, patterns: [
        // Found in blind batches of 150 by ten kinds of speaker and of content questions (December 5).
        "[I'm a bit lost] what can I say to you",
        // Found in a blind batch of 120 across every feature (December 4, third).
      `(I'm not sure|I don't know) what (to say|I can say)`,
        // "What can I do instead?" after a workout is put off for pain: rest, and what is worth doing meanwhile.
        `[so|okay|then] what (can|should|could) I do instead [today]`,
        `what else can I do [instead|today]`,
        `(can|could) I do something else instead`,
        // Found by a helper trying the console as a new user, and in the development set (December 4).
        `I'm confused what do I say`,
        // Found in blind batches in British, Australian and Canadian English (December 2).
        "help please",
        "(I'm|I am) [a bit] lost can you help [me] [out]",
        // Found in a blind batch of 320 (December 2).
        "[um] I'm (confused|lost) what can you do",
        `what can I say to you`,
        // Found by a helper trying the console: these reached the fallback, or the health intent's open slot.
        `what (should|do) I say [to you|now]`,
        `I (don't|do not) know what to say`,
        "(I'm new here|I'm new) (how do I use this|what can you do|how does this work)",
        "how do I use (this skill|back coach|you)",

        '[um] (help|help me|I need help|can you help me|how do I use this|what can you do|what can I say|what can I ask you|what can you help me with|what do you do|what are my options|what commands can I use|I\'m confused|I\'m lost)',
        '(how does|what can) (this skill|back coach) (work|do)',
        '(who are you|what are you|what is this skill|what does this skill do|what is back coach|what does back coach do|what are you for)',
        '(hi|hello|hi there|hello there|hey there|hi coach|hello coach|hey coach|hiya|g\'day)',
        `I've never used one of these before how does it work`,
      ] },
    { name: 'AMAZON.StopIntent', maxSamples: 207, patterns: [
        // Its room given up by the caps lowered for "ok" written once (found in review).
        "okay I'm leaving",
        // Found by a helper trying the console as a night-shift nurse (December 7): "night night" asked what time to remind
        // her, and "goodnight" and "keep my place" (mid-workout, its place saved for later) were not understood.
        '(night night|nighty night|goodnight|good night)',
        '(keep my place|save my place) [for later]',
        "I'll (finish|do) the rest later",
        // Found by a helper trying the console: after "Anything else?", these were out of scope.
        "(nope|no|nah) (that's it|that's all|that's everything)",
        // Found by a helper trying the console as an older user and a parent (December 3, third round).
        "thank you (that will be all|that's all|very much goodbye|goodbye)",
        "[ok|okay|sorry] I (gotta|have to|need to) go [my kid's calling|someone's at the door|now]",
        // Found by helpers trying the console as users (December 3, second round).
        "(cheers|ta|okay thanks|thanks) (bye|goodbye|see you|see ya|bye for now)",
        // Found in blind batches in British, Australian and Canadian English (December 2).
        // A goodbye, in a workout too: its place is saved for later today. Tried as a user: without this sample it was
        // heard as ending the workout, and with none running the answer offered to start one.
        "[okay] that's it for (me|today|now) (goodbye|bye)",
        // Found in a blind batch of 120 across every feature (December 2).
        "that's all [for (now|today)] (bye|goodbye|thanks|thank you)",
        "that's all for (now|today)",
        `right bye for now`,
        "(okay|alright) that's enough (stop|bye|for now)",
        // Found by a helper trying the console as a user (December 3).
        "(okay|alright) cool that's enough [thanks]",

        "[okay] (stop|bye|goodbye|bye bye|see you later|see you|exit|quit|shut up|that's all|good night|I'm leaving|be quiet|stop talking|turn off|leave)",
        '(close|exit|quit) (back coach|the skill|the app)',
        "(thanks|thank you|okay thanks) (that's all|that's it|bye|goodbye|I'm done)",
        "(thanks|thank you|okay thanks|cheers) (that's enough|that is enough|that's plenty|that'll do) [for now]",
        "(that's enough|that's all|that'll do) (thanks|thank you) [for now]",
        "[sorry] (I need to|I have to|I gotta) (go|leave) [now]",
      ] },
    { name: 'AMAZON.CancelIntent', maxSamples: 100, patterns: [
      // Plain phrasings the development set missed (December 7).
      'cancel please',

        '[oh|actually|no] (cancel|never mind|nevermind|forget it|forget about it|forget that|don\'t bother|abort|scrap that|cancel it|cancel the request)',
      ] },
    { name: 'AMAZON.FallbackIntent', patterns: [] },
    { name: 'AMAZON.NavigateHomeIntent', patterns: [] },
  ],
  activitySynonyms: {
    strength: ['strength training', 'strength', 'weights', 'weight training', 'lifting', 'resistance training', 'back workout', 'back exercises', 'gym', 'rows', 'deadlifts', 'supermans', 'glute bridges', 'planks', 'good mornings', 'squats', 'lifted', 'lifted weights'],
    hiit: ['hiit', 'hit', 'high intensity', 'high intensity interval training', 'interval training', 'intervals'],
    cardio: ['cardio', 'run', 'ran', 'running', 'jog', 'jogged', 'jogging', 'swim', 'swam', 'swimming', 'cycle', 'cycled', 'cycling', 'bike ride', 'biked', 'biking', 'rode my bike', 'bike', 'exercise bike', 'stationary bike', 'treadmill', 'stair climber', 'rowing machine', 'spin class', 'rowing', 'rowed', 'row', 'dance', 'danced', 'dancing', 'zumba', 'tennis', 'played tennis', 'badminton', 'played badminton', 'football', 'played football', 'soccer', 'played soccer', 'basketball', 'played basketball', 'squash', 'played squash', 'pickleball', 'played pickleball', 'jump rope', 'skipping rope', 'elliptical', 'aerobics', 'kickboxing', 'boxing',
      // The article's cardio days are "swimming, brisk walking, or cycling": a brisk walk is the cardio session (found by
      // a helper trying the console: one logged on a cardio day left "1 cardio" still to do).
      'brisk walk', 'brisk walking', 'walked briskly', 'power walk', 'power walking', 'power walked'],
    walk: ['walk', 'walked', 'walking', 'hike', 'hiked', 'hiking', 'stroll'],
    stretch: ['stretch', 'stretched', 'stretching', 'yoga', 'pilates', 'foam rolling', 'foam rolled', 'mobility', 'recovery', 'rest'],
  },
  levelSynonyms: {
    // "Easy" alone is not one: "I'm easy" is no level asked for.
    beginner: ['beginners', 'novice', 'new', 'starting out', 'basic', 'beginner mode', 'easy one', 'the easy one', 'easy level', 'the easy level', 'easiest', 'the easiest'],
    intermediate: ['medium', 'moderate', 'middle', 'regular', 'normal', 'in between'],
    advanced: ['expert', 'experienced', 'pro', 'hardest'],
  },
  directionSynonyms: {
    // How the workout felt ("too easy") is TooEasyIntent and TooHardIntent: remembered, and only a suggestion.
    // "Turn it up", "bump up the intensity", "take it down a notch": the direction said with a verb.
    harder: ['harder', 'tougher', 'more difficult', 'more challenging', 'heavier', 'more intense', 'up', 'increase', 'raise', 'more of a challenge', 'something harder'],
    easier: ['easier', 'lighter', 'less intense', 'gentler', 'simpler', 'down', 'back', 'lower', 'reduce', 'decrease', 'something easier'],
  },
  otherMoves: {
    plank: ['plank', 'planks', 'a plank', 'plank position', 'the plank'],
    squat: ['squat', 'squats', 'squatting', 'jump squats'],
    burpee: ['burpees', 'burpee'],
    'jumping-jack': ['jumping jacks', 'jumping jack', 'star jumps'],
    'mountain-climber': ['mountain climbers', 'mountain climber'],
    'bird-dog': ['bird dogs', 'bird dog'],
    lunge: ['lunges', 'lunge'],
    crunch: ['crunches', 'sit ups', 'crunch'],
    'push-up': ['push ups', 'pushups', 'push up'],
    'other-move': ['high knees', 'leg raises', 'toe touches', 'heel raises', 'calf raises'],
    'this-move': ['this exercise', 'that exercise', 'this one', 'that one', 'the last one'],
  },
  sessionSynonyms: {
    strength: ['strength', 'strength training', 'weights', 'weight training', 'lifting', 'back workout'],
    hiit: ['hiit', 'hit', 'interval', 'intervals', 'high intensity'],
    cardio: ['cardio', 'running', 'cycling', 'swimming', 'a run', 'a swim', 'a bike ride'],
    stretch: ['stretching', 'yoga', 'recovery', 'rest day', 'recovery day', 'foam rolling', 'mobility', 'rest'],
  },
  onceSynonyms: {
    tomorrow: ['tomorrow', 'tomorrow morning', 'first thing tomorrow', 'tomorrow afternoon'],
    later: ['later', 'later today', 'later on', 'in a bit', 'in a while', 'in an hour', 'in half an hour', 'in a few minutes', 'in two hours', 'in a couple of hours'],
    today: ['today', 'later this afternoon'],
  },
  weekdaySets: [
    ['monday wednesday and friday', 'mondays wednesdays and fridays'],
    ['tuesday thursday and saturday', 'tuesdays thursdays and saturdays'],
    ['monday tuesday and thursday', 'mondays tuesdays and thursdays'],
    ['sunday tuesday and thursday', 'sundays tuesdays and thursdays'],
    // Every other day ("remind me every other day", "on alternate days"): the skill sets three days with a day between.
    ['other day', 'second day', 'alternate day', 'alternate days', 'two days'],
    // The workout days, every day but the rest day ("remind me on my workout days at 7").
    ['my workout days', 'my training days', 'workout days', 'training days'],
  ],
};
