import { WEEKDAYS, type Weekday } from '../../lambda/domain/calendar';
import {
  ACTIVITIES,
  HISTORY_WEEKS,
  type Activity,
  type GuidedWorkoutPosition,
  type Profile,
  type ProfileChanges,
  type ProgressStore,
  type WeekProgress,
} from '../../lambda/store/progress-store';

interface MutableWeek {
  sessions: Record<Activity, number>;
  days: Record<Weekday, number>;
  minutes: number;
  extraSteps: number;
  requestIds: Set<string>;
  workout?: GuidedWorkoutPosition;
}

interface UserData {
  profile?: Profile;
  weeks: Map<string, MutableWeek>;
}

const zeroes = <K extends string | number>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

function emptyWeek(): MutableWeek {
  return { sessions: zeroes(ACTIVITIES), days: zeroes(WEEKDAYS), minutes: 0, extraSteps: 0, requestIds: new Set() };
}

function snapshot(week: string, data: MutableWeek): WeekProgress {
  return {
    week,
    sessions: { ...data.sessions },
    days: { ...data.days },
    minutes: data.minutes,
    extraSteps: data.extraSteps,
    activeDays: WEEKDAYS.filter((day) => data.days[day] > 0).length,
    ...(data.workout && { workout: data.workout }),
  };
}

function applyProfile(profile: Profile | undefined, changes: ProfileChanges): Profile {
  const next: Record<string, unknown> = { ...profile };
  for (const [field, value] of Object.entries(changes)) {
    if (value === null) delete next[field];
    else if (value !== undefined && !(field === 'createdAt' && next.createdAt !== undefined)) next[field] = value;
  }
  return next as Profile;
}

/**
 * A ProgressStore that answers at once, from memory, with the same meaning as the DynamoDB one (duplicates,
 * undo, write-once createdAt): for timing the handlers alone. Not for anything that must survive the process.
 */
export function memoryProgressStore(): ProgressStore {
  const users = new Map<string, UserData>();
  const user = (key: string): UserData => {
    let data = users.get(key);
    if (!data) users.set(key, (data = { weeks: new Map() }));
    return data;
  };
  const week = (key: string, id: string): MutableWeek => {
    const weeks = user(key).weeks;
    let data = weeks.get(id);
    if (!data) weeks.set(id, (data = emptyWeek()));
    return data;
  };

  return {
    warm() {},
    async history(key) {
      const { profile, weeks } = user(key);
      const recent = [...weeks].sort(([a], [b]) => b.localeCompare(a)).slice(0, HISTORY_WEEKS);
      return { ...(profile && { profile }), weeks: recent.map(([id, data]) => snapshot(id, data)) };
    },
    async recordActivity(key, log) {
      const data = week(key, log.week);
      if (data.requestIds.has(log.requestId)) return { outcome: 'duplicate' };
      data.requestIds.add(log.requestId);
      data.sessions[log.activity] += 1;
      data.days[log.weekday] += 1;
      data.minutes += log.minutes ?? 0;
      data.extraSteps += log.extraSteps ?? 0;
      if (log.endsWorkout) delete data.workout;
      return { outcome: 'recorded', week: snapshot(log.week, data) };
    },
    async undoActivity(key, log) {
      const data = user(key).weeks.get(log.week);
      if (!data?.requestIds.delete(log.requestId)) return 'not-found';
      data.sessions[log.activity] -= 1;
      data.days[log.weekday] -= 1;
      data.minutes -= log.minutes ?? 0;
      data.extraSteps -= log.extraSteps ?? 0;
      return 'undone';
    },
    async saveWorkout(key, id, position) {
      if (position) week(key, id).workout = position;
      else delete user(key).weeks.get(id)?.workout;
    },
    async updateProfile(key, changes) {
      const data = user(key);
      data.profile = applyProfile(data.profile, changes);
    },
    async resetWeek(key, id) {
      user(key).weeks.delete(id);
    },
    async deleteUser(key) {
      const data = users.get(key);
      users.delete(key);
      return data ? data.weeks.size + (data.profile ? 1 : 0) : 0;
    },
  };
}
