import { randomUUID } from 'node:crypto';
import { estimateSpeechSeconds } from '../../lambda/speech/duration';
import type {
  IntentRequest,
  RequestEnvelope,
  Response,
  ResponseEnvelope,
  SessionEndedError,
  SessionEndedReason,
  Slot,
  SupportedInterfaces,
  canfulfill,
  events,
  interfaces,
} from 'ask-sdk-model';

/** Who and what is talking to the skill: fixed for a whole console run. */
export interface DeviceProfile {
  readonly skillId: string;
  readonly userId: string;
  readonly deviceId: string;
  readonly apiEndpoint: string;
  readonly apiAccessToken: string;
  readonly locale: string;
  /** `{}` for a headless speaker; `{ 'Alexa.Presentation.APL': { runtime: { maxVersion } } }` for a screen. */
  readonly supportedInterfaces: SupportedInterfaces;
  /** Sent as `context.Viewport` when present (screen devices). */
  readonly viewport?: interfaces.viewport.ViewportState;
  /** Permissions the user has answered, as `context.System.user.permissions.scopes` lists them. */
  readonly permissionScopes?: Readonly<Record<string, 'GRANTED' | 'DENIED'>>;
}

export interface EnvelopeOptions extends DeviceProfile {
  readonly sessionId: string;
  readonly newSession: boolean;
  /** Session attributes; `session.attributes` is sent exactly when this is given. */
  readonly attributes?: Readonly<Record<string, unknown>>;
  readonly requestId?: string;
  /** ISO 8601; defaults to the current time, to the second, as Alexa stamps it. */
  readonly timestamp?: string;
}

/** A slot as Alexa sends it, or just its spoken value for hand-written requests. */
export type SlotInput = Slot | string;

export type SkillEventType = (
  | events.skillevents.SkillEnabledRequest
  | events.skillevents.SkillDisabledRequest
  | events.skillevents.PermissionAcceptedRequest
  | events.skillevents.PermissionChangedRequest
)['type'];

/** The Lambda entry point's shape: what the skill exports as `handler`. */
export type SkillHandler = (event: RequestEnvelope, context: object) => Promise<ResponseEnvelope>;

export const newRequestId = (uuid: () => string = randomUUID): string => `amzn1.echo-api.request.${uuid()}`;
export const newSessionId = (uuid: () => string = randomUUID): string => `amzn1.echo-api.session.${uuid()}`;

export function alexaTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function requestHeader(opts: EnvelopeOptions): { requestId: string; timestamp: string; locale: string } {
  return {
    requestId: opts.requestId ?? newRequestId(),
    timestamp: opts.timestamp ?? alexaTimestamp(new Date()),
    locale: opts.locale,
  };
}

function systemContext(opts: EnvelopeOptions, withDevice: boolean): RequestEnvelope['context'] {
  return {
    System: {
      application: { applicationId: opts.skillId },
      user: {
        userId: opts.userId,
        ...(opts.permissionScopes && {
          permissions: { scopes: Object.fromEntries(Object.entries(opts.permissionScopes).map(([scope, status]) => [scope, { status }])) },
        }),
      },
      ...(withDevice ? { device: { deviceId: opts.deviceId, supportedInterfaces: opts.supportedInterfaces } } : {}),
      apiEndpoint: opts.apiEndpoint,
      apiAccessToken: opts.apiAccessToken,
    },
    ...(withDevice && opts.viewport ? { Viewport: opts.viewport } : {}),
  };
}

function inSession(opts: EnvelopeOptions, request: RequestEnvelope['request']): RequestEnvelope {
  return {
    version: '1.0',
    session: {
      new: opts.newSession,
      sessionId: opts.sessionId,
      application: { applicationId: opts.skillId },
      user: { userId: opts.userId },
      ...(opts.attributes ? { attributes: { ...opts.attributes } } : {}),
    },
    context: systemContext(opts, true),
    request,
  };
}

export function launchRequest(opts: EnvelopeOptions): RequestEnvelope {
  return inSession(opts, { type: 'LaunchRequest', ...requestHeader(opts) });
}

function toSlot(name: string, input: SlotInput): Slot {
  const slot: Slot = typeof input === 'string' ? { name, value: input, confirmationStatus: 'NONE' } : input;
  // Alexa mirrors a filled slot into `slotValue`; an empty slot carries only name and status.
  if (slot.value === undefined || slot.slotValue) return slot;
  return {
    ...slot,
    slotValue: { type: 'Simple', value: slot.value, ...(slot.resolutions ? { resolutions: slot.resolutions } : {}) },
  };
}

/**
 * An IntentRequest as Alexa sends it for a skill without a dialog model: `dialogState` is only
 * sent when the skill has one, so it is omitted unless given.
 */
export function intentRequest(
  opts: EnvelopeOptions,
  intentName: string,
  slots: Readonly<Record<string, SlotInput>> = {},
  dialogState?: IntentRequest['dialogState'],
): RequestEnvelope {
  const request = {
    type: 'IntentRequest',
    ...requestHeader(opts),
    ...(dialogState ? { dialogState } : {}),
    intent: {
      name: intentName,
      confirmationStatus: 'NONE',
      slots: Object.fromEntries(Object.entries(slots).map(([name, input]) => [name, toSlot(name, input)])),
    },
  } as IntentRequest; // The SDK type marks dialogState required; real requests omit it.
  return inSession(opts, request);
}

/**
 * A CanFulfillIntentRequest: Alexa asking, for a request said without the skill's name, whether the skill could
 * answer it. It arrives as the first request of a session, with the intent and slots Alexa heard.
 */
export function canFulfillIntentRequest(opts: EnvelopeOptions, intentName: string, slots: Readonly<Record<string, SlotInput>> = {}): RequestEnvelope {
  const request = {
    type: 'CanFulfillIntentRequest',
    ...requestHeader(opts),
    intent: {
      name: intentName,
      confirmationStatus: 'NONE',
      slots: Object.fromEntries(Object.entries(slots).map(([name, input]) => [name, toSlot(name, input)])),
    },
  } as canfulfill.CanFulfillIntentRequest;
  return inSession({ ...opts, newSession: true }, request);
}

export function sessionEndedRequest(
  opts: EnvelopeOptions,
  reason: SessionEndedReason,
  error?: SessionEndedError,
): RequestEnvelope {
  return inSession(opts, { type: 'SessionEndedRequest', ...requestHeader(opts), reason, ...(error ? { error } : {}) });
}

/**
 * Alexa's answer to a Connections.SendRequest the skill sent, in the same session: for AskFor (voice permission),
 * `status.code` "200" and a payload listing each scope asked for with the user's answer (ACCEPTED, DENIED, NOT_ANSWERED).
 */
export function connectionsResponse(
  opts: EnvelopeOptions,
  response: { readonly name: string; readonly code?: string; readonly payload?: Record<string, unknown>; readonly token?: string },
): RequestEnvelope {
  const request: interfaces.connections.ConnectionsResponse = {
    type: 'Connections.Response',
    ...requestHeader(opts),
    name: response.name,
    status: { code: response.code ?? '200', message: response.code === undefined || response.code === '200' ? 'OK' : 'Error' },
    ...(response.payload && { payload: response.payload }),
    token: response.token ?? '',
  };
  return inSession(opts, request);
}

/** An AskFor answer as Alexa sends it (version 2): the scope asked for, and the user's answer to it. */
export function permissionAnswer(scope: string, status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED'): Record<string, unknown> {
  return { permissionScopes: [{ permissionScope: scope, consentLevel: 'ACCOUNT', status }] };
}

/** Out-of-session skill events: no `session` and no device, as in Alexa's samples. */
export function skillEvent(
  opts: EnvelopeOptions,
  type: SkillEventType,
  body?: events.skillevents.PermissionBody,
): RequestEnvelope {
  const header = requestHeader(opts);
  const request: RequestEnvelope['request'] = {
    type,
    ...header,
    ...(body ? { body } : {}),
    eventCreationTime: header.timestamp,
    eventPublishingTime: header.timestamp,
  };
  return { version: '1.0', context: systemContext(opts, false), request };
}

/**
 * Whether Alexa closes the session after this response:
 * - `shouldEndSession: true` closes it, `false` keeps it open (mic on);
 * - omitted keeps it open when there is a reprompt or a Connections.SendRequest, and on screen devices (APL), where Alexa
 *   leaves the session open with the mic off; on a headless speaker an omitted flag closes it.
 */
export function sessionEndsAfter(response: Response, supportedInterfaces: SupportedInterfaces): boolean {
  if (response.shouldEndSession !== undefined && response.shouldEndSession !== null) return response.shouldEndSession;
  if (response.reprompt) return false;
  // Alexa takes the turn (voice permission) and comes back in the same session with a Connections.Response.
  if (response.directives?.some((directive) => directive.type === 'Connections.SendRequest')) return false;
  return supportedInterfaces['Alexa.Presentation.APL'] === undefined;
}

export interface Turn {
  readonly request: RequestEnvelope;
  readonly response: ResponseEnvelope;
  /** True when the session closed with this turn (the next request starts a new one). */
  readonly sessionEnded: boolean;
}

export interface ConversationOptions {
  readonly handler: SkillHandler;
  readonly device: DeviceProfile;
  /**
   * Request timestamps; inject a fixed clock for reproducible runs. Each request is stamped later than the clock by the
   * time the user spent hearing the answers before it (see `cutIn`), as on a device, where the next thing said comes
   * after the answer was spoken: a workout step moved on from at once would otherwise look cut short.
   */
  readonly clock?: () => Date;
  /** `false` when the clock itself already passes while answers are heard (a device playing them in real time). */
  readonly hearsAnswers?: boolean;
  /** UUIDs for session and request ids; inject for reproducible runs. */
  readonly uuid?: () => string;
  /** Second argument to the handler (the Lambda context). */
  readonly lambdaContext?: object;
}

interface OpenSession {
  readonly id: string;
  readonly attributes: Readonly<Record<string, unknown>>;
}

/** How long an answer speaks, at an Echo's pace. */
function speechMs(speech: ResponseEnvelope['response']['outputSpeech']): number {
  return speech?.type === 'SSML' ? estimateSpeechSeconds(speech.ssml) * 1000 : speech?.type === 'PlainText' ? estimateSpeechSeconds(speech.text) * 1000 : 0;
}

/**
 * One user's dialogue with the skill, carrying the session between turns as Alexa does:
 * an in-session request with no session open starts one (new id, `new: true`, no attributes);
 * later requests carry `new: false` and the `sessionAttributes` of the previous response.
 * A handler that throws leaves the session as it was; call `end('ERROR', …)` to mirror Alexa.
 */
export class Conversation {
  private session: OpenSession | undefined;
  private readonly options: ConversationOptions;
  /** Time spent hearing answers so far, added to the clock. */
  private heardMs = 0;
  /** The last answer's speech, timed when the next request needs it. */
  private lastAnswer: ResponseEnvelope['response']['outputSpeech'];
  /** Set by `cutIn`: how long the last answer is heard before the next request. */
  private cutInMs: number | undefined;

  constructor(options: ConversationOptions) {
    this.options = options;
  }

  /** The open session's id, or undefined when the next request will start a new session. */
  get sessionId(): string | undefined {
    return this.session?.id;
  }

  get attributes(): Readonly<Record<string, unknown>> {
    return this.session?.attributes ?? {};
  }

  /**
   * The next request interrupts the last answer `seconds` after it began ("Alexa, next" in the middle of a set), or
   * comes that long after it when it is shorter (silence after it), rather than just as it ends.
   */
  cutIn(seconds: number): this {
    this.cutInMs = seconds * 1000;
    return this;
  }

  /** Builds the request with the current session and device, sends it, and carries the session on. */
  async send(make: (opts: EnvelopeOptions) => RequestEnvelope): Promise<Turn> {
    const { handler, device, clock = () => new Date(), uuid = randomUUID, lambdaContext = {}, hearsAnswers = true } = this.options;
    if (this.cutInMs !== undefined) this.heardMs += this.cutInMs;
    else if (hearsAnswers) this.heardMs += speechMs(this.lastAnswer);
    this.cutInMs = undefined;
    const open = this.session;
    const sessionId = open?.id ?? newSessionId(uuid);
    const request = make({
      ...device,
      sessionId,
      newSession: open === undefined,
      ...(open ? { attributes: open.attributes } : {}),
      requestId: newRequestId(uuid),
      timestamp: alexaTimestamp(new Date(clock().getTime() + this.heardMs)),
    });
    const response = await handler(request, lambdaContext);
    this.lastAnswer = response.response?.outputSpeech;
    if (!request.session) {
      // Out-of-session events neither open nor touch the dialogue.
      return { request, response, sessionEnded: false };
    }
    const sessionEnded =
      request.request.type === 'SessionEndedRequest' || sessionEndsAfter(response.response, device.supportedInterfaces);
    this.session = sessionEnded ? undefined : { id: sessionId, attributes: { ...(response.sessionAttributes ?? {}) } };
    return { request, response, sessionEnded };
  }

  launch(): Promise<Turn> {
    return this.send(launchRequest);
  }

  intent(name: string, slots: Readonly<Record<string, SlotInput>> = {}): Promise<Turn> {
    return this.send((opts) => intentRequest(opts, name, slots));
  }

  /** Closes an open session the way Alexa does (user said "exit", silence, error); no-op otherwise. */
  async end(reason: SessionEndedReason = 'USER_INITIATED', error?: SessionEndedError): Promise<Turn | undefined> {
    if (this.sessionId === undefined) return undefined;
    return this.send((opts) => sessionEndedRequest(opts, reason, error));
  }
}

/** A custom slot as Alexa sends it once entity resolution matched value `id` of `type`. */
export function resolvedSlot(skillId: string, name: string, type: string, id: string, said: string = id.replace(/-/g, ' ')): Slot {
  return {
    name,
    value: said,
    confirmationStatus: 'NONE',
    resolutions: {
      resolutionsPerAuthority: [
        { authority: `amzn1.er-authority.echo-sdk.${skillId}.${type}`, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: id.replace(/-/g, ' '), id } }] },
      ],
    },
  };
}

/** A custom slot whose words matched no value of `type` (ER_SUCCESS_NO_MATCH). */
export function unmatchedSlot(skillId: string, name: string, type: string, said: string): Slot {
  return {
    name,
    value: said,
    confirmationStatus: 'NONE',
    // The SDK's type requires `values`; Alexa sends an empty list or none.
    resolutions: { resolutionsPerAuthority: [{ authority: `amzn1.er-authority.echo-sdk.${skillId}.${type}`, status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] }] },
  };
}
