import type { Response } from 'ask-sdk-model';
import { AMOUNT_WORDS, amountsSaidIn, moveAfterReps, setsSaidIn } from '../content/amounts';
import {
  BEFORE_LOG_VERB,
  exerciseInLog,
  GAMES,
  kindNamedIn,
  namedExactly,
  namedExercises,
  namedInside,
  namedWithin,
  openingVerb,
  readsAsLog,
  reportedConcern,
  saysBodyOrPain,
  saysDenial,
  saysPain,
  aimSaid,
  saysFeelingBetter,
  saysMissed,
  sessionKindNamedIn,
  painScoreIn,
  thingsDoneIn,
  topicInLog,
  timeSaidAlone,
  withoutMissed,
} from '../content/named';
import { answerableTopics, findExercise, findStrengthExerciseSaid, topicAskedIn } from '../content/catalogue';
import { workoutCommandIn } from '../content/workout-commands';
import { tellEffort } from '../replies/coach';
import { LEVELS, type Level } from '../content/types';
import { howToOf, isWorkoutRunning, workoutOf } from '../conversation/mode';
import type { PendingLog } from '../conversation/state';
import { resolvedSlot, slotValue } from '../conversation/requests';
import { type Turn, unlessUnavailable } from '../conversation/turn';
import { speech } from '../speech/ssml';
import { type Weekday, addDays, formatIsoDate, formatIsoWeek, isoWeekOf, weekdayOf } from '../domain/calendar';
import { minutesOf, wholeNumberOf } from '../domain/duration';
import { dayGoneBy } from '../domain/log-day';
import { ACTIVITIES, type Activity, type CardioKind } from '../domain/progress';
import { interpretDate } from '../domain/day-query';
import { repeatOnDays } from '../domain/reminder-schedule';
import { moveInHowTo, startHowTo, teachable } from '../replies/how-to';
import { tellAim } from '../replies/knowledge';
import { cancelReminders, offerReminder } from '../replies/reminders';
import { type SaidLog, askOneAtATime, daysBackSaid, logAfterYes, askWhatDone, cardioKindNamedIn, correctActivity, correctDay, correctSteps, numberSaidOverLog, logActivity, logOnDayAnswered, logToday, tellMissed, undoLastLog } from '../replies/logging';
import { dayKindNamed, tellHowOften, tellHowOftenKind, tellWeeklyPlan, tellWorkoutFor } from '../replies/plan';
import { confirmDelete, confirmReset, tellPrivacy, tellWeeklyProgress } from '../replies/progress';
import { askToRemove, askToRemoveLatestLog, askToRemoveMissed, askToRemoveSessionLog, removeAfterYes, STEPS } from '../replies/remove-log';
import { askWhichLevel, askWhichOfTwoRestDays, askWhichRestDay, setLevel, setRestDay, stepLevel, tellDayAlone, tellLevel, tellRestDay } from '../replies/settings';
import { askAgain } from '../replies/go-on';
import { answerPainScore } from '../replies/offers';
import { FEEL_ASKED, answerConcern, logWorkoutDone, tellWorkoutCounts, offerSavedWorkoutLog, offerYesterdaysWorkout, startOrOfferResume, tellAboutMoveUnderWay, tellCurrentExercise, tellFeelingBetter, tellPausedForHurt, tellTimeSaid, tellTopicOrPause, tellWorkoutAndWeek, tellWorkoutProgress } from '../replies/workout';
import { tellOutOfScope } from '../replies/session';
import { weekdayNamed, weekdayOffAsked } from '../text/dates';
import { ORDINAL_MOVE, teachWhatIsNamed } from './how-to';
import { settingOne } from './reminders';
import { route, said } from './route';

export const workoutForDay = route(
  (turn) => said(turn, 'WorkoutForDayIntent'),
  async (turn) => {
    // "And last week?", "what about Tuesday?" right after a progress answer ask about that day's progress.
    const follow = slotValue(turn.input, 'followDate');
    if (follow !== undefined && turn.state.told === 'progress') return tellWeeklyProgress(turn, await dayGoneByIn(turn, follow));
    // "And last week?" with nothing before it: a week gone by has no plan of its own (every week's is the same), so it
    // asks what was done then (found by a helper trying the console: after a turn not understood, it read the plan).
    if (follow !== undefined && /^\d{4}-W\d{2}$/.test(follow) && follow < formatIsoWeek(isoWeekOf(await turn.today()))) return tellWeeklyProgress(turn, follow);
    const date = slotValue(turn.input, 'date') ?? follow;
    // "What do I do now?" mid-workout asks about the move under way, not the day's plan (found by a helper trying the
    // console): Alexa hears "now" as the present, a date no other question about the plan is said with.
    if (date === 'PRESENT_REF' && howToOf(turn.mode)) return moveInHowTo(turn, 'repeat');
    if (date === 'PRESENT_REF' && workoutOf(turn.mode)) return tellCurrentExercise(turn);
    // "What am I doing?" mid-workout, no day said: where the workout under way is, never the plan of another day's
    // session (found by a helper trying the console: Monday's strength under way, it told Saturday's HIIT).
    // Today said ("what am I doing today") is the same: the model hears the day in the date slot.
    // Paused for pain or feeling unwell, "what should I do" asks what to do about it (found by a helper trying the console).
    if (workoutOf(turn.mode) && (date === undefined || date === formatIsoDate(await turn.today()))) return tellPausedForHurt(turn) ?? tellWorkoutProgress(turn);
    return tellWorkoutFor(turn, interpretDate(date, await turn.today()));
  },
);
/** "What's the plan for the week?"; "how often should I do rows?" names a move, and hears how often the plan has it. */
export const weeklyPlan = route(
  (turn) => said(turn, 'WeeklyPlanIntent'),
  (turn) => {
    const exercise = resolvedSlot(turn.input, 'exercise');
    if (exercise.status === 'match') return tellHowOften(turn, exercise.id);
    // "How often should I do planks": never the whole week for a move the skill does not teach.
    // "How often should I do strength": a kind of day, not a move (found by a helper trying the console as a new user).
    const session = resolvedSlot(turn.input, 'session');
    if (session.status === 'match' && session.id === 'hiit') return tellHowOften(turn, 'hiit');
    // A stretch named as a move ("the cobra stretch") is the move's; only the session slot names the rest day's.
    const spokenKind = exercise.status === 'no-match' ? dayKindNamed(exercise.spoken) : undefined;
    const kind = session.status === 'match' ? dayKindNamed(session.id) : spokenKind === 'rest' ? undefined : spokenKind;
    if (kind) return tellHowOftenKind(turn, kind);
    if (exercise.status !== 'no-match') return tellWeeklyPlan(turn);
    // "How often should I rest", heard through "how often should I {exercise}": the rest day's; "… stretch", the topic it
    // names (found in review: "I don't know that one yet").
    if (/^(?:rest|take (?:a )?rest|take a day off|have a rest day|take a rest day)$/i.test(exercise.spoken.trim())) return tellHowOftenKind(turn, 'rest');
    const named = namedInside(turn.catalogue, exercise.spoken);
    if (named?.kind === 'topic') return tellTopicOrPause(turn, named.id, exercise.spoken);
    return teachWhatIsNamed(turn, exercise.spoken, (taught) => tellHowOften(turn, taught.id));
  },
);

/** What was done, pointed at: a workout offered for logging, said back ("log what I did yesterday", "log it"). */
const WORKOUT_POINTED_AT =
  /^(?:(?:did )?(?:it|that|this|that one|this one)|what i (?:did|have done|'ve done|managed|got done|got through)|(?:my|the|that|this) (?:workout|session)|(?:the |my )?(?:bit|part) (?:i did|of it))(?: (yesterday|last night|today|this morning|earlier|then))?$/i;

/** Whether words point at the workout offered for logging, of its day if they say one ("what I did today" is not yesterday's). */
async function pointsAtOffered(turn: Turn, said: string, offered: string): Promise<boolean> {
  const match = WORKOUT_POINTED_AT.exec(said);
  if (!match) return false;
  const day = match[1]?.toLowerCase();
  if (day === undefined || day === 'then' || day === 'earlier') return true;
  const today = await turn.today();
  const back = day === 'yesterday' || day === 'last night' ? 1 : 0;
  return offered === formatIsoDate(addDays(today, -back));
}
/**
 * Words that point at the log just made ("I did it yesterday", and "I did that on Saturday", whose slot keeps the "did");
 * not "one", which is another ("I did one yesterday").
 */
const LOG_POINTED_AT = /^(?:did )?(?:it|that|this|that one|this one|the same( one)?|wo|vo|woh|ye|yeh|वो|वह|ये|यह)$/i;

/** What a log by voice said: its activity and the words for it ("deadlifts"), amounts, sets and day. */
function saidLog(turn: Turn): SaidLog {
  const slot = resolvedSlot(turn.input, 'activity');
  // "I walked forty minutes": the verb, in the carrier, says what was done, and its time has a slot of its own.
  const timed = Object.keys(VERB_TIMES).find((name) => slotValue(turn.input, name) !== undefined);
  const activity = (timed && VERB_TIMES[timed]) ?? (slot.status === 'match' ? ACTIVITIES.find((known) => known === slot.id) : undefined);
  const kind = timed === undefined ? undefined : VERB_TIME_KINDS[timed];
  // "Thirty minutes of cardio" is a duration; "a thirty minute walk" a number of minutes.
  const minutes = minutesOf(slotValue(turn.input, timed ?? 'duration')) ?? wholeNumberOf(slotValue(turn.input, 'minutes'));
  const [extraSteps, sets] = [wholeNumberOf(slotValue(turn.input, 'steps')), wholeNumberOf(slotValue(turn.input, 'sets'))];
  // Steps said without "extra" ("I did 5000 steps today") may be the day's whole count.
  const daySteps = extraSteps === undefined ? wholeNumberOf(slotValue(turn.input, 'daySteps')) : undefined;
  const [heard, date] = [slotValue(turn.input, 'activity'), slotValue(turn.input, 'date')];
  // "I did it yesterday", "I did that on Monday": the log just made, pointed at, with only a day said (found by a helper
  // trying the console, December 6: it asked what was done yesterday, and today's log stayed).
  const said = heard !== undefined && slot.status !== 'match' && LOG_POINTED_AT.test(heard.trim()) ? undefined : heard;
  return {
    ...(activity && { activity }),
    ...(minutes !== undefined && { minutes }),
    ...(extraSteps !== undefined && { extraSteps }),
    ...(daySteps !== undefined && { daySteps }),
    ...(sets !== undefined && { sets }),
    ...(said !== undefined && { said }),
    ...(kind !== undefined && { kind }),
    ...(date !== undefined && { date }),
  };
}

/**
 * The slots a time said straight after a past tense fills ("I walked forty minutes", "I swam half an hour last night"):
 * an activity slot before it would put two slots side by side, so each kind of thing done keeps its time in its own.
 */
export const VERB_TIMES: Readonly<Record<string, Activity>> = {
  walkTime: 'walk',
  runTime: 'cardio',
  swimTime: 'cardio',
  cycleTime: 'cardio',
  danceTime: 'cardio',
  cardioTime: 'cardio',
  stretchTime: 'stretch',
};
/** The kind of cardio a time's slot says ("I ran twenty minutes" is a run); `cardioTime` ("I rowed …") names none. */
export const VERB_TIME_KINDS: Readonly<Record<string, CardioKind>> = { runTime: 'run', swimTime: 'swim', cycleTime: 'cycle', danceTime: 'dance' };

/** The longest short answer to "what did you do?" ("the long run"). */
const SHORT_ANSWER_WORDS = 3;
/** The activity the week counts for each kind of thing done named. */
export const KIND_ACTIVITY: Readonly<Record<string, Activity>> = {
  run: 'cardio', swim: 'cardio', cycle: 'cardio', dance: 'cardio', cardio: 'cardio', walk: 'walk', stretch: 'stretch', hiit: 'hiit', strength: 'strength',
};

/**
 * "What did you do?" "The run." A short answer is heard as a question about what it names ("the run" as how to run,
 * "deadlifts" as how to do them): while that question is open, it is the log's answer. Only a short one, naming
 * nothing wrong: "can I lift weights while pregnant" or "can I run with back pain" asked then is answered, never logged.
 */
export const answeredWhatDone = route(
  (turn) =>
    turn.offer?.kind === 'whatDone' &&
    said(turn, 'ExerciseHowToIntent', 'TopicIntent', 'AllStepsIntent', 'SetLevelIntent', 'StartWorkoutIntent') &&
    activityAnswered(turn) !== undefined,
  async (turn) => {
    const answered = activityAnswered(turn) ?? {};
    // A move named through a request that asks how to do it ("how do I do a superman", "how do I do HIIT") may be that
    // question: asked first, never logged unasked (found by a helper trying the console: "Logged the superman"). Not while
    // going through things just named ("what was next?"): a move there is one of them.
    const listing = turn.offer?.kind === 'whatDone' && turn.offer.listing === true;
    const slot = resolvedSlot(turn.input, 'exercise');
    const named = slot.status === 'match' ? findExercise(turn.catalogue, slot.id) : answered.activity === 'strength' ? findStrengthExerciseSaid(turn.catalogue, answered.said) : undefined;
    // A run or a swim named ("the run") is the answer it reads as: how to do cardio is seldom asked that way.
    // HIIT, one of the kinds the question names, is the answer (found by a helper trying the console: "I can log HIIT, or
    // show you how to do it").
    const exercise = !listing && said(turn, 'ExerciseHowToIntent', 'AllStepsIntent') && named?.category === 'strength' ? named : undefined;
    if (!exercise || answered.activity === undefined) return logActivity(turn, answered);
    // The variation said ("a hip thrust") is the one taught on a no, and named in the question.
    const taught = teachable(exercise, answered.said).exercise;
    const asked = turn.offer?.kind === 'whatDone' ? turn.offer.date : undefined;
    const date = asked ?? formatIsoDate(await turn.today());
    const log: PendingLog = { activity: answered.activity, date, teach: taught.id, ...(exercise.category === 'strength' && { exercise: exercise.id }) };
    return turn.reply({
      speech: speech(turn.t.t('log.didYouDo', { name: taught.name })),
      reprompt: speech(turn.t.t('log.didYouDo.reprompt', { name: taught.name })),
      offer: { kind: 'confirmLog', log },
    });
  },
);

/** The slot a short answer to "what did you do?" arrives in, by the request it was heard as. */
const ANSWER_SLOT: Readonly<Record<string, string>> = { TopicIntent: 'topic', SetLevelIntent: 'level', StartWorkoutIntent: 'session' };

function activityAnswered(turn: Turn): SaidLog | undefined {
  // A move by its name, or a topic by a word or three ("yoga", "some stretching"); "is running good" is a question.
  // "The strength one", "strength workout", heard as a level or a workout to start (found by a helper trying the
  // console: it started a workout), name the kind done.
  const request = turn.input.requestEnvelope.request;
  const intent = request.type === 'IntentRequest' ? request.intent.name : '';
  for (const name of [ANSWER_SLOT[intent] ?? 'exercise']) {
    const slot = resolvedSlot(turn.input, name);
    const spoken = slotValue(turn.input, name);
    if (spoken === undefined || spoken.split(/\s+/).length > SHORT_ANSWER_WORDS || namedInside(turn.catalogue, spoken)?.kind === 'concern') continue;
    if (reportedConcern(turn.catalogue, spoken) || saysDenial(spoken)) continue;
    const exercise = slot.status === 'match' && name === 'exercise' ? findExercise(turn.catalogue, slot.id) : undefined;
    const kind = kindNamedIn(spoken);
    const activity = exercise ? (exercise.category === 'strength' ? 'strength' : BURNER_ACTIVITY[exercise.id]) : kind ? KIND_ACTIVITY[kind] : undefined;
    if (activity) return { activity, ...(spoken !== undefined && { said: spoken }) };
  }
  return undefined;
}

/** The activity a calorie burner named in a log is logged as; every strength exercise is logged as strength. */
const BURNER_ACTIVITY: Readonly<Record<string, Activity>> = { walking: 'walk', cardio: 'cardio', hiit: 'hiit' };
/**
 * The past tenses a log opens with ("walked forty minutes this morning", "swam half an hour"), each among its
 * activity's names in the voice model (a test holds them together): what a phrase heard whole says was done, when it
 * says how much.
 */
export const DONE_WORDS: Readonly<Record<string, Activity>> = {
  walked: 'walk',
  hiked: 'walk',
  ran: 'cardio',
  jogged: 'cardio',
  swam: 'cardio',
  cycled: 'cardio',
  biked: 'cardio',
  rowed: 'cardio',
  danced: 'cardio',
  stretched: 'stretch',
  lifted: 'strength',
};

const COULD_NOT = /^(?:i )?(?:couldn'?t|can'?t|cannot)\b/i;

/**
 * "I didn't actually walk on Monday, remove it", heard through a health request: what did not happen, as a log says it
 * (found by a helper trying the console: "check with your doctor", and the walk stayed). Undefined when it says no such thing.
 */
export async function missedHeard(turn: Turn, spoken: string): Promise<Response | undefined> {
  // "I couldn't walk on Monday", or a word of the body, may be a health report: left to the health answer.
  if (!saysMissed(spoken) || COULD_NOT.test(spoken.trim()) || saysBodyOrPain(spoken) || amountsSaidIn(spoken).minutes !== undefined) return undefined;
  return (await missedButLogged(turn, spoken, {})) ?? tellMissed(turn);
}

/**
 * "I didn't walk on Monday", with a walk logged that day: the log, asked about to take off (found by a helper trying the
 * console: "I've logged nothing", and the walk stayed). Undefined when no kind is named or none of it is logged then.
 */
async function missedButLogged(turn: Turn, spoken: string, log: SaidLog): Promise<Response | undefined> {
  const activity = KIND_ACTIVITY[kindNamedIn(spoken) ?? ''];
  if (!activity) return undefined;
  const inside = daySaidIn(spoken);
  return askToRemoveMissed(turn, {
    activity,
    ...(log.date !== undefined && { date: log.date }),
    ...((log.yesterday === true || inside.yesterday === true) && { yesterday: true }),
    ...(log.date === undefined && inside.weekday !== undefined && { weekday: inside.weekday }),
  });
}

/** A distance said with what was done: "a 5k run", "5 km", "two miles". */
const DISTANCE = /(?:^|\s)(?:\d+(?:\.\d+)?\s*|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|half a)\s+)(?:k|km|kms|kilometers?|kilometres?|miles?)(?:\s|$)/i;
/** An aside after a log: "but forgot to log it", "and I forgot to tell you". */
const FORGOT_TO_LOG = /\s+(?:but|and)\s+(?:i\s+)?forgot\s+to\s+(?:log|tell you|mention|record|say)(?:\s+(?:it|that|this))?$/i;
/** The day's planned workout named alone, maybe with its day: "my workout", "the workout yesterday", "yesterday's workout". */
const PLANNED_WORKOUT = /^(?:(?:my|the|today's|(yesterday)'s)\s+)?(?:whole\s+|full\s+)?(?:workout|work out|session|training)(?:\s+(today|this morning|this afternoon|this evening|tonight|earlier|yesterday|last night))?$/;
/** Hindi: "आज का workout पूरा", "workout poora" (found by a helper trying the console: it asked what was done). */
const PLANNED_WORKOUT_HINDI = new RegExp(
  `^(?:(?:aaj ka|apna|${['आज का', 'अपना'].map((words) => words.normalize('NFC')).join('|')})\\s+)?(?:workout|${'वर्कआउट'.normalize('NFC')})\\s+(?:poora|pura|khatam|${['पूरा', 'ख़त्म', 'खत्म'].map((word) => word.normalize('NFC')).join('|')})$`,
  'i',
);

/**
 * A log, unless its open activity took a pain report or a question ("I hurt my back", "I was wondering if stress makes
 * it worse"): then the safe answer, or the topic's. Pain is heard whatever else was said ("thirty minutes of cardio and
 * now my chest hurts"); a phrase with an amount is otherwise always a log.
 */
async function logOrAnswer(turn: Turn, log: SaidLog): Promise<Response> {
  const slot = resolvedSlot(turn.input, 'activity');
  if (slot.status !== 'no-match') return logActivity(turn, log);
  const reported = reportedConcern(turn.catalogue, slot.spoken);
  if (reported) return answerConcern(turn, reported.id);
  // "A run and then did some stretching": which amounts and day go with which is not for a guess.
  const things = thingsDoneIn(turn.catalogue, slot.spoken);
  if (things > 1) return askOneAtATime(turn, things);
  // An amount said inside counts too: "did 1 hour gym today" is a log, never the topic "gym" (found by a helper trying
  // the console as an Indian user: the answer was "no gym needed").
  const inside = amountsSaidIn(slot.spoken);
  const amounts =
    log.minutes !== undefined ||
    log.extraSteps !== undefined ||
    log.daySteps !== undefined ||
    log.sets !== undefined ||
    inside.minutes !== undefined ||
    DISTANCE.test(slot.spoken);
  // "I skipped my workout yesterday": nothing to log. An amount makes it a log, whatever else was said.
  if (!amounts && saysMissed(slot.spoken)) return (await missedButLogged(turn, slot.spoken, log)) ?? tellMissed(turn);
  // "I did the workout yesterday but forgot to log it": what was done, without the aside.
  // "Gym only", "only HIIT": "only" said for emphasis, as Indian English says it, changes nothing in the log (found by a
  // helper trying the console in en-IN: "Tell me what you did").
  const told = withoutMissed(slot.spoken).replace(FORGOT_TO_LOG, '').replace(ONLY_SAID, ' ').replace(/\s+/g, ' ').trim();
  // "Did my workout", "the workout yesterday": the day's planned workout, as "I finished my workout" logs it (found by a
  // helper trying the console: it asked what was done).
  if (!amounts && PLANNED_WORKOUT_HINDI.test(told.normalize('NFC').trim())) return logToday(turn, log.date);
  const planned = PLANNED_WORKOUT.exec(told.trim().toLowerCase());
  if (planned && !amounts) return logToday(turn, planned[1] === 'yesterday' || planned[2] === 'yesterday' ? formatIsoDate(addDays(await turn.today(), -1)) : log.date);
  // A kind of thing done told plainly with its day ("did strength on Tuesday", "gym yesterday"): a log, never the topic
  // (found by a helper trying the console: the strength tip, the "no gym needed" tip, "what did you do?").
  const dated = !amounts && namesADay(told, log) ? logReadIn(turn, told, log) : undefined;
  if (dated) return logActivity(turn, dated);
  // "Went to the gym this morning": the gym, not the "no gym needed" tip (found by a helper trying the console).
  if (!amounts && GYM_ALONE.test(told.trim())) return logActivity(turn, { ...log, activity: 'strength', said: told });
  // "An extra gym session, 4 sets of 8 deadlifts": a strength session, with the move and its sets when they are named
  // (found by a helper trying the console: the "no gym needed" tip, and nothing logged).
  if (GYM_SESSION.test(told.trim())) {
    // The move and its sets said after it are the log's detail (found in review: dropped, and 60 sets let through).
    const sets = setsSaidIn(told);
    return logActivity(turn, { ...log, activity: 'strength', said: sets?.move ?? told, ...(sets && { sets: sets.sets }) });
  }
  // "Did my back workout earlier": the strength this coach sets (found by a helper trying the console: "Tell me what you
  // did").
  const part = BACK_WORKOUT.exec(told.trim());
  if (part) return logActivity(turn, { ...log, activity: 'strength', said: told, ...(part[1] !== undefined && daySaidIn(part[1])) });
  // "Did chest and arms at the gym this morning", "did legs yesterday too": a gym day named by what it trained, strength
  // (found by a helper trying the console in en-AU: the "no gym needed" tip, or "Tell me what you did").
  // With its time said ("did legs for 45 minutes": found in review, it asked what was done), the time kept.
  const timeless = told.trim().replace(SPELL_OF_TIME, '');
  const trained = TRAINING_DAY.exec(timeless);
  const spell = timeless === told.trim() ? undefined : inside.minutes;
  if (trained) {
    return logActivity(turn, { ...log, activity: 'strength', said: told, ...(spell !== undefined && log.minutes === undefined && { minutes: spell }), ...(trained[1] !== undefined && daySaidIn(trained[1])) });
  }
  // "Did a hiit class at the gym": the kind of class (found by a helper trying the console: the "no gym needed" tip).
  const kindOf = CLASS_OF.exec(told.trim());
  // Physio exercises are logged as recovery, as stretching is ("did my physio exercises": found by a helper trying the
  // console as a British user, it asked what was done, every time); "physio" alone is an appointment, not a kind.
  const named = kindOf?.[1] ?? kindOf?.[2] ?? kindOf?.[3];
  const classOf = PHYSIO.test(named ?? '') && kindOf?.[2] !== undefined ? 'stretch' : KIND_ACTIVITY[kindNamedIn(named) ?? ''];
  if (classOf) return logActivity(turn, { ...log, activity: classOf, said: told });
  // "10 rounds surya namaskar", "5 rounds of yoga": rounds counted are what was done, as sets are, never the topic the
  // rest names (found by a helper trying the console as a Chennai teacher: the yoga answer, and nothing logged).
  // Read past fillers ("like 5 rounds of yoga this morning": tried as a user, the yoga answer).
  const plain = told.replace(LOG_FILLERS, ' ').replace(/\s+/g, ' ').trim();
  const rounds = ROUNDS_DONE.exec(plain);
  const roundsOf = rounds ? KIND_ACTIVITY[kindNamedIn(plain.slice(rounds[0].length)) ?? ''] : undefined;
  // Never rounds of HIIT, which are its session's own count ("3 rounds of HIIT" is no whole session: found in review).
  if (roundsOf && roundsOf !== 'hiit') return logActivity(turn, { ...log, activity: roundsOf, said: told });
  const topic = amounts ? undefined : (topicInLog(turn.catalogue, told) ?? topicAskedIn(turn.catalogue, told, 'log'));
  if (topic) return tellTopicOrPause(turn, topic);
  // "Three sets of ten deadlifts": the slot took the reps with the move. The move and its sets are logged; a week keeps
  // no reps (found in review: it asked what was done).
  const move = log.sets !== undefined ? moveAfterReps(told) : undefined;
  if (move !== undefined) return logActivity(turn, logReadIn(turn, move, { ...log, said: move }) ?? log);
  return logActivity(turn, logReadIn(turn, told, log) ?? log);
}

/**
 * The log a phrase an open slot took whole tells of ("walked forty minutes this morning"): the exercise done, and the
 * minutes and steps said inside it where the slots took none. Undefined when it does not read as something done.
 */
function logReadIn(turn: Turn, told: string, log: SaidLog = {}): SaidLog | undefined {
  // "I walk forty minutes a day": a habit, not something done today.
  if (HABIT.test(` ${told.toLowerCase()} `)) return undefined;
  // A baby walked in a pram or a buggy: a walk (found by a helper trying the console as a new mother: "I pushed the buggy
  // round the park for half an hour", "I took her out in the pram", "a pram walk": "Tell me what you did").
  const spoken = told.replace(PUSHED_PRAM, 'walked');
  const exercise = exerciseInLog(turn.catalogue, spoken);
  const inside = amountsSaidIn(spoken);
  // "Walked to the shop for some water" is asked about; "walked forty minutes" is a walk, when that is all it says:
  // "walked forty minutes and threw up" is no log.
  // An amount the slots took counts too: "I swam yesterday for 40 minutes" is "swam yesterday" and a duration (found by a
  // helper trying the console: it logged nothing, and "actually it was a run" then logged a run today).
  const amounts =
    inside.minutes !== undefined || inside.extraSteps !== undefined || inside.daySteps !== undefined || log.minutes !== undefined || log.extraSteps !== undefined || log.daySteps !== undefined;
  // A day said counts as much as an amount: "ran last Saturday" is a log; so does a distance ("a 5k run"), which the
  // week keeps no count of.
  // So does a pram or a buggy walked, which says it was done ("I've been for a pram walk").
  const amountOrDay = amounts || DISTANCE.test(spoken) || namesADay(spoken, log) || spoken !== told;
  // Steps are walked, however the rest is said ("I did like 5000 steps today").
  const steps = inside.extraSteps !== undefined || inside.daySteps !== undefined;
  // With an amount, where or with whom may follow ("walked 15 minutes to school and back", "walked 30 minutes with the
  // dog": found by a helper trying the console, they were the pain answer and "tell me what you did").
  const plain = toldPlainly(spoken) || (amounts && toldPlainly(withoutTrip(spoken)));
  const activity =
    (exercise && (exercise.category === 'strength' ? 'strength' : BURNER_ACTIVITY[exercise.id])) ??
    (amountOrDay && plain ? DONE_WORDS[openingVerb(spoken)] : undefined) ??
    // "Went to the gym for an hour", "1 hour gym": the kind its words name, when that is all they say.
    (amountOrDay && plain ? KIND_ACTIVITY[kindNamedIn(spoken) ?? ''] : undefined) ??
    (steps && !saysMissed(spoken) ? 'walk' : undefined);
  if (!activity) return undefined;
  return {
    ...log,
    ...(log.date === undefined && !log.yesterday && daySaidIn(spoken)),
    activity,
    ...(log.minutes === undefined && inside.minutes !== undefined && { minutes: inside.minutes }),
    ...(log.extraSteps === undefined && log.daySteps === undefined && inside.extraSteps !== undefined && { extraSteps: inside.extraSteps }),
    ...(log.extraSteps === undefined && log.daySteps === undefined && inside.daySteps !== undefined && { daySteps: inside.daySteps }),
    said: log.said ?? spoken,
  };
}

/** A pram or a buggy pushed, or a baby taken out in one: a walk. */
const PUSHED_PRAM =
  /\b(?:pushed|pushing|walked|walking)\s+(?:the\s+|my\s+|our\s+|her\s+|his\s+)?(?:pram|buggy|stroller|pushchair)\b(?!\s+(?:in|into|to|onto)\s+(?:the\s+)?(?:car|shop|store|bus|train))|\b(?:took|taking)\s+(?:(?:the|my|our|her|his)\s+)?(?:baby|son|daughter|kids?|twins|her|him|them)\s+out\s+(?:in|with)\s+(?:the\s+|my\s+|her\s+|his\s+)?(?:pram|buggy|stroller|pushchair)\b|\b(?:pram|buggy|stroller|pushchair)\s+walk\b/i;

/** A day said with a log: in the date slot, as yesterday, or inside its words ("gym on Tuesday", "22 tarikh ko"). */
function namesADay(spoken: string, log: SaidLog): boolean {
  return log.date !== undefined || log.yesterday === true || TODAY_SAID.test(spoken) || Object.keys(daySaidIn(spoken)).length > 0;
}

/**
 * Today, said as a time of it: "I swam this morning", "biked earlier" (found by a helper trying the console: heard
 * through a health request, they were "That's not something I can help with yet"). The log goes to today.
 */
const TODAY_SAID = /(?:^|\s)(?:today|this morning|this afternoon|this evening|tonight|earlier|just now)(?=\s|$)/i;

/** A place to train named alone ("to the gym", heard through "went {activity} this morning"): a strength session. */
const GYM_ALONE = /^(?:(?:to|at)\s+)?(?:the\s+)?gym$/i;
/** A gym session said as one, maybe with what was done in it: "an extra gym session", "a quick gym workout, 4 sets of …". */
const GYM_SESSION = /^(?:(?:an?|my|one more)\s+)?(?:extra\s+|quick\s+|short\s+|another\s+)?gym\s+(?:session|workout)\b/i;
/** Physio's exercises named ("physio", "rehab"), logged as recovery. */
const PHYSIO = /^(?:physio|physiotherapy|rehab|physical therapy|pt)$/i;
/** A workout for the back or the core, maybe with its time of day: a strength session ("my back workout earlier"). */
const BACK_WORKOUT = /^(?:my |a |the |today's )?(?:lower back|back|core|ab|abs|back and core) (?:workout|exercises|session|routine|training)(\s+(?:earlier|today|this morning|this afternoon|this evening|tonight|yesterday|last night))?$/i;
const TRAINED_PART = '(?:legs?|leg day|chest|arms?|shoulders?|biceps|triceps|upper body|lower body|push day|pull day|back and biceps|glutes)';
/** A spell of time said after what was done: "for 45 minutes", "for an hour". */
const SPELL_OF_TIME = /\s+for\s+(?:about\s+|around\s+)?(?:\d+|an?|one|half an?)\s+(?:minutes?|mins?|hours?)\b/i;
/** A gym day named by what it trained, maybe with its time: "chest and arms at the gym this morning", "legs yesterday too". */
const TRAINING_DAY = new RegExp(
  `^(?:my |a |the )?${TRAINED_PART}(?: (?:and|&) (?:legs?|chest|arms?|shoulders?|back|biceps|triceps|abs|core|glutes))?(?: day| workout| session)?(?: (?:at|in) the gym)?(?: (today|this morning|this afternoon|this evening|tonight|yesterday|last night|earlier))?(?: too| as well)?$`,
  'i',
);
/**
 * A class or session of a kind, maybe at the gym ("a hiit class at the gym", "a spin class"): the gym is where, not what.
 * Or the kind's own workout, pointed at: "the strength one", "my cardio workout" (found by a helper trying the console:
 * "I did the strength one" got the strength tip). Never a habit ("skipping lunch every day" is no skipping session).
 */
const CLASS_OF =
  /^(?:(?:a|an|my|the|some)\s+)?(.+?)\s+(?:class|classes|session)(?:\s+(?:at|in)\s+(?:the\s+)?gym)?$|^(?:(?:a|an|my|the|today's)\s+)?(\S+(?:\s\S+)?)\s+(?:exercises|stretches)$|^(?:a|an|my|the|today's)\s+(\S+(?:\s\S+)?)\s+(?:one|workout|routine|day)$/i;

/**
 * A topic question whose open slot took a log ("I've walked 20 minutes", heard through "I've {topic}"): logged, as one
 * heard through a health request is, only when it opens with a past tense ("walking 20 minutes" may be a question).
 */
export function logHeardAsTopic(turn: Turn, spoken: string): Promise<Response> | Response | undefined {
  return readsAsLog(spoken) ? logHeardAsHealth(turn, spoken) : undefined;
}

/** A habit or a plan, not one thing done: "a day", "every week", "usually", "three times". */
const HABIT =
  / (a|per|each) (day|week)(?! ago)\b| every (day|week|morning|night|evening)\b| (daily|usually|normally|always|often|sometimes|times|should|could|would|i will|i'll|gonna|i'm going to|want to|plan to|is that|enough)\b/;

/** Hindi words a log told plainly may hold around its day and what was done. */
const HINDI_LOG_WORDS = [
  'tarikh', 'tareekh', 'tarik', 'ko', 'parson', 'parso', 'तारीख', 'तारीख़', 'को', 'परसों',
  // "aaj maine badminton khela ek ghante", "kal maine yoga kiya tha 20 minute" (found by a helper trying the console in
  // Hindi: the slot took "maine badminton", and it asked what was done).
  'maine', 'mainne', 'humne', 'hamne', 'main', 'aaj', 'kal', 'ne', 'tha', 'thi', 'the', 'kiya', 'kiye', 'ki', 'kari', 'karke', 'khela', 'khele', 'kheli',
  'tak', 'subah', 'shaam', 'sham', 'raat', 'ghanta', 'ghante', 'minute', 'minat',
].map((word) => word.normalize('NFC'));
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
] as const;

/**
 * The words a log told plainly is made of: who, when, how long or how many, and what was done, in the activities' own
 * words. A phrase with anything else in it ("walked forty minutes and then I collapsed") says more than a log, and
 * heard through a health request it is never logged.
 */
const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const PLAIN_LOG_WORDS = new Set([
  ...(
    'i i\'ve ive just also already actually though finally today this morning afternoon evening tonight earlier yesterday last night on at in for about around ' +
    'roughly nearly almost over a an the my some and of went did done had took go gone been have has was walk walks walking hike ' +
    'hiking jog jogging run running swim swimming cycle cycling bike biking ride rode row rowing dance dancing stretch stretching ' +
    'weights brisk quick long short easy nice good session workout before after lunch dinner breakfast work day days ago week weekend other ' +
    'gym to class yoga pilates too again as well k km kms kilometer kilometers kilometre kilometres mile miles back from got ' +
    'next tomorrow'
  ).split(' '),
  ...Object.keys(DONE_WORDS),
  // "Played cricket for 2 hours", "an hour of badminton", "a tennis match".
  ...GAMES,
  'played',
  'match',
  'game',
  ...BEFORE_LOG_VERB,
  ...AMOUNT_WORDS,
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  ...ORDINAL_WORDS,
  ...HINDI_LOG_WORDS,
  'hiit',
  'strength',
  'cardio',
  'twenty',
  'thirty',
  'thirtieth',
]);
/**
 * A log without where it went or with whom, said after it ("to school and back", "with the dog", "around the park"),
 * when that part says nothing wrong: "walked 20 minutes to the doctor with chest pain" keeps it, and is no plain log.
 */
const TRIP = /\s+(?:to|with|around|round|through|along|in|at|from|across|by|near)(?:\s+(.+))?$/i;
const WRONG_ON_THE_WAY = /\b(?:collaps\w*|faint\w*|fell|fall|threw|throw\w*|vomit\w*|puk\w*|passed out|pass out|dizz\w*|sick|hospital|doctor|er|emergency|ambulance|injur\w*)\b/i;
function withoutTrip(spoken: string): string {
  const trip = TRIP.exec(spoken);
  // The words after it may be the carrier's ("{activity} the dog" leaves "walked 30 minutes with").
  const tail = trip?.[1] ?? '';
  if (!trip || saysBodyOrPain(tail) || WRONG_ON_THE_WAY.test(tail)) return spoken;
  return spoken.slice(0, trip.index);
}

const toldPlainly = (spoken: string): boolean =>
  spoken
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    // "An hour's walk" (found by a helper trying the console in en-GB: it asked what was done).
    .replace(/(hour|minute|half hour)'s\b/g, '$1')
    // "On my lunch break": when, as "this morning" is (found by a helper trying the console: a condition to check with a
    // doctor). Not "a break from walking", which is none done.
    .replace(/\b(on|in|during|at) (my |the |a )?((lunch|coffee|tea) )?break\b/g, ' ')
    // "On my break", "after my shift", "before work": when too (found by a helper trying the console as a warehouse
    // worker: "I walked 20 minutes on my break" was a condition).
    .replace(/\b(after|before) (my |the )?(shift|night shift|work)\b/g, ' ')
    // "Walked the dog", "a stroller walk": who or what came along, as "with the dog" does (found by helpers trying the
    // console as an older British user and a parent: "Tell me what you did", and nothing logged).
    .replace(/\b(?:(?:the|my|our|his|her) )?(?:dog|dogs|pup|puppy|stroller|pram|buggy)\b/g, ' ')
    .split(/[^a-z0-9'.]+/)
    .filter((word) => word !== '')
    .every((word) => PLAIN_LOG_WORDS.has(word) || /^\d+(\.\d+)?$/.test(word) || /^\d{1,2}(st|nd|rd|th)$/.test(word));

/** Not a date: a day said some other way ("two days ago", "last week"), which is asked about rather than taken as today. */
const UNCLEAR_DAY = 'unclear';

/** "2nd", "twenty third", "thirty first": a day of the month, 1 to 31. */
const ORDINAL = `(\\d{1,2})(?:st|nd|rd|th)|((?:twenty |thirty )?(?:${ORDINAL_WORDS.join('|')})|thirtieth)`;
/**
 * A day of the month, said as one ("on the 2nd", "on the twenty third", "on november 21st", "on the 22nd of november";
 * "on 23rd"; a bare number only after "on the": "on the 2"). Never a count: "the second set" names no day.
 */
const MONTH_DAY = new RegExp(
  ` on (?:(${MONTH_NAMES.join('|')}) (?:the )?(?:${ORDINAL}|(\\d{1,2}))|(?:the (?:${ORDINAL}|(\\d{1,2}))|(\\d{1,2})(?:st|nd|rd|th))(?: of (${MONTH_NAMES.join('|')}))?) `,
);

function ordinalValue(digits: string | undefined, words: string | undefined, bare: string | undefined): number | undefined {
  if (digits ?? bare) return Number(digits ?? bare);
  if (!words) return undefined;
  const [tens, unit] = words.includes(' ') ? words.split(' ') : [undefined, words];
  if (unit === 'thirtieth') return 30;
  return (tens === 'twenty' ? 20 : tens === 'thirty' ? 30 : 0) + ORDINAL_WORDS.indexOf(unit as (typeof ORDINAL_WORDS)[number]) + 1;
}

/** The day of the month a phrase says ("swam on the 2nd"), and its month when named. */
function monthDaySaidIn(spoken: string): SaidLog['monthDay'] {
  // Hindi says the date with तारीख ("2 tarikh ko").
  const hindi = HINDI_MONTH_DAY.exec(` ${spoken.normalize('NFC').toLowerCase()} `);
  if (hindi) {
    const day = Number(hindi[1]);
    return day >= 1 && day <= 31 ? { day } : undefined;
  }
  const said = ` ${spoken.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `.replace(/ (\d{1,2}) (st|nd|rd|th) /g, ' $1$2 ');
  const match = MONTH_DAY.exec(said);
  if (!match) return undefined;
  const [, monthBefore, digitsAfterMonth, wordsAfterMonth, bareAfterMonth, digits, words, bare, suffixed, monthAfter] = match;
  const day = monthBefore ? ordinalValue(digitsAfterMonth, wordsAfterMonth, bareAfterMonth) : ordinalValue(digits ?? suffixed, words, bare);
  const monthName = monthBefore ?? monthAfter;
  if (day === undefined || day < 1 || day > 31) return undefined;
  return { day, ...(monthName && { month: MONTH_NAMES.indexOf(monthName as (typeof MONTH_NAMES)[number]) + 1 }) };
}

/** "22 tarikh ko", "22 तारीख़ को": a day of the month, said in Hindi. */
const HINDI_MONTH_DAY = new RegExp(` (\\d{1,2}) (?:tarikh|tareekh|tarik|${['तारीख', 'तारीख़'].map((word) => word.normalize('NFC')).join('|')})(?= )`);
/** A log said to have been a mistake ("it was a mistake", "galti se", "by mistake"). */
const MISTAKE = /\b(?:mistake|by accident|galti|ग़लती|गलती)\b/i;
/** "Kal", said of something done: yesterday. */
const HINDI_YESTERDAY = new RegExp(`^(?:kal|${'कल'.normalize('NFC')})$`, 'i');
/** "Parson", said of something done: the day before yesterday. */
const HINDI_DAY_BEFORE = new RegExp(` (?:parson|parso|${'परसों'.normalize('NFC')}) `);
/**
 * कल, said inside a log of something done, is yesterday ("kal maine yoga kiya tha 20 minute", the slot taking "kal
 * maine yoga": found by a helper trying the console in Hindi, it was logged for today).
 */
const HINDI_YESTERDAY_INSIDE = new RegExp(` (?:kal|${'कल'.normalize('NFC')}) `);

/** How many days back, said as a number or a word (one to six, each at its index modulo 7). */
const DAY_COUNTS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', '0', '1', '2', '3', '4', '5', '6'];
// Never the end of a bigger number ("twenty one days ago", found in review: logged for yesterday).
const DAYS_AGO = / (?:the day before yesterday|(?<!(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and) )(one|two|three|four|five|six|[1-6]) days? ago) /;

/** The day a phrase heard whole names ("… yesterday", "… on monday", "… last night", "… on the 2nd"), when it names one. */
function daySaidIn(spoken: string): Pick<SaidLog, 'yesterday' | 'weekday' | 'lastWeekday' | 'date' | 'monthDay' | 'daysBack'> {
  const monthDay = monthDaySaidIn(spoken);
  if (monthDay) return { monthDay };
  if (HINDI_DAY_BEFORE.test(` ${spoken.normalize('NFC').toLowerCase()} `)) return { daysBack: 2 };
  if (HINDI_YESTERDAY_INSIDE.test(` ${spoken.normalize('NFC').toLowerCase()} `)) return { yesterday: true };
  const said = ` ${spoken.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  // "Two days ago", "the day before yesterday": that many days back (found by a helper trying the console: asked which
  // day it was). Only a few days; "a week ago" names no one day.
  const back = DAYS_AGO.exec(said);
  if (back) return { daysBack: back[1] === undefined ? 2 : Math.max(1, DAY_COUNTS.indexOf(back[1]) % 7) };
  // Said some other way than one day just gone ("the day before yesterday", "next monday"): asked about.
  if (/ (ago|last week|this week|weekend|the other day|day before|before last|tomorrow|next (week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this coming) /.test(said)) {
    return { date: UNCLEAR_DAY };
  }
  if (/ (yesterday|last night) /.test(said)) return { yesterday: true };
  const weekdays = WEEKDAY_NAMES.filter((name) => said.includes(` ${name} `));
  if (weekdays.length > 1) return { date: UNCLEAR_DAY };
  const [weekday] = weekdays;
  if (weekday === undefined) return {};
  return { weekday: (WEEKDAY_NAMES.indexOf(weekday) + 1) as Weekday, ...(said.includes(` last ${weekday} `) && { lastWeekday: true }) };
}

/** A health request whose open slot took a log instead ("I walked forty minutes", heard through "I {concern}"): logged. */
export function logHeardAsHealth(turn: Turn, said: string | undefined): Promise<Response> | Response | undefined {
  // "I also did like 20 minutes on the bike": read without the fillers (found by a helper trying the console as a tired
  // parent: a medical condition, and the next day's workout asked for a doctor's okay).
  const spoken = said?.replace(LOG_FILLERS, ' ').replace(/\s+/g, ' ').trim();
  // "I ran and then did some stretching", heard through "I {concern}": asked for one at a time, as a log would be.
  const things = spoken !== undefined && readsAsLog(spoken) ? thingsDoneIn(turn.catalogue, spoken) : 0;
  if (things > 1) return askOneAtATime(turn, things);
  // A move named and nothing more ("kya hiit safe hai", the slot taking "hiit") is asked about, never logged, unless it
  // answers "what did you do?" (found in review: a HIIT session logged).
  if (spoken !== undefined && turn.offer?.kind !== 'whatDone' && namedExactly(namedExercises(turn.catalogue), spoken.trim())) return undefined;
  // Only a log told plainly: a health request that says more ("went for a walk and collapsed") is no log.
  const log = spoken === undefined || (!toldPlainly(spoken) && !toldPlainly(withoutTrip(spoken))) ? undefined : logReadIn(turn, spoken);
  // "I {concern} yesterday" keeps its day in the carrier, out of reach: the answer says which day the log went to.
  if (log) return logActivity(turn, { ...log, sayDay: true });
  // "I worked out yesterday": a workout told with nothing named is asked about, and the log then says its day too
  // (found trying the console as a user: "That's not something I can help with yet").
  if (spoken !== undefined && WORKED_OUT.test(spoken.trim()) && !workoutOf(turn.mode)) return askWhatDone(turn, undefined, true);
  return undefined;
}

/** "Only" or "just" said first or last, or "itself" last, for emphasis: "only 20 minutes walking", "gym only", "yesterday itself". */
const ONLY_SAID = /^\s*(?:only|just)\s+|\s+(?:only|just|itself)\s*$/gi;

/** Rounds counted before what was done: "10 rounds", "twelve rounds of", "a few rounds of". */
const ROUNDS_DONE = /^(?:\d+|a few|a couple of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty four|thirty|forty|fifty|a hundred|hundred|108) rounds? (?:of )?/i;

/** Words said around a log that change nothing in it: "also", "like", "um", "kinda". */
const LOG_FILLERS = /\b(?:also|like|um+|uh+|kinda|sorta|basically)\b/gi;

/** A workout told with nothing named: "worked out", "exercised this morning", "did a workout". */
const WORKED_OUT =
  /^(?:i |i've )?(?:just |also |finally |already )?(?:worked out|exercised|trained|did (?:a |my |some )?(?:workout|exercise|exercises|training))(?: (?:today|this morning|this afternoon|this evening|tonight|earlier|yesterday|last night))?$/i;

/** A time said alone as a correction: "45 minutes only", "about 40 minutes", "only 15 mins", "an hour". */
const ONLY_MINUTES = /^(?:only |just |about |around |like |actually )?(?:\d+|an?|half an?|one|two|three|four|five|ten|fifteen|twenty|twenty five|thirty|forty|forty five|fifty|sixty|ninety)(?: and a half)? (?:minutes?|mins?|hours?|hrs?)(?: only| just| long)?$/i;

/** "I did my strength workout", "I swam for thirty minutes on Monday", "I walked two thousand extra steps", "3 sets of rows". */
/** "I walked for an hour", as the log intent says it; "no sorry, it was a walk" corrects the log just made. */
export async function logAsSaid(turn: Turn): Promise<Response> {
  // A name the slot's values do not hold is read for the kind it names ("a HIIT session", "a quick run").
  const corrected = resolvedSlot(turn.input, 'correctedActivity');
  // "A walk not a run": what it was is said before the "not" (found by a helper trying the console: it asked what was done).
  const correction = slotValue(turn.input, 'correctedActivity')?.split(/\s+not\s+/i)[0];
  // "Nahi woh parson tha": the day before yesterday, said where what was done goes (found by a helper trying the console
  // in Hindi: heard as "nahi woh kal tha", the walk was said to be on that day already, and stayed on yesterday).
  // "Wo kal tha" is yesterday's, as "nahi woh kal tha" is.
  const daysBack = correction === undefined || correction.trim().split(/\s+/).length !== 1 ? undefined : HINDI_DAY_BEFORE.test(` ${correction.normalize('NFC').toLowerCase().trim()} `) ? 2 : HINDI_YESTERDAY.test(correction.normalize('NFC').trim()) ? 1 : undefined;
  if (daysBack !== undefined) {
    const moved = await correctDay(turn, { date: formatIsoDate(addDays(await turn.today(), -daysBack)) });
    if (moved) return moved;
  }
  const named = corrected.status === 'match' ? corrected.id : KIND_ACTIVITY[kindNamedIn(correction) ?? ''];
  const activity = ACTIVITIES.find((known) => known === named);
  // "No it was a 30 minute run": the time said with it is the log's too (found by a helper: the 30 was dropped).
  if (activity) return correctActivity(turn, activity, activity === 'cardio' ? cardioKindNamedIn(correction) : undefined, amountsSaidIn(correction).minutes);
  // "It was a mistake", as the log's own answer invites ("if that was a mistake, say undo"): undo. Anything else that
  // names nothing done ("it was a bit too hard", "wo mushkil tha") is not understood, as before the carrier took it
  // (found in review: "What did you do?").
  const numberSaid = wholeNumberOf(correction?.trim());
  if (numberSaid !== undefined && turn.state.lastLog) return numberSaidOverLog(turn, numberSaid);
  // "Actually it was 45 minutes only, not 30", just after a 30-minute walk: its time (found by a helper trying the
  // console in Indian English: "That's not something I can help with yet", and the walk stayed at 30).
  const lastLog = turn.state.lastLog;
  const minutesSaid = correction !== undefined && ONLY_MINUTES.test(correction.trim()) ? amountsSaidIn(correction).minutes : undefined;
  if (minutesSaid !== undefined && lastLog?.minutes !== undefined) return correctActivity(turn, lastLog.activity, lastLog.kind, minutesSaid);
  if (correction !== undefined && slotValue(turn.input, 'minutes') === undefined) return MISTAKE.test(correction) ? undoLastLog(turn) : tellOutOfScope(turn);
  const steps = wholeNumberOf(slotValue(turn.input, 'correctedSteps'));
  if (steps !== undefined) return correctSteps(turn, steps);
  // A number said alone ("actually it was 250"): over steps just logged, from a hundred up, their count.
  const number = wholeNumberOf(slotValue(turn.input, 'minutes'));
  const alone = number !== undefined && ['activity', 'duration', 'steps', 'daySteps', 'date'].every((name) => slotValue(turn.input, name) === undefined);
  if (alone && turn.state.lastLog) return numberSaidOverLog(turn, number);
  const log = saidLog(turn);
  // "No, it was Monday" while a removal is asked about: the one of that day (found in review: it asked what was done).
  if (turn.offer?.kind === 'removeLog' && onlyADay(log)) return askToRemove(turn, { ...(log.date !== undefined && { date: log.date }), ...(log.yesterday && { yesterday: true }) });
  return pendingOnDay(turn, log) ?? ((onlyADay(log) && (await correctDay(turn, log))) || logOrAnswer(turn, log));
}

/**
 * Only a day said over a log that waits for a yes ("You've already logged cardio today. Log this one as well?" "No,
 * that was yesterday"): that log, on the day said (found by a helper trying the console: it asked what was done).
 */
function pendingOnDay(turn: Turn, log: SaidLog): Promise<Response> | undefined {
  // A log asked to be moved ("was this the same one?") is no log waiting: another day said moves the log just made
  // there (found in review: it logged a second copy, and the one just made stayed).
  const pending = turn.offer?.kind === 'confirmLog' && !turn.offer.log.sameAsked ? turn.offer.log : undefined;
  if (!pending || !onlyADay(log)) return undefined;
  const exercise = pending.exercise === undefined ? undefined : findExercise(turn.catalogue, pending.exercise);
  return logActivity(turn, {
    ...log,
    activity: pending.activity,
    ...(pending.kind !== undefined && { kind: pending.kind }),
    ...(pending.minutes !== undefined && { minutes: pending.minutes }),
    ...(pending.extraSteps !== undefined && { extraSteps: pending.extraSteps }),
    ...(pending.sets !== undefined && { sets: pending.sets }),
    ...(exercise && { said: exercise.name }),
  });
}
/** What was done asked to be logged, named by nothing ("log what I did", the slot taking "what i did"). */
const WHAT_I_DID = /^(?:what|everything|all|whatever) (?:i|i've|i have) (?:just )?(?:did|done|managed|got through)(?: today| so far)?$/i;
/**
 * "Log what I did": a workout left partway today (or yesterday) is offered to log as it was done; else what was done is
 * asked (found by a helper trying the console: with a workout stopped partway, "Tell me what you did").
 */
async function logWhatWasDone(turn: Turn, today: boolean): Promise<Response> {
  // "Log what I did today" is today's: never yesterday's offered (found in review).
  return (await offerWorkoutLeftPartway(turn, true, !today)) ?? askWhatDone(turn);
}

/**
 * A workout left partway, offered to log as it was done: today's (`today`), else yesterday's, unlogged (`yesterday`).
 * Undefined with none.
 */
async function offerWorkoutLeftPartway(turn: Turn, today: boolean, yesterday: boolean): Promise<Response | undefined> {
  const saved = today && (await offerSavedWorkoutLog(turn));
  if (saved) return saved;
  const history = yesterday ? await unlessUnavailable(turn.history()) : undefined;
  const yesterdays = history && offerYesterdaysWorkout(turn, history, await turn.today());
  return yesterdays ? turn.reply({ speech: speech(yesterdays.question), reprompt: speech(yesterdays.reprompt), offer: yesterdays.offer }) : undefined;
}
/**
 * Whether something was logged, asked through "did my {activity}": "did my workout yesterday count", "did my workout from
 * last night get logged" (found by helpers trying the console: "Tell me what you did", as if nothing had been).
 */
/** "Did that round count", "does this count": words pointing at the workout under way, not a walk or a day ("did my walk count"). */
const WORKOUT_COUNT_ASKED =
  /^(?:did |does |will )?(?:(?:that|this|it|the|my)\s+)?(?:round|set|rep|reps|one|workout|exercise|move|part|bit|session)?\s*(?:count|counts|counted|get (?:logged|counted|saved|recorded)|go through)$/i;
const LOG_ASKED = /\b(?:count|counted|get (?:logged|counted|saved|recorded)|go through)$/i;
/** The day such a question names ("… I did on monday count"): yesterday, days back or a weekday; else today. */
async function dayAskedOfLog(turn: Turn, said: string): Promise<string | undefined> {
  const today = await turn.today();
  // "Did I run last week": that week (found in review: this week's was told).
  if (/\blast week\b/i.test(said)) return formatIsoWeek(isoWeekOf(addDays(today, -7)));
  const day = daySaidIn(said);
  if (day.date === UNCLEAR_DAY || day.monthDay) return undefined;
  return formatIsoDate(addDays(today, -(daysBackSaid(day, today) ?? 0)));
}
export const logged = route(
  (turn) => said(turn, 'LogActivityIntent'),
  async (turn) => {
    const said = (slotValue(turn.input, 'activity') ?? '').trim();
    // Found in review: "did the workout I did on monday count" said today's; a day it cannot place is the week's.
    // Mid-workout, with no day said ("did that round count"), it is the workout under way that is asked about.
    if (WORKOUT_COUNT_ASKED.test(said.trim()) && workoutOf(turn.mode) !== undefined) return tellWorkoutCounts(turn);
    if (LOG_ASKED.test(said)) return tellWeeklyProgress(turn, await dayAskedOfLog(turn, said));
    // "Did I do my HIIT today", heard through "did {activity}": asked, never a log.
    if (DID_I_ASKED.test(said)) {
      // The day said in its own slot first ("did I do HIIT yesterday": found in review, it said today's).
      const dateSaid = slotValue(turn.input, 'date');
      const day = dateSaid !== undefined ? await dayGoneByIn(turn, dateSaid) : await dayAskedOfLog(turn, said);
      return tellWeeklyProgress(turn, day, KIND_ACTIVITY[kindNamedIn(said) ?? '']);
    }
    // "I just want to lose the fat on my back", heard through "I {activity}": the aim, and how fat comes off (found by a
    // helper trying the console: "Tell me what you did").
    if (aimSaid(said) && !saysPain(said)) return tellAim(turn, said);
    // "Log it", to "I can log the superman, or show you how to do it": logged (found in review: "Tell me what you did").
    if (turn.offer?.kind === 'confirmLog' && turn.offer.log.teach !== undefined && /^(?:it|that|that one|this|them|those)$/i.test(said)) return logAfterYes(turn, turn.offer.log);
    // "Log what I did yesterday", "log it", to "Yesterday you stopped partway through your HIIT workout… Want me to log
    // it?": that workout, as a yes logs it (found by a helper trying the console: "Tell me what you did", and the offer gone).
    if (turn.offer?.kind === 'logWorkout' && resolvedSlot(turn.input, 'activity').status !== 'match' && (await pointsAtOffered(turn, said, turn.offer.date))) return logWorkoutDone(turn, turn.offer);
    // "I just have 15 minutes", the slot taking "have 15 minutes": time said to be short, never a log (found in review:
    // "Tell me what you did").
    if (/^(?:have|got|have got)\b/i.test(said) && timeSaidAlone(turn.catalogue, `i ${said}`)) return tellTimeSaid(turn, `i ${said}`);
    // "I only have like 15 minutes", the slot taking "only have" and the time its own slot: the same (found trying the
    // console: "Tell me what you did").
    const had = /^(?:only |just )?(?:have|got|have got)$/i.test(said) ? minutesOf(slotValue(turn.input, 'duration')) : undefined;
    if (had !== undefined) return tellTimeSaid(turn, `i ${said} ${had} minutes`);
    return !workoutOf(turn.mode) && WHAT_I_DID.test(said) ? logWhatWasDone(turn, / today$/i.test(said)) : logAsSaid(turn);
  },
);

/**
 * A log asked about, heard through "did {activity}": "did I do my HIIT", "did I go for a run", "did I walk on Tuesday",
 * "did I skip my workout": "I" then a verb's plain form (never "I did" or "I walked", which tell). Found by a helper
 * trying the console: "did I walk on Tuesday" and "did I run yesterday" logged a walk and a run never done.
 */
const DID_I_ASKED =
  /^i (?:do|go|get|finish|complete|walk|run|jog|swim|cycle|bike|ride|hike|work ?out|train|exercise|stretch|lift|skip|miss|log|record|make|manage|hit|take|dance|play|practice|practise)\b/i;
/** The words the activity slot takes before "yesterday" when it was the day before it. */
const DAY_BEFORE = / (?:the )?day before$/;
/** Nothing said but a day ("no, that was yesterday"): a correction of the log just made, if there is one. */
const onlyADay = (log: SaidLog): boolean =>
  (log.yesterday === true || log.date !== undefined) && Object.keys(log).every((key) => key === 'yesterday' || key === 'date');
/** "I ran yesterday", "I did my deadlifts last night": yesterday said after the activity has a wording of its own. */
export const loggedYesterday = route(
  (turn) => said(turn, 'LogYesterdayIntent'),
  async (turn) => {
    // "I went for a run the day before yesterday": the slot took "the day before" (found by a helper trying the console:
    // logged for yesterday).
    const before = DAY_BEFORE.test(` ${(slotValue(turn.input, 'activity') ?? '').toLowerCase().trim()}`);
    // "Did I do my HIIT yesterday", the slot taking "i do my hiit": asked, never a log (found by a helper trying the console
    // in en-AU: "What did you do yesterday?").
    const asked = slotValue(turn.input, 'activity') ?? '';
    if (DID_I_ASKED.test(asked.trim())) return tellWeeklyProgress(turn, formatIsoDate(addDays(await turn.today(), before ? -2 : -1)), KIND_ACTIVITY[kindNamedIn(asked) ?? '']);
    // Hindi: a day said first as कल is ("parson maine 20 minute walk kiya") is that day's, read by the log as gone by.
    const dated = slotValue(turn.input, 'date') !== undefined;
    const dayBefore = before ? { date: formatIsoDate(addDays(await turn.today(), -2)) } : dated ? {} : { yesterday: true };
    const log: SaidLog = { ...saidLog(turn), ...dayBefore };
    return pendingOnDay(turn, log) ?? ((onlyADay(log) && (await correctDay(turn, log))) || logOrAnswer(turn, log));
  },
);
/** "I finished my workout": one stopped partway today is offered for logging as it was done; else the day's plan. */
export const finishedToday = route(
  (turn) => said(turn, 'FinishedTodayIntent'),
  async (turn) => {
    const date = slotValue(turn.input, 'date');
    const today = formatIsoDate(await turn.today());
    // With nothing of today's, one left partway yesterday and not logged is asked about first: the skill itself says "to
    // log what you did, say log my workout" as it stops one (found by a helper trying the console: the next morning,
    // "log my workout" logged that day's HIIT, not done).
    // "Log yesterday's workout", said to "Yesterday you stopped partway… Want me to log it?": what was done, as a yes logs
    // it; said with no offer, the same question (found by a helper trying the console: the whole HIIT, 20 minutes, was
    // logged for 4 rounds of 10).
    const offered = turn.offer?.kind === 'logWorkout' ? turn.offer : undefined;
    // Only a day said that is the offer's: "I finished my workout", with no day, may be today's (found in review: yesterday's
    // was logged, and today's lost).
    if (offered && date === offered.date) return logWorkoutDone(turn, offered);
    const yesterday = formatIsoDate(addDays(await turn.today(), -1));
    return (await offerWorkoutLeftPartway(turn, date === undefined || date === today, date === undefined || date === yesterday)) ?? logToday(turn, date);
  },
);
/** "How am I doing?", "what did I do yesterday?", "how did last week go?", "what did I do this month?" */
export const weeklyProgress = route(
  (turn) => said(turn, 'WeeklyProgressIntent'),
  async (turn) => {
    const date = slotValue(turn.input, 'date');
    // "What's left", "how am I doing" with a workout running: the workout's progress (found by a helper trying the
    // console: "what's left" mid-workout told the week's plan).
    // A kind of activity asked about ("how much cardio did I do") is the week's, a workout under way or not.
    // The week's sessions before it follow in a line: "how's my week going" is asked here too.
    if (date === undefined && slotValue(turn.input, 'activity') === undefined && isWorkoutRunning(turn.mode)) return tellWorkoutAndWeek(turn);
    // "How much cardio did I do this week": that kind's part of the week (tried as a user: the whole week read out).
    // A kind the slot's values do not hold ("strength sessions") is read for the kind it names, as a log is.
    const kind = resolvedSlot(turn.input, 'activity');
    const activity = kind.status === 'match' ? ACTIVITIES.find((known) => known === kind.id) : kind.status === 'no-match' ? KIND_ACTIVITY[kindNamedIn(kind.spoken) ?? ''] : undefined;
    return tellWeeklyProgress(turn, await dayGoneByIn(turn, date), activity);
  },
);

/** A date said of something done, read as gone by where the language says the days either side with one word. */
async function dayGoneByIn(turn: Turn, date: string | undefined): Promise<string | undefined> {
  return date === undefined ? undefined : dayGoneBy(turn.t.locale, date, await turn.today());
}
/**
 * "Undo": a setting just changed, changed back; the log just made; a turn or more later, the latest log of the session,
 * asked about first (a report that told the log keeps it for a correction, not for an undo said without asking).
 */
export const undo = route(
  (turn) => said(turn, 'UndoIntent'),
  async (turn) => {
    const { lastLog, sessionLogs, told, changedFrom } = turn.state;
    // Just after "change my rest day to Saturday", "undo that" is the rest day back (found by a helper trying the
    // console: it offered to remove a bike ride logged last week, and a yes removed it).
    if (changedFrom) return 'restDay' in changedFrom ? setRestDay(turn, changedFrom.restDay, false) : setLevel(turn, changedFrom.level, changedFrom);
    const later = !lastLog || told === 'progress';
    const earlier = later && turn.offer?.kind !== 'confirmLog' && sessionLogs?.length ? await askToRemoveSessionLog(turn, sessionLogs) : undefined;
    // Nothing logged this session: the latest log of the last week, asked about first.
    const latest = !lastLog && !sessionLogs?.length && turn.offer?.kind !== 'confirmLog' ? await askToRemoveLatestLog(turn) : undefined;
    return earlier ?? latest ?? undoLastLog(turn);
  },
);
/**
 * "Delete the walk", "take off yesterday's run", "I logged strength twice by mistake", "no, the one on Monday": an
 * earlier log, found in its week and taken off only on a yes.
 */
export const removeLog = route(
  (turn) => said(turn, 'RemoveLogIntent'),
  async (turn) => {
    // "No, the other one", "nahi dusra wala": the other log of a removal asked about, in a slot of its own (the "other"
    // is in the carrier); with none asked about, no removal at all (found in review: it offered a log).
    const otherSaid = slotValue(turn.input, 'otherActivity');
    const pending = turn.offer?.kind === 'removeLog' ? turn.offer : undefined;
    // "Take off yesterday's run": the day is in the carrier, and the activity in a slot of its own.
    const yesterday = slotValue(turn.input, 'yesterdayActivity') !== undefined;
    const name = otherSaid !== undefined ? 'otherActivity' : yesterday ? 'yesterdayActivity' : 'activity';
    const slot = resolvedSlot(turn.input, name);
    const [spoken, date] = [slotValue(turn.input, name), await dayGoneByIn(turn, slotValue(turn.input, 'date'))];
    // "Delete that one" while a removal is asked about: that one, as a yes (found in review: it was heard as a level).
    const answer = otherSaid !== undefined ? 'other' : removalAnswerIn(spoken);
    if (pending && answer === 'this') return removeAfterYes(turn, pending);
    const other = answer === 'other';
    if (other && !pending) return tellOutOfScope(turn);
    // The slot took more than the activity ("walk from yesterday", "run I did on Monday"): the kind it names, and
    // yesterday said inside it (tried as a user: "remove the walk from yesterday" asked which log).
    // "Delete the steps": steps are walked.
    const named = slot.status === 'match' ? slot.id : (KIND_ACTIVITY[kindNamedIn(spoken) ?? ''] ?? dayKindNamed(spoken ?? '') ?? (STEPS.test(spoken ?? '') ? 'walk' : undefined));
    const activity = ACTIVITIES.find((known) => known === named);
    // "Delete all my data", "mera progress hata do": the deletion and the reset each have their own question first
    // (found in review: "सारा data हटाओ" offered to remove a walk).
    const alone = !activity && spoken !== undefined && date === undefined && !yesterday ? spoken.trim() : undefined;
    if (alone !== undefined && NAMES_DATA.test(alone)) return confirmDelete(turn);
    if (alone !== undefined && NAMES_WEEK.test(alone)) return confirmReset(turn);
    // "Delete the evening reminder", "remove the 7 pm reminder": the reminders', asked about as cancelling them is (found
    // by a helper trying the console in Indian English: "Nothing is logged this week, so there's nothing to remove").
    if (alone !== undefined && NAMES_REMINDER.test(alone)) return cancelReminders(turn, false);
    // The day said inside the slot ("walk from last friday", "monday's run"): read, never today's taken instead (found
    // in review).
    // This week is where a removal looks anyway: "the walk I did this week" names no day.
    const inside = slot.status !== 'match' && date === undefined && !yesterday && spoken !== undefined ? daySaidIn(spoken.replace(/\bthis week\b/gi, ' ')) : {};
    // "Remove it", "delete that one": the log just made, as nothing named.
    const pointsBack = answer === 'this';
    const unnamed = other || pointsBack;
    return askToRemove(turn, {
      ...(pointsBack && { pointsBack }),
      ...(other && { other }),
      ...(activity && { activity }),
      ...(!activity && spoken !== undefined && !unnamed && { unknown: true }),
      ...(spoken !== undefined && !unnamed && { said: spoken }),
      ...(date !== undefined && { date }),
      ...((yesterday || inside.yesterday) && { yesterday: true }),
      ...(inside.weekday !== undefined && { weekday: inside.weekday, ...(inside.lastWeekday && { lastWeekday: true }) }),
      ...(inside.date !== undefined && { date: inside.date }),
    });
  },
);
/**
 * The answer a removal asked about gets in words heard as something else ("that one" as a level, "वो हटा दो" as undo,
 * "nahi dusra wala"): that one, as a yes, or the other one; undo, the question again. A slot that takes them whole
 * holds them with a no before them or a "one" or "wala" after.
 */
export const answeredRemoval = route(
  (turn) =>
    turn.offer?.kind === 'removeLog' &&
    (said(turn, 'UndoIntent') || (said(turn, 'SetLevelIntent') && resolvedSlot(turn.input, 'level').status === 'no-match' && removalAnswerIn(slotValue(turn.input, 'level')) !== undefined)),
  (turn) => {
    const { offer } = turn;
    if (offer?.kind !== 'removeLog') return tellOutOfScope(turn);
    // "Undo", "scratch that", "वो हटा दो" while a removal is asked about: "remove that" or "never mind"? Undo carries no
    // words to tell, and a removal cannot be undone, so the question again, for a clear yes or no (found in review:
    // "scratch that" removed the walk).
    if (said(turn, 'UndoIntent')) return askAgain(turn, turn.t.t('hedged.clearAnswer')) ?? tellOutOfScope(turn);
    if (removalAnswerIn(slotValue(turn.input, 'level')) === 'this') return removeAfterYes(turn, offer);
    return askToRemove(turn, { other: true });
  },
);
/** Words that point back at what was just said or done: "remove it", "delete that one", "वो हटा दो". */
// "That entry" (the slot takes "entry"), "this log", "galti se ho gaya" (found by a helper trying the console in Indian
// English and Hindi, December 5: "I'm not sure which log you mean", with one log in the week).
const POINTS_BACK =
  /^(it|that|this|one|that one|this one|the last one|the last log|my last log|the last entry|((that|this|the) )?(entry|log|activity)|galti se( ho gaya| ho gayi)?|गलती से( हो गया| हो गई)?|ग़लती से( हो गया| हो गई)?|vo|wo|woh|ye|yeh|वो|वह|ये|यह|वही|यही)$/i;
/** Words for the other one of two: "the other one", "another one", "dusra wala", "दूसरी वाली". */
const OTHER_ONE = /^(the )?(other|another|second|different|dusra|doosra|dusri|doosri|दूसरा|दूसरी)( one)?$/i;
/** What a removal's answer says once a no or a verb before it and a "one" or "wala" after are set aside: that one, or the other. */
function removalAnswerIn(spoken: string | undefined): 'this' | 'other' | undefined {
  const whole = (spoken ?? '').trim();
  // "Not that one" alone is the other one.
  if (/^(not (that|this)( one)?|वो नहीं|wo nahi)$/i.test(whole)) return 'other';
  const unsaid = whole.replace(/^((no|nope|nah|nahi|nahin|नहीं|not that one|वो नहीं|wo nahi)[\s,]+)+/i, '');
  const said = unsaid.replace(/^(delete|remove|erase) /i, '');
  const bare = said.replace(/\s+(one|wala|wali|vala|vali|वाला|वाली)$/i, '');
  if (OTHER_ONE.test(said) || OTHER_ONE.test(bare)) return 'other';
  if (!POINTS_BACK.test(said) && !POINTS_BACK.test(bare)) return undefined;
  // "No, that one" is a no to the one asked about, as "nahi wo wala" is in Hindi: the other (found in review: it
  // removed the one it said no to).
  return unsaid === whole ? 'this' : 'other';
}
/** Words for the user's data as a whole, in English and Hindi: "delete my data", "सारा data हटाओ", "mera account". */
const NAMES_DATA = /^((all|all of|saara|sara|सारा|mera|meri|मेरा|मेरी) )?((my|the) )?(data|account|stats|info|information|recordings|डेटा|डाटा|अकाउंट)$/i;
/** Words for the week's progress alone: "hafte ka hisaab mita do", "remove my progress". */
const NAMES_WEEK = /^((my|this week's|the|mera|मेरा) )?(progress|hafte ka hisaab|hisaab|प्रोग्रेस|हफ़्ते का हिसाब|हिसाब)$/i;
/** A reminder named where a log was expected: "evening reminder", "7 pm reminder", "reminder wala", "रिमाइंडर". */
const NAMES_REMINDER = /\b(reminders?|alarms?)\b|रिमाइंडर/i;
export const resetWeek = route((turn) => said(turn, 'ResetWeekIntent'), confirmReset);
export const deleteData = route((turn) => said(turn, 'DeleteDataIntent'), confirmDelete);
export const privacy = route((turn) => said(turn, 'PrivacyIntent'), tellPrivacy);

const NOT_THIS_LEVEL = new Set(['not', "isn't", "aren't", 'no', 'never', 'anymore', 'longer', 'too', 'than', 'beyond', 'instead', 'above', 'past', 'nahi', 'नहीं']);
const DIRECTIONS = [
  { id: 'harder', names: ['harder', 'up a level', 'level up', 'more of a challenge', 'step it up', 'bump me up', 'notch it up', 'kick it up', 'knock it up', 'take it up'] },
  // "Knock it down a level", heard through "{level}" with the "level" in the carrier (found by a helper trying the console).
  // "That's too much for me, go back down a level", "give me easy one" (found by helpers trying the console, December 6).
  {
    id: 'easier',
    // Not "go down" or "back down" alone: "I want my weight to go down", "I need to sit back down" (found in review).
    names: ['easier', 'down a level', 'level down', 'less of a challenge', 'step it down', 'bump me down', 'tone it down', 'dial it down', 'knock it down', 'take it down', 'too much for me', 'give me easy', 'easy one', 'go back down', 'back down a'],
  },
] as const;
/**
 * A level stepped, said where a workout is asked for: "I want to go back down a level", "I'd like to go up a level" (found
 * by a helper trying the console: today's workout started). Only with "level" said, and never denied.
 */
export function levelStepSaid(spoken: string): 'harder' | 'easier' | undefined {
  // A level moved, never "level up my fitness" or "a level up workout" (found in review: a level was set unasked).
  // "Go down a level", "a level down", "a harder level", "I'd like to level up" (said alone: found in review, each started
  // today's workout once this was made strict).
  const step = /\b(up|down)\s+(?:a|one)\s+level\b|\b(?:a|one)\s+level\s+(up|down)\b(?!\s+(?:workout|session|routine|class))|\b(harder|higher|tougher|easier|lower|gentler)\s+level\b|^(?:i'd like to |i want to |let me |can i |let's )?level (up|down)(?: please| now)?$/i.exec(spoken.trim());
  if (!step || saysDenial(spoken)) return undefined;
  const way = (step[1] ?? step[2] ?? step[3] ?? step[4] ?? '').toLowerCase();
  return ['up', 'harder', 'higher', 'tougher'].includes(way) ? 'harder' : 'easier';
}
/**
 * Words that speak of difficulty without saying which way ("more", "a notch", "less intense"), in English and Hindi: a
 * direction heard as something else ("I need a nap" through "I need {direction}") has none of them.
 */
const DIFFICULTY_WORDS = new Set(
  (
    'more less too much bit little notch step up down level levels intense intensity difficult difficulty challenging challenge hard harder ' +
    'easy easier tough tougher brutal soft softer lighter gentler gentle simpler heavier slower faster shorter longer lower higher beginner ' +
    'intermediate advanced change adjust modify switch tweak alter zyada jyada kam mushkil muskil aasan asaan aasaan halka halki halke kathin ' +
    'ज़्यादा ज्यादा कम मुश्किल आसान हल्का हल्की हल्के कठिन टफ लेवल चैलेंजिंग हार्ड ईज़ी ईजी ऊपर नीचे'
  )
    .split(' ')
    .map((word) => word.normalize('NFC')),
);
/** True when a phrase speaks of difficulty, or of changing it, in any of those words. */
const speaksOfDifficulty = (spoken: string): boolean =>
  spoken
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .some((word) => DIFFICULTY_WORDS.has(word));
const deniesLevel = (spoken: string): boolean => spoken.toLowerCase().split(/\s+/).some((word) => NOT_THIS_LEVEL.has(word));
/**
 * "Intermediate, advanced is a bit much this week", heard through "change my level to {level}": the level said first,
 * with another set against it after (found by a helper trying the console: it asked which level).
 */
function levelSaidFirst(spoken: string): Level | undefined {
  // Only the other level said straight after it and said to be too much or too little ("advanced is a bit much"): "advanced
  // is too much, beginner" and "intermediate or advanced" are asked about (found in review: the first was set).
  const match = /^(?:the |a )?(beginner|intermediate|advanced)\s+(beginner|intermediate|advanced)\s+(?:is|was|feels|seems)\s+(?:a bit |a little |way |far |just |kind of |kinda )?(?:much|too|hard|easy|tough|heavy|light)\b/i.exec(spoken.trim());
  const [first, other] = [match?.[1]?.toLowerCase(), match?.[2]?.toLowerCase()];
  return first !== other ? LEVELS.find((id) => id === first) : undefined;
}
/** Something done, told in Hindi ("maine HIIT kiya tha", "मैंने योग किया"). */
const LOG_SAID_IN_HINDI = new RegExp(`(?:^|\\s)(?:maine|${'मैंने'.normalize('NFC')})\\s.*\\s(?:kiya|ki|kari|${'किया'.normalize('NFC')}|${'की'.normalize('NFC')})(?:\\s|$)`, 'u');
const LEVEL_WORD = '(beginner|intermediate|advanced)';
const DENIAL_WORD = `(?:not|nahi|nahin|${'नहीं'.normalize('NFC')})`;
/**
 * A level set right, said with one denied: "no, intermediate", "nahi nahi intermediate hi rehne do", "मैं beginner नहीं हूं,
 * intermediate कर दो", "I'm not a beginner, I'm intermediate" (found by a helper trying the console in Hindi: "कौन सा?").
 */
function levelCorrected(spoken: string): Level | undefined {
  const said = spoken.normalize('NFC').toLowerCase().replace(/[,.!?]/g, ' ').replace(/\s+/g, ' ').trim();
  const after = new RegExp(`^(?:(?:no|${DENIAL_WORD.slice(3, -1)})\\s+)+(?:i meant\\s+|make it\\s+)?${LEVEL_WORD}(?:\\s+(?:hi|please|level|only|rehne do|rakho|karo|kar do))*$`, 'u').exec(said);
  const instead = new RegExp(`${DENIAL_WORD}\\s+(?:an?\\s+)?${LEVEL_WORD}\\b.*?\\b${LEVEL_WORD}\\b|${LEVEL_WORD}\\s+${DENIAL_WORD}\\s+(?:\\S+\\s+)?${LEVEL_WORD}\\b`, 'u').exec(said);
  const named = after?.[1] ?? (instead && (instead[1] !== undefined ? (instead[1] !== instead[2] ? instead[2] : undefined) : instead[3] !== instead[4] ? instead[4] : undefined));
  // Two levels named at most: with three, more than one is denied ("not intermediate or advanced, beginner": found in
  // review, advanced was set), and the question is asked.
  const levelsNamed = new Set(said.match(/\b(?:beginner|intermediate|advanced)\b/g) ?? []);
  return levelsNamed.size > 2 ? undefined : LEVELS.find((id) => id === named);
}
/** The level named inside longer words ("a complete beginner"), unless it is denied or compared ("not a beginner anymore"). */
export const levelNamedIn = (spoken: string): Level | undefined =>
  deniesLevel(spoken) ? undefined : namedWithin(LEVELS.map((id) => ({ id, names: [id] })), spoken)?.id;

/** A reminder turned off, named by its day or time: "cancel the saturday", "turn off the 1 30", "delete the morning". */
const REMINDER_CANCELLED =
  /^(cancel|turn off|switch off|stop|delete|remove|get rid of|drop) (the |my )?((monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekend|morning|evening|night|daily)s?|\d+( \d+)?( ?(am|pm|a m|p m|o'clock))?|reminder)$/i;

/**
 * "Put me on the next level", to "Want to move up to intermediate?", heard through "put me on the {level} level": one level
 * that way (found by a helper trying the console: "Sorry, I didn't get that").
 */
const NEXT_OR_PREVIOUS: Readonly<Record<string, 'harder' | 'easier'>> = { next: 'harder', 'next one': 'harder', higher: 'harder', previous: 'easier', lower: 'easier' };

export const level = route(
  (turn) => said(turn, 'SetLevelIntent'),
  (turn) => {
    const slot = resolvedSlot(turn.input, 'level');
    // "I'm a beginner with a bad back": the safe answer; no dose is set for a condition.
    const reported = slot.status === 'no-match' ? reportedConcern(turn.catalogue, slot.spoken) : undefined;
    if (reported) return answerConcern(turn, reported.id, 'toTrain');
    // "I'm a complete beginner, how do I start": the level said inside a longer phrase, unless it is denied or compared
    // ("I'm not a beginner anymore", "too advanced"): then the question.
    const chosen = slot.status === 'match' ? LEVELS.find((known) => known === slot.id) : slot.status === 'no-match' ? levelNamedIn(slot.spoken) : undefined;
    if (chosen) return setLevel(turn, chosen);
    if (slot.status !== 'no-match') return askWhichLevel(turn);
    // "Cancel the Saturday one", "turn off the 1:30 one", heard through "{level} one": a reminder, which cancelling asks
    // about first, saying which there are (found by a helper trying the console: "Which one?", of the levels).
    if (REMINDER_CANCELLED.test(slot.spoken.trim())) return cancelReminders(turn, false, true);
    const first = levelSaidFirst(slot.spoken) ?? levelCorrected(slot.spoken);
    if (first) return setLevel(turn, first);
    // "I want more of a challenge, bump me up a level", heard through "I want {level}": one level that way (found in a
    // blind batch, December 4: it asked which level).
    // "The next one" steps only to a question about the level ("Want to move up to intermediate?"): to "Want to hear how to
    // get started?" it is no level (found in review: intermediate was set unasked).
    const levelAsked = turn.offer?.kind === 'harder' || turn.offer?.kind === 'level';
    const direction = saysDenial(slot.spoken) ? undefined : (namedWithin(DIRECTIONS, slot.spoken)?.id ?? (levelAsked ? NEXT_OR_PREVIOUS[slot.spoken.trim().toLowerCase().replace(/^the /, '')] : undefined));
    if (direction) return stepLevel(turn, direction);
    // "I want Sundays as my day off", heard through "I want {level}": the rest day (found in a blind batch, December 4).
    const offDay = saysDenial(slot.spoken) ? undefined : weekdayOffAsked(turn.t, slot.spoken);
    if (offDay) return setRestDay(turn, offDay);
    // "Stretching session please", "put on a stretching session for me", heard through "{level} please" and "{level}
    // for me": that kind of session (found trying the console: it asked which level).
    // "Parso maine HIIT kiya tha, log kar do", heard through "{level} kar do": a log (found by a helper trying the console
    // in Hindi: a HIIT workout started).
    const hindiLog = LOG_SAID_IN_HINDI.test(slot.spoken.normalize('NFC')) ? slot.spoken.replace(/\s+log$/i, '') : undefined;
    const told = hindiLog === undefined ? undefined : logHeardAsHealth(turn, hindiLog);
    if (told) return told;
    // With no day said ("maine HIIT kiya tha, log kar do": found in review, a HIIT workout started), the kind named, today's,
    // the answer saying its day.
    const doneKind = hindiLog === undefined ? undefined : KIND_ACTIVITY[kindNamedIn(hindiLog) ?? ''];
    if (doneKind) return logActivity(turn, { activity: doneKind, said: hindiLog, sayDay: true });
    const session = speaksOfDifficulty(slot.spoken) ? undefined : sessionKindNamedIn(slot.spoken);
    if (session) return startOrOfferResume(turn, session);
    // "What was the second one", heard through "{level} one": that move of the day's list (found by a helper).
    if (ORDINAL_MOVE.test(slot.spoken.trim())) return teachWhatIsNamed(turn, slot.spoken, (exercise) => startHowTo(turn, exercise));
    // "How should my back feel on this one", heard through "{level} one": where the move under way is felt.
    const feel = FEEL_ASKED.test(slot.spoken) ? tellAboutMoveUnderWay(turn, 'feel', slot.spoken) : undefined;
    if (feel) return feel;
    // "I want today off", "I want more protein", heard through "I want {level}": the topic it names (tried as a user,
    // December 5: "Sorry, I didn't get that").
    const topic = saysDenial(slot.spoken) || speaksOfDifficulty(slot.spoken) ? undefined : namedWithin(answerableTopics(turn.catalogue), slot.spoken);
    if (topic) return tellTopicOrPause(turn, topic.id, slot.spoken);
    // "Uh huh yes please" heard through "{level} please" while a question waits: that question again, never another.
    return turn.offer !== undefined && !speaksOfDifficulty(slot.spoken) ? tellOutOfScope(turn) : askWhichLevel(turn);
  },
);
/** "Make it harder" / "easier": one level at a time. */
export const changeLevel = route(
  (turn) => said(turn, 'ChangeLevelIntent'),
  (turn) => {
    const slot = resolvedSlot(turn.input, 'direction');
    if (slot.status === 'match' && (slot.id === 'harder' || slot.id === 'easier')) return stepLevel(turn, slot.id);
    if (slot.status !== 'no-match') return askWhichLevel(turn);
    // "It's fine" to "does it still hurt?", heard through "it's {direction}": a no (found in review: "Sorry, I didn't get that").
    if (turn.offer?.kind === 'stillHurts' && saysFeelingBetter(slot.spoken, true)) return tellFeelingBetter(turn);
    // "Not too bad, maybe a 3 out of 10": pain scored, never a level (found by a helper trying the console: "which one?").
    // Only where pain is asked about or said: "that was an 8 out of 10" is how hard it was.
    // Not "bad" ("not too bad, a 3 out of 10", with nothing asked: found in review, it paused the workout).
    const painAsked = turn.offer?.kind === 'stillHurts' || turn.offer?.kind === 'feltBefore' || /\b(?:hurts?|hurting|pain|painful|sore|aches?|aching)\b/i.test(slot.spoken);
    const score = painAsked ? painScoreIn(slot.spoken) : undefined;
    if (score !== undefined) return answerPainScore(turn, score);
    // "Make it easier, my knee hurts": pain is not a dose to step down from; the safe answer.
    const reported = reportedConcern(turn.catalogue, slot.spoken);
    if (reported) return answerConcern(turn, reported.id, 'toTrain');
    // A level named as where to go, set: "mujhe intermediate level par karo" (found by a helper trying the console in
    // Hindi: it asked which level), "take me down to beginner". Not with a way to move beside it ("make it less
    // advanced", "beginner se upar karo": found in review, the level named was set, the opposite way), nor denied ("I
    // don't want to go back to beginner": found in a fourth review).
    const spokenLower = ` ${slot.spoken.normalize('NFC').toLowerCase()} `;
    const targetSaid = saysDenial(slot.spoken) ? undefined : TARGET_SAID.exec(spokenLower)?.[1];
    const target = LEVELS.find((known) => known === targetSaid) ?? (MOVES_BESIDE.test(spokenLower) ? undefined : levelNamedIn(slot.spoken));
    if (target) return setLevel(turn, target);
    // "A bit easier please": the direction said inside a longer phrase, unless it is denied ("not any harder").
    const direction = saysDenial(slot.spoken) ? undefined : namedWithin(DIRECTIONS, slot.spoken)?.id;
    if (direction) return stepLevel(turn, direction);
    // "That's a bit much for me", "that's too hard", with no way said: how it felt, answered as "too hard" is (found by a
    // helper trying the console as an older user: it asked which level).
    if (workoutCommandIn(slot.spoken) === 'tooHard') return tellEffort(turn, 'too-hard');
    // "That's wrong, I only walked 15 minutes", heard through "that's {direction}": a change of the log just made (found
    // by a helper trying the console: "Sorry, I didn't get that").
    const correction = correctionOfLastLog(turn, slot.spoken);
    if (correction) return logActivity(turn, correction);
    // "Make it 40" just after a log: its time, or its steps (tried as a user, December 5: "That's not something I can
    // help with yet"). A bare number only: "I need 5 minutes" is no correction (found in review: the walk became 5
    // minutes). "No make it 7" over a reminder is the reminder's, heard through its own words.
    const number = turn.state.lastLog ? wholeNumberOf(slot.spoken.trim()) : undefined;
    if (number !== undefined && number > 0) return numberSaidOverLog(turn, number);
    // "I need a nap", "I want pizza": an open carrier heard speech that says nothing of difficulty.
    return speaksOfDifficulty(slot.spoken) ? askWhichLevel(turn) : tellOutOfScope(turn);
  },
);

/** A level said as where to go: "down to beginner", "up to advanced", "move me to intermediate", "set as advanced". */
const TARGET_SAID = / (?:to|as|onto) (?:the )?(beginner|intermediate|advanced)(?: level)?(?: please)? $/;
/**
 * Words that move from a level rather than name one to be on ("less advanced", "easier", "beginner se upar", "नीचे"),
 * or say why ("beginner is boring", "I'm already intermediate"): with any, a level named is no level to set.
 */
const MOVES_BESIDE = new RegExp(
  ` (?:less|more|easier|harder|easy|hard|tough|boring|than|above|below|up|down|higher|lower|already|too|step|se|upar|oopar|neeche|niche|${['ऊपर', 'नीचे', 'से'].map((word) => word.normalize('NFC')).join('|')}) `,
);
/** Words that say the log just made was wrong, before what it was: "wrong", "that's not right", "no sorry, I only". */
const CORRECTION_LEAD = /^(?:(?:that's|that is|thats|it's|it is)\s+)?(?:(?:wrong|not right|incorrect|a mistake|no|sorry|actually)[,.]?\s+)+(?:i meant\s+)?/i;

/**
 * The change a correction heard in an open slot asks for, of the log just made: its time, when the kind said is the one
 * logged ("wrong, I only walked 15 minutes"), read as "actually it was 15 minutes" is. Undefined with no log just made,
 * no correction said, or another kind.
 */
function correctionOfLastLog(turn: Turn, spoken: string): SaidLog | undefined {
  const last = turn.state.lastLog;
  const lead = CORRECTION_LEAD.exec(spoken.trim());
  if (!last || !lead) return undefined;
  const rest = spoken.trim().slice(lead[0].length).replace(/^i only /i, 'i ').replace(/^only /i, '');
  const log = logReadIn(turn, rest.replace(/^i /i, ''));
  return log?.activity === last.activity && log.minutes !== undefined ? { minutes: log.minutes } : undefined;
}
export const myLevel = route((turn) => said(turn, 'MyLevelIntent'), tellLevel);

export const restDay = route(
  (turn) => said(turn, 'SetRestDayIntent'),
  async (turn) => {
    const day = weekdayNamed(turn.t, slotValue(turn.input, 'day'));
    // "I want Wednesdays and Sundays off": which one is asked, as the plan keeps one.
    const other = weekdayNamed(turn.t, slotValue(turn.input, 'otherDay'));
    if (day && other && other !== day) return askWhichOfTwoRestDays(turn, day, other);
    if (day) return setRestDay(turn, day);
    // A weekday said alone ("Sunday", "make it Sunday") answers "which day would you like to rest?". Anywhere else a
    // question pending is asked again; with none, what a day alone can be for (found in review: it told the day's plan,
    // and to "Which day was that?" a log asked about was silently dropped).
    const dateSaid = slotValue(turn.input, 'answerDate');
    const weekdaySaid = weekdayNamed(turn.t, slotValue(turn.input, 'answerDay'));
    // "Yesterday", "Tuesday" to "which day was that?": the log waiting for its day (found by a helper trying the console:
    // the day was heard alone, and the log dropped).
    const waiting = turn.offer?.kind === 'confirmLog' && turn.offer.log.dayAsked ? turn.offer.log : undefined;
    if (waiting && (weekdaySaid !== undefined || dateSaid !== undefined)) return logOnDayAnswered(turn, waiting, weekdaySaid !== undefined ? { weekday: weekdaySaid } : { date: dateSaid });
    // A day said otherwise ("today", "tomorrow") is its weekday.
    const dateDay = dateSaid === undefined || weekdaySaid !== undefined ? undefined : await weekdayOfDateSaid(turn, dateSaid);
    const answer = weekdaySaid ?? dateDay;
    // "Next week" said alone names no day: a question pending is asked again.
    if (!answer) return (dateSaid !== undefined ? askAgain(turn, turn.t.t('fallback.pending')) : undefined) ?? askWhichRestDay(turn);
    if (turn.offer?.kind === 'restDay' || turn.state.told === 'restDay') return setRestDay(turn, answer);
    // "Make it Saturday" over "Shall I set that?" or "What time should I remind you?": the reminder's day, its time kept.
    // Only a weekday said: "tonight" and "this morning" are days to the model as well as times, and to "what time should I
    // remind you?" the question is asked again (below).
    if (settingOne(turn) && weekdaySaid) return offerReminder(turn, repeatOnDays([weekdaySaid], turn.restDay), undefined);
    // "Remove the walk you logged on Wednesday?" "Monday.": the one of that day.
    if (turn.offer?.kind === 'removeLog' && weekdaySaid) return askToRemove(turn, { weekday: weekdaySaid });
    return askAgain(turn, turn.t.t('fallback.pending')) ?? tellDayAlone(turn, answer);
  },
);
/** The weekday of a single day said ("today", "tomorrow", "the 9th"); none for a week or a weekend. */
async function weekdayOfDateSaid(turn: Turn, date: string): Promise<Weekday | undefined> {
  const said = interpretDate(date, await turn.today());
  return said.kind === 'day' ? weekdayOf(said.date) : undefined;
}
export const myRestDay = route((turn) => said(turn, 'MyRestDayIntent'), tellRestDay);
