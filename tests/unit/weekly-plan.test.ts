import { describe, expect, it } from 'vitest';
import { CATALOGUE as EN_US_CATALOGUE } from '../../lambda/content/en-US';
import { SESSIONS } from '../../lambda/content/sessions';
import { WEEKDAYS, type Weekday, parseIsoDate } from '../../lambda/domain/calendar';
import { interpretDate } from '../../lambda/domain/day-query';
import { planForDay, trainingDaysLeft, weeklyPlan, weeklyTargets } from '../../lambda/domain/weekly-plan';

describe('weekly plan', () => {
  it('follows the article: strength three times, HIIT twice, cardio, one rest day', () => {
    expect(weeklyTargets()).toEqual({ strength: 3, hiit: 2, cardio: 1, rest: 1 });
    expect(planForDay(7).kind).toBe('rest');
    expect(weeklyPlan().map((day) => day.kind)).toEqual(['strength', 'hiit', 'strength', 'cardio', 'strength', 'hiit', 'rest']);
  });

  it.each(WEEKDAYS)('keeps the mix and puts rest on the chosen day (%i)', (restDay) => {
    const plan = weeklyPlan(restDay as Weekday);
    expect(plan.find((day) => day.kind === 'rest')?.weekday).toBe(restDay);
    expect(weeklyTargets(restDay as Weekday)).toEqual({ strength: 3, hiit: 2, cardio: 1, rest: 1 });
    for (let i = 0; i < 7; i += 1) {
      const today = plan[i]!.kind;
      const tomorrow = plan[(i + 1) % 7]!.kind;
      expect(today === 'strength' && tomorrow === 'strength').toBe(false);
    }
  });

  it('only names exercises the catalogue has', () => {
    const ids = new Set(EN_US_CATALOGUE.exercises.map((exercise) => exercise.id));
    for (const session of Object.values(SESSIONS)) for (const id of session.exerciseIds) expect(ids.has(id)).toBe(true);
  });

  it('uses every strength move of the article across the week', () => {
    const used = new Set(weeklyPlan().flatMap((day) => day.exerciseIds));
    for (const exercise of EN_US_CATALOGUE.exercises.filter((e) => e.category === 'strength')) expect(used.has(exercise.id)).toBe(true);
  });
});

describe('trainingDaysLeft', () => {
  it('counts the days from today whose plan is a session, the rest day never, today only when not yet done', () => {
    // Rest day Sunday: Monday to Saturday each hold a session.
    expect(trainingDaysLeft(1, 7)).toBe(6);
    expect(trainingDaysLeft(4, 7)).toBe(3);
    expect(trainingDaysLeft(4, 7, true)).toBe(2);
    expect(trainingDaysLeft(7, 7)).toBe(0);
    // Rest day Wednesday: from Thursday, Thursday to Sunday.
    expect(trainingDaysLeft(4, 3)).toBe(4);
  });
});

describe('interpretDate', () => {
  const today = parseIsoDate('2026-11-24')!;

  it('reads days, weeks, weekends and "now"', () => {
    expect(interpretDate(undefined, today)).toEqual({ kind: 'day', date: today });
    expect(interpretDate('PRESENT_REF', today)).toEqual({ kind: 'day', date: today });
    expect(interpretDate('2026-11-27', today)).toEqual({ kind: 'day', date: parseIsoDate('2026-11-27') });
    expect(interpretDate('2026-W48', today)).toEqual({ kind: 'week' });
    expect(interpretDate('2026-W48-WE', today)).toEqual({ kind: 'weekend', saturday: parseIsoDate('2026-11-28'), sunday: parseIsoDate('2026-11-29') });
  });

  it('admits what it cannot place', () => {
    for (const value of ['2026-11', '2026', '201X', 'XXXX-XX-XX', 'garbage', '2026-02-30', '2026-W60']) {
      expect(interpretDate(value, today)).toEqual({ kind: 'unclear' });
    }
  });
});
