import { type Catalogue, findExercise } from '../content/catalogue';
import type { Exercise, Level } from '../content/types';
import { type Workout, isFinished } from '../domain/guided-workout';
import { capitalise } from '../speech/ssml';
import type { Translator } from '../i18n/translator';
import { doseText, doseForLevelText } from '../text/dose';
import { stepInstructions } from '../text/workout';

/** Types, not interfaces, so both stay assignable to ask-sdk's `{ [key: string]: any }` directive fields. */
export type AplComponent = { readonly type: string; readonly [property: string]: unknown };

export type AplDocument = {
  readonly type: 'APL';
  readonly version: string;
  readonly theme?: 'dark' | 'light';
  readonly background?: string;
  readonly mainTemplate: { readonly parameters: readonly string[]; readonly items: readonly AplComponent[] };
};

/** What the screen shows; every `${payload.workout.…}` in the document is one of these. */
export type WorkoutScreen = {
  readonly title: string;
  /** "Exercise 2 of 5 · Set 1 of 3", "Round 3 of 10". */
  readonly progress: string;
  readonly dose: string;
  readonly steps: readonly string[];
  readonly nextLabel: string;
  readonly repeatLabel: string;
};

export type WorkoutDatasource = { readonly workout: WorkoutScreen };

export const WORKOUT_DOCUMENT_TOKEN = 'workout';

/** The two touch controls; their SendEvent arguments are what the handler reads back. */
export const WORKOUT_SCREEN_EVENTS = ['next', 'repeat'] as const;
export type WorkoutScreenEvent = (typeof WORKOUT_SCREEN_EVENTS)[number];

const ACCENT = '#2E8B74';
const MUTED = '#B8C4CC';

function button(event: WorkoutScreenEvent, label: string, spacing?: string): AplComponent {
  return {
    type: 'TouchWrapper',
    id: `${event}Button`,
    role: 'button',
    accessibilityLabel: label,
    ...(spacing && { spacing }),
    onPress: { type: 'SendEvent', arguments: [event] },
    item: {
      type: 'Frame',
      backgroundColor: ACCENT,
      borderRadius: '12dp',
      paddingLeft: '32dp',
      paddingRight: '32dp',
      paddingTop: '12dp',
      paddingBottom: '12dp',
      item: { type: 'Text', text: label, fontSize: '28dp', fontWeight: 'bold', textAlign: 'center', color: '#FFFFFF' },
    },
  };
}

/** One document for the guided workout and the how-to: a title, where you are, the dose, the steps, Next and Repeat. */
export const WORKOUT_DOCUMENT: AplDocument = {
  type: 'APL',
  version: '2024.3',
  theme: 'dark',
  background: '#101820',
  mainTemplate: {
    parameters: ['payload'],
    items: [
      {
        type: 'Container',
        width: '100vw',
        height: '100vh',
        paddingLeft: '6vw',
        paddingRight: '6vw',
        paddingTop: '4vh',
        paddingBottom: '4vh',
        items: [
          { type: 'Text', text: '${payload.workout.progress}', fontSize: '24dp', color: MUTED, maxLines: 1 },
          { type: 'Text', text: '${payload.workout.title}', fontSize: '44dp', fontWeight: 'bold', maxLines: 2, spacing: '4dp' },
          { type: 'Text', text: '${payload.workout.dose}', fontSize: '28dp', color: ACCENT, spacing: '8dp' },
          {
            type: 'ScrollView',
            grow: 1,
            shrink: 1,
            spacing: '16dp',
            item: {
              type: 'Container',
              data: '${payload.workout.steps}',
              items: [{ type: 'Text', text: '${data}', fontSize: '26dp', spacing: '12dp' }],
            },
          },
          {
            type: 'Container',
            direction: 'row',
            justifyContent: 'center',
            paddingTop: '16dp',
            items: [button('next', '${payload.workout.nextLabel}'), button('repeat', '${payload.workout.repeatLabel}', '24dp')],
          },
        ],
      },
    ],
  },
};


function numbered(steps: readonly string[]): string[] {
  return steps.map((text, i) => `${i + 1}. ${text}`);
}

/** Told steps read as a short list, a sentence a line. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence !== '');
}

function screen(t: Translator, fields: Omit<WorkoutScreen, 'nextLabel' | 'repeatLabel'>): WorkoutDatasource {
  return { workout: { ...fields, nextLabel: t.t('workout.screen.next'), repeatLabel: t.t('workout.screen.repeat') } };
}

/** The screen for step `index` of `workout`; past the last step, a "workout done" screen. */
export function workoutDatasource(t: Translator, catalogue: Catalogue, workout: Workout, index: number, gentle = false): WorkoutDatasource {
  const day = capitalise(t.t(`plan.kind.${workout.kind}`));
  const step = isFinished(workout, index) ? undefined : workout.steps[Math.max(Math.floor(index) || 0, 0)];
  if (!step) return screen(t, { title: t.t('workout.screen.finished'), progress: day, dose: '', steps: [] });
  switch (step.kind) {
    case 'set': {
      const exercise = findExercise(catalogue, step.exerciseId);
      const set = step.side
        ? t.t('workout.screen.setSide', { set: step.set, sets: step.sets, side: t.t(`workout.screen.side.${step.side}`) })
        : t.t('workout.screen.set', { set: step.set, sets: step.sets });
      return screen(t, {
        title: capitalise(exercise?.name ?? ''),
        progress: t.t('workout.screen.progress', { exercise: t.t('workout.screen.exercise', { number: step.exerciseNumber, count: step.exerciseCount }), set }),
        dose: capitalise(doseText(t, step.dose)),
        steps: numbered(exercise?.steps ?? []),
      });
    }
    case 'interval': {
      const exercise = findExercise(catalogue, step.exerciseId);
      return screen(t, {
        title: capitalise(exercise?.name ?? ''),
        progress: t.t('workout.screen.round', { round: step.round, rounds: step.rounds }),
        dose: exercise ? capitalise(doseText(t, exercise.dose[step.level])) : '',
        steps: numbered(exercise?.steps ?? []),
      });
    }
    case 'steady': {
      const exercise = findExercise(catalogue, step.exerciseId);
      return screen(t, {
        title: capitalise(exercise?.name ?? ''),
        progress: t.t('workout.screen.steady'),
        dose: t.t('workout.screen.minutes', { minutes: step.minutes }),
        steps: numbered(exercise?.steps ?? []),
      });
    }
    case 'warm-up':
    case 'cool-down':
      return screen(t, {
        title: t.t(step.kind === 'warm-up' ? 'workout.screen.warmUp' : 'workout.screen.coolDown'),
        progress: day,
        dose: t.t('workout.screen.minutes', { minutes: step.minutes }),
        steps: sentences(stepInstructions(t, workout, step, gentle)),
      });
    case 'recovery':
      return screen(t, {
        title: capitalise(t.t(`workout.activity.${step.activity}`)),
        progress: t.t('workout.screen.recovery', { number: step.number, count: step.count }),
        dose: t.t('workout.screen.minutes', { minutes: step.minutes }),
        steps: sentences(stepInstructions(t, workout, step, gentle)),
      });
  }
}

/** The same document for a how-to answer: the exercise's steps and the dose for the user's level. */
export function howToDatasource(t: Translator, exercise: Exercise, level: Level): WorkoutDatasource {
  return screen(t, {
    title: capitalise(exercise.name),
    progress: t.t('workout.screen.howTo'),
    dose: doseForLevelText(t, exercise.dose[level], level),
    steps: numbered(exercise.steps),
  });
}
