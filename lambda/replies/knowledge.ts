import type { Response } from 'ask-sdk-model';
import { DOCTOR_ADVISED, findConcern, findExercise, findTopic, tipsOf, topicAskedIn } from '../content/catalogue';
import type { Exercise, Faq, FollowUp, TipList, Topic } from '../content/types';
import { howToOf } from '../conversation/mode';
import type { Offer } from '../conversation/state';
import { type Turn, stored } from '../conversation/turn';
import { isAge } from '../content/amounts';
import { concernOfAge, isAgeConcern } from '../content/named';
import { firstSentence, namedVariation } from '../domain/variation';
import type { MessageKey } from '../i18n/translator';
import { capitalise, speech } from '../speech/ssml';
import { estimateSpeechSeconds } from '../speech/duration';
import { askOrGoOn, checkFirstNote, goOn } from './go-on';
import { backToSteps, teachable } from './how-to';
import { doseForLevelText } from '../text/dose';

/**
 * The offer to teach a move: "how to do the superman", but "how to get started with walking": an activity like walking,
 * cardio or HIIT is started, not done like a move.
 */
export function offerToTeach({ t }: Turn, exercise: Exercise): string {
  return t.t(exercise.category === 'calorie-burner' ? 'topic.offerStart' : 'topic.offerHowTo', { name: exercise.name });
}

/** What a follow-up offers, as a session offer and its question. */
function followUpOf(turn: Turn, followUp: FollowUp | undefined): { offer: Offer; question: string } | undefined {
  const { t, catalogue } = turn;
  switch (followUp?.offer) {
    case 'howTo': {
      const exercise = findExercise(catalogue, followUp.exerciseId);
      return exercise && { offer: { kind: 'howTo', exerciseId: exercise.id }, question: offerToTeach(turn, exercise) };
    }
    case 'tips':
      return { offer: { kind: 'tips', list: followUp.list }, question: t.t(`tips.offer.${followUp.list}`) };
    case 'plan':
      return { offer: { kind: 'plan' }, question: t.t('tips.offer.plan') };
    case 'today':
      return { offer: { kind: 'today' }, question: t.t('plan.offerToday') };
    case 'start':
      return { offer: { kind: 'startWorkout' }, question: t.t('workout.offerStart') };
    case 'burners':
      return { offer: { kind: 'burners' }, question: t.t('burners.offer') };
    default:
      return undefined;
  }
}

/**
 * An answer, then its follow-up question, or "what else?" when it has none. Asked mid-workout, the answer leads back
 * to the workout instead: an offer of the diet tips would take a tired person away from it.
 */
export function answerWithFollowUp(turn: Turn, answer: string | readonly string[], followUp: FollowUp | undefined, noticeInAnswer = false): Response {
  const said = speech(...(typeof answer === 'string' ? [answer] : answer));
  const followed = followUpOf(turn, followUp);
  const next = followed ? askOrGoOn(turn, followed.question, followed.offer) : goOn(turn, 'faq.followUp');
  return turn.reply({ speech: said.say(next.question), reprompt: speech(next.reprompt), offer: next.offer, health: true, noticeInAnswer });
}

/** The article's opening: why you can't spot-reduce, and what does work. */
/** An aim said ("I want to lose 5 kg", "want to lose the fat on my back"): the topic it asks about, else how fat comes off. */
export function tellAim(turn: Turn, spoken: string): Response {
  const asked = topicAskedIn(turn.catalogue, spoken);
  return asked ? tellTopicById(turn, asked) : tellHowItWorks(turn);
}

export function tellHowItWorks(turn: Turn): Response {
  const { t, catalogue } = turn;
  // Someone still growing hears not to cut back, in its place (found in review: "I want to lose 5 kg" after "I'm 15"
  // heard only the calorie deficit).
  return answerWithFollowUp(turn, turn.young ? [t.t('health.young.eatingLess')] : [t.t('intro.lead'), ...catalogue.whyItWorks], { offer: 'plan' });
}

export function tellFaq(turn: Turn, faq: Faq): Response {
  return answerWithFollowUp(turn, youngAnswer(turn, faq.id) ?? [...youngFirst(turn, faq.id), faq.answer], faq.followUp);
}

/** Each list leads on to the next, the way the article reads: diet, then lifestyle, then what to avoid. */
const FOLLOW_ON: Readonly<Record<TipList, { offer: Offer; question: MessageKey }>> = {
  diet: { offer: { kind: 'tips', list: 'lifestyle' }, question: 'tips.offer.lifestyle' },
  lifestyle: { offer: { kind: 'tips', list: 'avoid' }, question: 'tips.offer.avoid' },
  avoid: { offer: { kind: 'plan' }, question: 'tips.offer.plan' },
};

/** Lists are read in breaths of at most three: 4 tips as 2 and 2, 5 as 3 and 2. */
function chunkSize(count: number): number {
  return Math.ceil(count / Math.ceil(count / 3));
}

/** A tip list from `from`, three at most; "more" pages on. */
export function tellTips(turn: Turn, list: TipList, from = 0): Response {
  const { t, catalogue } = turn;
  const tips = tipsOf(catalogue, list);
  const start = Math.min(Math.max(from, 0), tips.length - 1);
  const chunk = tips.slice(start, start + chunkSize(tips.length));
  const left = tips.length - start - chunk.length;
  const said = speech();
  // For someone still growing, not to cut back comes in place of the calorie deficit as the key.
  const key = list === 'diet' ? (youngFirst(turn, list)[0] ?? catalogue.dietKey) : undefined;
  if (start === 0) said.say(key, t.t(`tips.${list}.intro`, { count: tips.length }));
  said.say(...chunk.map((tip) => t.t('tips.item', { title: tip.title, text: tip.text })));
  if (left > 0) {
    const question = t.t('tips.more', { count: left });
    return turn.reply({ speech: said.say(question), reprompt: speech(question), offer: { kind: 'tips', list, from: start + chunk.length }, health: true });
  }
  const next = askOrGoOn(turn, t.t(FOLLOW_ON[list].question), FOLLOW_ON[list].offer);
  said.say(list === 'avoid' ? catalogue.closingThought : undefined, next.question);
  return turn.reply({ speech: said, reprompt: speech(next.reprompt), offer: next.offer, health: true });
}

/**
 * A subject asked about by name: its own short answer and a natural next step. `said`, the name it was asked about by:
 * a thing the topic answers for ("sugar" of carbs) gets its direct answer first (found by a helper trying the console:
 * "is sugar bad" opened "Carbs aren't the enemy").
 */
export function tellTopic(turn: Turn, topic: Topic, said?: string): Response {
  // Said inside the words the slot took too ("raat ko roti", "cheeni band").
  const words = said === undefined ? undefined : ` ${said.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()} `;
  const found = words === undefined ? undefined : topic.leads?.find(({ names }) => names.some((each) => words.includes(` ${each.normalize('NFC').toLowerCase()} `)));
  const answer = found === undefined ? topic.answer : found.alone ? found.lead : [found.lead, topic.answer];
  const young = youngAnswer(turn, topic.id);
  return answerWithFollowUp(turn, young ?? [...youngFirst(turn, topic.id), ...(typeof answer === 'string' ? [answer] : answer)], topic.followUp, topic.saysNotice === true);
}

/**
 * What is eaten and how fast weight comes off, asked after an age under 18 was told: first, not to cut back while
 * growing (found by a helper trying the console as a 16-year-old: "can I do a crash diet" and "should I skip dinner" got
 * the adult answers alone).
 */
const EATING = new Set(['portions', 'junk-food', 'carbs', 'diet']);
function youngFirst(turn: Turn, id: string): string[] {
  return turn.young && EATING.has(id) ? [turn.t.t('health.young.eating')] : [];
}
/** Eating less, fasting, and losing weight fast: for someone still growing, an answer of their own in its place. */
const EATING_LESS = new Set(['eating-too-little', 'intermittent-fasting', 'weight-loss', 'calorie-deficit', 'results-time']);
function youngAnswer(turn: Turn, id: string): string | undefined {
  return turn.young && EATING_LESS.has(id) ? turn.t.t('health.young.eatingLess') : undefined;
}

/** "Is cycling good for back fat?", "what are rows for?": what the exercise does, then an offer to learn it. */
export function tellAboutExercise(turn: Turn, asked: Exercise, said?: string, forPart?: string): Response {
  const { t } = turn;
  // "What is a side jackknife": the variation named, and an offer to teach it, never the exercise it varies.
  const { exercise, opening } = teachable(asked, said);
  const about = exercise === asked && opening !== undefined ? opening : exercise.summary;
  // "Deadlifts work your back, hips, hamstrings and core": a summary that already names most muscles is not followed by them again.
  const summary = about.toLowerCase();
  const named = exercise.muscles.filter((muscle) => summary.includes(muscle.toLowerCase())).length;
  // A strength move's safety note too: "is deadlift safe for my back" once heard only what the move is good for. (A
  // calorie burner's is said with its steps: with its summary it would run past what a listener holds.)
  // HIIT's too: "is HIIT safe", the "safe" in the carrier, heard only that it burns a lot of calories (found by a helper
  // trying the console as an older user, December 5). Its caution is short, and it is the hardest work the plan asks.
  const caution = (exercise.category === 'strength' || exercise.id === 'hiit') && !exercise.summaryWarns ? exercise.caution : undefined;
  // A variation's own words ("running", "swimming") say what it does: the muscles of the move it varies would repeat them.
  // With HIIT's caution said, what it works is left out: both would run past what a listener holds.
  const works =
    forPart !== undefined || named * 2 >= exercise.muscles.length || about !== exercise.summary || (caution && exercise.category !== 'strength') ? undefined : t.t('howTo.works', { muscles: t.list(exercise.muscles) });
  // With a note of their own to check with a doctor first, HIIT's caution is its first sentence only: its general "check
  // with your doctor" would say it twice, and the answer run long (found in review: the personal note was dropped).
  // Asked for a part of the body ("is the deadlift alright for my knees"): with trouble there, a doctor or a
  // physiotherapist first (found by a helper trying the console as a woman of 63 with a bad knee: only the move's
  // benefits). Said instead of its muscles, to keep it short; a note of their own already says it.
  const personal = checkFirstNote(turn);
  const partNote = forPart !== undefined && !personal ? t.t('health.partAsked', { part: forPart.replace(/^(?:my|the|your)\s+/i, '') }) : undefined;
  // Only a note of their own cuts HIIT's caution short: its heart warning stays with the part's note (found in review).
  const warned = caution && personal && exercise.category !== 'strength' ? caution.split(/(?<=\.) /)[0] : caution;
  const checkFirst = personal ?? partNote;
  // A strength move asked about ("are supermans good for back fat", "does the superman burn back fat"): no move burns fat
  // from the place it works, which its summary never said (found by helpers trying the console: the superman's benefits
  // alone, heard as a yes). Not beside a part asked about, a note of their own, or a variation's opening. Where it would
  // take the answer past about 30 seconds, the notice included, it takes the place of the muscles when the summary names
  // some of them; else it is left out.
  const noSpotSaid = exercise.category === 'strength' && forPart === undefined && !personal && about === exercise.summary;
  const budget = NO_SPOT_BUDGET_SECONDS - (turn.noticeDue ? NOTICE_SECONDS : 0);
  const fits = (...lines: (string | undefined)[]) => estimateSpeechSeconds(speech(about, ...lines, warned, offerToTeach(turn, exercise)).toSsml()) <= budget;
  const line = t.t('howTo.noSpotFat');
  const [worksSaid, noSpot] = !noSpotSaid ? [works, undefined] : fits(works, line) ? [works, line] : named > 0 && fits(line) ? [undefined, line] : [works, undefined];
  // Asked about the move being taught ("is it safe for my back"): back to its steps, not an offer to teach it.
  if (howToOf(turn.mode)?.exerciseId === exercise.id) {
    const back = backToSteps(turn) ?? t.t('howTo.backToSteps');
    return turn.reply({ speech: speech(about, worksSaid, noSpot, warned, checkFirst, back), reprompt: speech(back), health: true });
  }
  const next = askOrGoOn(turn, offerToTeach(turn, exercise), { kind: 'howTo', exerciseId: exercise.id });
  // Another move asked about in a lesson ("what about RDLs"): the lesson ends there, so "how many reps" and "it" now
  // mean this one (found by a helper trying the console: they meant the lesson's move).
  const ends = turn.mode.kind === 'howTo' && { mode: { kind: 'idle' } as const };
  return turn.reply({ speech: speech(about, worksSaid, noSpot, warned, checkFirst, next.question), reprompt: speech(next.reprompt), offer: next.offer, health: true, ...ends });
}

/** Seconds a move's answer may run with the line on fat said in it, and what the notice takes of them. */
const NO_SPOT_BUDGET_SECONDS = 29;
const NOTICE_SECONDS = 6;

/** A move as a comparison names it: the variation said ("running", "the hip thrust") or the move, and what it is. */
function compared(asked: Exercise, said?: string): { exercise: Exercise; name: string; about: string } {
  const variation = namedVariation(asked, said);
  const { exercise, opening } = teachable(asked, said);
  const name = variation && !variation.taught ? (variation.names?.[0] ?? exercise.name) : exercise.name;
  return { exercise, name, about: opening ?? firstSentence(exercise.summary) };
}

/**
 * "Is swimming better than running", "deadlifts or rows": both, the same whichever is said first (found by a helper
 * trying the console: the first named was praised alone). Two calorie burners: the one kept up is the better one; two
 * strength moves: do both; one of each: they do different jobs. No move takes fat off the back alone.
 */
export function tellComparison(turn: Turn, first: { exercise: Exercise; said?: string }, second: { exercise: Exercise; said?: string }): Response {
  const { t } = turn;
  const [a, b] = [compared(first.exercise, first.said), compared(second.exercise, second.said)];
  if (a.name === b.name) return tellAboutExercise(turn, first.exercise, first.said);
  const strength = [a, b].find((move) => move.exercise.category === 'strength');
  const burner = [a, b].find((move) => move.exercise.category === 'calorie-burner');
  const said =
    strength && burner
      ? speech(t.t('compare.mixed', { strength: strength.name, burner: burner.name }))
      : burner
        ? speech(t.t('compare.burners'), capitalise(a.about), capitalise(b.about))
        : speech(t.t('compare.strength'), capitalise(a.about), capitalise(b.about), t.t('compare.both'));
  const next = askOrGoOn(turn, offerToTeach(turn, a.exercise), { kind: 'howTo', exerciseId: a.exercise.id });
  const ends = turn.mode.kind === 'howTo' && { mode: { kind: 'idle' } as const };
  return turn.reply({ speech: said.say(next.question), reprompt: speech(next.reprompt), offer: next.offer, health: true, ...ends });
}

/**
 * "How many reps of hip thrusts should I do": the dose at the user's level, for the variation named if one was, then
 * an offer to teach it (mid-workout, the workout goes on; in its own how-to, back to the steps).
 */
export async function tellDoseOf(turn: Turn, asked: Exercise, said?: string): Promise<Response> {
  await turn.personalise();
  const { t } = turn;
  const { exercise } = teachable(asked, said);
  const dose = speech(t.t('howTo.doseFor', { name: exercise.name }), doseForLevelText(t, exercise.dose[turn.level], turn.level));
  const back = howToOf(turn.mode)?.exerciseId === exercise.id ? backToSteps(turn) : undefined;
  if (back) return turn.reply({ speech: dose.say(back), reprompt: speech(back), health: true });
  const next = askOrGoOn(turn, offerToTeach(turn, exercise), { kind: 'howTo', exerciseId: exercise.id });
  return turn.reply({ speech: dose.say(next.question), reprompt: speech(next.reprompt), offer: next.offer, health: true });
}

/** "Let's do some glute bridges": the move is part of the strength workouts; an offer to teach it now. */
export function tellWhereMoveIsDone(turn: Turn, asked: Exercise, said?: string): Response {
  const { t } = turn;
  const { exercise } = teachable(asked, said);
  const next = askOrGoOn(turn, offerToTeach(turn, exercise), { kind: 'howTo', exerciseId: exercise.id });
  return turn.reply({ speech: speech(t.t('workout.moveIsInStrength', { name: exercise.name }), next.question), reprompt: speech(next.reprompt), ...(next.offer && { offer: next.offer }) });
}

/** A subject the catalogue does not cover: say so, and what it does cover. */
export function tellUnknownTopic(turn: Turn): Response {
  const { t } = turn;
  const next = askOrGoOn(turn, t.t('topic.suggest'));
  return turn.reply({ speech: speech(t.t('topic.unknown'), next.question), reprompt: speech(next.reprompt) });
}

export function tellTopicById(turn: Turn, id: string, said?: string): Response {
  const topic = findTopic(turn.catalogue, id);
  if (topic) return tellTopic(turn, topic, said);
  const exercise = findExercise(turn.catalogue, id);
  return exercise ? tellAboutExercise(turn, exercise) : tellUnknownTopic(turn);
}

/** HIIT, cardio and walking: the whole-body calorie burn that actually takes fat off. */
export function tellCalorieBurners(turn: Turn): Response {
  const { t, catalogue } = turn;
  const burners = catalogue.exercises.filter((e) => e.category === 'calorie-burner');
  const next = askOrGoOn(turn, t.t('burners.question'), undefined, t.t('howTo.whichOne.reprompt'));
  const said = speech(t.t('burners.intro', { count: burners.length }))
    .say(...burners.map((e) => t.t('burners.item', { name: capitalise(e.name), pitch: e.pitch ?? e.summary })))
    .say(next.question);
  return turn.reply({ speech: said, reprompt: speech(next.reprompt), health: true });
}

/**
 * Pain, an injury, a condition, a medicine, or "is this medical advice": a short, safe answer that points to a doctor
 * or a physiotherapist, and never an exercise prescription. With no concern named, it is treated as pain.
 */
export function safetyAnswer(turn: Turn, concernId: string | undefined, beforeTraining = false): string {
  const { catalogue } = turn;
  if (concernId !== undefined && catalogue.urgent.concernIds.includes(concernId)) return catalogue.urgent.answer;
  const concern = findConcern(catalogue, concernId);
  const kind = concern?.kind ?? 'pain';
  if (concern?.answer !== undefined) return concern.answer;
  // Asked to train with pain ("start a workout for my bad knee"), "stop the move that hurts" would come before any move.
  return kind === 'pain' && beforeTraining ? catalogue.painBeforeTraining : catalogue.safety[kind];
}

/** A condition, a pregnancy or an injury told: a workout asked for later this session first asks for a doctor's okay. */
/**
 * An age said beside what is wrong ("I'm 60 and I have a bad knee") or beside a question ("I'm 60, how does this work";
 * `concernId` undefined): kept as an age told alone is (see answerConcern), HIIT asking for a doctor's okay in any session
 * until one is said, and an adult's age ending a teenager's answers (found by a helper trying the console as a
 * 60-year-old: the age was dropped, and HIIT began unasked). An age that is itself the concern is answerConcern's.
 */
export async function keepAgeBeside(turn: Turn, concernId: string | undefined, years: number | undefined): Promise<void> {
  const age = concernOfAge([years].find(isAge));
  if (age === undefined || (concernId !== undefined && isAgeConcern(concernId))) return;
  await turn.personalise();
  await stored(turn.withStore((store, user) => store.updateProfile(user, { hiitCheckFirst: true, young: age === 'younger-age' ? true : null })));
  if (age === 'older-age') turn.forgetYoung();
  noteCautionOf(turn, age);
}

export function noteCautionOf(turn: Turn, concernId: string | undefined): void {
  const kind = cautionOf(turn, concernId);
  if (kind) turn.noteCaution(kind);
  // Under 18: answers about eating say first not to cut back while growing.
  if (concernId === 'younger-age') turn.noteYoung();
  // An age told: HIIT, later this session, asks for the okay; never in place of a caution that waits for every workout.
  if (kind) return;
  if (findConcern(turn.catalogue, concernId)?.kind === 'age' && (turn.caution === undefined || turn.caution === 'cleared')) turn.noteCaution('age');
}

/** The caution a concern is, if any: a condition, a pregnancy or an injury waits for a doctor's okay before training. */
export function cautionOf(turn: Turn, concernId: string | undefined): 'condition' | 'pregnancy' | 'injury' | 'advised' | undefined {
  const concern = findConcern(turn.catalogue, concernId);
  const kind = concern?.kind;
  if (concern?.id === DOCTOR_ADVISED) return 'advised';
  // Insulin or a blood thinner is taken for a condition exercise can change (found in review: "I take metformin" heard
  // to ask a doctor first, and the workout then started unasked).
  if (concern?.checkFirst) return 'condition';
  return kind === 'condition' || kind === 'pregnancy' || kind === 'injury' ? kind : undefined;
}

export function tellSafety(turn: Turn, concernId: string | undefined, beforeTraining = false): Response {
  const { t } = turn;
  // A warning sign: the answer, and nothing cheerful after it ("What else would you like?"); the session ends.
  if (concernId !== undefined && turn.catalogue.urgent.concernIds.includes(concernId)) {
    return turn.reply({ speech: speech(safetyAnswer(turn, concernId)), end: true, mode: { kind: 'idle' } });
  }
  // A condition, a pregnancy or an injury: a workout asked for later this session first asks for a doctor's okay.
  noteCautionOf(turn, concernId);
  // The first health answer a user hears carries the notice; a warning sign's (above) is said with nothing before it,
  // and "is this medical advice?" is answered by what the notice says, so it is not said first as well.
  const noticeInAnswer = findConcern(turn.catalogue, concernId)?.kind === 'medical-advice';
  return turn.reply({ speech: speech(safetyAnswer(turn, concernId, beforeTraining), t.t('anythingElse')), reprompt: speech(t.t('anythingElse.reprompt')), health: true, noticeInAnswer });
}
