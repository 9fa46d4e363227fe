import { BREATHING, DAY_OFF, SPOT_REDUCTION, answerableTopics, findExercise, findFaqByIntent, findTeachable, topicAskedIn } from '../content/catalogue';
import { wholeNumberOf } from '../domain/duration';
import { addDays, formatIsoDate, formatIsoWeek, isoWeekOf } from '../domain/calendar';
import { isAge } from '../content/amounts';
import { ageBesideConcern, asksElsewhere, concernOfAge, kindSwappedTo, makeUpYesterdayAsked, makeUpYesterdayWondered, namedConcern, reportedConcern, saysBackAgain, progressAsked, asksHowToBreathe, fatFromHereAsked, kindNamedIn, namedExactly, namedExercises, namedInside, namedWithin, plansToTrainLater, timeSaidAlone, UNSURE_OF_OKAY, withoutHowMuch, saysFeelingBetter, saysTiredAlone, asksForMoreRest, saysPain } from '../content/named';
import { LEVELS, type TipList } from '../content/types';
import { howToOf, workoutOf } from '../conversation/mode';
import type { Turn } from '../conversation/turn';
import { forIntent, intentName, resolvedSlot, slotValue } from '../conversation/requests';
import { keepAgeBeside, tellAboutExercise, tellCalorieBurners, tellComparison, tellFaq, tellHowItWorks, tellTips, tellTopicById, tellUnknownTopic } from '../replies/knowledge';
import { startHowTo, tellExerciseList } from '../replies/how-to';
import { tellWeeklyProgress } from '../replies/progress';
import {
  FEEL_ASKED,
  answerConcern,
  tellAboutMoveUnderWay,
  currentWorkoutExercise,
  movePointedAt,
  notePlanForLater,
  finishLater,
  resumeWorkout,
  offerSwap,
  makeUpYesterday,
  noNeedToMakeUp,
  tellCurrentExercise,
  tellOwnPace,
  tellFeelingBetter,
  tellPausedForHurt,
  notCleared,
  tellTimeSaid,
  tellTopicOrPause,
  tellWorkoutLength,
  tellWorkoutProgress,
  tellNoDoctor,
} from '../replies/workout';
import { tellTrainAnyway } from '../replies/plan';
import { tellOutOfScope } from '../replies/session';
import { setLevel, setRestDay, tellOneDayOff, tellRestDay, tellSettings } from '../replies/settings';
import { weekdayOffAsked } from '../text/dates';
import { KIND_ACTIVITY, logHeardAsTopic } from './progress';
import { route, said } from './route';

const TIP_INTENTS: Readonly<Record<string, TipList>> = {
  DietTipsIntent: 'diet',
  LifestyleTipsIntent: 'lifestyle',
  WhatToAvoidIntent: 'avoid',
};

/** Training asked for on a day that may be a rest day: "work out anyway", "train today anyway", "still exercise". */
const TRAIN_ANYWAY = /^(?:still |just )?(?:work ?out|train|exercise|do (?:a |my |the |some )?(?:workout|exercise|training))(?: anyway| anyways| still| today| now| a bit| a little)+$/i;

/** A later time of today: "later", "tonight", "this evening", "after work". */
const LATER = '(?:later(?: today| tonight| on)?|tonight|this (?:afternoon|evening)|after (?:lunch|work|dinner|school))';

/** Asked whether a workout left partway can be finished: "can I still finish yesterday's workout", "continue my workout". */
// Said whole: "should I eat protein after I finish my workout" asks about protein (found in review).
const FINISH_ASKED = new RegExp(
  `^(?:still |i |(?:is it )?(?:ok|okay|alright|fine) (?:to |if i )|is it (?:ok|okay|alright|fine) (?:to |if i ))?(?:finish|resume|continue|complete|pick up|carry on with|get back to)\\s+(?:(?:my|the|yesterday's|yesterdays|today's|todays)\\s+)?(?:workout|session)(?:\\s+(?:today|now|this morning|from (?:this morning|earlier|yesterday|before)|${LATER}))?$`,
  'i',
);

/** The time said after it is a later one. */
const FINISH_LATER = new RegExp(`\\s${LATER}$`, 'i');

/** A workout asked to be finished later, named only as "it", "this" or "the rest" ("finish it later", "the rest tonight"). */
const FINISH_IT_LATER = new RegExp(`^(?:(?:finish|do|complete|continue)\\s+)?(?:it|this|this one|the rest(?: of it| of (?:my|the) (?:workout|session))?)\\s+${LATER}$`, 'i');

export const tips = route(
  (turn) => forIntent(turn.input, TIP_INTENTS) !== undefined,
  (turn) => tellTips(turn, forIntent(turn.input, TIP_INTENTS) ?? 'diet'),
);

/** Each FAQ names its own intent in the catalogue. */
export const faq = route(
  (turn) => findFaqByIntent(turn.catalogue, intentName(turn.input)) !== undefined,
  (turn) => tellFaq(turn, findFaqByIntent(turn.catalogue, intentName(turn.input))!),
);

/** A phrase about the move under way ("do this", "this one", "doing it"). */
const ABOUT_THIS = /\b(this|that|it)\b/i;
/** The move under way, pointed at in the exercise's place ("is this safe", "is this one good"). */
const THIS_MOVE = /^(?:this|this one|this exercise|this move|it|that|that one|that exercise)$/i;
/** Asking to go easier: "slowly", "at my own pace", "a bit easier", "dheere". */
const SLOWER = /\b(slowly|slower|more slowly|at my own pace|dheere|aaram se)\b|धीरे|आराम से/i;

/** The week so far: "sessions … this week", "how am I doing this week", "am I on track this week". */
const WEEK_SO_FAR =
  /\b(sessions?|workouts?|done|did|doing|track|behind|walked|ran|swam|minutes|steps|walks|runs)\b.*\b(this week|so far)\b|\b(this week|so far)\b.*\b(sessions?|workouts?|done|did|doing|track|behind)\b/i;
/** What was done today, asked in words the topic's slot took ("did I do today", "have I done today"). */
const DAY_SO_FAR = /^(?:(?:how much|what) )?(?:did i do|have i done|i have done|i've done|i did) today(?: so far)?$/i;
/** Calories said to be burned by the user ("calories did I burn", "calories I burned today", "calories have I burnt"). */
const CALORIES_BURNED = /^calories? (?:did i|have i|i have|i've|i|i've been) (?:burn|burned|burnt)(?: off)?(?: (?:today|this week|so far))*$/i;
/** How to start a move, as the topic's slot takes it: "start cardio", "started with walking", "get started on cycling". */
const START_ASKED = /^(?:start|starting|begin|beginning|get started|getting started|started)(?:\s+(?:with|on|doing))?\s+(.+)$/i;
/** Diet named alone, or for losing back fat: "diet", "my diet", "dieting", "the diet for reducing back fat". */
const DIET_NAMED =
  /^(?:(?:my|a|the|your|any|healthy|good|proper|right|best)\s+)*(?:diet|dieting|nutrition|eating|diet plan|meal plan)(?:\s+(?:plan|tips?|advice|chart))?(?:\s+(?:for|to)\s+(?:reduce|reducing|lose|losing|burn|burning|get rid of|cut|cutting)\s+(?:my\s+)?(?:lower\s+)?(?:back\s+)?fat)?$/i;
/** A level asked to be put on ("put me on advanced", "switch me to intermediate"). */
const LEVEL_ASKED = /\b(?:put|switch|move|set|change|bump|take|drop) me (?:on |to |up to |down to |onto |back to )?(?:the )?(beginner|intermediate|advanced)\b/i;
/** A day off asked for instead of the one there is: "rest on Friday instead", "take my day off on Friday". */
const REST_DAY_ASKED = /^(?:(?:rest|take (?:my |a )?(?:rest day|day off)|have (?:my |a )?(?:rest day|day off)) on \w+|.+ instead)$/i;
/** Today or tomorrow asked for as a day off: "make tomorrow my day off", "take today as a rest day". */
const DAY_OFF_NAMED = /^(?:please )?(?:make|set|change|switch|have|take|keep)\s+(today|tomorrow)\s+(?:as\s+|into\s+)?(?:my|a|an)\s+(?:rest day|day off|off day|off)(?:\s+(?:instead|please))*$/i;
/** "Can I take tomorrow off", the slot taking "tomorrow off" ("I don't know that one yet"); today's is the day-off topic's. */
const TOMORROW_OFF = /^(?:take |have |get )?(tomorrow) off$/i;
/** The settings asked for whole: "my settings", "my preferences". */
const SETTINGS = /^(?:my |the |all my )?(?:settings|preferences|current settings|set up|setup)$/i;
/** Time left, as a topic's slot takes it: "time left", "the time remaining", "minutes to go". */
const TIME_LEFT = /^(?:the\s+)?(?:time|minutes)\s+(?:left|remaining|to go)$/i;
/** How long the day's workout takes: "how much time … today's workout", "how many minutes is today's workout". */
const WORKOUT_TIME = /^(how long|how much time|how many minutes|time|minutes)\b.*\b(today's|this|my|the) (workout|session)$/i;
/**
 * "The best exercise to burn lower back fat", "the best exercises to lose back fat", "top workouts for the lower back":
 * which moves to do, as "what's the best exercise for back fat" asks (found by a helper trying the console: "I don't
 * know that one yet" to the question the skill is for).
 */
const BEST_MOVES =
  /^(the )?(best|top|most effective|right|good|which) (exercises?|workouts?|moves?)( (to|for|that))?( (burn|burns|lose|loses|get rid of|gets rid of|reduce|reduces|shift|shifts|target|targets|tone|tones|work on|works on))?( (my|the))?( lower)? back( fat)?$/i;
/** The ways to burn calories or fat asked for ("the best ways to burn calories", "the best way to burn fat"). */
/**
 * "How much cardio did I do this week", "how many minutes of walking so far": what was done, which Alexa may put in the
 * topic's open slot ("cardio did i do this week"), asked of a kind of activity; never "how much cardio should I do".
 */
const DONE_ASKED =
  /^(?:(?:how (?:much|many) )?(?:minutes|hours|sessions|days|times) (?:of )?)?(?:cardio|strength|hiit|walk(?:s|ing)?|run(?:s|ning)?|swim(?:s|ming)?|cycling|(?:bike )?rides?|workouts?|sessions?|exercise|training|steps|yoga|stretch(?:es|ing)?|minutes|days|times)\b.*\b(?:did i|have i|i've|i have) (?:do|done|get|got|log|logged|manage|managed|had|walk|walked|run|ran|swim|swam|train|trained|complete|completed|finish|finished|work out|worked out)\b/i;
/** "Minutes of cardio this week", "workouts so far": an amount, and the time it was done in, with no verb. */
const AMOUNT_SO_FAR = /^(?:minutes|hours|sessions|workouts|walks|runs|steps|days|times)(?: of \w+)? (?:this week|last week|so far|so far this week)$/i;
const NOT_DONE_YET = /\b(?:should|could|would|can|need|needs|ought|must|recommend|best|enough|have to|has to|got to|do i|should i)\b/i;
export function doneAsked(spoken: string): boolean {
  const said = spoken.trim();
  return (DONE_ASKED.test(said) || AMOUNT_SO_FAR.test(said)) && !NOT_DONE_YET.test(said);
}
/** The day or week a question about what was done names, as the date slot would hold it; this week when none. */
async function askedAbout(turn: Turn, spoken: string): Promise<string | undefined> {
  const today = await turn.today();
  if (/\blast week\b/i.test(spoken)) return formatIsoWeek(isoWeekOf(addDays(today, -7)));
  if (/\byesterday\b/i.test(spoken)) return formatIsoDate(addDays(today, -1));
  if (/\btoday\b/i.test(spoken)) return formatIsoDate(today);
  return undefined;
}
const BURN_WAYS = /^(the )?(best |fastest |quickest |good )?(ways?|exercises?|workouts?) (to|for|that) (burn|burns|burning) (more )?(calories|fat)$/i;
/** "I'm stuck at 180 pounds", "my weight is stuck": a weight that will not move. */
const STUCK_WEIGHT = /\bstuck\b.*\b(pounds|lbs|kilos|kilograms|kg|stone|weight|fat)\b/i;

/** "Is cycling good for back fat?", "how much water should I drink?", "tell me about genetics". */
/** A part of the body alone, not the back: "my knees", "my bad shoulder". */
const PART_ALONE = /^(?:my |the |about my )?(?:bad |sore |weak |poor |old )?(?:knees?|shoulders?|neck|ankles?|wrists?|feet|foot|joints)$/;
/** One's own rest day named: "my rest days", "my day off". */
const MY_REST_DAY = /^my (?:rest days?|days? off|off days?)$/;
/**
 * Fat on the back, said any way: "back fat", "lower back fat", "fat on my lower back", "the fat around my back", and in
 * Hinglish or Hindi, "kamar pe bahut charbi", "कमर की चर्बी".
 */
const BACK_FAT_SAID = /\b(?:lower )?back fat\b|\bfat (?:on|around|from|off) (?:my |the |your )?(?:lower )?back\b|\b(?:kamar|peeth|back)\b.*\bcharbi\b|(?:कमर|पीठ).*चर्बी/iu;

export const topic = route(
  (turn) => said(turn, 'TopicIntent'),
  async (turn) => {
    const named = resolvedSlot(turn.input, 'topic');
    // "I'm not sure", to "has your doctor said this kind of exercise is okay for you?": no yes (found by a helper trying
    // the console as a 66-year-old: "I don't know that one yet", and the question was lost).
    if (turn.offer?.kind === 'cleared' && named.status === 'no-match' && UNSURE_OF_OKAY.test(named.spoken.trim())) return notCleared(turn);
    const exercise = resolvedSlot(turn.input, 'exercise');
    // "Is roti better than rice", "roti or rice at night": two foods the slots took apart, no move among them, read
    // together (found by a helper trying the console as an Indian user: "I don't know that one yet", or roti alone).
    const apart = ['topic', 'exercise', 'other'].map((name) => slotValue(turn.input, name)).filter((value) => value !== undefined);
    const noMove = exercise.status !== 'match' && resolvedSlot(turn.input, 'other').status !== 'match';
    const together = apart.length > 1 && noMove ? namedWithin(answerableTopics(turn.catalogue), apart.join(' or ')) : undefined;
    if (together) return tellTopicOrPause(turn, together.id, apart.join(' or '));
    // "Can I do strength instead today", "can I swap today for cardio", "can I just walk instead": that workout, as "let's do
    // cardio" is (found trying the console, December 6: the topic's answer, strength training or how to start walking).
    // Offered, never started: the slot cannot tell "can I" from "should I" (found in review). Never with pain or anything
    // wrong said ("can I walk instead, I feel dizzy": found in review, it started a workout).
    const swapped = named.status === 'no-match' && !reportedConcern(turn.catalogue, named.spoken) && namedConcern(turn.catalogue, named.spoken) === undefined ? kindSwappedTo(named.spoken) : undefined;
    if (swapped) return offerSwap(turn, swapped);
    // "What are my rest days": the user's own rest day, never the answer about resting (found by a helper trying the console
    // as an older British user: the answer about training without rest).
    if (MY_REST_DAY.test((slotValue(turn.input, 'topic') ?? '').trim().toLowerCase())) return tellRestDay(turn);
    if (named.status === 'match') return tellTopicOrPause(turn, named.id, slotValue(turn.input, 'topic'));
    // "I've only got 10 minutes", "what can I do in 10 minutes": what to do when time is short (found by a helper trying
    // the console as a busy parent: "I don't know that one yet").
    if (named.status === 'no-match' && timeSaidAlone(turn.catalogue, named.spoken)) return tellTimeSaid(turn, named.spoken);
    // A topic said with how much ("absolutely knackered"): that topic (found by a helper trying the console as an older
    // British user: "I don't know that one yet"; "knackered" alone was the answer about a tired day).
    const plainly = named.status === 'no-match' ? namedExactly(answerableTopics(turn.catalogue), withoutHowMuch(named.spoken)) : undefined;
    if (plainly) return tellTopicOrPause(turn, plainly.id, slotValue(turn.input, 'topic'));
    // "Is swimming better than running": both moves, whichever is said first.
    const other = resolvedSlot(turn.input, 'other');
    const [first, second] = [exercise, other].map((slot) => (slot.status === 'match' ? findExercise(turn.catalogue, slot.id) : undefined));
    if (first && second) return tellComparison(turn, { exercise: first, said: slotValue(turn.input, 'exercise') }, { exercise: second, said: slotValue(turn.input, 'other') });
    // "What is a good morning": "what is a good {topic}" hears the exercise's own name cut in two.
    const cut = named.status === 'no-match' ? namedExactly(namedExercises(turn.catalogue), `good ${named.spoken}`) : undefined;
    const found = exercise.status === 'match' ? findExercise(turn.catalogue, exercise.id) : cut && findExercise(turn.catalogue, cut.id);
    // "How do I start cardio", "how do I get started with walking": the how-to at once, never what it is and then the offer
    // of the how-to, the question just asked (found by a helper trying the console).
    // Mid-workout, what the move is, as before: a lesson would take "next" from the workout.
    const started = named.status === 'no-match' && !found && !workoutOf(turn.mode) ? START_ASKED.exec(named.spoken.trim())?.[1] : undefined;
    const toStart = started === undefined ? undefined : namedExactly(namedExercises(turn.catalogue), started);
    const startable = toStart && findExercise(turn.catalogue, toStart.id);
    if (startable) return startHowTo(turn, startable, started);
    if (found) return tellAboutExercise(turn, found, exercise.status === 'match' ? slotValue(turn.input, 'exercise') : undefined);
    // "Is this safe for my back", "is this one good for back fat", mid-workout: the move under way (found by a helper
    // trying the console in a HIIT warm-up: "I don't know that one yet").
    const pointed = exercise.status === 'no-match' && THIS_MOVE.test(exercise.spoken.trim()) ? movePointedAt(turn) : undefined;
    if (pointed) return tellAboutExercise(turn, pointed);
    if (named.status === 'no-match' && BEST_MOVES.test(named.spoken.trim())) return tellExerciseList(turn);
    // "What are the best ways to burn calories": the calorie burners, never the calorie deficit's definition (found by a
    // helper trying the console, December 5).
    if (named.status === 'no-match' && BURN_WAYS.test(named.spoken.trim())) return tellCalorieBurners(turn);
    // "Do I have to diet", "what about diet", "the diet for reducing back fat": the diet tips (found by helpers trying the
    // console, December 6: "I don't know that one yet", or how long results take).
    if (named.status === 'no-match' && DIET_NAMED.test(named.spoken.trim())) return tellTips(turn, 'diet');
    // "I'm much better", heard through "I'm {topic}": paused for pain, whether it still hurts; else glad to hear it.
    if (named.status === 'no-match' && saysFeelingBetter(named.spoken, turn.offer?.kind === 'stillHurts')) return tellFeelingBetter(turn);
    // "Should I breathe out on the way up": how to breathe, never trouble breathing (found by a helper trying the console
    // mid-workout: the urgent answer, and the workout stopped for the day).
    const open = named.status === 'no-match' ? named.spoken : exercise.status === 'no-match' ? exercise.spoken : undefined;
    if (asksHowToBreathe(turn.catalogue, open)) return tellTopicOrPause(turn, BREATHING, open);
    // "Can I have a beer on weekends": the slot took more than the name; answer what it names, a concern first.
    const inside = namedInside(turn.catalogue, named.status === 'no-match' ? named.spoken : exercise.status === 'no-match' ? exercise.spoken : undefined);
    if (inside?.kind === 'concern') {
      // "I'm 60 and my knee hurts", heard through "I'm {topic}": the age kept beside it (found in review).
      if (inside.id !== undefined) await keepAgeBeside(turn, inside.id, ageBesideConcern(named.status === 'no-match' ? named.spoken : undefined));
      return answerConcern(turn, inside.id);
    }
    // "How much cardio did I do this week", heard as a topic: the week, never the cardio tip (tried as a user, December 5);
    // after a concern, as health said beside it is health (found in review: "exercise today with chest pain").
    // "I'm back, where were we": back to the workout (found by a helper trying the console: "I don't know that one yet").
    if (named.status === 'no-match' && saysBackAgain(named.spoken)) return resumeWorkout(turn);
    // "Do I have to make up yesterday's workout": no need (found by a helper trying the console as a tired parent).
    if (named.status === 'no-match' && makeUpYesterdayWondered(named.spoken) && namedConcern(turn.catalogue, named.spoken) === undefined) return noNeedToMakeUp(turn);
    // "Can I make up yesterday's workout": yesterday's workout, started (found by a helper trying the console).
    if (named.status === 'no-match' && makeUpYesterdayAsked(named.spoken) && namedConcern(turn.catalogue, named.spoken) === undefined) return makeUpYesterday(turn);
    // "How do I know if it's working" (found by a helper trying the console: "I don't know that one yet"): how soon results
    // show; "am I making progress", the week so far.
    if (named.status === 'no-match' && progressAsked(named.spoken)) return workoutOf(turn.mode) ? tellWorkoutProgress(turn) : tellWeeklyProgress(turn);
    if (named.status === 'no-match' && doneAsked(named.spoken)) return tellWeeklyProgress(turn, await askedAbout(turn, named.spoken), KIND_ACTIVITY[kindNamedIn(named.spoken) ?? '']);
    // "Should I feel it in my lower back", mid-workout: where the move under way is felt, never its whole lesson.
    const feel = open !== undefined && FEEL_ASKED.test(open) ? tellAboutMoveUnderWay(turn, 'feel', open) : undefined;
    if (feel) return feel;
    // "I'm gonna walk for 30 minutes after dinner": a plan, not a question about walking (found by a helper trying the console).
    if (named.status === 'no-match' && plansToTrainLater(turn.catalogue, named.spoken)) return notePlanForLater(turn);
    // "I've walked 20 minutes": a log, never "I don't know that one yet" (found by a helper trying the console).
    const logged = named.status === 'no-match' ? logHeardAsTopic(turn, named.spoken) : undefined;
    if (logged) return logged;
    // "Can I reduce only back fat by doing exercises", "does this even burn fat": spot reduction, or how it works.
    const fat = named.status === 'no-match' ? fatFromHereAsked(named.spoken, workoutOf(turn.mode) !== undefined) : undefined;
    if (fat) return fat === 'spot' ? tellTopicOrPause(turn, SPOT_REDUCTION) : tellHowItWorks(turn);
    // "Can I work out anyway", on the rest day: yes, gently, the recovery session offered; another day, its workout (found
    // by a helper trying the console on a Sunday: "I don't know that one yet").
    if (named.status === 'no-match' && TRAIN_ANYWAY.test(named.spoken.trim())) return tellTrainAnyway(turn);
    // "Can I make tomorrow my day off": a day's break is fine, and how to move the weekly rest day is said (found in
    // review: "I don't know that one yet", then the day-off answer's "pick up tomorrow").
    const oneDayOff = named.status === 'no-match' ? (DAY_OFF_NAMED.exec(named.spoken.trim()) ?? TOMORROW_OFF.exec(named.spoken.trim()))?.[1]?.toLowerCase() : undefined;
    if (oneDayOff) return tellOneDayOff(turn, addDays(await turn.today(), oneDayOff === 'tomorrow' ? 1 : 0));
    // "Can I still finish yesterday's workout", heard as a topic: what resume says of it (found by a helper trying the
    // console: "I don't know that one yet").
    // Asked for later ("after work", "later tonight"), it is kept for then, never picked up now.
    // Not yesterday's: what is kept for later is today's (found in review: "can I finish yesterday's workout tonight" said
    // today's cardio was kept).
    if (named.status === 'no-match' && FINISH_ASKED.test(named.spoken)) {
      return FINISH_LATER.test(named.spoken) && !/\byesterday'?s\b/i.test(named.spoken) ? finishLater(turn) : resumeWorkout(turn);
    }
    // "Can I finish it later", "can I do the rest tonight": the workout under way or left partway today, kept for then.
    const later = named.status === 'no-match' && FINISH_IT_LATER.test(named.spoken.trim()) ? await finishLater(turn, true) : undefined;
    if (later) return later;
    // "I'm tired", the slot taking "tired": the day-off answer, mid-workout a pause (found in review: "I don't know").
    if (named.status === 'no-match' && (saysTiredAlone(named.spoken) || asksForMoreRest(named.spoken))) return tellTopicOrPause(turn, DAY_OFF);
    // "Can I lose back fat in 2 weeks", "so does this stuff actually work", "how much weight will I lose": a question no
    // name answers, before a name it happens to say ("weight").
    const spoken = named.status === 'no-match' ? named.spoken : exercise.status === 'no-match' ? exercise.spoken : '';
    // "How many calories did I burn today": none are counted, and what was logged is told (found by helpers trying the
    // console, December 5: the calorie deficit's definition).
    if (CALORIES_BURNED.test(spoken)) {
      const day = /\btoday\b/i.test(spoken) ? formatIsoDate(await turn.today()) : undefined;
      return tellWeeklyProgress(turn, day, undefined, turn.t.t('progress.noCalories'));
    }
    // The words said go with it: a thing the topic answers for gets its own answer first ("lemon water" of water).
    const asked = topicAskedIn(turn.catalogue, spoken || undefined);
    if (asked) return tellTopicOrPause(turn, asked, spoken);
    if (inside) return tellTopicOrPause(turn, inside.id, spoken);
    // "How many sessions have I got under my belt this week", "how much time do I need to set aside for today's workout":
    // the week, or the day's workout, asked of in words the topic's slot took (found in a blind batch, December 4: "I
    // don't know that one yet").
    if (WEEK_SO_FAR.test(spoken)) return tellWeeklyProgress(turn);
    // "How much did I do today" (found by a helper trying the console as an Indian user: "I don't know that one yet").
    if (DAY_SO_FAR.test(spoken)) return tellWeeklyProgress(turn, formatIsoDate(await turn.today()));
    if (WORKOUT_TIME.test(spoken)) return tellWorkoutLength(turn);
    // "How much time left", the slot taking "time left": mid-workout, how much is left (found by a helper trying the
    // console: "I don't know that one yet"); with none under way, how long the day's workout takes.
    if (TIME_LEFT.test(spoken.trim())) return workoutOf(turn.mode) ? tellWorkoutProgress(turn) : tellWorkoutLength(turn);
    // Settings asked for in words the topic's slot took (found by a helper trying the console, December 5: "I don't know
    // that one yet"): "I'm not a beginner, put me on advanced", "can I rest on Friday instead", "what are my settings".
    const levelAsked = LEVEL_ASKED.exec(spoken)?.[1]?.toLowerCase();
    const chosen = LEVELS.find((known) => known === levelAsked);
    if (chosen) return setLevel(turn, chosen);
    const offDay = REST_DAY_ASKED.test(spoken.trim()) ? weekdayOffAsked(turn.t, spoken) : undefined;
    if (offDay) return setRestDay(turn, offDay);
    if (SETTINGS.test(spoken.trim())) return tellSettings(turn);
    // In a how-to, "what muscles does it work" asks about the move being taught. Mid-workout, "is it safe to do this"
    // asks about the move under way: its steps, and the workout carries on, never "I don't know that one yet".
    const taught = howToOf(turn.mode);
    const teaching = taught && findTeachable(turn.catalogue, taught.exerciseId);
    if (ABOUT_THIS.test(spoken) && teaching) return tellAboutExercise(turn, teaching);
    // "What muscles does that work" after "Want to hear how to do Romanian deadlifts?": the move offered.
    const offered = turn.offer?.kind === 'howTo' ? findTeachable(turn.catalogue, turn.offer.exerciseId) : undefined;
    if (ABOUT_THIS.test(spoken) && offered) return tellAboutExercise(turn, offered);
    // "Can I do it slowly?" mid-workout asks for an easier pace, not the move's lesson, which took the workout over
    // (found by a helper trying the console): the answer to a round or a set that is too hard, and the workout goes on.
    if (SLOWER.test(spoken) && workoutOf(turn.mode)) return tellOwnPace(turn);
    if (ABOUT_THIS.test(spoken) && currentWorkoutExercise(turn)) return tellCurrentExercise(turn);
    // "I'm stuck at 180 pounds": a weight that will not move is the plateau ("stuck" alone names nothing).
    if (STUCK_WEIGHT.test(spoken)) return tellTopicById(turn, 'plateau');
    // "What is the weather in Delhi today": heard clearly, and not for this skill.
    if (asksElsewhere(spoken)) return tellOutOfScope(turn);
    // "I have back fat", "I've got fat on my lower back": the skill's own subject, how it comes off (found by a helper
    // trying the console: "I don't know that one yet"). Never with pain said ("my lower back hurts", a concern's).
    if (BACK_FAT_SAID.test(spoken) && !saysPain(spoken)) return tellHowItWorks(turn);
    // "What should I do about my knees": a part of the body asked about alone is trouble there, for a doctor or a
    // physiotherapist (found by a helper trying the console as a 63-year-old with arthritic knees: "I don't know that one
    // yet"). Never the back or the hips, the skill's own subject ("what about my hips" may well ask about their fat).
    // A question, not a report: no pain kept, and a workout or a lesson goes on (found in review: the pain answer paused
    // the workout, and the next one asked whether it still hurt).
    if (PART_ALONE.test(spoken.trim().toLowerCase())) return tellNoDoctor(turn);
    // Paused for pain, a question not known ("should I stop?") is most likely about the pain: rest, and a physio (found
    // by a helper trying the console, December 6: "I don't know that one yet").
    return tellPausedForHurt(turn) ?? tellUnknownTopic(turn);
  },
);

/**
 * "I'm 16 and I want to lose back fat": someone still growing hears the answer for their age, which is not to cut back
 * (found by a helper trying the console: the age was lost, and the answer spoke of a calorie deficit). An adult's age
 * is heard as it is said alone: it stands over a teenager's said before, and HIIT asks for a doctor's okay this session
 * (found in review: both were lost).
 */
export const howItWorks = route(
  (turn) => said(turn, 'HowItWorksIntent'),
  async (turn) => {
    const years = wholeNumberOf(slotValue(turn.input, 'age'));
    const age = isAge(years) ? concernOfAge(years) : undefined;
    if (age === 'younger-age') return answerConcern(turn, age);
    // Kept as an age told alone is: HIIT waits in later sessions too, and a teenager's age told before is gone (found in
    // review: both were this session's alone).
    await keepAgeBeside(turn, undefined, years);
    return tellHowItWorks(turn);
  },
);
export const calorieBurners = route((turn) => said(turn, 'CalorieBurnersIntent'), tellCalorieBurners);
