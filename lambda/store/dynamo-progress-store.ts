// Types only: the SDK itself is loaded on the first store call, so a content-only request never evaluates it.
import type { AttributeValue, DynamoDBClient, DynamoDBClientConfig, UpdateItemCommandInput, WriteRequest } from '@aws-sdk/client-dynamodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { WEEKDAYS, type Weekday } from '../domain/calendar';
import { ACTIVITIES, type Activity, type ActivityLog, LIMITS, type LogEntry, type Profile, type WeekProgress, activeDaysOf } from '../domain/progress';
import { type WorkoutPlace, readWorkoutPlace } from '../domain/workout-place';
import {
  HISTORY_WEEKS,
  StoreUnavailableError,
  TOMBSTONE_SECONDS,
  assertValidEntry,
  assertValidLog,
  assertValidProfileChanges,
  assertValidWeek,
  assertValidWorkoutPlace,
  decodeEntry,
  encodeEntry,
  entryOf,
  isValidProfileField,
  profileExpiresAt,
  weekExpiresAt,
  type ProfileChanges,
  type ProgressStore,
  type RecordOutcome,
  type RemoveOutcome,
  type StoreFailure,
  type UserHistory,
  type WriteContext,
} from './progress-store';
import { PROGRESS_TABLE } from './table';
import { isUserKey, shortKey } from './user-key';

type Sdk = typeof import('./dynamo-sdk');
type Item = Record<string, AttributeValue>;

/**
 * Alexa drops a reply after 8 s. One store call gets at most 2 attempts of ≤ 1 s each, and a hard 2.5 s deadline
 * over everything (retry back-off included), so even two store calls in one request leave time to speak. Deleting
 * everything gets longer: its batches, throttled, are retried with back-off until 5 s have gone.
 */
export const STORE_TIMEOUTS = { connectionTimeoutMs: 500, requestTimeoutMs: 1_000, maxAttempts: 2, deadlineMs: 2_500, deletionDeadlineMs: 5_000 } as const;

export interface DynamoProgressStoreOptions {
  readonly tableName: string;
  /**
   * SDK settings laid over ours (timeouts, retries). Endpoint, region and credentials otherwise come from the standard
   * AWS settings (AWS_ENDPOINT_URL_DYNAMODB, AWS_REGION, …), so one build runs against AWS and local stores alike.
   */
  readonly client?: DynamoDBClientConfig;
  /** Longest one store call may take, retries included. @default STORE_TIMEOUTS.deadlineMs */
  readonly deadlineMs?: number;
  /** Longest deleting a user may take. @default STORE_TIMEOUTS.deletionDeadlineMs */
  readonly deletionDeadlineMs?: number;
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
/** The week's log entries (a string set, see encodeEntry), the short keys of the requests it took, and how many. */
const ENTRIES = 'logs';
const REQUEST_KEYS = 'ids';
const REQUESTS = 'requests';
/** Where weeks logged before the bound kept every full request id; the next write to such a week drops it. */
const LEGACY_REQUEST_IDS = 'requestIds';
/** A deletion's tombstone: when it happened (epoch ms), and whether some items may still be there. */
const DELETED_AT = 'deletedAt';
const PENDING_DELETION = 'pendingDeletion';
const EXPIRES_AT = PROGRESS_TABLE.timeToLiveAttribute;
const PROFILE_FIELDS = [
  'level',
  'restDay',
  'weekPlan',
  'noticeHeard',
  'createdAt',
  'knownExercises',
  'levelSince',
  'remindersOffered',
  'lookedBack',
  'stepUpOffered',
  'effort',
  'effortWeek',
  'warningOn',
  'feltOn',
  'checkFirst',
  'hiitCheckFirst',
  'young',
] as const satisfies readonly (keyof Profile)[];
/** Profile fields that are string sets: a change adds to them (ADD), so two devices never lose each other's ids. */
const ADDED_PROFILE_FIELDS: readonly string[] = ['knownExercises'];
/** A week's counts: what a reset clears and an empty week lacks. */
const WEEK_DATA = [...ACTIVITIES, 'minutes', 'steps', ...DAY_ATTRIBUTES, ...DAY_ACTIVITY_ATTRIBUTES, WORKOUT_ATTRIBUTE, ENTRIES];
/** Everything history reads; the request keys are only needed by writes, which check them in their condition. */
const HISTORY_NAMES = [SK, ...WEEK_DATA, REQUESTS, DELETED_AT, PENDING_DELETION, EXPIRES_AT, ...PROFILE_FIELDS];
const KEY_PROJECTION = placeholders([PK, SK, DELETED_AT, PENDING_DELETION]);
const BATCH_SIZE = 25;

function dayAttribute(day: Weekday): string {
  return `d${day}`;
}

function dayActivityAttribute(day: Weekday, activity: Activity): string {
  return `${dayAttribute(day)}${activity}`;
}

/** The zone a device last reported, kept on the items its requests write. */
function zoneAttribute(device: string): string {
  return `zone_${device}`;
}

const weekSk = (week: string) => `${WEEK_PREFIX}${week}`;
const keyOf = (userKey: string, sk: string): Item => ({ [PK]: { S: userKey }, [SK]: { S: sk } });
const sortKeyOf = (item: Item) => item[SK]?.S ?? '';
const number = (value: number): AttributeValue => ({ N: String(value) });
const isTombstone = (item: Item) => item[DELETED_AT] !== undefined;

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

/** The entries as stored, in a stable order (a set has none), leniently: one this skill could not have written is dropped. */
function entriesOf(item: Item): LogEntry[] {
  return (item[ENTRIES]?.SS ?? [])
    .map(decodeEntry)
    .filter((entry): entry is LogEntry => entry !== undefined)
    .sort((a, b) => a.weekday - b.weekday || (a.key < b.key ? -1 : 1));
}

function toWeekProgress(item: Item): WeekProgress {
  const days = countsOf(WEEKDAYS, (day) => counter(item, dayAttribute(day)));
  const entries = entriesOf(item);
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
    activeDays: activeDaysOf(days, entries),
    days,
    ...(workout && { workout }),
    ...(byDay && { activitiesByDay: byDay }),
    entries,
    requests: counter(item, REQUESTS),
  };
}

/** A week item that holds nothing to tell: every log undone, or the week reset. */
function isEmptyWeek(item: Item): boolean {
  return WEEK_DATA.every((name) => item[name] === undefined || (item[name]?.N !== undefined && counter(item, name) === 0));
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
  const { level, restDay, weekPlan, noticeHeard, createdAt, knownExercises, levelSince, remindersOffered, lookedBack, stepUpOffered, effort, effortWeek, warningOn, feltOn, checkFirst, hiitCheckFirst, young } = changes;
  return {
    ...(level != null && { level: { S: level } }),
    ...(restDay != null && { restDay: number(restDay) }),
    ...(weekPlan != null && { weekPlan: { S: weekPlan } }),
    ...(noticeHeard != null && { noticeHeard: { BOOL: noticeHeard } }),
    ...(createdAt != null && { createdAt: { S: createdAt } }),
    ...(knownExercises != null && { knownExercises: { SS: [...new Set(knownExercises)] } }),
    ...(levelSince != null && { levelSince: { S: levelSince } }),
    ...(remindersOffered != null && { remindersOffered: { BOOL: remindersOffered } }),
    ...(lookedBack != null && { lookedBack: { S: lookedBack } }),
    ...(stepUpOffered != null && { stepUpOffered: { S: stepUpOffered } }),
    ...(effort != null && { effort: { S: effort } }),
    ...(effortWeek != null && { effortWeek: { S: effortWeek } }),
    ...(warningOn != null && { warningOn: { S: warningOn } }),
    ...(feltOn != null && { feltOn: { S: feltOn } }),
    ...(checkFirst != null && { checkFirst: { BOOL: checkFirst } }),
    ...(hiitCheckFirst != null && { hiitCheckFirst: { BOOL: hiitCheckFirst } }),
    ...(young != null && { young: { BOOL: young } }),
  };
}

function encodeWorkout({ date, sessionId, index, levels, done, familiar, hurt, counted, cut, skipping }: WorkoutPlace): AttributeValue {
  return {
    M: {
      date: { S: date },
      sessionId: { S: sessionId },
      index: number(index),
      levels: { S: levels },
      done: { S: done },
      familiar: number(familiar),
      ...(hurt && { hurt: { S: hurt } }),
      ...(counted !== undefined && { counted: number(counted) }),
      ...(cut && { cut: { BOOL: true } }),
      ...(skipping !== undefined && { skipping: number(skipping) }),
    },
  };
}

type Update = Required<Pick<UpdateItemCommandInput, 'UpdateExpression' | 'ExpressionAttributeNames'>> &
  Pick<UpdateItemCommandInput, 'ConditionExpression' | 'ExpressionAttributeValues'>;

/**
 * What every write that may create or revive an item adds: the device's zone, the end of a tombstone (a write that
 * passes the check makes the item live again), and the check itself: a session begun before the user's data was
 * deleted writes nothing. Writes outside a session (no `since`) are not checked.
 */
function withContext(update: Update, context: WriteContext, { set = [] as string[], remove = [] as string[], condition = [] as string[] } = {}): Update {
  const names: Record<string, string> = { ...update.ExpressionAttributeNames, '#deletedAt': DELETED_AT };
  const values: Record<string, AttributeValue> = { ...update.ExpressionAttributeValues };
  const sets = [...set];
  if (context.zone) {
    names['#zone'] = zoneAttribute(context.zone.device);
    values[':zone'] = { S: context.zone.zone };
    sets.push('#zone = :zone');
  }
  const conditions = [...condition];
  if (context.since !== undefined) {
    values[':since'] = number(context.since);
    conditions.push('(attribute_not_exists(#deletedAt) OR #deletedAt < :since)');
  }
  const clauses = [...(sets.length > 0 ? [`SET ${sets.join(', ')}`] : []), update.UpdateExpression, `REMOVE ${['#deletedAt', ...remove].join(', ')}`];
  return {
    UpdateExpression: clauses.filter((clause) => clause !== '').join(' '),
    ExpressionAttributeNames: names,
    ...(Object.keys(values).length > 0 && { ExpressionAttributeValues: values }),
    ...(conditions.length > 0 && { ConditionExpression: conditions.join(' AND ') }),
  };
}

/** The first write wins, so callers may pass createdAt on every update. */
function assignment(field: string): string {
  return field === 'createdAt' ? `#${field} = if_not_exists(#${field}, :${field})` : `#${field} = :${field}`;
}

function profileUpdate(changes: ProfileChanges, at: number, context: WriteContext): Update | undefined {
  const encoded = Object.entries(encodeProfile(changes));
  const set = encoded.map(([field]) => field).filter((field) => !ADDED_PROFILE_FIELDS.includes(field));
  const add = encoded.map(([field]) => field).filter((field) => ADDED_PROFILE_FIELDS.includes(field));
  const remove = PROFILE_FIELDS.filter((field) => changes[field] === null);
  if (encoded.length === 0 && remove.length === 0) return undefined;
  return withContext(
    {
      UpdateExpression: add.length > 0 ? `ADD ${add.map((field) => `#${field} :${field}`).join(', ')}` : '',
      ExpressionAttributeNames: {
        ...Object.fromEntries([...set, ...add, ...remove].map((field) => [`#${field}`, field])),
        '#expiresAt': EXPIRES_AT,
        '#pending': PENDING_DELETION,
      },
      ExpressionAttributeValues: { ...Object.fromEntries(encoded.map(([field, value]) => [`:${field}`, value])), ':expiresAt': number(profileExpiresAt(at)) },
    },
    context,
    {
      set: [...set.map(assignment), '#expiresAt = :expiresAt'],
      remove: remove.map((field) => `#${field}`),
      // While a deletion is unfinished nothing is written to the profile: the next read finishes it first.
      condition: ['attribute_not_exists(#pending)'],
    },
  );
}

const THROTTLING = new Set(['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded', 'LimitExceededException']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** Connections that never carried the request: nothing can have been written. */
const NEVER_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

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

/**
 * Whether one attempt that failed so may still have been applied: only a refusal (throttled, rejected) or a connection
 * that never carried the request is certain. A server error may or may not have been applied, DynamoDB says.
 */
function mayHaveApplied(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  const failure = failureOf(error);
  if (failure === 'throttled' || failure === 'rejected') return false;
  if (code && NEVER_SENT_CODES.has(code)) return false;
  return !(failure === 'timeout' && message?.includes('did not establish a connection'));
}

function isConditionFailure(error: unknown): error is Error & { Item?: Item } {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

function assertUserKey(key: string): void {
  // A programming error, not user input: only userKey() makes keys, so raw Alexa ids can never reach the table.
  if (!isUserKey(key)) throw new TypeError('userKey must come from userKey()');
}

/** What one store call's attempts were: whether any was made, and whether one that failed may have been applied. */
interface Attempts {
  started: number;
  mayHaveLanded: boolean;
}

type Watch = <C extends { middlewareStack: { add: (...args: never[]) => unknown } }>(command: C) => C;

/** The ProgressStore on DynamoDB: every log one conditional UpdateItem, every history one Query. */
export function dynamoProgressStore(options: DynamoProgressStoreOptions): DynamoProgressStore {
  const { tableName: TableName, deadlineMs = STORE_TIMEOUTS.deadlineMs, deletionDeadlineMs = STORE_TIMEOUTS.deletionDeadlineMs } = options;
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

  /**
   * Runs one store call under the deadline; every failure but our own comes out as StoreUnavailableError, which says
   * whether a write may have landed all the same. `watch` a command to have its attempts count towards that.
   */
  async function call<T>(
    work: (sdk: Sdk, client: DynamoDBClient, abortSignal: AbortSignal, watch: Watch) => Promise<T>,
    ms = deadlineMs,
  ): Promise<T> {
    const controller = new AbortController();
    const attempts: Attempts = { started: 0, mayHaveLanded: false };
    // Inside the SDK's retries (the deserialize step runs once per attempt), so a timed-out first attempt is not
    // hidden by a throttled second one.
    const watch: Watch = (command) => {
      (command.middlewareStack as unknown as { add: (middleware: unknown, options: object) => void }).add(
        (next: (args: unknown) => Promise<unknown>) => async (args: unknown) => {
          attempts.started += 1;
          try {
            return await next(args);
          } catch (error) {
            if (!isConditionFailure(error) && mayHaveApplied(error)) attempts.mayHaveLanded = true;
            throw error;
          }
        },
        { step: 'deserialize', priority: 'high', name: 'attemptWatch' },
      );
      return command;
    };
    let timer: NodeJS.Timeout | undefined;
    // Racing as well as aborting bounds the parts the signal does not reach, such as credential lookup.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // An attempt cut short may have reached the table.
        const error = new StoreUnavailableError('timeout', { mayHaveLanded: attempts.started > 0 });
        controller.abort(error);
        reject(error);
      }, ms);
    });
    try {
      return await Promise.race([connect().then(({ sdk, client }) => work(sdk, client, controller.signal, watch)), deadline]);
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      throw new StoreUnavailableError(failureOf(error), { cause: error, mayHaveLanded: attempts.mayHaveLanded || mayHaveApplied(error) });
    } finally {
      clearTimeout(timer);
    }
  }

  async function getItem(sdk: Sdk, client: DynamoDBClient, key: Item, abortSignal: AbortSignal) {
    const { Item } = await client.send(new sdk.GetItemCommand({ TableName, Key: key, ConsistentRead: true }), { abortSignal });
    return Item;
  }

  /**
   * One batch, with what DynamoDB leaves unprocessed and whole batches it throttles sent again after a growing pause,
   * until the deletion's deadline aborts the wait.
   */
  async function writeBatch(sdk: Sdk, client: DynamoDBClient, batch: WriteRequest[], abortSignal: AbortSignal): Promise<void> {
    let requests = batch;
    for (let retry = 0; requests.length > 0; retry++) {
      if (retry > 0) await sleep(Math.min(50 * 2 ** (retry - 1), 800), undefined, { signal: abortSignal });
      try {
        const { UnprocessedItems } = await client.send(new sdk.BatchWriteItemCommand({ RequestItems: { [TableName]: requests } }), { abortSignal });
        requests = UnprocessedItems?.[TableName] ?? [];
      } catch (error) {
        if (failureOf(error) !== 'throttled') throw error;
      }
    }
  }

  /** Why a log's condition failed, from the week item as it stood. */
  function refusal(item: Item | undefined, log: ActivityLog, context: WriteContext): RecordOutcome {
    if (item && isTombstone(item) && context.since !== undefined && counter(item, DELETED_AT) >= context.since) {
      throw new StoreUnavailableError('rejected', { mayHaveLanded: false });
    }
    const key = shortKey(log.requestId);
    const week = item && toWeekProgress(item);
    if (item?.[REQUEST_KEYS]?.SS?.includes(key)) {
      const entry = week?.entries.find((stored) => stored.key === key);
      return { outcome: 'duplicate', ...(week && { week }), ...(entry && { entry }) };
    }
    if (item && counter(item, REQUESTS) >= LIMITS.maxLogsPerWeek) return { outcome: 'full', ...(week && { week }) };
    if (item && log.firstOfDay && entryOf(log).counts && counter(item, dayActivityAttribute(log.weekday, log.activity)) >= 1) {
      return { outcome: 'same-day', ...(week && { week }) };
    }
    // The item changed between the refusal and our look at it (only where the old item is not returned): no longer knowable.
    return { outcome: 'duplicate', ...(week && { week }) };
  }

  /**
   * Takes one entry off its week, with the counts it moved, in one write and only while the week holds exactly it: a
   * log described otherwise than it was stored, or taken off already, moves nothing. The request's key stays, so a
   * replay of it is still a retry, never a new log.
   */
  function takeOff(userKey: string, week: string, entry: LogEntry, returnValues: 'NONE' | 'ALL_NEW'): Promise<RemoveOutcome> {
    const names = logNames(entry, entry.counts);
    return call(async (sdk, client, abortSignal) => {
      try {
        const { Attributes } = await client.send(
          new sdk.UpdateItemCommand({
            TableName,
            Key: keyOf(userKey, weekSk(week)),
            // A week logged before it kept counts of each activity on each day has none to take one from: it gets 0.
            UpdateExpression: `${entry.counts ? 'SET #dayActivity = if_not_exists(#dayActivity, :one) - :one ' : ''}ADD ${[
              ...(entry.counts ? ['#activity :minusOne', '#day :minusOne'] : []),
              '#minutes :minusMinutes',
              '#steps :minusSteps',
            ].join(', ')} DELETE #entries :entry`,
            // Only the stored entry, exactly. The floors hold besides, so no count can go below zero.
            ConditionExpression: `contains(#entries, :entryValue) AND #minutes >= :minutes AND #steps >= :steps${
              entry.counts ? ' AND #activity >= :one AND #day >= :one' : ''
            }`,
            ExpressionAttributeNames: { ...names, '#entries': ENTRIES },
            ExpressionAttributeValues: {
              ...(entry.counts && { ':one': number(1), ':minusOne': number(-1) }),
              ':minutes': number(entry.minutes),
              ':minusMinutes': number(-entry.minutes),
              ':steps': number(entry.extraSteps),
              ':minusSteps': number(-entry.extraSteps),
              ':entry': { SS: [encodeEntry(entry)] },
              ':entryValue': { S: encodeEntry(entry) },
            },
            ReturnValues: returnValues,
          }),
          { abortSignal },
        );
        return { outcome: 'removed', ...(Attributes && { week: toWeekProgress(Attributes) }) };
      } catch (error) {
        if (isConditionFailure(error)) return { outcome: 'not-found' };
        throw error;
      }
    });
  }

  return {
    warm() {
      // A failure here surfaces, mapped, on the first real call.
      connect().catch(() => undefined);
    },

    async history(userKey, { device } = {}) {
      assertUserKey(userKey);
      const projection = placeholders([...HISTORY_NAMES, ...(device ? [zoneAttribute(device)] : [])]);
      return call(async (sdk, client, abortSignal): Promise<UserHistory> => {
        // Newest first: the weeks descend and PROFILE ('P' < 'W') comes last, one more than the weeks kept.
        const page = await client.send(
          new sdk.QueryCommand({
            TableName,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeValues: { ':pk': { S: userKey } },
            ExpressionAttributeNames: { ...projection.names, '#pk': PK },
            ProjectionExpression: projection.expression,
            ScanIndexForward: false,
            Limit: HISTORY_WEEKS + 1,
            // Users ask "how am I doing?" right after logging.
            ConsistentRead: true,
          }),
          { abortSignal },
        );
        const items = page.Items ?? [];
        const weeks = items.filter((item) => sortKeyOf(item).startsWith(WEEK_PREFIX) && !isTombstone(item) && !isEmptyWeek(item)).slice(0, HISTORY_WEEKS);
        // Only a user with more weeks than we read (TTL deletes lag, dev stores never expire) needs a second read.
        const profileItem =
          items.find((item) => sortKeyOf(item) === PROFILE_SK) ??
          (page.LastEvaluatedKey ? await getItem(sdk, client, keyOf(userKey, PROFILE_SK), abortSignal) : undefined);
        const zone = device ? [...items, ...(profileItem ? [profileItem] : [])].find((item) => !isTombstone(item) && item[zoneAttribute(device)]?.S)?.[zoneAttribute(device)]?.S : undefined;
        const deletion = profileItem && isTombstone(profileItem) ? { at: counter(profileItem, DELETED_AT), pending: profileItem[PENDING_DELETION]?.BOOL === true } : undefined;
        const profileExpiresAt = profileItem && !deletion && profileItem[EXPIRES_AT] ? counter(profileItem, EXPIRES_AT) : undefined;
        return {
          ...(profileItem && !deletion && { profile: toProfile(profileItem) }),
          ...(profileExpiresAt && { profileExpiresAt }),
          weeks: weeks.map(toWeekProgress),
          ...(zone && { deviceZone: zone }),
          ...(deletion && { deletion }),
        };
      });
    },

    async recordActivity(userKey, log, context = {}) {
      assertUserKey(userKey);
      assertValidLog(log);
      const entry = entryOf(log);
      const counts = entry.counts;
      const update = withContext(
        {
          UpdateExpression: `ADD ${[
            ...(counts ? ['#activity :one', '#day :one', '#dayActivity :one'] : []),
            '#minutes :minutes',
            '#steps :steps',
            '#ids :key',
            '#entries :entry',
            '#requests :one',
          ].join(', ')}`,
          ExpressionAttributeNames: {
            ...logNames(log, counts),
            '#ids': REQUEST_KEYS,
            '#entries': ENTRIES,
            '#requests': REQUESTS,
            '#expiresAt': EXPIRES_AT,
            '#legacy': LEGACY_REQUEST_IDS,
            ...(log.endsWorkout && { '#workout': WORKOUT_ATTRIBUTE }),
          },
          ExpressionAttributeValues: {
            ':one': number(1),
            ':minutes': number(entry.minutes),
            ':steps': number(entry.extraSteps),
            ':key': { SS: [entry.key] },
            ':keyValue': { S: entry.key },
            ':entry': { SS: [encodeEntry(entry)] },
            ':cap': number(LIMITS.maxLogsPerWeek),
            ':expiresAt': number(weekExpiresAt(log.week)),
          },
        },
        context,
        {
          set: ['#expiresAt = :expiresAt'],
          // A finished guided workout forgets its position in the same write, so a request still makes just one.
          remove: ['#legacy', ...(log.endsWorkout ? ['#workout'] : [])],
          // The request's key joins the week's in the same write, so a retried request can never count twice, and
          // the week takes a bounded number of requests, so its item stays small.
          // A day's first session of its kind is checked in the write too, so two devices at once cannot both count it.
          condition: [
            'NOT contains(#ids, :keyValue)',
            '(attribute_not_exists(#requests) OR #requests < :cap)',
            ...(log.firstOfDay && counts ? ['(attribute_not_exists(#dayActivity) OR #dayActivity < :one)'] : []),
          ],
        },
      );
      return call(async (sdk, client, abortSignal, watch) => {
        try {
          const { Attributes } = await client.send(
            watch(
              new sdk.UpdateItemCommand({
                TableName,
                Key: keyOf(userKey, weekSk(log.week)),
                ...update,
                // The week after this log, from the same write: "that's two of three" needs no read.
                ReturnValues: 'ALL_NEW',
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              }),
            ),
            { abortSignal },
          );
          return { outcome: 'recorded', ...(Attributes && { week: toWeekProgress(Attributes) }) };
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
          // DynamoDB hands back the item that refused the write; a store that does not (dynalite) is asked for it.
          return refusal(error.Item ?? (await getItem(sdk, client, keyOf(userKey, weekSk(log.week)), abortSignal)), log, context);
        }
      });
    },

    async undoActivity(userKey, log) {
      assertUserKey(userKey);
      assertValidLog(log);
      return (await takeOff(userKey, log.week, entryOf(log), 'NONE')).outcome === 'removed' ? 'undone' : 'not-found';
    },

    async removeEntry(userKey, week, entry) {
      assertUserKey(userKey);
      assertValidWeek(week);
      assertValidEntry(entry);
      return takeOff(userKey, week, entry, 'ALL_NEW');
    },

    async saveWorkout(userKey, week, position, context = {}) {
      assertUserKey(userKey);
      assertValidWeek(week);
      if (position !== null) assertValidWorkoutPlace(position);
      const update: Update =
        position === null
          ? {
              UpdateExpression: 'REMOVE #workout',
              // UpdateItem would otherwise create a bare week item (one that never expires) when there is nothing to forget.
              ConditionExpression: 'attribute_exists(#workout)',
              ExpressionAttributeNames: { '#workout': WORKOUT_ATTRIBUTE },
            }
          : withContext(
              {
                UpdateExpression: '',
                ExpressionAttributeNames: { '#workout': WORKOUT_ATTRIBUTE, '#expiresAt': EXPIRES_AT },
                ExpressionAttributeValues: { ':position': encodeWorkout(position), ':expiresAt': number(weekExpiresAt(week)) },
              },
              context,
              // A week first created by this save must still expire, on the same day as its logs would.
              { set: ['#workout = :position', '#expiresAt = :expiresAt'] },
            );
      await call(async (sdk, client, abortSignal) => {
        try {
          await client.send(new sdk.UpdateItemCommand({ TableName, Key: keyOf(userKey, weekSk(week)), ...update }), { abortSignal });
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
          // A removal with nothing to remove is what was asked for; a place refused by a deletion is not saved.
          if (position !== null) throw new StoreUnavailableError('rejected', { mayHaveLanded: false });
        }
      });
    },

    async updateProfile(userKey, changes, context = {}) {
      assertUserKey(userKey);
      assertValidProfileChanges(changes);
      const update = profileUpdate(changes, context.at ?? Date.now(), context);
      if (!update) return;
      await call(async (sdk, client, abortSignal) => {
        try {
          await client.send(new sdk.UpdateItemCommand({ TableName, Key: keyOf(userKey, PROFILE_SK), ...update }), { abortSignal });
        } catch (error) {
          throw isConditionFailure(error) ? new StoreUnavailableError('rejected', { mayHaveLanded: false }) : error;
        }
      });
    },

    async renewProfile(userKey, context = {}) {
      assertUserKey(userKey);
      await call(async (sdk, client, abortSignal) => {
        try {
          await client.send(
            new sdk.UpdateItemCommand({
              TableName,
              Key: keyOf(userKey, PROFILE_SK),
              UpdateExpression: 'SET #expiresAt = :expiresAt',
              // Never creates a profile, and never lengthens a tombstone.
              ConditionExpression: 'attribute_exists(#pk) AND attribute_not_exists(#deletedAt)',
              ExpressionAttributeNames: { '#pk': PK, '#expiresAt': EXPIRES_AT, '#deletedAt': DELETED_AT },
              ExpressionAttributeValues: { ':expiresAt': number(profileExpiresAt(context.at ?? Date.now())) },
            }),
            { abortSignal },
          );
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
        }
      });
    },

    async resetWeek(userKey, week) {
      assertUserKey(userKey);
      assertValidWeek(week);
      const cleared = placeholders(WEEK_DATA);
      await call(async (sdk, client, abortSignal) => {
        try {
          await client.send(
            new sdk.UpdateItemCommand({
              TableName,
              Key: keyOf(userKey, weekSk(week)),
              UpdateExpression: `REMOVE ${cleared.expression}`,
              // The request keys stay, so a replay of a request from before the reset is not counted again.
              ConditionExpression: 'attribute_exists(#pk)',
              ExpressionAttributeNames: { ...cleared.names, '#pk': PK },
            }),
            { abortSignal },
          );
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
        }
      });
    },

    async deleteUser(userKey, context = {}) {
      assertUserKey(userKey);
      let at = context.at ?? Date.now();
      const guardWeeks = new Set(context.guardWeeks ?? []);
      for (const week of guardWeeks) assertValidWeek(week);
      const tombstone = (sk: string, pending = false): WriteRequest => ({
        PutRequest: {
          Item: {
            ...keyOf(userKey, sk),
            [DELETED_AT]: number(at),
            [EXPIRES_AT]: number(Math.floor(at / 1000) + TOMBSTONE_SECONDS),
            ...(pending && { [PENDING_DELETION]: { BOOL: true } }),
          },
        },
      });
      return call(async (sdk, client, abortSignal) => {
        let held = 0;
        let start: Item | undefined;
        const requests: WriteRequest[] = [];
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
          for (const item of page.Items ?? []) {
            const sk = sortKeyOf(item);
            if (!isTombstone(item)) held += 1;
            // Finishing a deletion left pending: it is still the one asked for then, so sessions begun since may write.
            if (sk === PROFILE_SK && item[PENDING_DELETION]?.BOOL === true) at = counter(item, DELETED_AT);
            if (sk === PROFILE_SK) continue;
            const week = sk.slice(WEEK_PREFIX.length);
            // The weeks a late write could reach keep a tombstone; every other item goes.
            if (!guardWeeks.has(week)) requests.push({ DeleteRequest: { Key: keyOf(userKey, sk) } });
          }
          start = page.LastEvaluatedKey;
        } while (start);
        requests.push(...[...guardWeeks].map((week) => tombstone(weekSk(week))));
        // The marker goes first (replacing the profile), so whatever happens next, the next read finishes the deletion.
        await writeBatch(sdk, client, [tombstone(PROFILE_SK, true)], abortSignal);
        for (let from = 0; from < requests.length; from += BATCH_SIZE) {
          await writeBatch(sdk, client, requests.slice(from, from + BATCH_SIZE), abortSignal);
        }
        await writeBatch(sdk, client, [tombstone(PROFILE_SK)], abortSignal);
        return held;
      }, deletionDeadlineMs);
    },

    async destroy() {
      const current = connection;
      connection = undefined;
      if (current !== undefined) (await current).client.destroy();
    },
  };
}

/** The counters a log moves: a log that only adds detail moves no session or day. */
function logNames(log: Pick<ActivityLog, 'activity' | 'weekday'>, counts: boolean): Record<string, string> {
  return {
    ...(counts && { '#activity': log.activity, '#day': dayAttribute(log.weekday), '#dayActivity': dayActivityAttribute(log.weekday, log.activity) }),
    '#minutes': 'minutes',
    '#steps': 'steps',
  };
}
