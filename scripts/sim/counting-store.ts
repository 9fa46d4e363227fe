import type { ProgressStore } from '../../lambda/store/progress-store';

export type StoreMethod = Exclude<keyof ProgressStore, 'warm'>;
/** A method's arguments after the user key, passed on as they came. */
type Args<M extends StoreMethod> = Parameters<ProgressStore[M]> extends [string, ...infer Rest] ? Rest : never;

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
      history: counted('history', (key, ...rest: Args<'history'>) => store.history(key, ...rest)),
      recordActivity: counted('recordActivity', (key, ...rest: Args<'recordActivity'>) => store.recordActivity(key, ...rest)),
      undoActivity: counted('undoActivity', (key, ...rest: Args<'undoActivity'>) => store.undoActivity(key, ...rest)),
      removeEntry: counted('removeEntry', (key, ...rest: Args<'removeEntry'>) => store.removeEntry(key, ...rest)),
      saveWorkout: counted('saveWorkout', (key, ...rest: Args<'saveWorkout'>) => store.saveWorkout(key, ...rest)),
      updateProfile: counted('updateProfile', (key, ...rest: Args<'updateProfile'>) => store.updateProfile(key, ...rest)),
      renewProfile: counted('renewProfile', (key, ...rest: Args<'renewProfile'>) => store.renewProfile(key, ...rest)),
      resetWeek: counted('resetWeek', (key, ...rest: Args<'resetWeek'>) => store.resetWeek(key, ...rest)),
      deleteUser: counted('deleteUser', (key, ...rest: Args<'deleteUser'>) => store.deleteUser(key, ...rest)),
    },
  };
}
