import { ageSaid, isAge } from '../content/amounts';
import type { Response } from 'ask-sdk-model';
import { DAY_OFF, DOCTOR_ADVISED, FASTING, SHORT_ON_TIME, SPOT_REDUCTION, WORKOUT_TIME, answerableTopics, findConcern, findExercise, findTopic, topicAskedIn } from '../content/catalogue';
import {
  fatFromHereAsked,
  happeningNow,
  kindNamedIn,
  healthReport,
  heartPainWithSweat,
  namedExactly,
  namedExercises,
  namedInside,
  namedWithin,
  OTHER_MOVES,
  namesSomethingWrong,
  numbnessOf,
  plansToTrainLater,
  namedConcern,
  reportedConcern,
  saysBodyOrPain,
  saysPain,
  concernOfStiffness,
  saysDenial,
  saysFeelingBetter,
  saysTiredAlone,
  timeSaidAlone,
  aimSaid,
  withoutHowMuch,
  sessionKindNamedIn,
  kindSwappedTo,
  painScoreIn,
  progressAsked,
  makeUpYesterdayAsked,
  makeUpYesterdayWondered,
  saysBackAgain,
  isAgeConcern,
  concernOfAge,
  UNSURE_OF_OKAY,
  aimsAtAPart,
} from '../content/named';
import { SESSIONS } from '../content/sessions';
import { type WorkoutCommand, saysFelt, workoutCommandIn } from '../content/workout-commands';
import { howToOf, isWorkoutRunning, workoutOf } from '../conversation/mode';
import { resolvedSlot, saidNextExercise, screenEvent, slotValue } from '../conversation/requests';
import { stored, type Turn } from '../conversation/turn';
import { type LocalDate, addDays, formatIsoDate, weekdayOf } from '../domain/calendar';
import { interpretDate } from '../domain/day-query';
import { minutesOf, wholeNumberOf } from '../domain/duration';
import { kindOfSessionName } from '../domain/weekly-plan';
import { tellEffort } from '../replies/coach';
import { ACTIVITY_FOR_DAY, askWhatDone } from '../replies/logging';
import { type HowToMove, endHowTo, moveInHowTo, startHowTo, tellExerciseList, tellHowToForm, tellMoreAbout } from '../replies/how-to';
import { keepAgeBeside, tellAboutExercise, tellAim, tellHowItWorks, tellTopic, tellTopicById, tellUnknownTopic, tellWhereMoveIsDone } from '../replies/knowledge';
import { askNextOrDone, repeatLast, sayGoodbye, tellOutOfScope } from '../replies/session';
import { setLevel, setRestDay, stepLevel } from '../replies/settings';
import { accept, answerPainScore, decline } from '../replies/offers';
import { weekdayOffAsked, weekdayPickedIn } from '../text/dates';
import {
  FORM_ASKED,
  answerConcern,
  currentWorkoutExercise,
  movePointedAt,
  tellNoDoctor,
  endWorkout,
  notCleared,
  startCleared,
  tellAboutMoveUnderWay,
  moveInWorkout,
  startOverAsked,
  offerSavedWorkoutLog,
  skipNamed,
  pauseWorkout,
  stillPaused,
  restAWhile,
  resumeWorkout,
  startDaysWorkout,
  startOrOfferResume,
  stopWorkout,
  tellCurrentExercise,
  tellTimeSaid,
  tellTimeHad,
  tellTopicOrPause,
  tellUpcoming,
  tellWorkoutLength,
  tellWorkoutProgress,
  tellWorkoutAndWeek,
  makeUpYesterday,
  noNeedToMakeUp,
  notePlanForLater,
  workoutNotRunning,
  goOnAfterPain,
  goToNextExercise,
  tellFeelingBetter,
  isMoveOfWorkout,
  tellMoveOfWorkout,
} from '../replies/workout';
import { tellWeeklyProgress } from '../replies/progress';
import { NEXT_MOVE } from './how-to';
import { route, said, saidGo, saidNext } from './route';
import { levelNamedIn, levelStepSaid, logAsSaid, logHeardAsHealth, missedHeard, VERB_TIMES } from './progress';

/** The warning signs of the heart and of a body in trouble: the urgent answer. */
const HEART_WARNING = 'warning-signs';
/** Words that tell a symptom as a habit, or as gone by, not as felt now. */
const HABITUAL =
  /\b(?:i get|whenever|every time|sometimes|often|easily|quickly|always|usually|going up|up the stairs|on the stairs|last (?:week|month|night|year)|yesterday|the other day|(?:fine|ok|okay|better) now|used to)\b/i;
/** The tip on eating too little, and the words of going without food that it answers. */
const EATING_TOO_LITTLE = 'eating-too-little';
/** Calories said as eaten: "only eat 800 calories a day", "been eating like 900 calories". */
const CALORIES_EATEN = /\beat(?:s|ing)?\b(?:\s+[a-z']+){0,3}?\s+(\d{3,4})\s+(?:calories|cals|kcal)\b/i;
const STARVING = /\b(?:fast|fasting|starve|starving|stop eating|not eat|eat nothing|skip (?:all )?(?:my )?meals)\b/i;

const running = (turn: Turn) => isWorkoutRunning(turn.mode);

const underWay = (turn: Turn) => workoutOf(turn.mode) !== undefined;
/**
 * Words a health request's slot may hold that say only how much ("a little", "kinda", "a bit"): one of them at least. A
 * pronoun or "much" alone is no degree ("I can feel it in my glutes" leaves "it"; "it's a bit much", "much"): taken for
 * one, they paused a workout for pain (found in review).
 */
const ONLY_HOW_MUCH =
  /^(?=.*\b(?:little|bit|tiny|kinda|kind of|sort of|sorta|slightly|somewhat|a lot|really|badly)\b)(?:(?:a|little|bit|tiny|kinda|kind|of|sort|sorta|lot|so|really|very|pretty|quite|badly|slightly|somewhat|just|real)\b\s*)+$/i;
/** A doctor's okay not asked for yet: "I haven't asked yet", "not yet", "I didn't check". */
const NOT_ASKED = /\b(?:(?:haven't|have not|havent|didn't|did not|didnt|never) (?:asked|checked|talked|spoken|had the chance|had a chance)|not yet|not asked)\b/i;
/** A doctor's okay told: "my GP said gentle exercise is fine", "doctor's happy for me to exercise", "physio cleared me". */
const DOCTOR_OK = /\b(?:doctor|doctor's|doc|gp|gp's|physio|physio's|physiotherapist|midwife|consultant|cardiologist|specialist)\b.*\b(?:fine|ok|okay|alright|all right|happy|good|cleared|safe|allowed|go ahead)\b/i;
/**
 * What makes a doctor's words no okay given: one to come or to ask ("I need to ask my doctor if it's safe", "until I'm
 * cleared", "she'll tell me when it's okay"), a "but", or happy with something else ("happy with my blood pressure").
 */
const NOT_AN_OKAY = /\b(?:ask|asking|see if|until|when|will|would|won't|need to|needs to|have to|going to|gonna|next|if|wait|waiting|should|rest|but|with my|nothing)\b|'ll\b/i;
/** The concern a sharp pain is, wherever it is said to be. */
const SHARP_PAIN = 'sharp-pain';
/** An old injury told ("I hurt my back years ago"): the catalogue's injury, whatever the part. */
const INJURY = 'injury';
/** A fast kept ("I am fasting on Monday", "on a fast today", "my navratri vrat"): never "fast" alone, which is speed. */
const FAST_KEPT = /(?:^|[\s,.])(?:fasting|vrat|upvas|upvaas|roza|rozas|ramadan|ramzan|navratri|ekadashi|(?:on|keep|keeping|kept|observe|observing) (?:a )?fast|उपवास|व्रत|रोज़ा|रोजा|नवरात्रि)(?=$|[\s,.?])/i;

/** A fast of days on end ("for 5 days", "since two days", "for 30 days"). */
const DAYS_OF_FASTING = /\b(?:for|since) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|thirty|many|several|a few) (?:days|weeks)\b/i;
/** A fast kept to lose weight. */
const FASTING_TO_LOSE = /\b(?:to|for) (?:lose|losing|weight|fat)\b/i;
/** What is felt with a fast ("weak", "dizzy", "कमजोरी"): never the fasting answer. */
const FELT_WITH_A_FAST = /\b(?:weak|dizzy|faint|giddy|shaky|light headed|lightheaded|sick|unwell)\b|कमज़ोरी|कमजोरी|चक्कर/i;
/** A level said of oneself, as a whole slot ("intermediate") or "I'm …" inside it ("reckon I'm intermediate, I run a bit"). */
const LEVEL_SAID_OF_ME = /^(?:(?:i )?(?:reckon|think|guess|suppose)\s+)?(?:i'm |i am |im )?(?:an? |at |probably |maybe |more of an? |more )?(?:beginner|intermediate|advanced)\b/i;

const TOO_LATE = /\btoo late\b/i;
/** Feeling good denied: "not great, maybe a 6 out of 10" (found in review: it was heard as feeling good). */
const NOT_GOOD = /\b(?:not|n't|never)\s+(?:so\s+|that\s+|too\s+|very\s+|feeling\s+)?(?:great|good|fine|amazing|awesome|strong|happy|fantastic|brilliant)\b/i;
/** Feeling good said with a score: "great, 9 out of 10", "feeling strong". */
const FEELING_GOOD = /\b(?:great|good|fine|amazing|awesome|strong|energi[sz]ed|happy|fantastic|brilliant)\b/i;
/** What is wrong said in Hinglish: a strain, swelling, stiffness, burning, pain, a jolt (found in review: heard as an aim). */
const HINGLISH_SYMPTOM = /\b(?:khichav|khinchav|khichaav|sujan|soojan|akdan|akdaan|jakdan|jakdaan|jalan|dard|pain|chot|moch|jhatka|hurt|ache|sore|cramp)\b/i;
/** An aim said in Hinglish: a part or the fat, and making it less or slimmer ("kamar ki charbi kam karni", "pet kam karna"). */
const HINGLISH_AIM = /\b(?:charbi|pet|kamar|weight|vajan|wajan|motapa|tummy|belly|fat)\b.*\b(?:kam|patla|patli|ghatana|ghatani|ghataana)\b/i;
/** The question asked of sitting, to the end ("is that bad for my back", "does that affect my heart"): no report in itself. */
const ASKED_OF_SITTING = /\b(?:is (?:that|this|it)|does (?:that|this|it)|can (?:that|this|it)|will (?:that|this|it)|bad|good|okay|ok|alright|affects?|affecting|matters?|causes?|causing|harms?|harming|worse)\b.*$/i;
/** A place cared about, said as what matters ("only care about my lower back", "really just care about my back"). */
const CARES_ABOUT = /^(?:really |just |only |mainly |mostly )*(?:care|worry|am worried|'m worried) about (?:my |the )?(?:lower back|back|waist|love handles)$/i;
/**
 * Time spent doing something, said as done: "did like 20 minutes of", "spent an hour on". Never what was felt for a time
 * ("I saw stars for a few minutes on the treadmill", "felt off for an hour after HIIT": found in review, they were asked
 * what was done, and no caution kept).
 */
const MINUTES_DONE = /^(?:also |just |actually |like )*(?:did|done|spent|put in|managed)\b.*\b(?:minutes?|mins?|hours?|hrs?)\b/i;
/** A move pointed at, not named: "it", "this", "this one", "these". */
const POINTING = /^(?:it|this|that|this one|that one|these|those|this move|this exercise|these ones)$/i;
/** What the part a move is asked about for says when it is someone's age ("a 66 year old", "seniors", "my age"). */
const OF_AN_AGE = /\b(?:(?:years?|yrs?) old|seniors?|elderly|age|older (?:people|adults))\b/i;

/**
 * The concern named, or the most serious one named inside a longer phrase ("lower back pain and chest pain" is
 * urgent); a phrase that is just a product's name and no concern's ("are protein shakes worth it") gets the topic's
 * answer; anything else, the general safe answer ("my back hurts when I lift weights" is about pain, not lifting).
 */
export const healthConcern = route(
  (turn) => said(turn, 'HealthConcernIntent'),
  async (turn) => {
    // To "has your doctor said this kind of exercise is okay for you?": "I haven't asked yet" is a no, and "my GP said gentle
    // exercise is fine" a yes (found by a helper trying the console as an older British user: the question was dropped for
    // "I'm a coach, not a doctor", and asked again). A denial ("my doctor said it's not okay") is no yes.
    // Never with something wrong said beside it ("my doctor's happy but my chest hurts": found in review, it started HIIT).
    const cleared = turn.offer?.kind === 'cleared' ? turn.offer : undefined;
    const doctorSaid = cleared ? slotValue(turn.input, 'concern') : undefined;
    const answer =
      doctorSaid !== undefined && !reportedConcern(turn.catalogue, doctorSaid) && !saysBodyOrPain(doctorSaid) && (healthReport(turn.catalogue, doctorSaid, undefined)?.concern ?? 'medical-advice') === 'medical-advice'
        ? doctorSaid
        : undefined;
    if (cleared && answer !== undefined && (NOT_ASKED.test(answer) || UNSURE_OF_OKAY.test(answer.trim()))) return notCleared(turn);
    if (cleared && answer !== undefined && DOCTOR_OK.test(answer) && !NOT_AN_OKAY.test(answer) && !saysDenial(answer)) return startCleared(turn, cleared);
    // "I only have 10 minutes", heard through "I {concern}": time, not health (found in review: out of scope).
    const timeSaid = slotValue(turn.input, 'concern');
    if (saysBackAgain(timeSaid)) return resumeWorkout(turn);
    // "I only care about my lower back", heard through "I {concern}": the place they want slimmer, never pain (found by a
    // helper trying the console: "Don't train through pain"). How fat comes off; mid-workout, that no spot loses fat alone.
    if (timeSaid !== undefined && CARES_ABOUT.test(timeSaid.trim())) return underWay(turn) ? tellTopicOrPause(turn, SPOT_REDUCTION) : tellHowItWorks(turn);
    // "So I can't just target my lower back?": spot reduction, never pain (see aimsAtAPart).
    if (aimsAtAPart(turn.catalogue, timeSaid)) return tellTopicOrPause(turn, SPOT_REDUCTION);
    // "Meri kamar ki charbi kam karni hai", "mujhe pet kam karna hai": the aim, never pain (found in review, en-IN: "Don't
    // train through pain", and mid-workout a pause).
    if (timeSaid !== undefined && HINGLISH_AIM.test(timeSaid.normalize('NFC')) && !HINGLISH_SYMPTOM.test(timeSaid) && !reportedConcern(turn.catalogue, timeSaid)) {
      const aim = topicAskedIn(turn.catalogue, timeSaid);
      return aim ? tellTopicOrPause(turn, aim) : tellHowItWorks(turn);
    }
    if (timeSaidAlone(turn.catalogue, timeSaid)) return tellTimeSaid(turn, timeSaid);
    // "I drink 4 cups of chai daily with sugar, is it ok": the sugar in a drink, not blood sugar (found by a helper trying
    // the console in Indian English: the answer for a medical condition).
    // A condition named beside it ("I'm diabetic and I drink chai with sugar") is that condition's answer (found in review:
    // the tea answer, and the doctor's question before a workout was lost).
    const drink = topicAskedIn(turn.catalogue, timeSaid, 'health');
    const besides = (timeSaid ?? '').replace(/\bsugar\b/gi, ' ');
    if (drink === 'tea-coffee' && !saysBodyOrPain(timeSaid ?? '') && !reportedConcern(turn.catalogue, besides) && namedConcern(turn.catalogue, besides) === undefined) {
      return tellTopicOrPause(turn, drink, timeSaid);
    }
    // "I sit all day driving, is that bad for my back": sitting asked about, the back no pain (see AskedIn.overParts).
    // Anything named before the question is that answer ("I sit all day and feel faint", "… and have sciatica": found in
    // review, they were told to move more); what the question asks about ("is that bad for my heart") is no report.
    const everyday = topicAskedIn(turn.catalogue, timeSaid, 'health', true);
    const beforeQuestion = (timeSaid ?? '').replace(ASKED_OF_SITTING, ' ');
    if (everyday && !reportedConcern(turn.catalogue, beforeQuestion) && namedConcern(turn.catalogue, beforeQuestion) === undefined && !saysFelt(beforeQuestion)) {
      return tellTopicOrPause(turn, everyday, timeSaid);
    }
    // "What are the best exercises for back pain" is the safe answer; "… for my lower back" or "… for belly fat", the moves.
    const condition = resolvedSlot(turn.input, 'condition');
    if (condition.status !== 'empty') {
      const matched = condition.status === 'match' ? condition.id : undefined;
      if (!namesSomethingWrong(turn.catalogue, slotValue(turn.input, 'condition'), matched)) return tellExerciseList(turn);
      return answerConcern(turn, matched ?? reportedConcern(turn.catalogue, slotValue(turn.input, 'condition'))?.id);
    }
    // "My left arm went numb": numbness, whatever part is named; an arm, a hand, the face or the jaw can be the heart.
    const numb = slotValue(turn.input, 'numbPart');
    if (numb !== undefined) return answerConcern(turn, numbnessOf(numb));
    // "My lower back is a little stiff", "my back feels tight": stiffness, wherever it is, the answer for a tight feeling,
    // and a workout goes on gently (found by a helper trying the console as an office worker: the back pain answer, the
    // workout paused, and the next day's asked about first). In the chest, the warning sign it is.
    // Only a plain part of the body: a condition or an injury named there ("my heart feels tight", "my hernia feels
    // tight") keeps its own answer and caution, and tight breathing is breathlessness (found in review: each was heard
    // as stiffness, and the workout went on).
    const stiff = resolvedSlot(turn.input, 'stiffPart');
    if (stiff.status !== 'empty') {
      const where = stiff.status === 'match' ? stiff.id : reportedConcern(turn.catalogue, stiff.spoken)?.id;
      return answerConcern(turn, concernOfStiffness(turn.catalogue, where, slotValue(turn.input, 'stiffPart') ?? ''));
    }
    // "I hurt my back a few years ago", "my back goes out sometimes": an old injury, which waits for a doctor's okay before
    // training, wherever it is (found by a helper trying the console: the fallback, and the workout then started unasked).
    // What is named there that is more than a part of the body ("my heart gives out sometimes") is answered as itself.
    const injured = resolvedSlot(turn.input, 'injured');
    if (injured.status !== 'empty') {
      const named = injured.status === 'match' ? injured.id : reportedConcern(turn.catalogue, injured.spoken)?.id;
      const kind = findConcern(turn.catalogue, named)?.kind;
      // Nothing recognised, and no part of the body ("my vision goes out sometimes"): a doctor's answer, never an injury's
      // (found in review).
      if (named === undefined && injured.status === 'no-match' && !saysBodyOrPain(injured.spoken)) return answerConcern(turn, 'medical-advice');
      return answerConcern(turn, named !== undefined && kind !== undefined && kind !== 'pain' ? named : INJURY);
    }
    // "Is HIIT safe for seniors": older people asked about as a group, the answer about age, which speaks to any age; no
    // age is kept for the user, who may be asking for someone else (found by a helper trying the console: the fallback).
    // Words it does not know there ("is it safe for me to have a beer") are read for what they name: a topic, a concern,
    // else a doctor is who can tell.
    const group = resolvedSlot(turn.input, 'ageGroup');
    if (group.status === 'match') return answerConcern(turn, 'older-age');
    if (group.status === 'no-match') {
      const asked = topicAskedIn(turn.catalogue, group.spoken, 'health') ?? topicAskedIn(turn.catalogue, `is it safe for ${group.spoken}`, 'health');
      if (asked) return tellTopicOrPause(turn, asked, group.spoken);
      const inside = namedInside(turn.catalogue, group.spoken);
      if (inside?.kind === 'topic') return tellTopicOrPause(turn, inside.id, group.spoken);
      if (inside?.kind === 'concern') return answerConcern(turn, inside.id);
      // A part of the body in its place ("is HIIT safe for my knees"): the move's answer, with a doctor or a
      // physiotherapist to ask first with trouble there, as the part the move is asked about for gets (found in review).
      const moveAsked = resolvedSlot(turn.input, 'move');
      const exercise = moveAsked.status === 'match' ? findExercise(turn.catalogue, moveAsked.id) : undefined;
      if (exercise && saysBodyOrPain(group.spoken)) return tellAboutExercise(turn, exercise, undefined, group.spoken);
      return tellNoDoctor(turn);
    }
    // "Sharp pain in my knee": sharp pain, wherever it is; in the chest, the warning sign that is.
    const sharp = resolvedSlot(turn.input, 'sharp');
    if (sharp.status !== 'empty') {
      const where = sharp.status === 'match' ? sharp.id : reportedConcern(turn.catalogue, sharp.spoken)?.id;
      return answerConcern(turn, where !== undefined && turn.catalogue.urgent.concernIds.includes(where) ? where : SHARP_PAIN);
    }
    // "My doctor told me not to lift": follow them, and workouts wait for their okay (found by a helper: it was "I'm not
    // a doctor", and the workout then started unasked).
    if (slotValue(turn.input, 'advisor') !== undefined) return answerConcern(turn, DOCTOR_ADVISED);
    // "Is the deadlift alright for my knees": a part alone asks about the move (its answer says when to ask a doctor); a
    // problem named ("my bad knees", "my sore back") is that problem's safe answer (found by a helper trying the console
    // as someone after knee surgery: the fallback; found in review: a part alone paused a workout for pain).
    const forPart = resolvedSlot(turn.input, 'forPart');
    if (forPart.status !== 'empty') {
      const matched = forPart.status === 'match' ? forPart.id : undefined;
      // "Is HIIT safe for a 66 year old": an age, not a part of the body (found by a helper trying the console: "With any
      // trouble in your year old, check with a doctor").
      const part = slotValue(turn.input, 'forPart') ?? '';
      // Never an injury or a pain said with it ("my old back injury": found in review, it was heard as an age).
      // Someone else's ("my 70 year old mother") gets the age's answer too, which speaks to any age (found in review).
      if (matched === undefined && OF_AN_AGE.test(part) && !saysBodyOrPain(part)) return answerConcern(turn, concernOfAge(ageSaid(part)) ?? 'older-age');
      const asked = resolvedSlot(turn.input, 'move');
      // "Is this safe for my back", no move named: the move under way (found by a helper trying the console in a HIIT
      // warm-up: "I don't know that one yet"); with none, that this coach is no doctor.
      // "Is it safe for my knees", the move slot taking "it": the same (found by a helper trying the console in a deadlift
      // lesson: "I don't know that one yet").
      const pronoun = asked.status === 'no-match' && POINTING.test(asked.spoken.trim());
      const pointed = asked.status === 'empty' || pronoun ? movePointedAt(turn) : undefined;
      if ((asked.status === 'empty' || pronoun) && !pointed && !namesSomethingWrong(turn.catalogue, slotValue(turn.input, 'forPart'), matched)) return tellNoDoctor(turn);
      const exercise = asked.status === 'match' ? findExercise(turn.catalogue, asked.id) : pointed;
      // A move the catalogue does not teach ("is the plank okay for my back"): said so, never the pain answer (found in
      // a second review: it paused the workout).
      if (!namesSomethingWrong(turn.catalogue, slotValue(turn.input, 'forPart'), matched)) return exercise ? tellAboutExercise(turn, exercise, undefined, slotValue(turn.input, 'forPart')) : tellUnknownTopic(turn);
      return answerConcern(turn, matched ?? reportedConcern(turn.catalogue, slotValue(turn.input, 'forPart'))?.id);
    }
    // "My left arm is hurting and I'm sweating": pain in the arm, the jaw or the chest with a sweat or nausea can be the
    // heart (found trying the console in Indian English: out of scope). Elsewhere, the pain it is.
    const sweating = resolvedSlot(turn.input, 'sweating');
    if (sweating.status !== 'empty' && heartPainWithSweat(slotValue(turn.input, 'sweating'))) return answerConcern(turn, HEART_WARNING);
    // "My heart is racing and I feel strange", "I skipped breakfast and I feel dizzy", heard through "{sweating} and I feel
    // {concern}": both halves are heard, and the more serious is answered (found in review: a sample with the feeling alone
    // in its slot lost the racing heart, and one with the feeling in its words lost what came before).
    const feeling = slotValue(turn.input, 'concern');
    const together = sweating.status !== 'empty' && feeling !== undefined ? namedConcern(turn.catalogue, `${slotValue(turn.input, 'sweating') ?? ''} and i feel ${feeling}`) : undefined;
    if (together) return answerConcern(turn, together);
    // "I get short of breath when I exercise": what comes on with training, told at rest (see answerConcern).
    const habit = resolvedSlot(turn.input, 'habit');
    // "I'm having a heart attack", a stroke, an asthma attack: under way now, the warning sign it is.
    const now = resolvedSlot(turn.input, 'now');
    const underWayNow = happeningNow(slotValue(turn.input, 'now'));
    if (underWayNow) return answerConcern(turn, underWayNow);
    const slot = habit.status !== 'empty' ? habit : now.status !== 'empty' ? now : sweating.status !== 'empty' ? sweating : resolvedSlot(turn.input, 'concern');
    // Said in words of a habit or a time gone by ("I get winded going up the stairs", "I felt dizzy last week but I'm
    // fine now"), heard through "I get {concern}" and the like: the same (found by a helper: each ended the session).
    const told = habit.status !== 'empty' || (slot.status === 'no-match' && HABITUAL.test(slot.spoken)) ? 'habitual' : 'other';
    const move = resolvedSlot(turn.input, 'move');
    // What was said in the move's place may say what is wrong ("मैं 65 साल का हूँ क्या मैं सीने में दर्द के साथ HIIT कर
    // सकता हूँ"), read as a topic phrase is ("the heart pumping workout" names nothing): a concern named there comes
    // before an age, and an urgent one before any other.
    const named = move.status === 'no-match' ? namedInside(turn.catalogue, move.spoken) : undefined;
    const inMove = named?.kind === 'concern' && !isAgeConcern(named.id) ? named.id : undefined;
    const urgent = (concern: string | undefined) => concern !== undefined && turn.catalogue.urgent.concernIds.includes(concern);
    if (slot.status === 'match') {
      // "I'm 60 and I have a bad knee": the knee's answer, and the age kept as if told alone, so HIIT asks for a doctor's
      // okay first (found by a helper trying the console as a 60-year-old: the age was dropped, and HIIT began unasked).
      await keepAgeBeside(turn, slot.id, wholeNumberOf(slotValue(turn.input, 'age')));
      return answerConcern(turn, urgent(inMove) ? inMove : slot.id, told);
    }
    const spoken = slot.status === 'no-match' ? slot.spoken : undefined;
    // A number the concern slot took alone is an age ("I'm {concern}": "I'm 65"); healthReport reads one said inside.
    const said = healthReport(turn.catalogue, spoken, wholeNumberOf(slotValue(turn.input, 'age')) ?? wholeNumberOf(spoken?.trim()));
    // An adult's age said after a teenager's ("I'm 15", then "no, I'm 50": "fifty" is easily heard as "fifteen") is
    // the one that stands (found in review: the teen's answers went on).
    const years = [wholeNumberOf(slotValue(turn.input, 'age')), wholeNumberOf(spoken?.trim()), ageSaid(spoken)].find(isAge);
    // Kept too, as under 18 is (found in review: "no, I'm 50, and my knee hurts" left a later session's answers a teen's).
    if (years !== undefined && concernOfAge(years) === 'older-age') {
      await turn.personalise();
      if (turn.young) await stored(turn.withStore((store, user) => store.updateProfile(user, { young: null })));
      turn.forgetYoung();
    }
    // "I'm 45, is it too late to lose back fat": the age's answer (it was "No. Spot reduction does not work", the "lose
    // back fat" heard as the question; found by a helper trying the console).
    // The age is said first, the slot taking it with the question ("I am {concern}").
    const ageFirst = [wholeNumberOf(/^\S+/.exec(spoken?.trim() ?? '')?.[0])].find(isAge);
    const lateAge = spoken !== undefined && TOO_LATE.test(spoken) && !reportedConcern(turn.catalogue, spoken) ? concernOfAge(years ?? ageSaid(spoken) ?? ageFirst) : undefined;
    if (lateAge) return answerConcern(turn, lateAge, told);
    // "I missed yesterday, can I do it today": yesterday's workout, as "can I do yesterday's workout today" starts it (found
    // by a helper trying the console: "not something I can help with").
    // Never with something wrong said ("because I was sick": found in review, the workout started).
    if (makeUpYesterdayWondered(spoken) && !reportedConcern(turn.catalogue, spoken) && namedConcern(turn.catalogue, spoken ?? '') === undefined) return noNeedToMakeUp(turn);
    if (makeUpYesterdayAsked(spoken) && !reportedConcern(turn.catalogue, spoken) && namedConcern(turn.catalogue, spoken ?? '') === undefined) return makeUpYesterday(turn);
    // "Is this actually working", "am I making progress" (found by a helper trying the console: "not something I can help
    // with"): how soon results show, or the week so far.
    if (said?.concern === undefined && inMove === undefined && progressAsked(spoken)) return isWorkoutRunning(turn.mode) ? tellWorkoutAndWeek(turn) : tellWeeklyProgress(turn);
    const report = inMove !== undefined && (said?.concern === undefined || isAgeConcern(said.concern) || urgent(inMove)) ? { concern: inMove } : said;
    // "I'm 60 and I've got a bad back": the age kept beside what is wrong, as if told alone (found in review).
    if (report?.concern !== undefined) await keepAgeBeside(turn, report.concern, years);
    // Only a product's name said alone, never a body part or a symptom ("my belly hurts" is not belly fat), and never
    // mid-workout: there a health question always pauses.
    // Said with how much ("tension bahut rehta hai", the slot taking "tension bahut"): the topic all the same (found by a
    // helper trying the console in Hindi: "मैं समझ नहीं पाई").
    const topic = report?.concern || saysBodyOrPain(spoken) ? undefined : namedExactly(answerableTopics(turn.catalogue), withoutHowMuch(spoken));
    // "I'm feeling really tired" mid-workout: a pause, the place kept (found by a helper trying the console).
    if (topic && (!underWay(turn) || topic.id === DAY_OFF)) return tellTopicOrPause(turn, topic.id);
    // Tiredness alone ("I'm feeling {concern}" hearing "tired"): mid-workout a pause, else the answer about a tired
    // day. Never "tired" inside more words ("sick and tired of my back fat"), which a topic name would also take.
    if (!report && saysTiredAlone(spoken)) return tellTopicOrPause(turn, DAY_OFF);
    // A request that reports nothing ("wait, I'm not ready" heard through an open slot) is not answered as pain, which
    // mid-workout would pause the workout.
    if (report) return answerConcern(turn, report.concern, told);
    // "I only eat 800 calories a day", heard through "I {concern}": eating too little (found by a helper trying the console:
    // out of scope). Under 1,200 a day, and nothing felt or hurting said with it.
    const calories = spoken === undefined ? null : CALORIES_EATEN.exec(spoken);
    if (calories && Number(calories[1]) < 1200 && !saysFelt(spoken) && !saysBodyOrPain(spoken ?? '')) return tellTopicOrPause(turn, EATING_TOO_LITTLE, spoken);
    // "I am fasting on Monday, can I do workout", heard through "I am {concern}": a fast kept, for faith, a festival or a
    // weekday, is when to train, never a condition (found by a helper trying the console as a Chennai teacher: the next
    // workout waited for a doctor's okay).
    // Only a fast said alone with training: nothing felt ("I'm fasting and I feel dizzy" is urgent), no days on end or
    // goal ("fasting for 5 days", "fasting to lose weight" is eating too little), and never someone still growing (found in
    // review).
    const fastKept = spoken !== undefined && FAST_KEPT.test(spoken) && !FELT_WITH_A_FAST.test(spoken) && !saysBodyOrPain(spoken) && !saysFelt(spoken);
    const ageTold = ageSaid(spoken) !== undefined || /\b\d{1,2}\b/.test(spoken?.replace(DAYS_OF_FASTING, '') ?? '') || slotValue(turn.input, 'age') !== undefined;
    if (fastKept && !ageTold && !reportedConcern(turn.catalogue, spoken) && namedConcern(turn.catalogue, spoken) === undefined && !turn.young) {
      // Days on end, or to lose weight: the fasting answer, eating too little never the way.
      return DAYS_OF_FASTING.test(spoken) || FASTING_TO_LOSE.test(spoken) ? tellTopicOrPause(turn, FASTING) : tellTopicOrPause(turn, WORKOUT_TIME, 'while fasting');
    }
    // "I think I'm intermediate", "I reckon I'm intermediate, I run a fair bit", heard through "I think I'm {concern}": the
    // level (found by a helper trying the console in en-AU: "not something I can help with"). Only what reports nothing.
    const levelSaid = spoken !== undefined && !saysBodyOrPain(spoken) ? levelNamedIn(spoken.replace(/^(?:i )?(?:reckon|think|guess|suppose)\s+/i, '')) : undefined;
    if (levelSaid && LEVEL_SAID_OF_ME.test(spoken ?? '')) return setLevel(turn, levelSaid);
    // "It hurts a little", "kinda hurts", "this is sore": the pain is in the carrier, and the slot holds only how much
    // or what (found by a helper trying the console mid-workout: "That's not something I can help with yet").
    if (spoken !== undefined && ONLY_HOW_MUCH.test(spoken.trim())) return answerConcern(turn, undefined);
    // Never a score said of feeling good ("I feel great, 9 out of 10": found in review, it paused the workout for pain).
    const feelingGood = spoken !== undefined && FEELING_GOOD.test(spoken) && !NOT_GOOD.test(spoken);
    const score = spoken !== undefined && !feelingGood ? painScoreIn(spoken) : undefined;
    if (score !== undefined && (score > 0 || turn.offer?.kind === 'stillHurts' || turn.offer?.kind === 'feltBefore')) return answerPainScore(turn, score);
    // "Am I doing it right", heard through "am I {concern}": the form cues of the move under way (found by a helper).
    // "Is this right", heard through "(this|that) is {concern}" taking "right" (found by a helper trying the console
    // mid-workout: "not something I can help with yet").
    // In a lesson, the move taught's (found by a helper trying the console: "Sorry, I didn't get that").
    const formAsked = !report && spoken !== undefined && (FORM_ASKED.test(`am i ${spoken.trim()}`) || FORM_ASKED.test(`is this ${spoken.trim()}`));
    const form = formAsked ? (tellAboutMoveUnderWay(turn, 'form') ?? tellHowToForm(turn)) : undefined;
    if (form) return form;
    // "मेरी उम्र 12 है क्या HIIT ठीक है": a number that is no one's age, said with a move the catalogue teaches, and
    // nothing else ("is it bad if it hurts during the deadlifts" has its concern slot, and is no question about them).
    const onlyANumber = slot.status === 'empty' && slotValue(turn.input, 'age') !== undefined;
    const exercise = onlyANumber && move.status === 'match' ? findExercise(turn.catalogue, move.id) : undefined;
    if (exercise) return tellAboutExercise(turn, exercise);
    // "I did HIIT on the 26th", "I was on the bike for half an hour", heard through "I {concern} on {move}": a log told
    // plainly (found by a helper trying the console: it was a condition, and every workout after asked for a doctor's okay).
    const withMove = slot.status === 'no-match' && move.status !== 'empty' ? `${slot.spoken} on ${slotValue(turn.input, 'move') ?? ''}` : undefined;
    const toldAsLog = withMove === undefined ? undefined : logHeardAsHealth(turn, withMove);
    if (toldAsLog !== undefined) return toldAsLog;
    // "I didn't actually walk on Monday, remove it", heard through "I {concern} on {move}": a log taken back, not a condition.
    const missed = withMove === undefined ? undefined : await missedHeard(turn, withMove);
    if (missed) return missed;
    // Minutes or hours said as done, of something the log cannot read ("I did like 20 minutes of that thing with the
    // ropes"): what was done is asked, never a condition (found by a helper trying the console: a doctor's okay asked
    // before each workout).
    if (withMove !== undefined && MINUTES_DONE.test(withMove.trim()) && !saysFelt(withMove) && !saysBodyOrPain(withMove) && !reportedConcern(turn.catalogue, withMove) && namedConcern(turn.catalogue, withMove) === undefined) {
      return askWhatDone(turn);
    }
    // "I fast on Tuesdays, can I exercise", heard through "I {concern} on {move}": a fast kept each week, when to train
    // (found by a helper trying the console in Indian English: a condition, and the next workout asked for a doctor's okay).
    if (withMove !== undefined && WEEKLY_FAST.test(withMove.trim()) && !saysFelt(withMove) && !saysBodyOrPain(withMove) && !turn.young) return tellTopicOrPause(turn, WORKOUT_TIME, 'while fasting');
    // "I have a pacemaker, is hiit safe", "I have glaucoma, can I do yoga": something the catalogue does not name, asked
    // about with a move, is a condition. Not where the move's slot took a time ("I walked on the terrace for 40 minutes",
    // "I love pancakes with maple syrup on Sunday mornings", "I play old-timers hockey on Thursday nights"), unless
    // something had or not managed is said ("I couldn't walk on Monday"): found by helpers trying the console, each was a
    // condition, and every workout after asked for a doctor's okay; narrowed further, conditions asked about with a move
    // the catalogue lacks lost the doctor's answer (found in review).
    const whenSaid = move.status === 'no-match' && TIME_LIKE.test(` ${move.spoken.toLowerCase()} `);
    const hadSaid = slot.status === 'no-match' && HAD.test(slot.spoken.trim()) && move.status === 'no-match' && move.spoken.trim().split(/\s+/).length <= 3 && !/\d/.test(move.spoken);
    if (slot.status === 'no-match' && move.status !== 'empty' && (!whenSaid || hadSaid)) return answerConcern(turn, 'health-condition');
    // "I walked forty minutes this morning", heard through "I {concern}": a log, not a health question.
    // Else "I'm stressed all the time, does that matter", heard through "I'm {concern}": a question no name answers
    // (found by a helper trying the console: "Sorry, I didn't get that").
    // "I didn't actually do the strength session", heard through "I {concern}": a log taken back, asked about (found by a
    // helper trying the console: the strength tip, and the log stayed).
    // Only with a kind of training named: "I didn't sleep well" is for the health answer. Never a long while ("I haven't
    // done any strength training in years": found in review, today's log was offered for removal).
    const missedAlone =
      spoken !== undefined && move.status === 'empty' && kindNamedIn(spoken) !== undefined && !LONG_WHILE.test(` ${spoken.toLowerCase()} `) ? await missedHeard(turn, spoken) : undefined;
    if (missedAlone) return missedAlone;
    // "Is this actually burning my back fat", heard through "is this {concern}": spot reduction, never the pain answer
    // (found by a helper trying the console mid-workout: paused, and every next after it asked whether it still hurt).
    const during = workoutOf(turn.mode) !== undefined;
    const fat = spoken === undefined ? undefined : (fatFromHereAsked(spoken, during) ?? fatFromHereAsked(`is this ${spoken}`, during));
    if (fat) return fat === 'spot' ? tellTopicOrPause(turn, SPOT_REDUCTION) : tellHowItWorks(turn);
    const asked = topicAskedIn(turn.catalogue, spoken, 'health');
    const logged = logHeardAsHealth(turn, spoken);
    if (logged !== undefined) return logged;
    if (asked) return tellTopicOrPause(turn, asked, spoken);
    // The slot taking a move alone: "kya hiit safe hai" and "deadlifts hurt" sound the same to it, so the safe answer,
    // which mid-move pauses (found in review: HIIT was logged, then a pain report heard what deadlifts work).
    if (spoken !== undefined && namedExactly(namedExercises(turn.catalogue), spoken.trim())) return answerConcern(turn, undefined);
    // "Ow ow ow", "ugh, cramp": felt in the body in words no concern names, through a health carrier: pain, which
    // mid-workout pauses it (found in review: "ow ow ow next one" was not understood). After a log ("I popped out for
    // a walk" is a walk).
    if (saysFelt(spoken)) return answerConcern(turn, undefined);
    // "Is this meant to burn", heard through "is this {concern}" (found by a helper trying the console as a British user:
    // "That's not something I can help with yet", mid-workout). Only said whole: "how many calories is this supposed to
    // burn" asks about calories (found in review).
    if (spoken !== undefined && EFFORT_ASKED.test(spoken.trim())) return answerConcern(turn, 'effort');
    // "I can't do this", heard through "I can't {concern}" with only "do this" in the slot: too hard, as "I can't do it"
    // is (found by a helper trying the console: mid-workout, "That's not something I can help with yet").
    if (spoken !== undefined && CANNOT_GO_ON.test(spoken.trim())) return tellEffort(turn, 'too-hard');
    // "Ugh, I can't keep up", "can we skip it", heard through "{concern} is killing me" mid-workout: the command said.
    const command = answerCommandHeard(turn, spoken);
    if (command !== undefined) return command;
    // "I feel better now", "I'm much better": paused for pain, whether it still hurts, as before going on; else glad to
    // hear it (tried as a user, December 5: "That's not something I can help with yet" during a pause for pain).
    if (saysFeelingBetter(spoken, turn.offer?.kind === 'stillHurts')) return tellFeelingBetter(turn);
    // "I am vegetarian, how do I get protein": a question about a topic, the topic's to answer (found by a helper trying
    // the console as an Indian user: out of scope).
    // Told, not asked, only by a name of more than one word ("I skip lunch to lose weight": found trying the console in
    // Indian English, December 5: out of scope); one word alone may be said of anything ("I am fasting today" is).
    const topics = answerableTopics(turn.catalogue);
    const toldOf = topics.map((topic) => ({ id: topic.id, names: topic.names.filter((name) => name.includes(' ')) }));
    // Never a denial ("I never skip meals", "I don't need a day off") or mid-workout, where a day off would pause it
    // (found in review).
    // "Is it safe for me", "is this okay for someone like me": whether it is safe for them, which a doctor can say (found
    // by a helper trying the console as a 60-year-old: "That's not something I can help with yet").
    if (spoken !== undefined && FOR_ME.test(spoken.trim())) return tellNoDoctor(turn);
    const statement = spoken === undefined || saysDenial(spoken) || underWay(turn) ? undefined : namedWithin(toldOf, spoken);
    const about = spoken === undefined ? undefined : ASKS.test(spoken) ? namedWithin(topics, spoken) : statement;
    return about ? tellTopicOrPause(turn, about.id, spoken) : tellOutOfScope(turn);
  },
);

/** A time in what a move's slot took: a weekday, a part of the day, a number ("sunday mornings", "terrace for 40 minutes"). */
const TIME_LIKE = / (?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|mornings?|nights?|evenings?|afternoons?|today|tonight|yesterday|tomorrow|weeks?|days?|shifts?|hours?|minutes?|mins?) |\d/;
/** A fast kept on a weekday, or each week, as "I {concern} on {move}" takes it: "fast on tuesdays can i exercise". */
const WEEKLY_FAST = /^(?:fast|keep (?:a )?fast|do (?:a )?fast|do (?:a )?vrat|keep (?:a )?vrat) (?:on |every )(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|week|weekends?)\b/i;
/**
 * Something had, as a condition is told ("have a pacemaker", "had a stent put in", "'ve got lupus"), or something the body
 * could not do ("couldn't walk on Monday").
 */
const HAD = /^(?:have|had|got|'ve got|ve got|'ve had|ve had|was diagnosed with|am on|'m on|take|live with|couldn't|could not|couldnt|wasn't able to|was unable to)\b/i;

/** The burn of a hard set asked about, as a slot takes it whole: "meant to burn", "supposed to feel like this". */
const EFFORT_ASKED = /^(?:really |actually )?(?:meant|supposed|normal) to (?:burn|feel like this|burn like this|feel this burn)$/i;

/** A long while, said of training not done: a history, never one day's log taken back. */
const LONG_WHILE = / (?:in|for) (?:years|ages|months|weeks|a while|a long time|so long|forever|a year|a month|a few \w+)| since (?:last|the|this|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d)| anymore | any more | ever | lately | recently /;

/**
 * What a health carrier's "I can't …" leaves in its slot when it says the workout is too much ("do this", "continue").
 * Never "keep going", which "I {concern}" hears said plainly ("I keep going": found in review, too hard, and a lower level
 * offered); "carry on" and "go on" are said plainly far less (found in a second review: "I can't carry on" moved on).
 */
const CANNOT_GO_ON = /^(?:do (?:this|it|that|these|those|any ?more|the next one|another (?:one|set|rep|round))(?: one| exercise| move| set| anymore| any more| today)?|continue|carry on|go on|manage (?:it|this|any ?more))$/i;

/** The user themself, as a health carrier's slot takes it from "is it safe for me". */
const FOR_ME = /^(?:me|myself|(?:someone|somebody|a person|people) like me|my body|my health)$/i;

/** Words that ask a question ("how do I get protein", "what about sleep"). */
const ASKS = /\b(?:how|what|which|why|should|can|could|is|are|does|do|any)\b/i;

/** Intents whose open slot takes whatever is said around their carrier ("I'm {level}", "let's {session}"), and that slot. */
const OPEN_SLOTS = [
  ['SetLevelIntent', 'level'],
  ['ChangeLevelIntent', 'direction'],
  ['StartWorkoutIntent', 'session'],
  ['TopicIntent', 'topic'],
  // "What is remaining", "agla kya hai": the question's exercise slot took the words (found by a helper trying the
  // console, December 6: "I don't know that one yet").
  ['TopicIntent', 'exercise'],
  ['ExerciseHowToIntent', 'exercise'],
  ['LogActivityIntent', 'activity'],
] as const;

/**
 * What an exercise slot of a question may say of the workout ("what is {exercise}", "how do I do {exercise}"): how much is
 * left, and what comes next, never a move or a stop (found in review: "how do I do it from the beginning" began the
 * workout again, and "how do I do the previous one" went back). "Next" said there asks what is next.
 */
const ASKED_ONLY: ReadonlySet<WorkoutCommand> = new Set(['left', 'upcoming', 'next']);
/** A thing named bare, as a question's slot leaves it ("what is the next round", "agla kya hai"): "next" there is asked. */
const NEXT_NAMED = /^(?:the |a )?(?:next|agla|agli|अगला|अगली)\b/iu;

/**
 * "It's not too bad, just a little twinge", to "does it still hurt?": pain said, the open slot of another intent taking
 * it ("it's {direction}"), is a yes: it does (found by a helper trying the console as a 60-year-old: it asked which level).
 */
export const painToPainQuestion = route(
  (turn) => (turn.offer?.kind === 'stillHurts' || turn.offer?.kind === 'feltBefore') && painInOpenSlot(turn) !== undefined,
  (turn) => {
    // A warning sign, numbness, a sharp pain or anything but plain pain said there ("what about the pain in my chest",
    // "it's making me dizzy") gets its own answer, the emergency one included (found in review: "let's stop for today").
    const reported = reportedConcern(turn.catalogue, painInOpenSlot(turn))?.id;
    const concern = findConcern(turn.catalogue, reported);
    if (reported !== undefined && (concern?.kind !== 'pain' || concern.stopsToday === true || turn.catalogue.urgent.concernIds.includes(reported))) return answerConcern(turn, reported);
    return accept(turn, turn.offer!);
  },
);

/**
 * "It's fine", "I'm okay", to "does it still hurt?", "is it still bothering you?" or the pause for pain with nothing
 * asked: said through the open slot of another intent ("it's {direction}", "I'm {topic}"), a no, as "no, it's fine now"
 * is (found by a helper trying the console as a tired office worker: "Sorry, I didn't get that", the rest day's plan, or
 * "not something I can help with"). "Better", paused with nothing asked, is asked about first, as it is said plainly.
 */
export const fineToPainQuestion = route(
  (turn) => {
    const asked = turn.offer?.kind === 'stillHurts' || turn.offer?.kind === 'feltBefore';
    const paused = turn.offer === undefined && howToOf(turn.mode) === undefined && workoutOf(turn.mode)?.hurt !== undefined;
    return (asked || paused) && fineInOpenSlot(turn) !== undefined;
  },
  (turn) => {
    if (turn.offer?.kind === 'feltBefore') return decline(turn);
    if (turn.offer === undefined && !/\bbetter\b/i.test(fineInOpenSlot(turn) ?? '')) return goOnAfterPain(turn, false);
    return tellFeelingBetter(turn);
  },
);

/** What another intent's open slot took, naming nothing its intent knows; undefined when none did. */
function unmatchedOpenSlot(turn: Turn): string | undefined {
  const open = OPEN_SLOTS.find(([intent, name]) => said(turn, intent) && resolvedSlot(turn.input, name).status === 'no-match');
  const slot = open && resolvedSlot(turn.input, open[1]);
  return slot?.status === 'no-match' ? slot.spoken : undefined;
}

/** Fine or better said in another intent's open slot, as said; undefined when none is. */
function fineInOpenSlot(turn: Turn): string | undefined {
  const spoken = unmatchedOpenSlot(turn);
  return saysFeelingBetter(spoken, true) ? spoken : undefined;
}

const NOT_TOO_BAD = /\bnot (?:too|so|that) bad\b/giu;

/** Pain said in another intent's open slot, as said ("not too bad" aside): undefined when none is, or it is denied. */
function painInOpenSlot(turn: Turn): string | undefined {
  const spoken = unmatchedOpenSlot(turn);
  if (spoken === undefined || saysFeelingBetter(spoken, true)) return undefined;
  // "Not too bad" says how much it does, not that it doesn't.
  const told = spoken.replace(NOT_TOO_BAD, ' ');
  return !saysDenial(told) && (saysPain(told) || reportedConcern(turn.catalogue, told) !== undefined) ? told : undefined;
}

/** What an open slot took mid-workout, when it names nothing its intent knows and reports no pain or concern. */
function openSlotHeard(turn: Turn): { readonly spoken: string; readonly asked: boolean; readonly topic: boolean } | undefined {
  if (!running(turn) && !inLesson(turn)) return undefined;
  const open = OPEN_SLOTS.find(([intent, name]) => said(turn, intent) && resolvedSlot(turn.input, name).status !== 'empty');
  const slot = open && resolvedSlot(turn.input, open[1]);
  if (slot?.status !== 'no-match' || reportedConcern(turn.catalogue, slot.spoken) || healthReport(turn.catalogue, slot.spoken, undefined)) return undefined;
  // A topic named inside a question ("so tired today, how much is left") is the topic's to answer: tiredness pauses. Not
  // a drink asked for now ("can I get a drink of water first"), which is a pause, nor an end said with tiredness ("I'm
  // stuffed mate, call it a day": found by a helper trying the console in en-AU, it paused, and "yeah" began a set).
  const command = workoutCommandIn(slot.spoken);
  if (open?.[0] === 'TopicIntent' && namedWithin(answerableTopics(turn.catalogue), slot.spoken) && command !== 'pause' && command !== 'end') return undefined;
  // "How do I do the next exercise": the move after this one is taught (see teachWhatIsNamed), never what is next told.
  if (open?.[0] === 'ExerciseHowToIntent' && running(turn) && NEXT_MOVE.test(slot.spoken.trim())) return undefined;
  return { spoken: slot.spoken, asked: open?.[1] === 'exercise', topic: open?.[0] === 'TopicIntent' };
}

/** The command said in what an open slot took, as its carrier lets it be heard. */
function commandIn(heard: { readonly spoken: string; readonly asked: boolean; readonly topic: boolean } | undefined): WorkoutCommand | undefined {
  const command = heard && workoutCommandIn(heard.spoken);
  if (!heard || !command || (heard.asked && !ASKED_ONLY.has(command))) return undefined;
  // "What is the next round", "agla kya hai": asked, what is next is told, never moved on to (found by a helper trying
  // the console, December 6: it began round 2). Only a topic's carrier asks: "I'm ready for the next one" (a topic
  // too), "let's do the next one" and "next round please" (a session, a level) still move on (found in review).
  return command === 'next' && (heard.asked || (heard.topic && NEXT_NAMED.test(heard.spoken.trim()))) ? 'upcoming' : command;
}

/**
 * "Ugh okay I'm ready for the next one" heard as a level, "let's just jump to the stretching at the end" as a workout
 * asked for: mid-workout, the workout command said inside (found in a blind batch of 100, December 4: a level question,
 * and the offer to pick up the workout already under way). A pain report in the words goes to the intent's own answer.
 */
export const commandInOpenSlot = route(
  (turn) => {
    const heard = openSlotHeard(turn);
    // "I want to go back down a level": the level, never "go back" (found in review: the workout moved).
    if (heard !== undefined && levelStepSaid(heard.spoken)) return false;
    const command = commandIn(heard);
    return command !== undefined && (running(turn) || LESSON_MOVES[command] !== undefined);
  },
  (turn) => {
    const heard = openSlotHeard(turn);
    return answerCommandHeard(turn, heard?.spoken, commandIn(heard)) ?? tellOutOfScope(turn);
  },
);

/**
 * "Let's go with Sunday", "the Sunday one", to "which day would you like to rest?": the day picked, heard in another
 * intent's open slot (noticed trying the console: today's workout started, or the level was asked about). Only a day
 * picked and nothing more (weekdayPickedIn), so nothing felt or wrong can be said beside it.
 */
export const restDayPickedInOpenSlot = route(
  (turn) => (turn.offer?.kind === 'restDay' || turn.state.told === 'restDay') && weekdayPickedIn(turn.t, unmatchedOpenSlot(turn)) !== undefined,
  (turn) => setRestDay(turn, weekdayPickedIn(turn.t, unmatchedOpenSlot(turn))!),
);

/** Words that name what to do instead of what is skipped. */
const INSTEAD = / (let's do|lets do|do the|go to|instead|rather|switch to) /i;
const EFFORT = { tooHard: 'too-hard', tooEasy: 'too-easy' } as const;
const MOVES = { skip: 'skip', previous: 'previous', restart: 'restart', coolDown: 'coolDown', repeat: 'repeat', next: 'next' } as const;

/** A lesson under way, on its own or asked for mid-workout. */
const inLesson = (turn: Turn) => howToOf(turn.mode) !== undefined;
/**
 * What the commands mean in a lesson: its steps, or its end ("I'm tired, stop it", "don't wanna do this one"). Found
 * trying the console as a user (December 6): in a lesson, "I'm tired, stop it" told what the deadlift works.
 */
const LESSON_MOVES: Partial<Record<WorkoutCommand, HowToMove | 'end'>> = { end: 'end', skip: 'end', next: 'next', previous: 'previous', repeat: 'repeat', restart: 'startOver' };

/** The workout command said in these words, answered as said alone, while a workout runs, or in a lesson as its own. */
function answerCommandHeard(turn: Turn, spoken: string | undefined, heard?: WorkoutCommand): Promise<Response> | Response | undefined {
  const said = heard ?? workoutCommandIn(spoken);
  if (!running(turn)) {
    const move = inLesson(turn) && said ? LESSON_MOVES[said] : undefined;
    // A stop said in a lesson asked mid-workout ("that's all I can manage today") stops the workout too, its place kept
    // and what was done offered for logging; "don't wanna do this one" ends only the lesson.
    if (said === 'end' && underWay(turn)) return endWorkout(turn);
    return move === undefined ? undefined : move === 'end' ? endHowTo(turn) : moveInHowTo(turn, move);
  }
  const command: WorkoutCommand | undefined = said;
  switch (command) {
    case undefined:
      return undefined;
    case 'end':
      return endWorkout(turn);
    case 'upcoming':
      return tellUpcoming(turn);
    case 'left':
      return tellWorkoutProgress(turn);
    case 'tooHard':
    case 'tooEasy':
      return tellEffort(turn, EFFORT[command]);
    case 'howTo':
      return tellCurrentExercise(turn);
    case 'pause':
      return pauseWorkout(turn);
    case 'resume':
      return resumeWorkout(turn);
    case 'skip': {
      // "I hate supermans, can we skip those": the move named, when it comes, never the one under way (found by a
      // helper trying the console, December 5).
      // Not a move named as what to do instead ("let's do the superman": found in review, it was left out). A move
      // the catalogue lacks ("skip those squats") is said not to be in the workout, as "skip the squats" is.
      if (spoken === undefined || INSTEAD.test(` ${spoken} `)) return moveInWorkout(turn, 'skip');
      return skipNamed(turn, { spoken });
    }
    case 'restart':
      return startOverAsked(turn);
    default:
      return moveInWorkout(turn, MOVES[command]);
  }
}

/** A bare yes just after an answer not understood mid-workout: next or I'm done, asked (see saidNext). */
export const workoutYesNotUnderstood = route(
  (turn) => running(turn) && turn.offer === undefined && turn.state.told === 'outOfScope' && said(turn, 'AMAZON.YesIntent', 'HedgedYesIntent'),
  askNextOrDone,
);
/** A bare yes just after "Paused": the workout waits (see stillPaused). */
export const workoutYesWhilePaused = route(
  (turn) => running(turn) && !workoutOf(turn.mode)?.hurt && turn.offer === undefined && turn.state.told === 'paused' && said(turn, 'AMAZON.YesIntent', 'HedgedYesIntent'),
  stillPaused,
);
export const workoutNext = route((turn) => running(turn) && saidNext(turn, screenEvent(turn.input)), (turn) => moveInWorkout(turn, 'next'));
export const workoutBack = route((turn) => running(turn) && said(turn, 'AMAZON.PreviousIntent'), (turn) => moveInWorkout(turn, 'previous'));
export const workoutRepeat = route(
  (turn) => running(turn) && (screenEvent(turn.input) === 'repeat' || said(turn, 'AMAZON.RepeatIntent')),
  // After an answer beside the workout ("how many left?"), "say that again" is that answer, not the step's timed set
  // again (found by a helper trying the console: it replayed a set of two minutes, rests and all).
  // Paused for pain, "repeat" is the advice just given (tried as a user: it asked "does it still hurt?" instead).
  // To "to do just this part again, say repeat" (start over asked about), the part (found in review: the question again).
  (turn) =>
    (turn.state.aside || workoutOf(turn.mode)?.hurt) && turn.offer?.kind !== 'restartWorkout' && said(turn, 'AMAZON.RepeatIntent') ? repeatLast(turn) : moveInWorkout(turn, 'repeat'),
);
/** "Skip this one" in the workout, or in a how-to asked in the middle of it (the workout then moves on). */
export const workoutSkip = route(
  (turn) => underWay(turn) && said(turn, 'SkipExerciseIntent'),
  (turn) => {
    const named = resolvedSlot(turn.input, 'exercise');
    if (running(turn) && saidNextExercise(turn.input)) return goToNextExercise(turn);
    if (!running(turn) || named.status === 'empty') return moveInWorkout(turn, 'skip');
    return skipNamed(turn, named.status === 'match' ? { id: named.id } : { spoken: named.spoken });
  },
);
/**
 * "Skip to the cool-down", "skip the rest of the rounds": found by a helper trying the console, it was heard as a new
 * workout asked for, and "no" to picking the old one up started another from scratch.
 */
export const workoutCoolDown = route((turn) => underWay(turn) && said(turn, 'CoolDownIntent'), (turn) => moveInWorkout(turn, 'coolDown'));
export const workoutPause = route((turn) => running(turn) && said(turn, 'AMAZON.PauseIntent'), pauseWorkout);
export const workoutStop = route(
  (turn) => underWay(turn) && said(turn, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'),
  stopWorkout,
);
/** "I'm done", and "I finished my workout" said in the middle of it: ended as a workout (a log of it comes with the end, once). */
export const workoutEnd = route((turn) => underWay(turn) && said(turn, 'EndWorkoutIntent', 'FinishedTodayIntent'), endWorkout);
/** What a log can say besides its activity and day: an amount, or a correction, makes it a log of its own. */
const LOG_AMOUNTS: readonly string[] = ['duration', ...Object.keys(VERB_TIMES), 'correctedActivity', 'steps', 'daySteps', 'sets', 'minutes'];
/** True when what a log names is a move of the session ("I did my deadlifts"), not the session itself. */
const namesAMove = (turn: Turn, said: string | undefined): boolean =>
  said !== undefined && (namedWithin(namedExercises(turn.catalogue), said) !== undefined || OTHER_MOVES.test(said));

/**
 * "I did my strength workout", said today with a strength workout under way (running or paused): that workout is done,
 * so it ends as "I'm done" ends it, and what was done is offered for logging (found trying the console: paused for pain
 * after the warm-up, it logged a whole session beside the workout). Another kind, another day, or an amount is a log; a
 * move of the session ("I did my deadlifts") is counted with it (workoutMoveLogged).
 */
export const workoutLoggedAsDone = route(
  (turn) => {
    const at = workoutOf(turn.mode);
    const slot = resolvedSlot(turn.input, 'activity');
    return (
      at !== undefined &&
      said(turn, 'LogActivityIntent') &&
      slot.status === 'match' &&
      slot.id === ACTIVITY_FOR_DAY[SESSIONS[at.sessionId].kind] &&
      !namesAMove(turn, slotValue(turn.input, 'activity')) &&
      LOG_AMOUNTS.every((name) => slotValue(turn.input, name) === undefined)
    );
  },
  async (turn) => {
    const date = slotValue(turn.input, 'date');
    if (date === undefined || date === formatIsoDate(await turn.today())) return endWorkout(turn);
    return logAsSaid(turn);
  },
);
/** "I've done my rows", today, with a workout under way that has them: counted with it, never logged beside it. */
export const workoutMoveLogged = route(
  (turn) => {
    if (workoutOf(turn.mode) === undefined || !said(turn, 'LogActivityIntent') || slotValue(turn.input, 'date') !== undefined) return false;
    const move = namedWithin(namedExercises(turn.catalogue), slotValue(turn.input, 'activity') ?? '');
    return move !== undefined && isMoveOfWorkout(turn, move.id);
  },
  (turn) => tellMoveOfWorkout(turn, namedWithin(namedExercises(turn.catalogue), slotValue(turn.input, 'activity') ?? '')!.id)!,
);
export const workoutResume = route((turn) => underWay(turn) && said(turn, 'AMAZON.ResumeIntent', 'ResumeWorkoutIntent'), resumeWorkout);
/** "What's next?" and "how many left?" mid-workout; from a how-to asked mid-workout, the answer brings the workout back. */
export const workoutUpcoming = route((turn) => underWay(turn) && said(turn, 'WhatsNextIntent'), tellUpcoming);
/** "How long is this gonna take?": mid-workout, the time left; else how long the day's workout takes. */
export const workoutLength = route(
  (turn) => said(turn, 'WorkoutLengthIntent'),
  (turn) => {
    // "I've got about half an hour": weighed against what the workout takes, or against what is left of it.
    const had = slotValue(turn.input, 'had');
    if (had !== undefined) return tellTimeHad(turn, minutesOf(had));
    const session = resolvedSlot(turn.input, 'session');
    // "The HIIT workout" may arrive whole in the slot, a value it does not know: the kind it names.
    const kind = session.status === 'match' ? kindOfSessionName(session.id) : session.status === 'no-match' ? sessionKindNamedIn(session.spoken) : undefined;
    return tellWorkoutLength(turn, slotValue(turn.input, 'date'), kind);
  },
);
export const workoutProgress = route((turn) => underWay(turn) && said(turn, 'HowManyLeftIntent'), tellWorkoutProgress);
export const workoutHowToCurrent = route((turn) => running(turn) && said(turn, 'HowToCurrentIntent'), tellCurrentExercise);
/** "Tell me more" about the exercise under way. */
export const workoutMore = route(
  (turn) => running(turn) && said(turn, 'AMAZON.MoreIntent') && currentWorkoutExercise(turn) !== undefined,
  (turn) => tellMoreAbout(turn, currentWorkoutExercise(turn)!),
);
/** "Start over" mid-workout: back to the first step, asked first once past it. */
export const workoutStartOver = route((turn) => running(turn) && said(turn, 'AMAZON.StartOverIntent'), startOverAsked);

/**
 * "Let's go", "start my workout" while one runs ("Say next when you're ready for deadlifts"): it goes on, as "next"
 * does. Another kind or another day named still asks first.
 */
export const workoutGoOn = route(
  (turn) => running(turn) && said(turn, 'StartWorkoutIntent') && namesTheWorkoutUnderWay(turn),
  (turn) => moveInWorkout(turn, 'next'),
);

function namesTheWorkoutUnderWay(turn: Turn): boolean {
  const slot = resolvedSlot(turn.input, 'session');
  // "I want to go back down a level", mid-workout: the level, never the workout moved on (found in review).
  if (slot.status === 'no-match' && levelStepSaid(slot.spoken)) return false;
  if (saidGo(turn)) return true;
  const current = workoutOf(turn.mode);
  return slot.status === 'match' && !slotValue(turn.input, 'date') && current !== undefined && kindOfSessionName(slot.id) === SESSIONS[current.sessionId].kind;
}

/** A kind of exercise named with an aim ("exercises to reduce belly fat", "वज़न कम करने के लिए व्यायाम"): a workout. */
const NAMES_EXERCISE = /\b(?:exercises?|work ?out|working out|train|training)\b|वर्कआउट|व्यायाम|कसरत|एक्सरसाइज़|एक्सरसाइज/i;
/** Words that name a workout ("an advanced workout", "the beginner session"): a level said with them is no level asked for. */
const NAMES_A_WORKOUT = /\b(workouts?|sessions?|training|one|routine|class)\b/i;
/** "Hear that again please", "say it again", "repeat that": the last answer asked for again, and nothing more. */
const REPEAT_ASKED = /^(?:hear|say|read|repeat) (?:that|it|this)(?: again)?(?: please)?$|^(?:repeat|hear it again)(?: please)?$/i;
/**
 * A workout asked for that is none ("kuch nahi", "nothing today", "I don't want to"): never "without jumping" or "a pain
 * free one", which are workouts asked for.
 */
const WANTS_NONE = /^(aaj |today |आज )?(kuch nahi|kuchh nahi|kuch bhi nahi|nothing|no workout|कुछ नहीं|कुछ भी नहीं)( aaj| today| आज)?$/i;
export const startWorkout = route(
  (turn) => said(turn, 'StartWorkoutIntent'),
  async (turn) => {
    const slot = resolvedSlot(turn.input, 'session');
    // "Start a workout for my bad knee": no exercise is prescribed for a condition; the safe answer instead.
    // "I want to hurt myself", heard through "I want to {session}": thoughts of self-harm, never pain (found in review).
    if (slot.status === 'no-match' && /^(?:hurt|harm|cut) myself$/i.test(slot.spoken.trim())) return answerConcern(turn, 'crisis');
    const reported = slot.status === 'no-match' ? reportedConcern(turn.catalogue, slot.spoken) : undefined;
    if (reported) return answerConcern(turn, reported.id, 'toTrain');
    // "I only have 10 minutes", "can we do a shorter version", "start a 10 minute workout": what to do when time is short;
    // mid-workout, how long is left and how to finish sooner, never the offer to start again (found by a helper trying
    // the console as a busy parent: "no" to "pick up where you left off?" began the warm-up again, the place lost).
    if (slot.status === 'no-match' && timeSaidAlone(turn.catalogue, slot.spoken)) return tellTimeSaid(turn, slot.spoken);
    // "I want to go swimming tomorrow", "I'll do my workout later": a plan, never a workout started now (found by a
    // helper trying the console).
    if (slot.status === 'no-match' && plansToTrainLater(turn.catalogue, slot.spoken, true)) return notePlanForLater(turn);
    // "I'd like to have Sundays off", heard through "I'd like to {session}": the rest day, never today's workout (found by
    // a helper trying the console).
    const offDay = slot.status === 'no-match' ? weekdayOffAsked(turn.t, slot.spoken) : undefined;
    if (offDay) return setRestDay(turn, offDay);
    // "I'd like to be intermediate please", heard the same way: the level, never today's workout (found in a blind
    // batch, December 4). "Let's do an advanced workout" names a workout, and starts one.
    const level = slot.status === 'no-match' && !NAMES_A_WORKOUT.test(slot.spoken) ? levelNamedIn(slot.spoken) : undefined;
    if (level) return setLevel(turn, level);
    const step = slot.status === 'no-match' ? levelStepSaid(slot.spoken) : undefined;
    if (step) return stepLevel(turn, step);
    // "I want to take a break for a week", heard through "I want to {session}": a day off asked for, never a workout.
    // "Can we do a shorter one": what to do when time is short, never the whole session started.
    const instead = [DAY_OFF, SHORT_ON_TIME].flatMap((id) => findTopic(turn.catalogue, id) ?? []);
    const named = slot.status === 'no-match' ? namedWithin(instead, slot.spoken) : undefined;
    if (named) return named.id === SHORT_ON_TIME ? tellTopicOrPause(turn, named.id) : tellTopic(turn, named);
    // "Aaj kuch nahi karna hai", "I don't want to do anything": no workout wanted, never one started (found in review).
    const dayOff = instead.find((topic) => topic.id === DAY_OFF);
    if (slot.status === 'no-match' && WANTS_NONE.test(slot.spoken.trim()) && dayOff) return tellTopic(turn, dayOff);
    // "Start a workout, I take insulin": the doctor question first, as for a condition (found in review).
    const medicine = slot.status === 'no-match' ? namedWithin(turn.catalogue.concerns.filter((concern) => concern.checkFirst), slot.spoken) : undefined;
    if (medicine) return answerConcern(turn, medicine.id, 'toTrain');
    // "Let's do some glute bridges" (found by a helper trying the console: today's cardio started): where the move is
    // done, and an offer to teach it; a calorie burner named starts its kind of session.
    const move = slot.status === 'no-match' ? findExercise(turn.catalogue, namedWithin(namedExercises(turn.catalogue), slot.spoken)?.id) : undefined;
    if (move?.category === 'strength') return tellWhereMoveIsDone(turn, move, slot.status === 'no-match' ? slot.spoken : undefined);
    // "HIIT kaise shuru karein", "how to start HIIT": how to, never the workout started (found by a helper trying the
    // console in Hindi: the skill had just offered "HIIT कैसे शुरू करें", and saying it back started the warm-up timer).
    if (move && slot.status === 'no-match' && howToAsked(slot.spoken)) return startHowTo(turn, move);
    if (move) return startOrOfferResume(turn, move.id === 'hiit' ? 'hiit' : 'cardio');
    // "I want to fast for a week to lose my back fat", heard through "I want to {session}": eating too little, never a
    // workout started (found by a helper trying the console for safety).
    const starving = slot.status === 'no-match' && STARVING.test(slot.spoken) ? findTopic(turn.catalogue, EATING_TOO_LITTLE) : undefined;
    if (starving) return tellTopic(turn, starving);
    // "I want to lose 5 kg", "I want to reduce my tummy", "mujhe weight kam karna hai", heard through "I want to
    // {session}" or "{session} karna hai": the aim, answered, never a workout started (found by a helper trying the
    // console as an Indian user, December 5: HIIT's warm-up timer began). "A fat burning workout" names a workout.
    if (slot.status === 'no-match' && aimSaid(slot.spoken) && !NAMES_A_WORKOUT.test(slot.spoken) && !NAMES_EXERCISE.test(slot.spoken)) return tellAim(turn, slot.spoken);
    // "I'd like to hear that again please", "I'd like to stop now please", heard through "I'd like to {session}" with no
    // workout under way: the command said, never a workout started or offered (found by a helper trying the console as
    // an older user).
    // The repeat whole, never a word in a request ("I'd like to repeat Tuesday's workout": found in review).
    if (slot.status === 'no-match' && REPEAT_ASKED.test(slot.spoken.trim())) return repeatLast(turn);
    if (slot.status === 'no-match' && workoutCommandIn(slot.spoken) === 'end') return sayGoodbye(turn);
    // "Start a stretching session for me please": the kind named inside (found trying the console: today's HIIT started).
    // "Can I swap today for tomorrow's workout", "switch today to thursday's workout": that day's workout (found in review:
    // today's started).
    const otherDay = slot.status === 'no-match' ? dayNamedIn(slot.spoken, await turn.today()) : undefined;
    if (otherDay) return startDaysWorkout(turn, otherDay);
    // "I want to do cardio instead of HIIT": the kind said first (it was today's, the HIIT set aside).
    const kind = slot.status === 'match' ? kindOfSessionName(slot.id) : slot.status === 'no-match' ? (kindSwappedTo(slot.spoken) ?? sessionKindNamedIn(slot.spoken)) : undefined;
    // "Start Friday's workout": that day's session, unless a kind was named too. A week or a vague day is today's.
    const date = slotValue(turn.input, 'date');
    const day = kind === undefined && date ? interpretDate(date, await turn.today()) : undefined;
    return day?.kind === 'day' ? startDaysWorkout(turn, day.date) : startOrOfferResume(turn, kind);
  },
);
const DAY_WORKOUT = /^(?:(?:the|a|my)\s+)?(tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|s)?(?:\s+(?:workout|session|plan|one|training))?(?:\s+(?:instead|today|now|please))*$/i;
const WEEKDAY_WORDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** The day a workout is named by, said alone: "tomorrow's workout", "thursday's session" (the next such day, or today). */
function dayNamedIn(spoken: string, today: LocalDate): LocalDate | undefined {
  const day = DAY_WORKOUT.exec(spoken.trim())?.[1]?.toLowerCase();
  if (day === undefined) return undefined;
  if (day === 'tomorrow') return addDays(today, 1);
  const weekday = WEEKDAY_WORDS.indexOf(day) + 1;
  return addDays(today, (weekday - weekdayOf(today) + 7) % 7);
}

/**
 * "How", said of a calorie burner named where a workout is asked for: "hiit kaise", "swimming, how to start", "I don't
 * know how to do it". Not "I know how to do it", which starts the workout (found in review: it began the lesson).
 */
function howToAsked(spoken: string): boolean {
  const said = ` ${spoken.normalize('NFC').toLowerCase()} `;
  if (HOW_IN_HINDI.test(said)) return true;
  return / how (?:to|do i) /.test(said) && !KNOWS_HOW.test(said);
}
const HOW_IN_HINDI = new RegExp(` (?:kaise|${'कैसे'.normalize('NFC')}) `);
/** Knowing how said, not denied: "I know how to do it", "I already know how". */
const KNOWS_HOW = /(?<!(?:don't|dont|do not|not|never) )know how /;
export const resumeWorkoutAnywhere = route((turn) => said(turn, 'ResumeWorkoutIntent', 'AMAZON.ResumeIntent'), resumeWorkout);
/**
 * "Can I skip the workout today", "can I skip the rest day", with no workout under way: something that is no exercise
 * named to skip is a day off asked about (found in review: "There's no workout running"), the rest day its own answer.
 */
const SKIPPED_REST = /\brest\b/i;
const SKIPPED_DAY = /\b(today|tonight|tomorrow|workouts?|gym|session|training|exercise|day)\b/i;
export const skipOutside = route(
  (turn) => {
    const named = said(turn, 'SkipExerciseIntent') ? resolvedSlot(turn.input, 'exercise') : undefined;
    // Only a day or a workout named: "can I skip the warm up" or "the pizza" is not a day off (found in review).
    return named?.status === 'no-match' && (SKIPPED_REST.test(named.spoken) || SKIPPED_DAY.test(named.spoken));
  },
  (turn) => {
    const named = resolvedSlot(turn.input, 'exercise');
    return tellTopicById(turn, named.status === 'no-match' && SKIPPED_REST.test(named.spoken) ? 'recovery' : 'day-off');
  },
);
/** Workout questions with no workout under way: offer to start one. */
export const workoutQuestionsOutside = route(
  (turn) => said(turn, 'WhatsNextIntent', 'HowManyLeftIntent', 'SkipExerciseIntent', 'CoolDownIntent'),
  workoutNotRunning,
);
/**
 * "I'm done", "that's enough", "bas itna hi" with nothing running: a goodbye, never a workout pushed on someone who has
 * had enough (found by helpers trying the console). A question still pending ("shall I log what you did?") is asked again.
 * A workout stopped partway today is offered for logging as it was done: said in a later session, "I'm done" is done
 * with it (found by a helper trying the console: only "bye", and what was done was never logged).
 */
export const endOutside = route(
  (turn) => said(turn, 'EndWorkoutIntent'),
  async (turn) => (turn.offer?.kind === 'logWorkout' ? workoutNotRunning(turn) : ((await offerSavedWorkoutLog(turn)) ?? sayGoodbye(turn))),
);
/** "Hang on", "I need water", "I'm so tired" with nothing running: no workout pushed on them; the session rests. */
export const pauseOutside = route((turn) => said(turn, 'AMAZON.PauseIntent'), restAWhile);
