import type { ProgressStore } from '../../lambda/store/progress-store';

export type StoreMethod = Exclude<keyof ProgressStore, 'warm'>;

/** One call the skill made to the store, and whose data it touched. */
export interface StoreCall {
  readonly method: StoreMethod;
  readonly userKey: string;
}

/** `history` is a store's one read (a Query); every other method is a write. */
export function isWrite(call: StoreCall): boolean {
  return call.method !== 'history';
}

/**
 * Wraps a store so every call is recorded, in order, with the user it was for: tests and the benchmark hold the skill
 * to its store budget (content answers none, others at most one read and one write) and to writing only its own user.
 */
export function countingStore(store: ProgressStore): { store: ProgressStore; calls: StoreCall[] } {
  const calls: StoreCall[] = [];
  const counted =
    <A extends unknown[], R>(method: StoreMethod, call: (userKey: string, ...rest: A) => R) =>
    (userKey: string, ...rest: A): R => {
      calls.push({ method, userKey });
      return call(userKey, ...rest);
    };
  return {
    calls,
    store: {
      warm: () => store.warm(),
      history: counted('history', (key) => store.history(key)),
      recordActivity: counted('recordActivity', (key, log) => store.recordActivity(key, log)),
      undoActivity: counted('undoActivity', (key, log) => store.undoActivity(key, log)),
      saveWorkout: counted('saveWorkout', (key, week, position) => store.saveWorkout(key, week, position)),
      updateProfile: counted('updateProfile', (key, changes) => store.updateProfile(key, changes)),
      resetWeek: counted('resetWeek', (key, week) => store.resetWeek(key, week)),
      deleteUser: counted('deleteUser', (key) => store.deleteUser(key)),
    },
  };
}
