import { describe, expect, it } from 'vitest';
import { EMPTY_WEEK, weekReport } from '../../lambda/domain/progress';
import { weeklyTargets } from '../../lambda/domain/weekly-plan';
import { translator } from '../../lambda/locales';
import { speakWeekOfKind } from '../../lambda/speech/progress';
import type { WeekProgress } from '../../lambda/domain/progress';

const targets = weeklyTargets();
const week = (id: string, sessions: Partial<WeekProgress['sessions']>, rest: Partial<WeekProgress> = {}): WeekProgress => ({
  ...EMPTY_WEEK(id),
  sessions: { ...EMPTY_WEEK(id).sessions, ...sessions },
  ...rest,
});
const full = { strength: 3, hiit: 2, cardio: 1 };
const previous = ['2026-W47', '2026-W46', '2026-W45', '2026-W44'];

describe('weekReport', () => {
  it('counts what is done and what is left against the plan', () => {
    const report = weekReport([week('2026-W48', { strength: 2, hiit: 1, cardio: 1, walk: 3 }, { activeDays: 5, extraSteps: 11_000 })], '2026-W48', previous, targets);
    expect(report.kinds).toEqual([
      { kind: 'strength', done: 2, target: 3, left: 1 },
      { kind: 'hiit', done: 1, target: 2, left: 1 },
      { kind: 'cardio', done: 1, target: 1, left: 0 },
    ]);
    expect(report).toMatchObject({ sessions: 4, activeDays: 5, extraSteps: 11_000, met: false, streak: 0 });
    expect(report.lastWeekSessions).toBeUndefined();
  });

  it('never counts below zero left when the user did more than planned', () => {
    const report = weekReport([week('2026-W48', { strength: 5, hiit: 2, cardio: 3 })], '2026-W48', previous, targets);
    expect(report.kinds.every((kind) => kind.left === 0)).toBe(true);
    expect(report.met).toBe(true);
  });

  it('compares with last week and counts the streak of weeks that met the plan', () => {
    const weeks = [week('2026-W48', { strength: 1 }), week('2026-W47', full), week('2026-W46', { ...full, cardio: 2 }), week('2026-W45', { strength: 1 }), week('2026-W44', full)];
    const report = weekReport(weeks, '2026-W48', previous, targets);
    expect(report.lastWeekSessions).toBe(6);
    expect(report.streak).toBe(2);
  });

  it('adds this week to the streak once it is met', () => {
    const report = weekReport([week('2026-W48', full), week('2026-W47', full)], '2026-W48', previous, targets);
    expect(report.streak).toBe(2);
  });

  it('a gap breaks the streak', () => {
    const report = weekReport([week('2026-W46', full), week('2026-W45', full)], '2026-W48', previous, targets);
    expect(report.streak).toBe(0);
    expect(report.lastWeekSessions).toBeUndefined();
  });
});

describe('speakWeekOfKind', () => {
  const t = translator('en-US');
  const said = (report: ReturnType<typeof weekReport>, activity: Parameters<typeof speakWeekOfKind>[2], daysLeft?: number) =>
    speakWeekOfKind(t, report, activity, daysLeft).toSsml().replace(/<[^>]+>/g, '').replace(/&apos;/g, "'");

  // "How much HIIT did I do this week" on a Saturday (found in review: "Still to do: 2 HIIT", with one day left).
  it('says that kind, what is left of it, and no cramming when more is left than days', () => {
    const report = weekReport([week('2026-W48', { strength: 1 })], '2026-W48', previous, targets);
    expect(said(report, 'hiit', 1)).toBe("No HIIT logged yet this week. Still to do: 2 HIIT. That's more than the one training day left, so don't cram: do that day's plan, and start fresh on Monday.");
    expect(said(report, 'strength', 4)).toBe('This week: 1 of 3 strength sessions. Still to do: 2 strength.');
    expect(said(report, 'stretch')).toBe('No stretching logged yet this week.');
  });
});
