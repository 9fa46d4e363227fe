import type { interfaces } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import {
  WORKOUT_DOCUMENT,
  WORKOUT_DOCUMENT_TOKEN,
  type WorkoutDatasource,
  howToDatasource,
  workoutDatasource,
} from '../../lambda/apl/workout-document';
import { CATALOGUE as EN_US_CATALOGUE } from '../../lambda/content/en-US';
import { SESSIONS, type SessionId } from '../../lambda/content/sessions';
import { LEVELS } from '../../lambda/content/types';
import { buildWorkout } from '../../lambda/domain/guided-workout';
import { translator } from '../../lambda/locales';

const t = translator('en-US');
const catalogue = EN_US_CATALOGUE;
const SESSION_IDS = Object.keys(SESSIONS) as SessionId[];

/** Every component APL 2024.3 defines. */
const APL_COMPONENTS = new Set([
  'Container',
  'EditText',
  'FlexSequence',
  'Frame',
  'GridSequence',
  'Host',
  'Image',
  'Pager',
  'ScrollView',
  'Sequence',
  'Text',
  'TouchWrapper',
  'VectorGraphic',
  'Video',
]);
const CHILD_PROPERTIES = ['item', 'items', 'firstItem', 'lastItem'] as const;

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The components of the layout tree (not the commands hanging off them). */
function components(node: unknown): Node[] {
  const list = Array.isArray(node) ? node : [node];
  return list.filter(isNode).flatMap((component) => [component, ...CHILD_PROPERTIES.flatMap((key) => components(component[key]))]);
}

/** Every object anywhere in the document, commands included. */
function objects(node: unknown): Node[] {
  if (Array.isArray(node)) return node.flatMap(objects);
  return isNode(node) ? [node, ...Object.values(node).flatMap(objects)] : [];
}

function resolve(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (isNode(value) ? value[key] : undefined), root);
}

function allDatasources(): WorkoutDatasource[] {
  const sources: WorkoutDatasource[] = [];
  for (const id of SESSION_IDS) {
    for (const level of LEVELS) {
      const workout = buildWorkout(id, level, catalogue.exercises);
      for (let index = 0; index <= workout.steps.length; index += 1) sources.push(workoutDatasource(t, catalogue, workout, index));
    }
  }
  for (const exercise of catalogue.exercises) sources.push(howToDatasource(t, exercise, 'intermediate'));
  return sources;
}

describe('the workout APL document', () => {
  it('has the top-level fields APL requires', () => {
    expect(WORKOUT_DOCUMENT.type).toBe('APL');
    expect(WORKOUT_DOCUMENT.version).toBe('2024.3');
    expect(WORKOUT_DOCUMENT.mainTemplate.parameters).toEqual(['payload']);
    expect(WORKOUT_DOCUMENT.mainTemplate.items.length).toBeGreaterThan(0);
  });

  it('uses only APL components', () => {
    const found = components(WORKOUT_DOCUMENT.mainTemplate.items);
    expect(found.length).toBeGreaterThan(5);
    for (const component of found) expect(APL_COMPONENTS.has(String(component.type)), String(component.type)).toBe(true);
  });

  it('binds only fields the datasource provides, for every step and every how-to', () => {
    const json = JSON.stringify(WORKOUT_DOCUMENT);
    const bindings = [...json.matchAll(/\$\{payload\.([\w.]+)\}/g)].map((match) => match[1]!);
    expect(new Set(bindings)).toEqual(new Set(['workout.progress', 'workout.title', 'workout.dose', 'workout.steps', 'workout.nextLabel', 'workout.repeatLabel']));
    expect(json.match(/\$\{(?!payload\.|data\})[^}]*\}/g)).toBeNull();
    for (const source of allDatasources()) {
      for (const path of bindings) expect(resolve(source, path), path).toBeDefined();
      expect(Array.isArray(source.workout.steps)).toBe(true);
      expect(source.workout.steps.every((step) => typeof step === 'string' && step !== '')).toBe(true);
    }
  });

  it('binds ${data} only inside the data-bound list of steps', () => {
    const dataBound = components(WORKOUT_DOCUMENT.mainTemplate.items).filter((component) => component.data !== undefined);
    expect(dataBound.map((component) => component.data)).toEqual(['${payload.workout.steps}']);
    const outside = JSON.stringify({ ...WORKOUT_DOCUMENT, mainTemplate: { ...WORKOUT_DOCUMENT.mainTemplate, items: [] } });
    expect(outside).not.toContain('${data}');
  });

  it('has a Next and a Repeat button that send exactly those events', () => {
    const events = objects(WORKOUT_DOCUMENT).filter((node) => node.type === 'SendEvent');
    expect(events.map((event) => event.arguments)).toEqual([['next'], ['repeat']]);
    const buttons = components(WORKOUT_DOCUMENT.mainTemplate.items).filter((component) => component.type === 'TouchWrapper');
    expect(buttons.map((button) => (button.onPress as Node).arguments)).toEqual([['next'], ['repeat']]);
  });

  it('goes into a RenderDocument directive as it is', () => {
    const directive: interfaces.alexa.presentation.apl.RenderDocumentDirective = {
      type: 'Alexa.Presentation.APL.RenderDocument',
      token: WORKOUT_DOCUMENT_TOKEN,
      document: WORKOUT_DOCUMENT,
      datasources: workoutDatasource(t, catalogue, buildWorkout('strength-a', 'beginner', catalogue.exercises), 1),
    };
    expect(JSON.parse(JSON.stringify(directive))).toEqual(directive);
  });
});

describe('workoutDatasource', () => {
  const workout = buildWorkout('strength-a', 'intermediate', catalogue.exercises);

  it('shows the exercise, where you are, the dose and its steps', () => {
    const firstRow = workout.steps.findIndex((step) => step.kind === 'set' && step.exerciseId === 'bent-over-row');
    const { workout: screen } = workoutDatasource(t, catalogue, workout, firstRow);
    expect(screen.title).toBe('Bent-over rows');
    expect(screen.progress).toBe('Exercise 2 of 5 · Set 1 of 3');
    expect(screen.dose).toBe('3 sets of 10');
    expect(screen.steps[0]).toMatch(/^1\. Hold a light dumbbell/);
    expect([screen.nextLabel, screen.repeatLabel]).toEqual(['Next', 'Repeat']);
  });

  it('shows rounds, sides, warm-up and the end', () => {
    const hiit = buildWorkout('hiit', 'beginner', catalogue.exercises);
    expect(workoutDatasource(t, catalogue, hiit, 4).workout.progress).toBe('Round 3 of 10');
    const sidePlank = workout.steps.findIndex((step) => step.kind === 'set' && step.exerciseId === 'side-plank');
    expect(workoutDatasource(t, catalogue, workout, sidePlank + 1).workout.progress).toBe('Exercise 5 of 5 · Set 1 of 3, other side');
    expect(workoutDatasource(t, catalogue, workout, 0).workout).toMatchObject({ title: 'Warm-up', dose: '5 minutes' });
    expect(workoutDatasource(t, catalogue, workout, workout.steps.length).workout).toMatchObject({ title: 'Workout done', steps: [] });
  });

  it('serves the how-to answers too', () => {
    const superman = catalogue.exercises.find((exercise) => exercise.id === 'superman')!;
    const { workout: screen } = howToDatasource(t, superman, 'advanced');
    expect(screen).toMatchObject({ title: 'The superman', progress: 'How to', dose: 'At advanced level, do 3 sets of 12, holding each for 2 seconds.' });
    expect(screen.steps).toHaveLength(superman.steps.length);
  });
});
