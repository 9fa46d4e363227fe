import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../lambda/store/progress-store';
import { memoryProgressStore } from '../../scripts/sim/memory-store';
import { logOf, newUser, progressStoreContract } from '../support/progress-store-contract';

progressStoreContract('in memory', async () => {
  const unreachable = memoryProgressStore();
  unreachable.failWith('network');
  return { store: memoryProgressStore(), unreachable };
});

describe('memoryProgressStore faults', () => {
  it('fails the next calls with the reason given, changing nothing, then answers again', async () => {
    const store = memoryProgressStore();
    const user = newUser();
    store.failWith('throttled', 2);
    await expect(store.recordActivity(user, logOf())).rejects.toEqual(new StoreUnavailableError('throttled'));
    await expect(store.history(user)).rejects.toMatchObject({ name: 'StoreUnavailableError', reason: 'throttled' });
    expect(await store.history(user)).toEqual({ weeks: [] });
  });

  it('keeps failing until it recovers', async () => {
    const store = memoryProgressStore();
    const user = newUser();
    store.failWith('timeout');
    for (let i = 0; i < 3; i++) await expect(store.history(user)).rejects.toMatchObject({ reason: 'timeout' });
    store.recover();
    expect((await store.recordActivity(user, logOf())).outcome).toBe('recorded');
  });

  it('does not spend a failure on a call its input checks refuse', async () => {
    const store = memoryProgressStore();
    store.failWith('service', 1);
    await expect(store.resetWeek(newUser(), 'last week')).rejects.toMatchObject({ name: 'InvalidLogError' });
    await expect(store.history(newUser())).rejects.toMatchObject({ reason: 'service' });
    expect(await store.history(newUser())).toEqual({ weeks: [] });
  });

  it('keeps each store apart', async () => {
    const one = memoryProgressStore();
    const other = memoryProgressStore();
    const user = newUser();
    await one.recordActivity(user, logOf());
    expect(await other.history(user)).toEqual({ weeks: [] });
  });
});
