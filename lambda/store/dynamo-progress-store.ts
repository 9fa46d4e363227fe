// Types only: the SDK itself is loaded on the first store call, so a content-only request never evaluates it.
import type { AttributeValue, DynamoDBClient, DynamoDBClientConfig, UpdateItemCommandInput, WriteRequest } from '@aws-sdk/client-dynamodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { WEEKDAYS, type Weekday } from '../domain/calendar';
import { ACTIVITIES, type Activity, type ActivityLog, type Profile, type WeekProgress } from '../domain/progress';
import { type WorkoutPlace, readWorkoutPlace } from '../domain/workout-place';
import {
  HISTORY_WEEKS,
  StoreUnavailableError,
  assertValidLog,
  assertValidProfileChanges,
  assertValidWeek,
  assertValidWorkoutPlace,
  isValidProfileField,
  weekExpiresAt,
  type ProfileChanges,
  type ProgressStore,
  type StoreFailure,
  type UserHistory,
} from './progress-store';
import { PROGRESS_TABLE } from './table';
import { isUserKey } from './user-key';

type Sdk = typeof import('./dynamo-sdk');
type Item = Record<string, AttributeValue>;

/**
 * Alexa drops a reply after 8 s. One store call gets at most 2 attempts of ≤ 1 s each, and a hard 2.5 s deadline
 * over everything (retry back-off included), so even two store calls in one request leave time to speak.
 */
export const STORE_TIMEOUTS = { connectionTimeoutMs: 500, requestTimeoutMs: 1_000, maxAttempts: 2, deadlineMs: 2_500 } as const;

export interface DynamoProgressStoreOptions {
  readonly tableName: string;
  /**
   * SDK settings laid over ours (timeouts, retries). Endpoint, region and credentials otherwise come from the standard
   * AWS settings (AWS_ENDPOINT_URL_DYNAMODB, AWS_REGION, …), so one build runs against AWS and local stores alike.
   */
  readonly client?: DynamoDBClientConfig;
  /** Longest one store call may take, retries included. @default STORE_TIMEOUTS.deadlineMs */
  readonly deadlineMs?: number;
}

export interface DynamoProgressStore extends ProgressStore {
  /** Closes the client's sockets. A Lambda container keeps its client; scripts and tests let go. */
  destroy(): Promise<void>;
}

const { partitionKey: { name: PK }, sortKey: { name: SK } } = PROGRESS_TABLE;
const PROFILE_SK = 'PROFILE';
const WEEK_PREFIX = 'WEEK#';
const DAY_ATTRIBUTES = WEEKDAYS.map(dayAttribute);
/** Logs of one activity on one day ("d3strength"): what each day held, for rest notes and "what did I do on Tuesday". */
const DAY_ACTIVITY_ATTRIBUTES = WEEKDAYS.flatMap((day) => ACTIVITIES.map((activity) => dayActivityAttribute(day, activity)));
const WORKOUT_ATTRIBUTE = 'workout';
const PROFILE_FIELDS = [
  'level',
  'restDay',
  'noticeHeard',
  'createdAt',
  'knownExercises',
  'levelSince',
  'remindersOffered',
  'lookedBack',
  'stepUpOffered',
  'effort',
  'effortWeek',
] as const satisfies readonly (keyof Profile)[];
/** Profile fields that are string sets: a change adds to them (ADD), so two devices never lose each other's ids. */
const ADDED_PROFILE_FIELDS: readonly string[] = ['knownExercises'];
/** Everything history reads: the request ids grow with every log and are only needed by writes. */
const HISTORY_PROJECTION = placeholders([SK, ...ACTIVITIES, 'minutes', 'steps', ...DAY_ATTRIBUTES, ...DAY_ACTIVITY_ATTRIBUTES, WORKOUT_ATTRIBUTE, ...PROFILE_FIELDS]);
const KEY_PROJECTION = placeholders([PK, SK]);
const BATCH_SIZE = 25;
const UNPROCESSED_RETRIES = 4;

function dayAttribute(day: Weekday): string {
  return `d${day}`;
}

function dayActivityAttribute(day: Weekday, activity: Activity): string {
  return `${dayAttribute(day)}${activity}`;
}

const weekSk = (week: string) => `${WEEK_PREFIX}${week}`;
const keyOf = (userKey: string, sk: string): Item => ({ [PK]: { S: userKey }, [SK]: { S: sk } });
const sortKeyOf = (item: Item) => item[SK]?.S ?? '';
const number = (value: number): AttributeValue => ({ N: String(value) });

/** `#name` placeholders for attribute names, so no name ever collides with a DynamoDB reserved word. */
function placeholders(names: readonly string[]): { expression: string; names: Record<string, string> } {
  const entries = names.map((name, index) => [`#p${index}`, name] as const);
  return { expression: entries.map(([placeholder]) => placeholder).join(', '), names: Object.fromEntries(entries) };
}

function counter(item: Item, name: string): number {
  const value = Number(item[name]?.N ?? 0);
  return Number.isFinite(value) ? value : 0;
}

function countsOf<K extends string | number>(keys: readonly K[], count: (key: K) => number): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, count(key)])) as Record<K, number>;
}

function toWeekProgress(item: Item): WeekProgress {
  const days = countsOf(WEEKDAYS, (day) => counter(item, dayAttribute(day)));
  // Read leniently, like the profile: a malformed position is as good as none.
  const workout = readWorkoutPlace(plain(item[WORKOUT_ATTRIBUTE]));
  // Weeks logged before days kept their activities have none of these: what those days held is not known.
  const byDay = DAY_ACTIVITY_ATTRIBUTES.some((name) => item[name] !== undefined)
    ? (Object.fromEntries(
        WEEKDAYS.map((day) => [day, countsOf(ACTIVITIES, (activity) => Math.max(0, counter(item, dayActivityAttribute(day, activity))))]),
      ) as Record<Weekday, Record<Activity, number>>)
    : undefined;
  return {
    week: sortKeyOf(item).slice(WEEK_PREFIX.length),
    sessions: countsOf(ACTIVITIES, (activity) => counter(item, activity)),
    minutes: counter(item, 'minutes'),
    extraSteps: counter(item, 'steps'),
    activeDays: WEEKDAYS.filter((day) => days[day] > 0).length,
    days,
    ...(workout && { workout }),
    ...(byDay && { activitiesByDay: byDay }),
  };
}

function plain(value: AttributeValue | undefined): unknown {
  if (value?.S !== undefined) return value.S;
  if (value?.N !== undefined) return Number(value.N);
  if (value?.BOOL !== undefined) return value.BOOL;
  if (value?.M !== undefined) return Object.fromEntries(Object.entries(value.M).map(([name, inner]) => [name, plain(inner)]));
  if (value?.SS !== undefined) return [...value.SS];
  return undefined;
}

/** Reads leniently: a field that is somehow malformed is dropped rather than failing the whole history. */
function toProfile(item: Item): Profile {
  const profile: { -readonly [K in keyof Profile]?: Profile[K] } = {};
  const copy = <K extends keyof Profile>(field: K) => {
    const value = plain(item[field]);
    if (isValidProfileField(field, value)) profile[field] = value;
  };
  PROFILE_FIELDS.forEach(copy);
  return profile;
}

/** The fields given a value, as attributes; nulls (removals) and omissions are left out. */
function encodeProfile(changes: ProfileChanges): Item {
  const { level, restDay, noticeHeard, createdAt, knownExercises, levelSince, remindersOffered, lookedBack, stepUpOffered, effort, effortWeek } = changes;
  return {
    ...(level != null && { level: { S: level } }),
    ...(restDay != null && { restDay: number(restDay) }),
    ...(noticeHeard != null && { noticeHeard: { BOOL: noticeHeard } }),
    ...(createdAt != null && { createdAt: { S: createdAt } }),
    ...(knownExercises != null && { knownExercises: { SS: [...new Set(knownExercises)] } }),
    ...(levelSince != null && { levelSince: { S: levelSince } }),
    ...(remindersOffered != null && { remindersOffered: { BOOL: remindersOffered } }),
    ...(lookedBack != null && { lookedBack: { S: lookedBack } }),
    ...(stepUpOffered != null && { stepUpOffered: { S: stepUpOffered } }),
    ...(effort != null && { effort: { S: effort } }),
    ...(effortWeek != null && { effortWeek: { S: effortWeek } }),
  };
}

function encodeWorkout({ date, sessionId, index, levels, done, familiar }: WorkoutPlace): AttributeValue {
  return { M: { date: { S: date }, sessionId: { S: sessionId }, index: number(index), levels: { S: levels }, done: { S: done }, familiar: number(familiar) } };
}

function workoutUpdate(week: string, position: WorkoutPlace | null): Omit<UpdateItemCommandInput, 'TableName' | 'Key'> {
  if (position === null) {
    return {
      UpdateExpression: 'REMOVE #workout',
      // UpdateItem would otherwise create a bare week item (one that never expires) when there is nothing to forget.
      ConditionExpression: 'attribute_exists(#workout)',
      ExpressionAttributeNames: { '#workout': WORKOUT_ATTRIBUTE },
    };
  }
  return {
    // A week first created by this save must still expire; a week that already has logs keeps its date.
    UpdateExpression: 'SET #workout = :position, #expiresAt = if_not_exists(#expiresAt, :expiresAt)',
    ExpressionAttributeNames: { '#workout': WORKOUT_ATTRIBUTE, '#expiresAt': PROGRESS_TABLE.timeToLiveAttribute },
    ExpressionAttributeValues: { ':position': encodeWorkout(position), ':expiresAt': number(weekExpiresAt(week)) },
  };
}

/** The first write wins, so callers may pass createdAt on every update. */
function assignment(field: string): string {
  return field === 'createdAt' ? `#${field} = if_not_exists(#${field}, :${field})` : `#${field} = :${field}`;
}

function profileUpdate(changes: ProfileChanges) {
  const encoded = Object.entries(encodeProfile(changes));
  const set = encoded.map(([field]) => field).filter((field) => !ADDED_PROFILE_FIELDS.includes(field));
  const add = encoded.map(([field]) => field).filter((field) => ADDED_PROFILE_FIELDS.includes(field));
  const remove = PROFILE_FIELDS.filter((field) => changes[field] === null);
  if (encoded.length === 0 && remove.length === 0) return undefined;
  const clauses = [
    ...(set.length > 0 ? [`SET ${set.map(assignment).join(', ')}`] : []),
    ...(add.length > 0 ? [`ADD ${add.map((field) => `#${field} :${field}`).join(', ')}`] : []),
    ...(remove.length > 0 ? [`REMOVE ${remove.map((field) => `#${field}`).join(', ')}`] : []),
  ];
  return {
    UpdateExpression: clauses.join(' '),
    ExpressionAttributeNames: Object.fromEntries([...set, ...add, ...remove].map((field) => [`#${field}`, field])),
    ...(encoded.length > 0 && { ExpressionAttributeValues: Object.fromEntries(encoded.map(([field, value]) => [`:${field}`, value])) }),
  };
}

const THROTTLING = new Set(['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded', 'LimitExceededException']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function failureOf(error: unknown): StoreFailure {
  const { name, code, $metadata } = (error ?? {}) as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  const status = $metadata?.httpStatusCode;
  if ((name && THROTTLING.has(name)) || status === 429) return 'throttled';
  // The SDK renames refused and reset connections to TimeoutError; the code still tells them apart.
  if (code && NETWORK_CODES.has(code)) return 'network';
  if (name === 'TimeoutError' || name === 'AbortError' || code === 'ETIMEDOUT') return 'timeout';
  if (name === 'CredentialsProviderError') return 'rejected';
  if (status === undefined) return 'network';
  return status >= 500 ? 'service' : 'rejected';
}

function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

function assertUserKey(key: string): void {
  // A programming error, not user input: only userKey() makes keys, so raw Alexa ids can never reach the table.
  if (!isUserKey(key)) throw new TypeError('userKey must come from userKey()');
}

/** The ProgressStore on DynamoDB: every log one conditional UpdateItem, every history one Query. */
export function dynamoProgressStore(options: DynamoProgressStoreOptions): DynamoProgressStore {
  const { tableName: TableName, deadlineMs = STORE_TIMEOUTS.deadlineMs } = options;
  let connection: Promise<{ sdk: Sdk; client: DynamoDBClient }> | undefined;

  const connect = () =>
    (connection ??= import('./dynamo-sdk').then((sdk) => ({
      sdk,
      client: new sdk.DynamoDBClient({
        maxAttempts: STORE_TIMEOUTS.maxAttempts,
        requestHandler: {
          connectionTimeout: STORE_TIMEOUTS.connectionTimeoutMs,
          requestTimeout: STORE_TIMEOUTS.requestTimeoutMs,
          // Without this the SDK only logs a warning when requestTimeout passes.
          throwOnRequestTimeout: true,
        },
        ...options.client,
      }),
    })));

  /** Runs one store call under the deadline; every failure but our own comes out as StoreUnavailableError. */
  async function call<T>(work: (sdk: Sdk, client: DynamoDBClient, abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    // Racing as well as aborting bounds the parts the signal does not reach, such as credential lookup.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new StoreUnavailableError('timeout');
        controller.abort(error);
        reject(error);
      }, deadlineMs);
    });
    try {
      return await Promise.race([connect().then(({ sdk, client }) => work(sdk, client, controller.signal)), deadline]);
    } catch (error) {
      throw error instanceof StoreUnavailableError ? error : new StoreUnavailableError(failureOf(error), { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  async function getProfileItem(sdk: Sdk, client: DynamoDBClient, userKey: string, abortSignal: AbortSignal) {
    const { Item } = await client.send(
      new sdk.GetItemCommand({ TableName, Key: keyOf(userKey, PROFILE_SK), ConsistentRead: true }),
      { abortSignal },
    );
    return Item;
  }

  async function deleteBatch(sdk: Sdk, client: DynamoDBClient, keys: Item[], abortSignal: AbortSignal): Promise<void> {
    let requests: WriteRequest[] = keys.map((Key) => ({ DeleteRequest: { Key } }));
    for (let retry = 0; requests.length > 0; retry++) {
      if (retry > UNPROCESSED_RETRIES) throw new StoreUnavailableError('throttled');
      if (retry > 0) await sleep(50 * 2 ** (retry - 1), undefined, { signal: abortSignal });
      const { UnprocessedItems } = await client.send(new sdk.BatchWriteItemCommand({ RequestItems: { [TableName]: requests } }), {
        abortSignal,
      });
      requests = UnprocessedItems?.[TableName] ?? [];
    }
  }

  return {
    warm() {
      // A failure here surfaces, mapped, on the first real call.
      connect().catch(() => undefined);
    },

    async history(userKey) {
      assertUserKey(userKey);
      return call(async (sdk, client, abortSignal): Promise<UserHistory> => {
        // Newest first: the weeks descend and PROFILE ('P' < 'W') comes last, one more than the weeks kept.
        const page = await client.send(
          new sdk.QueryCommand({
            TableName,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeValues: { ':pk': { S: userKey } },
            ExpressionAttributeNames: { ...HISTORY_PROJECTION.names, '#pk': PK },
            ProjectionExpression: HISTORY_PROJECTION.expression,
            ScanIndexForward: false,
            Limit: HISTORY_WEEKS + 1,
            // Users ask "how am I doing?" right after logging.
            ConsistentRead: true,
          }),
          { abortSignal },
        );
        const items = page.Items ?? [];
        const weeks = items.filter((item) => sortKeyOf(item).startsWith(WEEK_PREFIX)).slice(0, HISTORY_WEEKS);
        // Only a user with more weeks than we read (TTL deletes lag, dev stores never expire) needs a second read.
        const profileItem =
          items.find((item) => sortKeyOf(item) === PROFILE_SK) ??
          (page.LastEvaluatedKey ? await getProfileItem(sdk, client, userKey, abortSignal) : undefined);
        return { ...(profileItem && { profile: toProfile(profileItem) }), weeks: weeks.map(toWeekProgress) };
      });
    },

    async recordActivity(userKey, log) {
      assertUserKey(userKey);
      assertValidLog(log);
      return call(async (sdk, client, abortSignal) => {
        try {
          const { Attributes } = await client.send(
            new sdk.UpdateItemCommand({
              TableName,
              Key: keyOf(userKey, weekSk(log.week)),
              // A finished guided workout forgets its position in the same write, so a request still makes just one.
              UpdateExpression: `ADD #activity :one, #day :one, #dayActivity :one, #minutes :minutes, #steps :steps, #ids :idSet SET #expiresAt = :expiresAt${
                log.endsWorkout ? ' REMOVE #workout' : ''
              }`,
              // The week after this log, from the same write: "that's two of three" needs no read.
              ReturnValues: 'ALL_NEW',
              // The request id joins the set in the same write, so a retried request can never count twice.
              ConditionExpression: 'NOT contains(#ids, :id)',
              ExpressionAttributeNames: {
                ...logNames(log),
                '#expiresAt': PROGRESS_TABLE.timeToLiveAttribute,
                ...(log.endsWorkout && { '#workout': WORKOUT_ATTRIBUTE }),
              },
              ExpressionAttributeValues: {
                ':one': number(1),
                ':minutes': number(log.minutes ?? 0),
                ':steps': number(log.extraSteps ?? 0),
                ':idSet': { SS: [log.requestId] },
                ':id': { S: log.requestId },
                ':expiresAt': number(weekExpiresAt(log.week)),
              },
            }),
            { abortSignal },
          );
          return { outcome: 'recorded', ...(Attributes && { week: toWeekProgress(Attributes) }) };
        } catch (error) {
          if (isConditionFailure(error)) return { outcome: 'duplicate' };
          throw error;
        }
      });
    },

    async undoActivity(userKey, log) {
      assertUserKey(userKey);
      assertValidLog(log);
      return call(async (sdk, client, abortSignal) => {
        try {
          await client.send(
            new sdk.UpdateItemCommand({
              TableName,
              Key: keyOf(userKey, weekSk(log.week)),
              UpdateExpression: 'ADD #activity :minusOne, #day :minusOne, #dayActivity :minusOne, #minutes :minusMinutes, #steps :minusSteps DELETE #ids :idSet',
              // The id proves the log was counted; the floors also hold if a caller describes it differently, so no count goes below zero.
              ConditionExpression: 'contains(#ids, :id) AND #activity >= :one AND #day >= :one AND #minutes >= :minutes AND #steps >= :steps',
              ExpressionAttributeNames: logNames(log),
              ExpressionAttributeValues: {
                ':one': number(1),
                ':minusOne': number(-1),
                ':minutes': number(log.minutes ?? 0),
                ':minusMinutes': number(-(log.minutes ?? 0)),
                ':steps': number(log.extraSteps ?? 0),
                ':minusSteps': number(-(log.extraSteps ?? 0)),
                ':idSet': { SS: [log.requestId] },
                ':id': { S: log.requestId },
              },
            }),
            { abortSignal },
          );
          return 'undone';
        } catch (error) {
          if (isConditionFailure(error)) return 'not-found';
          throw error;
        }
      });
    },

    async saveWorkout(userKey, week, position) {
      assertUserKey(userKey);
      assertValidWeek(week);
      if (position !== null) assertValidWorkoutPlace(position);
      const update = workoutUpdate(week, position);
      await call(async (sdk, client, abortSignal) => {
        try {
          await client.send(new sdk.UpdateItemCommand({ TableName, Key: keyOf(userKey, weekSk(week)), ...update }), { abortSignal });
        } catch (error) {
          // Only a removal has a condition: no position saved is what was asked for.
          if (!isConditionFailure(error)) throw error;
        }
      });
    },

    async updateProfile(userKey, changes) {
      assertUserKey(userKey);
      assertValidProfileChanges(changes);
      const update = profileUpdate(changes);
      if (!update) return;
      await call((sdk, client, abortSignal) =>
        client.send(new sdk.UpdateItemCommand({ TableName, Key: keyOf(userKey, PROFILE_SK), ...update }), { abortSignal }),
      );
    },

    async resetWeek(userKey, week) {
      assertUserKey(userKey);
      assertValidWeek(week);
      await call((sdk, client, abortSignal) =>
        client.send(new sdk.DeleteItemCommand({ TableName, Key: keyOf(userKey, weekSk(week)) }), { abortSignal }),
      );
    },

    async deleteUser(userKey) {
      assertUserKey(userKey);
      return call(async (sdk, client, abortSignal) => {
        let deleted = 0;
        let start: Item | undefined;
        do {
          const page = await client.send(
            new sdk.QueryCommand({
              TableName,
              KeyConditionExpression: '#pk = :pk',
              ExpressionAttributeValues: { ':pk': { S: userKey } },
              ExpressionAttributeNames: { ...KEY_PROJECTION.names, '#pk': PK },
              ProjectionExpression: KEY_PROJECTION.expression,
              ConsistentRead: true,
              ExclusiveStartKey: start,
            }),
            { abortSignal },
          );
          const keys = page.Items ?? [];
          for (let from = 0; from < keys.length; from += BATCH_SIZE) {
            await deleteBatch(sdk, client, keys.slice(from, from + BATCH_SIZE), abortSignal);
          }
          deleted += keys.length;
          start = page.LastEvaluatedKey;
        } while (start);
        return deleted;
      });
    },

    async destroy() {
      const current = connection;
      connection = undefined;
      if (current) (await current).client.destroy();
    },
  };
}

function logNames(log: ActivityLog): Record<string, string> {
  return {
    '#activity': log.activity,
    '#day': dayAttribute(log.weekday),
    '#dayActivity': dayActivityAttribute(log.weekday, log.activity),
    '#minutes': 'minutes',
    '#steps': 'steps',
    '#ids': 'requestIds',
  };
}
