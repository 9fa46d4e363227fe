import { describe, expect, it } from 'vitest';
import { kindsLogged, logToRemove } from '../../lambda/domain/log-removal';
import type { LogEntry } from '../../lambda/domain/progress';

const entry = (key: string, changes: Partial<LogEntry> = {}): LogEntry => ({
  key: key.padEnd(16, 'x'),
  activity: 'walk',
  weekday: 2,
  minutes: 30,
  extraSteps: 0,
  counts: true,
  ...changes,
});

describe('logToRemove', () => {
  it('takes a log of the minutes said, on any day, when its kind has one; else as if none were said', () => {
    const entries = [entry('a', { activity: 'cardio', weekday: 1, minutes: 25 }), entry('b', { activity: 'cardio', weekday: 3, minutes: 20 })];
    expect(logToRemove(entries, { activity: 'cardio', minutes: 25 })).toMatchObject({ kind: 'found', entry: entries[0], days: [1, 3] });
    expect(logToRemove(entries, { activity: 'cardio', minutes: 45 })).toMatchObject({ kind: 'found', entry: entries[1] });
  });

  it('takes the most recent day of the kind, and says every day it was logged', () => {
    const entries = [entry('a', { weekday: 1 }), entry('b', { weekday: 3 }), entry('c', { activity: 'strength', weekday: 4 })];
    expect(logToRemove(entries, { activity: 'walk' })).toEqual({ kind: 'found', entry: entries[1], onDay: [entries[1]], days: [1, 3] });
  });

  it('takes the day said, or finds none on it', () => {
    const entries = [entry('a', { weekday: 1 }), entry('b', { weekday: 3 })];
    expect(logToRemove(entries, { activity: 'walk', weekday: 1 })).toMatchObject({ kind: 'found', entry: entries[0] });
    expect(logToRemove(entries, { activity: 'walk', weekday: 2 })).toEqual({ kind: 'none', days: [1, 3] });
    expect(logToRemove(entries, { activity: 'hiit' })).toEqual({ kind: 'none', days: [] });
  });

  it('of a day\'s logs, a session before what only added to it, and the latest of this session first', () => {
    const session = entry('a', { activity: 'strength', exercise: 'deadlift' });
    const detail = entry('b', { activity: 'strength', exercise: 'bent-over-row', counts: false });
    expect(logToRemove([session, detail], { activity: 'strength' })).toMatchObject({ entry: session, onDay: [session] });
    const [first, second] = [entry('c'), entry('d')];
    expect(logToRemove([first, second], { activity: 'walk', recent: ['d', 'c'].map((key) => key.padEnd(16, 'x')) })).toMatchObject({ entry: first });
    expect(logToRemove([first, second], { activity: 'walk', recent: ['c'.padEnd(16, 'x')] })).toMatchObject({ entry: first });
  });

  it('an exercise said takes its own entries, when the week has any', () => {
    const session = entry('a', { activity: 'strength' });
    const rows = entry('b', { activity: 'strength', exercise: 'bent-over-row', counts: false });
    expect(logToRemove([session, rows], { activity: 'strength', exercise: 'bent-over-row' })).toMatchObject({ entry: rows });
    expect(logToRemove([session], { activity: 'strength', exercise: 'deadlift' })).toMatchObject({ entry: session });
  });
});

describe('kindsLogged', () => {
  it('counts the sessions of each kind, in the order given; a kind of only added detail still counts its logs', () => {
    const entries = [entry('a'), entry('b'), entry('c', { activity: 'strength', counts: false })];
    expect(kindsLogged(entries, ['strength', 'walk', 'hiit'])).toEqual([
      { activity: 'strength', count: 1 },
      { activity: 'walk', count: 2 },
    ]);
  });
});
