import type { Response } from 'ask-sdk-model';
import { howToDatasource } from '../apl/workout-document';
import { screenDirectives } from '../apl/screen';
import { asExercise, findExercise, findTeachable } from '../content/catalogue';
import type { Exercise } from '../content/types';
import { type Mode, howToOf, workoutOf } from '../conversation/mode';
import type { HowToPosition } from '../conversation/state';
import type { OpenReply, Turn } from '../conversation/turn';
import { firstSentence, namedVariation, openingOf } from '../domain/variation';
import { estimateSpeechSeconds } from '../speech/duration';
import { speech } from '../speech/ssml';
import { doseForLevelText } from '../text/dose';
import { askAgain, carryOn, checkFirstNote, goOn } from './go-on';

/** "How to do deadlifts.", and for a calorie burner "How to get started with walking." (never "How to do walking"). */
const allIntroKey = (exercise: Exercise) => (exercise.category === 'calorie-burner' ? 'howTo.allIntroStart' : 'howTo.allIntro');

/** The how-to card for the Alexa app: the whole method, to read at leisure. */
function howToCard(turn: Turn, exercise: Exercise) {
  const { t } = turn;
  const lines = [
    exercise.summary,
    doseForLevelText(t, exercise.dose[turn.level], turn.level),
    ...exercise.steps.map((text, index) => `${index + 1}. ${text}`),
    t.t('howTo.cues', { cues: exercise.cues.join(' ') }),
    t.t('howTo.caution', { caution: exercise.caution }),
  ];
  return { title: t.t(allIntroKey(exercise), { name: exercise.name }).replace(/\.$/, ''), text: lines.join('\n') };
}

/** The position after the last step, where the wrap-up is read. */
function wrapUpPosition(exercise: Exercise): number {
  return exercise.steps.length;
}

/** A how-to at `step`, keeping a workout that waits behind it. */
function howToMode(turn: Turn, howTo: HowToPosition): Mode {
  const workout = workoutOf(turn.mode);
  return workout ? { kind: 'workout', workout, howTo } : { kind: 'howTo', howTo };
}

/** Dose, cues and caution: what to carry into the set, once the steps are known. */
function wrapUp(turn: Turn, exercise: Exercise) {
  const { t } = turn;
  return speech(
    doseForLevelText(t, exercise.dose[turn.level], turn.level),
    t.t('howTo.cues', { cues: exercise.cues.join(' ') }),
    t.t('howTo.caution', { caution: exercise.caution }),
    t.t('howTo.done', { name: exercise.name }),
  );
}

/** After the wrap-up: back to the workout if one waits, else another exercise. */
function afterWrapUp(turn: Turn): { question: string; offer: OpenReply['offer'] } {
  const { t } = turn;
  return workoutOf(turn.mode) ? { question: carryOn(turn), offer: undefined } : { question: t.t('howTo.offerAnother'), offer: { kind: 'pickExercise' } };
}

/** Step `step` (zero-based) of `exercise`, or the wrap-up after the last one. */
function stepReply(turn: Turn, exercise: Exercise, step: number, hint?: string): OpenReply {
  const { t } = turn;
  const index = Math.min(Math.max(step, 0), wrapUpPosition(exercise));
  const mode = howToMode(turn, { exerciseId: exercise.id, step: index });
  if (index === wrapUpPosition(exercise)) {
    const { question, offer } = afterWrapUp(turn);
    return { speech: wrapUp(turn, exercise).say(question), reprompt: speech(question), mode, ...(offer && { offer }), health: true };
  }
  const text = exercise.steps[index] ?? '';
  const isLast = index === exercise.steps.length - 1;
  const said = isLast
    ? t.t('howTo.lastStep', { number: index + 1, text })
    : index === 0
      ? t.t('howTo.firstStep', { count: exercise.steps.length, text })
      : t.t('howTo.step', { number: index + 1, text });
  const question = isLast ? t.t('howTo.cuesPrompt') : t.t('howTo.nextPrompt', { number: index + 2 });
  const reprompt = isLast ? t.t('howTo.cuesReprompt') : t.t('howTo.nextReprompt', { number: index + 2 });
  return { speech: speech(said, hint, question), reprompt: speech(reprompt), mode, health: true };
}

function tellStep(turn: Turn, exercise: Exercise, step: number, prefix?: string): Response {
  const reply = stepReply(turn, exercise, step);
  return turn.reply(prefix ? { ...reply, speech: speech(prefix).append(reply.speech) } : reply);
}

/**
 * What to teach for `exercise` said as `said`: a variation taught on its own when they named one ("hip thrust"), else
 * the exercise; either way, a variation named opens the how-to instead of the exercise's summary.
 */
export function teachable(exercise: Exercise, said?: string): { exercise: Exercise; opening?: string } {
  const variation = namedVariation(exercise, said);
  if (!variation) return { exercise };
  // Its opening sentence: what it is. The rest is in its steps, or in the card.
  const opening = openingOf(variation);
  return { exercise: variation.taught ? asExercise(exercise, variation) : exercise, opening };
}

/**
 * "What was step 3": that step of the how-to under way, and on from there. Past the last, the steps there are, then the
 * last one. Found by a helper trying the console: it was heard as "start over", and read step 1.
 */
export function tellStepNumber(turn: Turn, exercise: Exercise, number: number | undefined): Response {
  const { t } = turn;
  const count = exercise.steps.length;
  if (number === undefined || number < 1) return tellStep(turn, exercise, currentHowTo(turn)?.step ?? 0);
  if (number > count) return tellStep(turn, exercise, count - 1, t.t('howTo.onlySteps', { count }));
  return tellStep(turn, exercise, number - 1);
}

/**
 * A one-line summary, then the first step; "next" walks on from there to the wrap-up. A variation named ("hip thrust")
 * is taught with its own steps; one without its own ("swimming") is what they hear about instead of the summary.
 */
export function startHowTo(turn: Turn, named: Exercise, said?: string): Response {
  const { t } = turn;
  const { exercise, opening } = teachable(named, said);
  // A variation taught on its own, reached by its id ("yes" to "Want to hear how to do the hip thrust?"), opens with
  // what it is, as when named: its whole text ran the answer past 30 seconds (found in review, December 4).
  const summary = opening ?? (findExercise(turn.catalogue, exercise.id) ? exercise.summary : firstSentence(exercise.summary));
  // After a caution told, to ask a doctor first takes the place of what the move is good for: both ran past 30 seconds.
  const intro = speech(t.t(exercise.category === 'calorie-burner' ? 'howTo.introStart' : 'howTo.intro', { name: exercise.name }), checkFirstNote(turn) ?? summary);
  const first = stepReply(turn, exercise, 0, t.t('howTo.navigation'));
  return turn.reply({
    ...first,
    speech: intro.append(first.speech),
    card: howToCard(turn, exercise),
    directives: screenDirectives(turn.screen, howToDatasource(t, exercise, turn.level)),
  });
}

/** The exercise and step of the how-to under way, if any. */
export function currentHowTo(turn: Turn): { exercise: Exercise; step: number } | undefined {
  const position = howToOf(turn.mode);
  const exercise = findTeachable(turn.catalogue, position?.exerciseId);
  return position && exercise ? { exercise, step: Math.min(position.step, wrapUpPosition(exercise)) } : undefined;
}

/** Back to the steps after a question asked between them: "Ready for step 3?", or for the cues after the last. */
export function backToSteps(turn: Turn): string | undefined {
  const current = currentHowTo(turn);
  if (!current || current.step >= wrapUpPosition(current.exercise)) return undefined;
  const { t } = turn;
  return current.step === current.exercise.steps.length - 1 ? t.t('howTo.cuesPrompt') : t.t('howTo.nextPrompt', { number: current.step + 2 });
}

/**
 * True when the last answer was a step of the how-to under way, asking for the next ("Ready for step 2?"): found in
 * review, "start my workout" once read the next step whenever any how-to was still open.
 */
export function askedForNextStep(turn: Turn): boolean {
  const current = currentHowTo(turn);
  if (!current || current.step >= wrapUpPosition(current.exercise)) return false;
  const { t } = turn;
  const isLast = current.step === current.exercise.steps.length - 1;
  // A step's own reprompt, or "Ready for step 3?" after a question between steps.
  const asked = [isLast ? t.t('howTo.cuesReprompt') : t.t('howTo.nextReprompt', { number: current.step + 2 }), backToSteps(turn)];
  return asked.some((question) => question !== undefined && turn.state.last?.reprompt === speech(question).toSsml());
}

/** True once the how-to under way has read its wrap-up: there is no next step to point to. */
export function isHowToOver(turn: Turn): boolean {
  const current = currentHowTo(turn);
  return current !== undefined && current.step === wrapUpPosition(current.exercise);
}

export type HowToMove = 'next' | 'previous' | 'repeat' | 'startOver';

/** Next, back, repeat and start over while walking through an exercise's steps. */
export function moveInHowTo(turn: Turn, move: HowToMove): Response {
  const current = currentHowTo(turn);
  if (!current) return nothingToMoveOn(turn, move === 'previous');
  const { t } = turn;
  const { exercise, step } = current;
  switch (move) {
    case 'next':
      if (step === wrapUpPosition(exercise)) {
        const { question, offer } = afterWrapUp(turn);
        return turn.reply({
          speech: speech(t.t('howTo.lastAlready', { name: exercise.name }), question),
          reprompt: speech(question),
          ...(offer && { offer }),
        });
      }
      return tellStep(turn, exercise, step + 1);
    case 'previous':
      return tellStep(turn, exercise, step - 1, step === 0 ? t.t('howTo.firstAlready') : undefined);
    case 'startOver':
      return tellStep(turn, exercise, 0);
    case 'repeat':
      return tellStep(turn, exercise, step);
  }
}

/** "I'm done" while a move is taught, and no workout is running: the steps end there, with nothing offered to start. */
export function endHowTo(turn: Turn): Response {
  const { t } = turn;
  // Asked mid-workout, the lesson ends back in the workout, its place as it was (found by a helper trying the console:
  // the workout was dropped with the lesson, and the sets done since the session opened were lost).
  const place = workoutOf(turn.mode);
  if (place) {
    const back = carryOn(turn);
    return turn.reply({ speech: speech(t.t('howTo.ended'), back), reprompt: speech(back), mode: { kind: 'workout', workout: place } });
  }
  return turn.reply({ speech: speech(t.t('howTo.ended'), t.t('anythingElse')), reprompt: speech(t.t('anythingElse.reprompt')), mode: { kind: 'idle' } });
}

/** "Wait" mid-steps: nothing moves; next carries on when they are ready. */
export function holdHowTo(turn: Turn): Response {
  const notYet = turn.t.t('howTo.notYet');
  return turn.reply({ speech: speech(notYet), reprompt: speech(notYet) });
}

/** "How many reps?" while a move is taught: how much of it to do at the user's level, then back to its steps. */
export async function tellHowToDose(turn: Turn): Promise<Response> {
  await turn.personalise();
  const current = currentHowTo(turn);
  if (!current) return holdHowTo(turn);
  const { t } = turn;
  const dose = doseForLevelText(t, current.exercise.dose[turn.level], turn.level);
  const back = current.step < wrapUpPosition(current.exercise) ? backToSteps(turn) : undefined;
  const next = back ? { question: back, reprompt: back } : goOn(turn);
  return turn.reply({ speech: speech(dose, next.question), reprompt: speech(next.reprompt) });
}

/**
 * "Am I doing this right?" while a move is taught: its form cues, to check as they go, then back to its steps (found by a
 * helper trying the console: in a lesson, heard through "am I {concern}", it was "Sorry, I didn't get that").
 */
export function tellHowToForm(turn: Turn): Response | undefined {
  const current = currentHowTo(turn);
  if (!current || current.exercise.cues.length === 0) return undefined;
  const { t } = turn;
  const back = current.step < wrapUpPosition(current.exercise) ? backToSteps(turn) : undefined;
  const next = back ? { question: back, reprompt: back } : goOn(turn);
  return turn.reply({ speech: speech(t.t('workout.formCheck', { cues: current.exercise.cues.join(' ') }), next.question), reprompt: speech(next.reprompt) });
}

/** About what a listener can hold in one answer; the steps of a method are read in pages of at most this. */
const ALL_STEPS_PAGE_SECONDS = 22;

/**
 * The steps, in pages that fit a breath ("Want the rest of the steps?"), then an offer of the cues and safety: a whole
 * method read at once runs past what a listener can hold. Mid-workout, the workout then carries on.
 */
export function tellAllSteps(turn: Turn, named: Exercise, from = 0, said?: string): Response {
  const { t } = turn;
  const { exercise } = teachable(named, said);
  const start = Math.min(Math.max(from, 0), exercise.steps.length - 1);
  const steps = start === 0 ? speech(t.t(allIntroKey(exercise), { name: exercise.name })) : speech();
  const inWorkout = workoutOf(turn.mode) !== undefined;
  let next = start;
  while (next < exercise.steps.length) {
    const line = t.t('howTo.step', { number: next + 1, text: exercise.steps[next] ?? '' });
    if (next > start && estimateSpeechSeconds(steps.toSsml()) + estimateSpeechSeconds(speech(line).toSsml()) > ALL_STEPS_PAGE_SECONDS) break;
    steps.say(line);
    next += 1;
  }
  if (next < exercise.steps.length) {
    const more = t.t('howTo.moreSteps');
    // The how-to is under way from here: "how many reps?" between pages gets the dose, never "no workout running".
    return turn.reply({
      speech: steps.say(more),
      reprompt: speech(more),
      offer: { kind: 'allSteps', exerciseId: exercise.id, from: next },
      ...(!inWorkout && { mode: { kind: 'howTo', howTo: { exerciseId: exercise.id, step: next - 1 } } }),
      health: true,
    });
  }
  const question = inWorkout ? carryOn(turn) : t.t('howTo.cuesPrompt');
  return turn.reply({
    speech: steps.say(question),
    reprompt: speech(question),
    // The wrap-up (dose, cues, safety) is the next step; in a workout the how-to ends here and the workout resumes.
    mode: inWorkout ? { kind: 'workout', workout: workoutOf(turn.mode)! } : { kind: 'howTo', howTo: { exerciseId: exercise.id, step: exercise.steps.length - 1 } },
    card: howToCard(turn, exercise),
    health: true,
  });
}

/**
 * Its variations, short: those taught on their own by name ("I can also teach the hip thrust"), the others by their
 * opening sentence.
 */
function variationsSaid(turn: Turn, exercise: Exercise): string[] {
  const { t } = turn;
  const variations = exercise.variations ?? [];
  const taught = variations.flatMap(({ taught: own }) => (own ? [own.name] : []));
  const others = variations.filter((variation) => !variation.taught).map(openingOf);
  return [
    ...(others.length > 0 ? [t.t('howTo.variations', { variations: others.join(' ') })] : []),
    ...(taught.length > 0 ? [t.t('howTo.variationsTaught', { names: t.list(taught) })] : []),
  ];
}

/** "Tell me more" about the exercise under way, or the one in the workout: its cues, safety and variations. */
export function tellMoreAbout(turn: Turn, exercise: Exercise): Response {
  const { t } = turn;
  // Asked in the middle of the steps ("tell me more", "और बताओ"): the steps go on from where they were.
  const current = currentHowTo(turn);
  const midSteps = current !== undefined && current.exercise.id === exercise.id && current.step < wrapUpPosition(exercise);
  if (midSteps) {
    const back = backToSteps(turn) ?? t.t('howTo.cuesPrompt');
    return turn.reply({
      speech: speech(t.t('howTo.cues', { cues: exercise.cues.join(' ') }), t.t('howTo.caution', { caution: exercise.caution }), ...variationsSaid(turn, exercise), back),
      reprompt: speech(back),
      health: true,
    });
  }
  const question = workoutOf(turn.mode) ? carryOn(turn) : t.t('howTo.offerAnother');
  return turn.reply({
    speech: speech(t.t('howTo.cues', { cues: exercise.cues.join(' ') }), t.t('howTo.caution', { caution: exercise.caution }), ...variationsSaid(turn, exercise))
      .say(question),
    reprompt: speech(question),
    ...(workoutOf(turn.mode) ? {} : { offer: { kind: 'pickExercise' } }),
    health: true,
  });
}

/** The exercises of a category, as a spoken list ("the superman, deadlifts, and good mornings"). */
export function exerciseNames(turn: Turn, category: Exercise['category']): string {
  return turn.t.list(turn.catalogue.exercises.filter((exercise) => exercise.category === category).map((exercise) => exercise.name));
}

/** "I don't know that one yet" (or "I didn't catch which exercise"), what it can teach, and a question. */
export function tellUnknownExercise(turn: Turn, heard: 'unknown' | 'nothing'): Response {
  const { t } = turn;
  const canTeach = t.t('exercise.canTeach', { strength: exerciseNames(turn, 'strength'), burners: exerciseNames(turn, 'calorie-burner') });
  return turn.reply({
    speech: speech(t.t(heard === 'unknown' ? 'exercise.unknown' : 'exercise.notCaught'), canTeach, t.t('howTo.whichOne')),
    reprompt: speech(t.t('howTo.whichOne.reprompt')),
  });
}

/**
 * "How do I do a plank": the plank is not taught, the side plank is; offered (found by helpers trying the console: the
 * answer on abs work, which never said how, nor offered the side plank).
 */
export function offerSidePlank(turn: Turn): Response | undefined {
  const { t } = turn;
  const side = findExercise(turn.catalogue, 'side-plank');
  if (!side) return undefined;
  const question = t.t('exercise.plank', { name: side.name });
  return turn.reply({ speech: speech(question), reprompt: speech(t.t('topic.offerHowTo', { name: side.name })), offer: { kind: 'howTo', exerciseId: side.id }, health: true });
}

/** "Which exercise should I read all the steps for?" */
export function askWhichExercise(turn: Turn): Response {
  const { t } = turn;
  return turn.reply({ speech: speech(t.t('howTo.noExercise')), reprompt: speech(t.t('howTo.whichOne.reprompt')) });
}

/** Questions a "next" or "go back" cannot answer, which want their yes or no. */
const NEEDS_YES_OR_NO: ReadonlySet<string> = new Set(['cleared', 'stillHurts', 'feltBefore', 'confirmDelete', 'confirmReset']);

/**
 * "Next" or "go back" with nothing under way. With a question pending ("Want me to log what you did?"), the question
 * again: found by a helper trying the console, it was dropped for "which exercise would you like to learn?".
 */
export function nothingToMoveOn(turn: Turn, back = false): Response {
  const { t } = turn;
  // "Go back" is said to have nothing to go back to (found by a helper trying the console: "nothing to move on to").
  // A question about health or erasing data wants its yes or no (found by a helper trying the console: "next" to the
  // doctor question opened with "There's nothing to move on to").
  const lead = turn.offer && NEEDS_YES_OR_NO.has(turn.offer.kind) ? 'hedged.clearAnswer' : back ? 'exercise.backPending' : 'exercise.nextPending';
  const again = askAgain(turn, t.t(lead));
  if (again) return again;
  return turn.reply({ speech: speech(t.t(back ? 'exercise.backOutside' : 'exercise.nextOutside'), t.t('howTo.whichOne')), reprompt: speech(t.t('howTo.whichOne.reprompt')) });
}

/** The variations the exercise list names: the two the article's week names beside the moves ("hip thrusts, back extensions"). */
const LISTED_VARIATIONS = ['back-extension', 'hip-thrust'] as const;

/** "What exercises can you teach me?" */
export function tellExerciseList(turn: Turn): Response {
  const { t, catalogue } = turn;
  const count = (category: Exercise['category']) => catalogue.exercises.filter((exercise) => exercise.category === category).length;
  // All eleven, or even four, take the answer past 30 seconds: the two the article's week names.
  const taughtVariations = LISTED_VARIATIONS.flatMap((id) =>
    catalogue.exercises.flatMap((exercise) => (exercise.variations ?? []).flatMap((variation) => (variation.taught?.id === id ? [variation.taught.name] : []))),
  );
  return turn.reply({
    speech: speech(
      t.t('exercise.list', {
        strengthCount: count('strength'),
        strength: exerciseNames(turn, 'strength'),
        burnerCount: count('calorie-burner'),
        burners: exerciseNames(turn, 'calorie-burner'),
      }),
      // The variations taught with steps of their own ("the back extension", which the article's week names).
      taughtVariations.length > 0 ? t.t('exercise.list.variations', { names: t.list(taughtVariations) }) : undefined,
      t.t('howTo.whichOne'),
    ),
    reprompt: speech(t.t('howTo.whichOne.reprompt')),
  });
}
