import * as Alexa from 'ask-sdk-core';
import type { RequestEnvelope, Response, ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import {
  Conversation,
  alexaTimestamp,
  intentRequest,
  launchRequest,
  newRequestId,
  newSessionId,
  sessionEndedRequest,
  sessionEndsAfter,
  skillEvent,
  type DeviceProfile,
  type EnvelopeOptions,
  type SkillHandler,
} from '../../scripts/sim/envelope';

const SKILL_ID = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';
const APL = { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.3' } } };

const speaker: DeviceProfile = {
  skillId: SKILL_ID,
  userId: 'amzn1.ask.account.TESTUSER',
  deviceId: 'amzn1.ask.device.TESTDEVICE',
  apiEndpoint: 'https://api.amazonalexa.com',
  apiAccessToken: 'token-abc',
  locale: 'en-US',
  supportedInterfaces: {},
};

const opts: EnvelopeOptions = {
  ...speaker,
  sessionId: 'amzn1.echo-api.session.s1',
  newSession: true,
  requestId: 'amzn1.echo-api.request.r1',
  timestamp: '2026-11-24T10:00:00Z',
};

const system = {
  application: { applicationId: SKILL_ID },
  user: { userId: 'amzn1.ask.account.TESTUSER' },
  device: { deviceId: 'amzn1.ask.device.TESTDEVICE', supportedInterfaces: {} },
  apiEndpoint: 'https://api.amazonalexa.com',
  apiAccessToken: 'token-abc',
};

describe('ids and timestamps', () => {
  it('formats ids as Alexa does', () => {
    expect(newRequestId()).toMatch(/^amzn1\.echo-api\.request\.[0-9a-f-]{36}$/);
    expect(newSessionId()).toMatch(/^amzn1\.echo-api\.session\.[0-9a-f-]{36}$/);
    expect(newRequestId(() => 'fixed')).toBe('amzn1.echo-api.request.fixed');
    expect(newRequestId()).not.toBe(newRequestId());
  });

  it('stamps to the second in UTC', () => {
    expect(alexaTimestamp(new Date('2026-11-24T10:00:00.123Z'))).toBe('2026-11-24T10:00:00Z');
  });
});

describe('request builders', () => {
  it('builds a LaunchRequest for a new session', () => {
    expect(launchRequest(opts)).toEqual({
      version: '1.0',
      session: {
        new: true,
        sessionId: 'amzn1.echo-api.session.s1',
        application: { applicationId: SKILL_ID },
        user: { userId: 'amzn1.ask.account.TESTUSER' },
      },
      context: { System: system },
      request: {
        type: 'LaunchRequest',
        requestId: 'amzn1.echo-api.request.r1',
        timestamp: '2026-11-24T10:00:00Z',
        locale: 'en-US',
      },
    });
  });

  it('defaults requestId and timestamp', () => {
    const { requestId: _id, timestamp: _ts, ...bare } = opts;
    const request = launchRequest(bare).request;
    expect(request.requestId).toMatch(/^amzn1\.echo-api\.request\./);
    expect(request.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('builds an in-session IntentRequest with filled and empty slots and no dialogState', () => {
    const resolutions = {
      resolutionsPerAuthority: [
        {
          authority: `amzn1.er-authority.echo-sdk.${SKILL_ID}.EXERCISE`,
          status: { code: 'ER_SUCCESS_MATCH' as const },
          values: [{ value: { name: 'plank', id: 'plank' } }],
        },
      ],
    };
    const envelope = intentRequest({ ...opts, newSession: false, attributes: { step: 2 } }, 'ExerciseHowIntent', {
      exercise: { name: 'exercise', value: 'planks', confirmationStatus: 'NONE', resolutions },
      side: { name: 'side', confirmationStatus: 'NONE' },
      count: '3',
    });
    expect(envelope.session).toMatchObject({ new: false, attributes: { step: 2 } });
    expect(envelope.request).toEqual({
      type: 'IntentRequest',
      requestId: 'amzn1.echo-api.request.r1',
      timestamp: '2026-11-24T10:00:00Z',
      locale: 'en-US',
      intent: {
        name: 'ExerciseHowIntent',
        confirmationStatus: 'NONE',
        slots: {
          exercise: {
            name: 'exercise',
            value: 'planks',
            confirmationStatus: 'NONE',
            resolutions,
            slotValue: { type: 'Simple', value: 'planks', resolutions },
          },
          side: { name: 'side', confirmationStatus: 'NONE' },
          count: { name: 'count', value: '3', confirmationStatus: 'NONE', slotValue: { type: 'Simple', value: '3' } },
        },
      },
    });
    expect('dialogState' in envelope.request).toBe(false);
  });

  it('sends dialogState only when asked', () => {
    const request = intentRequest(opts, 'PlanIntent', {}, 'STARTED').request;
    expect(request).toMatchObject({ type: 'IntentRequest', dialogState: 'STARTED', intent: { name: 'PlanIntent', slots: {} } });
  });

  it('copies session attributes rather than sharing them', () => {
    const attributes = { nested: { count: 1 } };
    const envelope = launchRequest({ ...opts, newSession: false, attributes });
    expect(envelope.session?.attributes).toEqual(attributes);
    expect(envelope.session?.attributes).not.toBe(attributes);
  });

  it('includes the viewport for screen devices', () => {
    const viewport = { pixelWidth: 1280, pixelHeight: 800, shape: 'RECTANGLE' as const };
    const envelope = launchRequest({ ...opts, supportedInterfaces: APL, viewport });
    expect(envelope.context.System.device?.supportedInterfaces).toEqual(APL);
    expect(envelope.context.Viewport).toEqual(viewport);
  });

  it('builds a SessionEndedRequest with reason and optional error', () => {
    expect(sessionEndedRequest({ ...opts, newSession: false }, 'USER_INITIATED').request).toEqual({
      type: 'SessionEndedRequest',
      requestId: 'amzn1.echo-api.request.r1',
      timestamp: '2026-11-24T10:00:00Z',
      locale: 'en-US',
      reason: 'USER_INITIATED',
    });
    const error = { type: 'INVALID_RESPONSE' as const, message: 'bad ssml' };
    expect(sessionEndedRequest(opts, 'ERROR', error).request).toMatchObject({ reason: 'ERROR', error });
  });

  it('builds out-of-session skill events without session or device', () => {
    expect(skillEvent(opts, 'AlexaSkillEvent.SkillDisabled')).toEqual({
      version: '1.0',
      context: {
        System: {
          application: { applicationId: SKILL_ID },
          user: { userId: 'amzn1.ask.account.TESTUSER' },
          apiEndpoint: 'https://api.amazonalexa.com',
          apiAccessToken: 'token-abc',
        },
      },
      request: {
        type: 'AlexaSkillEvent.SkillDisabled',
        requestId: 'amzn1.echo-api.request.r1',
        timestamp: '2026-11-24T10:00:00Z',
        locale: 'en-US',
        eventCreationTime: '2026-11-24T10:00:00Z',
        eventPublishingTime: '2026-11-24T10:00:00Z',
      },
    });
    const body = { acceptedPermissions: [{ scope: 'alexa::alerts:reminders:skill:readwrite' }] };
    expect(skillEvent(opts, 'AlexaSkillEvent.SkillPermissionAccepted', body).request).toMatchObject({ body });
  });
});

describe('sessionEndsAfter', () => {
  const speech = { type: 'PlainText' as const, text: 'hi' };
  const reprompt = { outputSpeech: speech };
  it.each<[string, Response, boolean, boolean]>([
    ['true ends on a speaker', { shouldEndSession: true }, false, true],
    ['true ends on a screen', { shouldEndSession: true, reprompt }, true, true],
    ['false keeps it open', { shouldEndSession: false }, false, false],
    ['omitted with a reprompt keeps it open', { outputSpeech: speech, reprompt }, false, false],
    ['omitted without a reprompt ends on a speaker', { outputSpeech: speech }, false, true],
    ['omitted without a reprompt stays open on a screen', { outputSpeech: speech }, true, false],
  ])('%s', (_name, response, screen, ended) => {
    expect(sessionEndsAfter(response, screen ? APL : {})).toBe(ended);
  });
});

/** A scripted skill: answers each request with the next response, recording what it received. */
function scripted(responses: Response[], attributes: (Record<string, unknown> | undefined)[] = []) {
  const received: { event: RequestEnvelope; context: object }[] = [];
  const handler: SkillHandler = async (event, context) => {
    const index = received.length;
    received.push({ event, context });
    const sessionAttributes = attributes[index];
    return { version: '1.0', response: responses[index] ?? {}, ...(sessionAttributes ? { sessionAttributes } : {}) };
  };
  return { handler, received };
}

function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

describe('Conversation', () => {
  const open: Response = { shouldEndSession: false };
  const close: Response = { shouldEndSession: true };
  const clock = () => new Date('2026-11-24T10:00:00.500Z');

  it('opens a session, carries attributes and flags new only on the first turn', async () => {
    const skill = scripted([open, open, close], [{ turn: 1 }, { turn: 2 }, { turn: 3 }]);
    const conversation = new Conversation({ handler: skill.handler, device: speaker, clock, uuid: counter() });
    expect(conversation.sessionId).toBeUndefined();

    const first = await conversation.launch();
    expect(first.request.session).toMatchObject({ new: true, sessionId: 'amzn1.echo-api.session.id-1' });
    expect(first.request.session).not.toHaveProperty('attributes');
    expect(first.request.request).toMatchObject({ requestId: 'amzn1.echo-api.request.id-2', timestamp: '2026-11-24T10:00:00Z' });
    expect(first.sessionEnded).toBe(false);
    expect(conversation.sessionId).toBe('amzn1.echo-api.session.id-1');
    expect(conversation.attributes).toEqual({ turn: 1 });

    const second = await conversation.intent('AMAZON.NextIntent');
    expect(second.request.session).toMatchObject({ new: false, sessionId: 'amzn1.echo-api.session.id-1', attributes: { turn: 1 } });
    expect(second.request.request).toMatchObject({ type: 'IntentRequest', intent: { name: 'AMAZON.NextIntent', slots: {} } });

    const third = await conversation.intent('AMAZON.StopIntent');
    expect(third.request.session?.attributes).toEqual({ turn: 2 });
    expect(third.sessionEnded).toBe(true);
    expect(conversation.sessionId).toBeUndefined();
    expect(conversation.attributes).toEqual({});
  });

  it('stamps each request later by the answers heard before it, or by as long as the user let the last one run', async () => {
    const tenSeconds: Response = { shouldEndSession: false, outputSpeech: { type: 'SSML', ssml: '<speak><break time="10s"/></speak>' } };
    const heard = new Conversation({ handler: scripted([tenSeconds, tenSeconds, tenSeconds, tenSeconds]).handler, device: speaker, clock });
    const stamps = [];
    stamps.push((await heard.launch()).request.request.timestamp);
    stamps.push((await heard.intent('AMAZON.NextIntent')).request.request.timestamp);
    stamps.push((await heard.cutIn(3).intent('AMAZON.NextIntent')).request.request.timestamp);
    stamps.push((await heard.cutIn(25).intent('AMAZON.NextIntent')).request.request.timestamp);
    expect(stamps).toEqual(['2026-11-24T10:00:00Z', '2026-11-24T10:00:10Z', '2026-11-24T10:00:13Z', '2026-11-24T10:00:38Z']);
    // A clock that passes while answers play (a device in real time) is not moved on again, unless told to.
    const live = new Conversation({ handler: scripted([tenSeconds, tenSeconds, tenSeconds]).handler, device: speaker, clock, hearsAnswers: false });
    await live.launch();
    expect((await live.intent('AMAZON.NextIntent')).request.request.timestamp).toBe('2026-11-24T10:00:00Z');
    expect((await live.cutIn(4).intent('AMAZON.NextIntent')).request.request.timestamp).toBe('2026-11-24T10:00:04Z');
  });

  it('starts a fresh session after one ends, without old attributes', async () => {
    const skill = scripted([close, open], [{ stale: true }]);
    const conversation = new Conversation({ handler: skill.handler, device: speaker, uuid: counter() });
    await conversation.intent('PlanIntent', { day: 'friday' });
    const next = await conversation.launch();
    expect(next.request.session).toMatchObject({ new: true, sessionId: 'amzn1.echo-api.session.id-3' });
    expect(next.request.session).not.toHaveProperty('attributes');
  });

  it('drops attributes the skill stops returning', async () => {
    const skill = scripted([open, open, open], [{ a: 1 }, undefined]);
    const conversation = new Conversation({ handler: skill.handler, device: speaker });
    await conversation.launch();
    await conversation.intent('X');
    const third = await conversation.intent('Y');
    expect(third.request.session?.attributes).toEqual({});
  });

  it('applies Alexa semantics to an omitted shouldEndSession', async () => {
    const speech = { type: 'PlainText' as const, text: 'Done.' };
    const onSpeaker = new Conversation({ handler: scripted([{ outputSpeech: speech }]).handler, device: speaker });
    expect((await onSpeaker.launch()).sessionEnded).toBe(true);
    const onScreen = new Conversation({
      handler: scripted([{ outputSpeech: speech }]).handler,
      device: { ...speaker, supportedInterfaces: APL },
    });
    expect((await onScreen.launch()).sessionEnded).toBe(false);
    expect(onScreen.sessionId).toBeDefined();
  });

  it('end() sends a SessionEndedRequest only while a session is open', async () => {
    const skill = scripted([open, {}]);
    const conversation = new Conversation({ handler: skill.handler, device: speaker });
    expect(await conversation.end()).toBeUndefined();
    await conversation.launch();
    const sessionId = conversation.sessionId;
    const ended = await conversation.end('EXCEEDED_MAX_REPROMPTS');
    expect(ended?.request.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });
    expect(ended?.request.session).toMatchObject({ new: false, sessionId });
    expect(ended?.sessionEnded).toBe(true);
    expect(conversation.sessionId).toBeUndefined();
    expect(skill.received).toHaveLength(2);
  });

  it('leaves the session alone for out-of-session events', async () => {
    const skill = scripted([open, {}, open]);
    const conversation = new Conversation({ handler: skill.handler, device: speaker });
    await conversation.launch();
    const sessionId = conversation.sessionId;
    const event = await conversation.send((o) => skillEvent(o, 'AlexaSkillEvent.SkillEnabled'));
    expect(event.request.session).toBeUndefined();
    expect(event.sessionEnded).toBe(false);
    expect(conversation.sessionId).toBe(sessionId);
    expect((await conversation.intent('X')).request.session?.new).toBe(false);
  });

  it('keeps the session as it was when the handler throws', async () => {
    let fail = false;
    const handler: SkillHandler = async () => {
      if (fail) throw new Error('boom');
      return { version: '1.0', sessionAttributes: { kept: true }, response: open };
    };
    const conversation = new Conversation({ handler, device: speaker });
    await conversation.launch();
    fail = true;
    await expect(conversation.intent('X')).rejects.toThrow('boom');
    expect(conversation.attributes).toEqual({ kept: true });
    fail = false;
    expect((await conversation.intent('X')).request.session).toMatchObject({ new: false, attributes: { kept: true } });
  });

  it('passes the Lambda context through', async () => {
    const skill = scripted([open]);
    const lambdaContext = { functionName: 'back-coach' };
    await new Conversation({ handler: skill.handler, device: speaker, lambdaContext }).launch();
    expect(skill.received[0]?.context).toBe(lambdaContext);
  });
});

describe('envelopes read by ask-sdk-core', () => {
  // A tiny real skill: proves the SDK's own helpers accept what the builders produce.
  const skill = Alexa.SkillBuilders.custom()
    .withSkillId(SKILL_ID)
    .addRequestHandlers(
      {
        canHandle: (input) => Alexa.getRequestType(input.requestEnvelope) === 'LaunchRequest',
        handle: (input) => {
          input.attributesManager.setSessionAttributes({ visits: 1 });
          const screen = Alexa.getSupportedInterfaces(input.requestEnvelope)['Alexa.Presentation.APL'] !== undefined;
          return input.responseBuilder.speak(`Welcome, ${screen ? 'screen' : 'speaker'}.`).reprompt('Ready?').getResponse();
        },
      },
      {
        canHandle: (input) =>
          Alexa.getRequestType(input.requestEnvelope) === 'IntentRequest' &&
          Alexa.getIntentName(input.requestEnvelope) === 'ExerciseHowIntent',
        handle: (input) => {
          const visits = Number(input.attributesManager.getSessionAttributes()['visits'] ?? 0);
          const exercise = Alexa.getSlotValue(input.requestEnvelope, 'exercise');
          const id = Alexa.getSlotValueV2(input.requestEnvelope, 'exercise');
          input.attributesManager.setSessionAttributes({ visits: visits + 1 });
          return input.responseBuilder
            .speak(`${exercise} ${id?.type} visit ${visits + 1} new ${Alexa.isNewSession(input.requestEnvelope)}`)
            .withShouldEndSession(true)
            .getResponse();
        },
      },
      {
        canHandle: (input) => Alexa.getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
        handle: (input) => input.responseBuilder.getResponse(),
      },
    )
    .create();
  const handler: SkillHandler = (event, context) => skill.invoke(event, context);
  const said = (envelope: ResponseEnvelope): string =>
    envelope.response.outputSpeech?.type === 'SSML' ? envelope.response.outputSpeech.ssml : '';

  it('runs a launch-then-intent dialogue through the SDK', async () => {
    const conversation = new Conversation({ handler, device: speaker });
    const launch = await conversation.launch();
    expect(said(launch.response)).toBe('<speak>Welcome, speaker.</speak>');
    expect(launch.sessionEnded).toBe(false);
    const how = await conversation.intent('ExerciseHowIntent', { exercise: 'plank' });
    expect(said(how.response)).toBe('<speak>plank Simple visit 2 new false</speak>');
    expect(how.sessionEnded).toBe(true);
  });

  it('reports screen support to the SDK', async () => {
    const conversation = new Conversation({ handler, device: { ...speaker, supportedInterfaces: APL } });
    expect(said((await conversation.launch()).response)).toBe('<speak>Welcome, screen.</speak>');
  });

  it('is rejected by the SDK for another skill id, as a real endpoint would', async () => {
    const conversation = new Conversation({ handler, device: { ...speaker, skillId: 'amzn1.ask.skill.other' } });
    await expect(conversation.launch()).rejects.toThrow();
  });
});
