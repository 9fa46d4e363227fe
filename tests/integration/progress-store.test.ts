import { DescribeTableCommand, GetItemCommand, PutItemCommand, QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays, formatIsoWeek, isoWeekOf, parseIsoDate, type Weekday } from '../../lambda/domain/calendar';
import { createTableInput, ensureTable } from '../../lambda/store/create-table';
import { dynamoProgressStore, type DynamoProgressStore } from '../../lambda/store/dynamo-progress-store';
import {
  HISTORY_WEEKS,
  InvalidLogError,
  InvalidProfileError,
  RETENTION_DAYS,
  type ActivityLog,
  type GuidedWorkoutPosition,
} from '../../lambda/store/progress-store';
import { userKey } from '../../lambda/store/user-key';
import { createProgressTable, dynamoClient, localStoreClient, uniqueTableName } from '../support/dynamo';

const endpoint = inject('dynamoEndpoint');
let tableName: string;
let store: DynamoProgressStore;
let raw: DynamoDBClient;

beforeAll(async () => {
  tableName = await createProgressTable(endpoint, 'progress-store');
  store = dynamoProgressStore({ tableName, client: localStoreClient(endpoint) });
  raw = dynamoClient(endpoint);
});

afterAll(async () => {
  await store?.destroy();
  raw?.destroy();
});

const newUser = () => userKey(`amzn1.ask.account.${randomUUID()}`);
const requestId = () => `amzn1.echo-api.request.${randomUUID()}`;
const logOf = (changes: Partial<ActivityLog> = {}): ActivityLog => ({
  week: '2026-W48',
  weekday: 2,
  activity: 'strength',
  minutes: 20,
  requestId: requestId(),
  ...changes,
});

/** The n-th week before 2026-W48, as a sort key week. */
const weeksBack = (n: number) => formatIsoWeek(isoWeekOf(addDays(parseIsoDate('2026-11-23')!, -7 * n)));

async function itemsOf(user: string) {
  const { Items = [] } = await raw.send(
    new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: user } }, ConsistentRead: true }),
  );
  return Items;
}

async function weekOf(user: string, week = '2026-W48') {
  const { weeks } = await store.history(user);
  return weeks.find((w) => w.week === week);
}

async function rawWeekItem(user: string, week = '2026-W48') {
  const { Item } = await raw.send(
    new GetItemCommand({ TableName: tableName, Key: { pk: { S: user }, sk: { S: `WEEK#${week}` } }, ConsistentRead: true }),
  );
  return Item;
}

/** Monday after 2026-W48 (Mon 23 – Sun 29 November) plus the retention, in epoch seconds. */
const W48_EXPIRES_AT = Date.UTC(2026, 10, 30) / 1000 + RETENTION_DAYS * 86_400;

const position = (changes: Partial<GuidedWorkoutPosition> = {}): GuidedWorkoutPosition => ({
  date: '2026-11-24',
  sessionId: 'tuesday-strength',
  index: 3,
  ...changes,
});

describe('recordActivity', () => {
  it('counts a log in its week: session, minutes, steps and the day', async () => {
    const user = newUser();
    expect((await store.recordActivity(user, logOf({ activity: 'walk', weekday: 3, minutes: 30, extraSteps: 2_000 }))).outcome).toBe('recorded');
    expect((await store.recordActivity(user, logOf({ activity: 'hiit', weekday: 3, minutes: 15 }))).outcome).toBe('recorded');
    const last = await store.recordActivity(user, logOf({ activity: 'walk', weekday: 5, minutes: undefined }));
    expect(last.outcome).toBe('recorded');

    expect(last.week).toEqual(await weekOf(user));
    expect(await weekOf(user)).toEqual({
      week: '2026-W48',
      sessions: { strength: 0, hiit: 1, cardio: 0, walk: 2, stretch: 0 },
      minutes: 45,
      extraSteps: 2_000,
      activeDays: 2,
      days: { 1: 0, 2: 0, 3: 2, 4: 0, 5: 1, 6: 0, 7: 0 },
    });
  });

  it('counts a retried request once', async () => {
    const user = newUser();
    const log = logOf();
    expect((await store.recordActivity(user, log)).outcome).toBe('recorded');
    expect((await store.recordActivity(user, log)).outcome).toBe('duplicate');
    expect((await weekOf(user))?.sessions.strength).toBe(1);
  });

  it('counts the same request sent twice at once exactly once', async () => {
    const user = newUser();
    const log = logOf({ minutes: 25 });
    const outcomes = await Promise.all([store.recordActivity(user, log), store.recordActivity(user, log)]);
    expect(outcomes.map(({ outcome }) => outcome).sort()).toEqual(['duplicate', 'recorded']);
    const week = await weekOf(user);
    expect(week?.sessions.strength).toBe(1);
    expect(week?.minutes).toBe(25);
  });

  it('loses no count when 50 logs land at once', async () => {
    const user = newUser();
    const logs = Array.from({ length: 50 }, (_, i) =>
      logOf({ weekday: ((i % 7) + 1) as Weekday, activity: i % 2 === 0 ? 'cardio' : 'stretch', minutes: i + 1, extraSteps: 10 }),
    );
    const outcomes = await Promise.all(logs.map((log) => store.recordActivity(user, log)));
    expect(outcomes.every(({ outcome }) => outcome === 'recorded')).toBe(true);

    const week = await weekOf(user);
    expect(week?.sessions).toEqual({ strength: 0, hiit: 0, cardio: 25, walk: 0, stretch: 25 });
    expect(week?.minutes).toBe((50 * 51) / 2);
    expect(week?.extraSteps).toBe(500);
    expect(week?.activeDays).toBe(7);
    expect(week?.days).toEqual({ 1: 8, 2: 7, 3: 7, 4: 7, 5: 7, 6: 7, 7: 7 });
  });

  it('marks the week to expire about a year after it ends', async () => {
    const user = newUser();
    await store.recordActivity(user, logOf({ week: '2026-W48' }));
    const item = await rawWeekItem(user);
    expect(Number(item?.expiresAt?.N)).toBe(W48_EXPIRES_AT);
    expect(item?.requestIds?.SS).toHaveLength(1);
  });
});

describe('undoActivity', () => {
  it('reverses exactly that log, once, and never below zero', async () => {
    const user = newUser();
    const kept = logOf({ activity: 'cardio', weekday: 1, minutes: 10 });
    const undone = logOf({ activity: 'strength', weekday: 2, minutes: 20, extraSteps: 500 });
    await store.recordActivity(user, kept);
    await store.recordActivity(user, undone);

    expect(await store.undoActivity(user, undone)).toBe('undone');
    expect(await store.undoActivity(user, undone)).toBe('not-found');

    expect(await weekOf(user)).toEqual({
      week: '2026-W48',
      sessions: { strength: 0, hiit: 0, cardio: 1, walk: 0, stretch: 0 },
      minutes: 10,
      extraSteps: 0,
      activeDays: 1,
      days: { 1: 1, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 },
    });
  });

  it('lets an undone request be logged again', async () => {
    const user = newUser();
    const log = logOf();
    await store.recordActivity(user, log);
    await store.undoActivity(user, log);
    expect((await store.recordActivity(user, log)).outcome).toBe('recorded');
    expect((await weekOf(user))?.sessions.strength).toBe(1);
  });

  it('refuses a log that was never counted, or is described with more than was counted', async () => {
    const user = newUser();
    expect(await store.undoActivity(user, logOf())).toBe('not-found');
    expect(await itemsOf(user)).toEqual([]);

    const log = logOf({ activity: 'walk', minutes: 5 });
    await store.recordActivity(user, log);
    expect(await store.undoActivity(user, { ...log, minutes: 50 })).toBe('not-found');
    expect(await store.undoActivity(user, { ...log, activity: 'hiit' })).toBe('not-found');
    const week = await weekOf(user);
    expect(week?.sessions.walk).toBe(1);
    expect(week?.sessions.hiit).toBe(0);
    expect(week?.minutes).toBe(5);
  });
});

describe('resetWeek', () => {
  it('forgets that week and keeps the others', async () => {
    const user = newUser();
    await store.recordActivity(user, logOf({ week: '2026-W48' }));
    await store.recordActivity(user, logOf({ week: '2026-W47' }));
    await store.resetWeek(user, '2026-W48');
    expect((await store.history(user)).weeks.map((w) => w.week)).toEqual(['2026-W47']);
  });
});

describe('updateProfile', () => {
  it('creates the profile and changes only the fields given', async () => {
    const user = newUser();
    await store.updateProfile(user, { level: 'beginner', restDay: 7, createdAt: '2026-11-20T08:00:00.000Z' });
    await store.updateProfile(user, { level: 'intermediate', noticeHeard: true, createdAt: '2026-11-24T08:00:00.000Z' });
    expect((await store.history(user)).profile).toEqual({
      level: 'intermediate',
      restDay: 7,
      noticeHeard: true,
      // Write-once: the later value does not replace it.
      createdAt: '2026-11-20T08:00:00.000Z',
    });
  });

  it('removes fields given as null', async () => {
    const user = newUser();
    await store.updateProfile(user, { level: 'advanced', noticeHeard: true, restDay: 6 });
    await store.updateProfile(user, { restDay: null, noticeHeard: false });
    expect((await store.history(user)).profile).toEqual({ level: 'advanced', noticeHeard: false });
  });

  it('keeps both of two concurrent updates to different fields', async () => {
    const user = newUser();
    await store.updateProfile(user, { level: 'beginner' });
    await Promise.all([store.updateProfile(user, { restDay: 3 }), store.updateProfile(user, { noticeHeard: true })]);
    expect((await store.history(user)).profile).toEqual({ level: 'beginner', restDay: 3, noticeHeard: true });
  });
});

describe('saveWorkout', () => {
  it('keeps the position on that week only, and a second save replaces it', async () => {
    const user = newUser();
    await store.recordActivity(user, logOf({ week: '2026-W48' }));
    await store.recordActivity(user, logOf({ week: '2026-W47' }));

    await store.saveWorkout(user, '2026-W48', position());
    let { weeks } = await store.history(user);
    expect(weeks[0]).toMatchObject({ week: '2026-W48', workout: position(), sessions: { strength: 1 } });
    expect(weeks[1]?.week).toBe('2026-W47');
    expect(weeks[1]).not.toHaveProperty('workout');

    await store.saveWorkout(user, '2026-W48', position({ index: 4 }));
    ({ weeks } = await store.history(user));
    expect(weeks[0]?.workout).toEqual(position({ index: 4 }));
    expect(weeks[0]?.sessions.strength).toBe(1);
  });

  it('forgets the position when given null, and leaves the counts', async () => {
    const user = newUser();
    await store.recordActivity(user, logOf({ minutes: 15 }));
    await store.saveWorkout(user, '2026-W48', position());
    await store.saveWorkout(user, '2026-W48', null);
    const week = await weekOf(user);
    expect(week).not.toHaveProperty('workout');
    expect(week?.sessions.strength).toBe(1);
    expect(week?.minutes).toBe(15);
  });

  it('writes nothing when forgetting on a week that was never stored', async () => {
    const user = newUser();
    await store.saveWorkout(user, '2026-W48', null);
    expect(await itemsOf(user)).toEqual([]);
  });

  it('marks a week it creates to expire like a logged one, and a later log keeps the position', async () => {
    const user = newUser();
    await store.saveWorkout(user, '2026-W48', position());
    expect(Number((await rawWeekItem(user))?.expiresAt?.N)).toBe(W48_EXPIRES_AT);
    expect(await weekOf(user)).toEqual({
      week: '2026-W48',
      sessions: { strength: 0, hiit: 0, cardio: 0, walk: 0, stretch: 0 },
      minutes: 0,
      extraSteps: 0,
      activeDays: 0,
      days: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 },
      workout: position(),
    });

    const logged = await store.recordActivity(user, logOf());
    expect(logged.week?.workout).toEqual(position());
    expect((await weekOf(user))?.workout).toEqual(position());
    expect(Number((await rawWeekItem(user))?.expiresAt?.N)).toBe(W48_EXPIRES_AT);
  });

  it('ends the workout with the log itself: one write counts it and forgets the position', async () => {
    const user = newUser();
    await store.saveWorkout(user, '2026-W48', position());
    const logged = await store.recordActivity(user, logOf({ endsWorkout: true }));
    // The week comes back from that same UpdateItem, already without the position.
    expect(logged.outcome).toBe('recorded');
    expect(logged.week?.sessions.strength).toBe(1);
    expect(logged.week).not.toHaveProperty('workout');
    expect(await weekOf(user)).toEqual(logged.week);
  });

  it('does not forget the position for a duplicate log, since nothing was written', async () => {
    const user = newUser();
    const log = logOf();
    await store.recordActivity(user, log);
    await store.saveWorkout(user, '2026-W48', position());
    expect((await store.recordActivity(user, { ...log, endsWorkout: true })).outcome).toBe('duplicate');
    const week = await weekOf(user);
    expect(week?.workout).toEqual(position());
    expect(week?.sessions.strength).toBe(1);
  });

  it('is left alone by an undo, even of a log that ended a workout', async () => {
    const user = newUser();
    const log = logOf({ endsWorkout: true });
    await store.recordActivity(user, log);
    await store.saveWorkout(user, '2026-W48', position());
    expect(await store.undoActivity(user, log)).toBe('undone');
    const week = await weekOf(user);
    expect(week?.workout).toEqual(position());
    expect(week?.sessions.strength).toBe(0);
  });

  it('reads a malformed position as none instead of failing', async () => {
    const user = newUser();
    await raw.send(
      new PutItemCommand({
        TableName: tableName,
        Item: {
          pk: { S: user },
          sk: { S: 'WEEK#2026-W48' },
          walk: { N: '2' },
          workout: { M: { date: { S: '2026-02-30' }, sessionId: { S: 's' }, index: { N: '0' } } },
        },
      }),
    );
    const week = await weekOf(user);
    expect(week?.sessions.walk).toBe(2);
    expect(week).not.toHaveProperty('workout');
  });
});

describe('history', () => {
  it('is empty for a new user', async () => {
    expect(await store.history(newUser())).toEqual({ weeks: [] });
  });

  it('gives the profile and the weeks, newest first, with active days', async () => {
    const user = newUser();
    await store.updateProfile(user, { level: 'beginner' });
    for (const [week, weekday] of [['2025-W52', 1], ['2026-W48', 1], ['2026-W01', 4], ['2026-W48', 6], ['2026-W47', 2]] as const) {
      await store.recordActivity(user, logOf({ week, weekday }));
    }
    const history = await store.history(user);
    expect(history.profile).toEqual({ level: 'beginner' });
    expect(history.weeks.map((w) => [w.week, w.activeDays])).toEqual([
      ['2026-W48', 2],
      ['2026-W47', 1],
      ['2026-W01', 1],
      ['2025-W52', 1],
    ]);
  });

  it(`reads at most ${HISTORY_WEEKS} weeks and still finds the profile behind older ones`, async () => {
    const user = newUser();
    await store.updateProfile(user, { restDay: 1 });
    await Promise.all(Array.from({ length: HISTORY_WEEKS + 3 }, (_, n) => store.recordActivity(user, logOf({ week: weeksBack(n) }))));
    const history = await store.history(user);
    expect(history.profile).toEqual({ restDay: 1 });
    expect(history.weeks).toHaveLength(HISTORY_WEEKS);
    expect(history.weeks[0]?.week).toBe('2026-W48');
    expect(history.weeks.at(-1)?.week).toBe(weeksBack(HISTORY_WEEKS - 1));
  });

  it('ignores a malformed profile field instead of failing', async () => {
    const user = newUser();
    // `workout` once lived on the profile; an old item's copy is not a profile field any more.
    const workout = { M: { date: { S: '2026-11-24' }, sessionId: { S: 's' }, index: { N: '0' } } };
    await raw.send(
      new PutItemCommand({
        TableName: tableName,
        Item: { pk: { S: user }, sk: { S: 'PROFILE' }, level: { S: 'olympian' }, restDay: { N: '3' }, workout },
      }),
    );
    expect((await store.history(user)).profile).toEqual({ restDay: 3 });
  });
});

describe('deleteUser', () => {
  it('deletes every item of the user, across batches, and nobody else’s', async () => {
    const user = newUser();
    const neighbour = newUser();
    await store.updateProfile(user, { level: 'beginner' });
    await Promise.all(Array.from({ length: 30 }, (_, n) => store.recordActivity(user, logOf({ week: weeksBack(n) }))));
    await store.recordActivity(neighbour, logOf());

    expect(await store.deleteUser(user)).toBe(31);
    expect(await itemsOf(user)).toEqual([]);
    expect(await store.history(user)).toEqual({ weeks: [] });
    expect(await itemsOf(neighbour)).toHaveLength(1);
    expect(await store.deleteUser(user)).toBe(0);
  });
});

describe('input checks', () => {
  const invalidLogs: [string, Partial<ActivityLog>][] = [
    ['a week that is not ISO', { week: '2026-48' }],
    ['a week 53 in a 52-week year', { week: '2025-W53' }],
    ['weekday 0', { weekday: 0 as Weekday }],
    ['weekday 8', { weekday: 8 as Weekday }],
    ['an unknown activity', { activity: 'yoga' as ActivityLog['activity'] }],
    ['negative minutes', { minutes: -5 }],
    ['too many minutes', { minutes: 601 }],
    ['fractional minutes', { minutes: 2.5 }],
    ['too many steps', { extraSteps: 100_001 }],
    ['an empty request id', { requestId: '' }],
    ['a request id over 200 characters', { requestId: 'r'.repeat(201) }],
    ['endsWorkout that is not a boolean', { endsWorkout: 'yes' as unknown as boolean }],
  ];

  it.each(invalidLogs)('rejects %s and writes nothing', async (_, changes) => {
    const user = newUser();
    await expect(store.recordActivity(user, logOf(changes))).rejects.toBeInstanceOf(InvalidLogError);
    await expect(store.undoActivity(user, logOf(changes))).rejects.toBeInstanceOf(InvalidLogError);
    expect(await itemsOf(user)).toEqual([]);
  });

  it('accepts the limits themselves', async () => {
    const user = newUser();
    expect((await store.recordActivity(user, logOf({ minutes: 600, extraSteps: 100_000, requestId: 'r'.repeat(200), weekday: 7 }))).outcome).toBe('recorded');
    expect((await store.recordActivity(user, logOf({ minutes: 0, extraSteps: 0, week: '2026-W53', weekday: 1 }))).outcome).toBe('recorded');
  });

  it('rejects bad input before calling the store at all', async () => {
    // Nothing listens on port 9 here: reaching the network would fail differently, and slowly.
    const offline = dynamoProgressStore({ tableName, client: localStoreClient('http://127.0.0.1:9') });
    const user = newUser();
    await expect(offline.recordActivity(user, logOf({ minutes: 9_999 }))).rejects.toBeInstanceOf(InvalidLogError);
    await expect(offline.resetWeek(user, 'last week')).rejects.toBeInstanceOf(InvalidLogError);
    await expect(offline.updateProfile(user, { restDay: 8 as Weekday })).rejects.toBeInstanceOf(InvalidProfileError);
    await expect(offline.saveWorkout(user, '2026-W48', position({ date: '2026-02-30' }))).rejects.toBeInstanceOf(InvalidLogError);
    await expect(offline.saveWorkout(user, '2026-48', null)).rejects.toBeInstanceOf(InvalidLogError);
    await offline.destroy();
  });

  const invalidPositions: [string, Partial<GuidedWorkoutPosition>][] = [
    ['a date that does not exist', { date: '2026-02-30' }],
    ['a date that is not ISO', { date: '24.11.2026' }],
    ['an empty sessionId', { sessionId: '' }],
    ['a sessionId over 100 characters', { sessionId: 's'.repeat(101) }],
    ['a negative index', { index: -1 }],
    ['an index over 1000', { index: 1_001 }],
    ['a fractional index', { index: 2.5 }],
  ];

  it.each(invalidPositions)('refuses to save a workout position with %s and writes nothing', async (_, changes) => {
    const user = newUser();
    await expect(store.saveWorkout(user, '2026-W48', position(changes))).rejects.toBeInstanceOf(InvalidLogError);
    expect(await itemsOf(user)).toEqual([]);
  });

  it('accepts a workout position at the limits', async () => {
    const user = newUser();
    await store.saveWorkout(user, '2026-W48', position({ sessionId: 's'.repeat(100), index: 1_000 }));
    await store.saveWorkout(user, '2026-W47', position({ index: 0 }));
    expect((await store.history(user)).weeks.map((w) => w.workout?.index)).toEqual([1_000, 0]);
  });

  it('refuses anything but a hashed user key, so raw Alexa ids are never stored', async () => {
    const rawId = 'amzn1.ask.account.AF1234';
    await expect(store.recordActivity(rawId, logOf())).rejects.toBeInstanceOf(TypeError);
    await expect(store.history(rawId)).rejects.toBeInstanceOf(TypeError);
    expect(await itemsOf(rawId)).toEqual([]);
    expect(userKey(rawId)).toMatch(/^USER#[A-Za-z0-9_-]{43}$/);
    expect(userKey(rawId)).toBe(userKey(rawId));
    expect(userKey(rawId)).not.toContain('AF1234');
  });
});

describe('ensureTable', () => {
  it('creates the table with TTL once, and is a no-op after', async () => {
    const name = uniqueTableName('ensure-table');
    expect(await ensureTable(raw, name)).toEqual({ created: true, timeToLive: 'enabled' });
    expect(await ensureTable(raw, name)).toEqual({ created: false, timeToLive: 'already-enabled' });
    const { Table } = await raw.send(new DescribeTableCommand({ TableName: name }));
    expect(Table?.KeySchema).toEqual(createTableInput(name).KeySchema);
    expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
  });
});
