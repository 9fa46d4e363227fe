import { describe, expect, it } from 'vitest';
import { findExercise } from '../../lambda/content/catalogue';
import { CATALOGUE as EN_US_CATALOGUE } from '../../lambda/content/en-US';
import { namedVariation } from '../../lambda/domain/variation';

const exercise = (id: string) => findExercise(EN_US_CATALOGUE, id)!;

describe('namedVariation', () => {
  it.each([
    ['deadlift', 'romanian deadlifts', /^Romanian deadlifts keep/],
    ['deadlift', 'single leg deadlift', /^Single-leg deadlifts hinge/],
    ['glute-bridge', 'hip thrust', /^The hip thrust rests/],
    ['glute-bridge', 'hip thrusts', /^The hip thrust rests/],
    ['side-plank', 'side jackknife', /^The side jackknife/],
    ['suitcase-carry', 'suitcase deadlift', /^The suitcase deadlift/],
    ['cardio', 'swimming', /^Swimming is especially good/],
    ['cardio', 'running', /^Running burns/],
    ['superman', 'back extensions', /back extension bench/],
  ])('%s, said as "%s"', (id, said, expected) => {
    expect(namedVariation(exercise(id), said)).toMatch(expected);
  });

  it.each([
    ['deadlift', 'deadlifts'],
    ['deadlift', 'rdl'],
    ['superman', 'superman exercise'],
    ['cardio', 'jogging'],
    ['walking', 'brisk walking'],
    ['deadlift', undefined],
  ])('names nothing for %s said as "%s"', (id, said) => {
    expect(namedVariation(exercise(id), said)).toBeUndefined();
  });
});
