import { describe, expect, it } from 'vitest';
import { findExercise, findTeachable } from '../../lambda/content/catalogue';
import { CATALOGUE as EN_US_CATALOGUE } from '../../lambda/content/en-US';
import { HI_IN } from '../../lambda/content/hi-IN';
import { namedVariation } from '../../lambda/domain/variation';
import { catalogueFor } from '../../lambda/locales';

const exercise = (id: string) => findExercise(EN_US_CATALOGUE, id)!;

describe('namedVariation', () => {
  it.each([
    ['deadlift', 'romanian deadlifts', /^Romanian deadlifts keep/],
    ['deadlift', 'rdl', /^Romanian deadlifts keep/],
    ['deadlift', 'single leg deadlift', /^Single-leg deadlifts hinge/],
    ['glute-bridge', 'hip thrust', /^The hip thrust is a glute bridge/],
    ['glute-bridge', 'hip thrusts', /^The hip thrust is a glute bridge/],
    ['side-plank', 'side jackknife', /^The side jackknife/],
    ['suitcase-carry', 'suitcase deadlift', /^The suitcase deadlift/],
    ['cardio', 'swimming', /^Swimming burns calories across your whole body/],
    ['cardio', 'running', /^Running burns/],
    ['superman', 'back extensions', /back extension bench/],
    // Found by a helper trying the console (December 3, fourth round).
    ['side-plank', 'side jackknives', /^The side jackknife/],
    ['bent-over-row', 'one armed row', /^The one-arm row/],
    ['bent-over-row', 'pull aparts', /^The band pull-apart/],
    ['deadlift', 'single leg rdls', /^Single-leg deadlifts/],
    ['deadlift', 'those single leg deadlift things', /^Single-leg deadlifts/],
    ['glute-bridge', 'barbell hip thrust', /^The hip thrust/],
    ['glute-bridge', 'glute thrusts', /^The hip thrust/],
  ])('%s, said as "%s"', (id, said, expected) => {
    expect(namedVariation(exercise(id), said)?.text).toMatch(expected);
  });

  it.each([
    ['deadlift', 'deadlifts'],
    // Found in review: a name of the exercise itself taught a variation whose description held its words.
    ['bent-over-row', 'dumbbell rows'],
    ['suitcase-carry', 'suitcase hold'],
    ['glute-bridge', 'hip bridge'],
    ['glute-bridge', 'floor bridge'],
    ['superman', 'floor back extension'],
    ['superman', 'superman exercise'],
    ['superman', 'floor back extension'],
    ['cardio', 'jogging'],
    ['walking', 'brisk walking'],
    ['deadlift', undefined],
  ])('names nothing for %s said as "%s"', (id, said) => {
    expect(namedVariation(exercise(id), said)).toBeUndefined();
  });
});

describe('namedVariation in Hindi', () => {
  const hindi = (id: string) => findExercise(HI_IN.catalogue, id)!;
  it.each([
    ['deadlift', 'डेडलिफ्ट'],
    ['superman', 'सुपरमैन'],
    ['glute-bridge', 'ब्रिज'],
  ])('names nothing for %s said as "%s"', (id, said) => {
    expect(namedVariation(hindi(id), said)).toBeUndefined();
  });

  it.each([
    ['deadlift', 'रोमानियन डेडलिफ्ट', 'romanian-deadlift'],
    ['deadlift', 'एक पैर वाला डेडलिफ्ट', 'single-leg-deadlift'],
    ['glute-bridge', 'हिप थ्रस्ट', 'hip-thrust'],
  ])('%s said as "%s" is %s', (id, said, taught) => {
    expect(namedVariation(hindi(id), said)?.taught?.id).toBe(taught);
  });
});

describe('variations taught on their own', () => {
  const taughtIds = (catalogue: typeof EN_US_CATALOGUE) =>
    catalogue.exercises.map((each) => (each.variations ?? []).map((variation) => variation.taught?.id ?? null));

  it('the ones people ask for by name have steps of their own', () => {
    const taught = taughtIds(EN_US_CATALOGUE).flat();
    for (const id of ['hip-thrust', 'romanian-deadlift', 'single-leg-deadlift', 'side-jackknife', 'back-extension']) expect(taught).toContain(id);
  });

  it.each(['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-CA', 'hi-IN'])('%s: an id is never another exercise’s or variation’s', (locale) => {
    const catalogue = catalogueFor(locale);
    const ids = [...catalogue.exercises.map((each) => each.id), ...taughtIds(catalogue).flat().filter((id) => id !== null)];
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('Hindi teaches the same variations, in the same places, with as many steps', () => {
    expect(taughtIds(HI_IN.catalogue)).toEqual(taughtIds(EN_US_CATALOGUE));
    for (const id of taughtIds(EN_US_CATALOGUE).flat()) {
      if (id === null) continue;
      expect(findTeachable(HI_IN.catalogue, id)?.steps.length, id).toBe(findTeachable(EN_US_CATALOGUE, id)?.steps.length);
    }
  });

  it('is taught as an exercise of its own: its name, text and steps, the exercise’s cues, caution and dose where it has none', () => {
    const hipThrust = findTeachable(EN_US_CATALOGUE, 'hip-thrust')!;
    const bridge = exercise('glute-bridge');
    expect(hipThrust).toMatchObject({ id: 'hip-thrust', name: 'the hip thrust', cues: bridge.cues, caution: bridge.caution, dose: bridge.dose });
    expect(hipThrust.summary).toMatch(/^The hip thrust is a glute bridge/);
    expect(hipThrust.steps[0]).toMatch(/bench or sofa/);
    expect(hipThrust.variations).toBeUndefined();
    const jackknife = findTeachable(EN_US_CATALOGUE, 'side-jackknife')!;
    expect(jackknife.dose.beginner).toMatchObject({ kind: 'reps', perSide: true });
    expect(jackknife.caution).not.toBe(exercise('side-plank').caution);
    expect(findTeachable(EN_US_CATALOGUE, 'superman')).toBe(exercise('superman'));
    expect(findTeachable(EN_US_CATALOGUE, 'burpee')).toBeUndefined();
  });
});
