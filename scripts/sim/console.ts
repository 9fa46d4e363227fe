/**
 * Talk to the skill locally: `npm start`, then type what you would say to Alexa.
 * Each line goes through the interaction model's own utterances to an intent, into a real request envelope,
 * through the real Lambda handler; the answer is printed as text (and spoken with --speak).
 *
 *   npm start                                   interactive
 *   npm start -- "how do I do a superman"       one or more utterances, then exit
 *   echo "what's my workout today" | npm start  piped input
 *   npm start -- --speak --time-zone Europe/Berlin --endpoint http://127.0.0.1:8000 --apl --data .data
 *   npm start -- --locale en-IN --time-zone Asia/Kolkata   another locale: its model, its requests, its voice
 *   npm start -- --device                       act like an Echo: say nothing for a while and the session ends
 *                                               (--listen-ms 8000 and --speech-scale 1 are its timings)
 *
 * Progress lives in an embedded DynamoDB (dynalite) under --data (default .data/), unless --endpoint names another.
 * Every flag: npm start -- --help (scripts/sim/console-options.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join, resolve as resolvePath } from 'node:path';
import { clearLine, createInterface, cursorTo } from 'node:readline';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { PROGRESS_TABLE } from '../../lambda/store/table';
import { modelPath } from '../model/build';
import { startAlexaApiServer } from './alexa-api-server';
import { helpText, parseConsoleArgs, stopMessage } from './console-options';
import { localCredentials, localRegion } from './dynamodb-local';
import { startEmbeddedDynamo } from './embedded-dynamo';
import { DeviceDialogue } from './device';
import { Conversation, type DeviceProfile, type SkillHandler, type Turn } from './envelope';
import { type InteractionModel, createResolver, parseLaunchPhrase } from './nlu';
import { createSpeaker } from './speaker';
import { speechToText } from './speech-text';
import { PERMISSION_PROMPT, type PendingPermission, answerPermission, permissionAsked } from './voice-permission';

const flags = (() => {
  try {
    return parseConsoleArgs(process.argv.slice(2));
  } catch (error) {
    // A mistake on the command line is one line that says what to do instead.
    console.error(stopMessage(error));
    process.exit(1);
  }
})();

if (flags.help) {
  console.log(helpText());
  process.exit(0);
}

const { locale, timeZone, utterances: positionals } = flags;
const DATA_DIR = resolvePath(flags.data);
const SKILL_ID = 'amzn1.ask.skill.local-console';
const interactive = positionals.length === 0 && process.stdin.isTTY === true;
const dim = (text: string) => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[22m` : text);

/** The same user across runs, so progress kept in the embedded store is still yours tomorrow. */
function consoleUser(): { userId: string; deviceId: string } {
  mkdirSync(DATA_DIR, { recursive: true });
  const file = join(DATA_DIR, 'console-user.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const user = { userId: `amzn1.ask.account.LOCAL${randomUUID()}`, deviceId: `amzn1.ask.device.LOCAL${randomUUID()}` };
  writeFileSync(file, JSON.stringify(user, null, 2));
  return user;
}

const speaker = flags.speak ? createSpeaker({ locale, ...(flags.speakTo && { toFile: flags.speakTo }), note: (line) => console.log(dim(line)) }) : undefined;

/** The turn as the developer console's Test tab shows it: the request and response envelopes, and what the session carries on. */
function printJson(turn: Turn): void {
  const { sessionAttributes } = turn.response as ResponseEnvelope;
  console.log(dim(`  request:\n${JSON.stringify(turn.request, null, 2)}`));
  console.log(dim(`  response:\n${JSON.stringify(turn.response, null, 2)}`));
  console.log(dim(`  session attributes${turn.sessionEnded ? ' (the session ended)' : ''}:\n${JSON.stringify(turn.sessionEnded ? {} : (sessionAttributes ?? {}), null, 2)}`));
}

/** A voice permission Alexa is asking for: the next line is the user's answer to Alexa, not to the skill. */
let permission: PendingPermission | undefined;

function show(turn: Turn): void {
  const { response } = turn.response as ResponseEnvelope;
  if (flags.json) printJson(turn);
  const said = speechToText(response.outputSpeech);
  console.log(`Alexa: ${said || dim('(says nothing)')}`);
  const speech = response.outputSpeech;
  // The skill always answers in SSML, which espeak-ng reads as such: its pauses are heard.
  if (speech?.type === 'SSML') speaker?.say(speech.ssml);
  permission = permissionAsked(turn.response);
  if (permission) {
    console.log(`Alexa: ${PERMISSION_PROMPT}`);
    speaker?.say(PERMISSION_PROMPT);
  }
  if (response.card?.type === 'Simple') console.log(dim(`  [card in the Alexa app: ${response.card.title}]`));
  if (response.card?.type === 'AskForPermissionsConsent') console.log(dim('  [card in the Alexa app: allow reminders for Back Coach]'));
  if (response.directives?.some((directive) => directive.type === 'Alexa.Presentation.APL.RenderDocument')) console.log(dim('  [screen updated]'));
  if (turn.sessionEnded) console.log(dim('  (session closed; say "open back coach" or just ask again)'));
  else if (flags.verbose && response.reprompt) console.log(dim(`  reprompt: ${speechToText(response.reprompt.outputSpeech)}`));
}

async function main(): Promise<void> {
  // Lambda runs Node 22; the SDK's notice about Node 20 is noise here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const api = await startAlexaApiServer({ defaultTimeZone: timeZone });
  const embedded = flags.endpoint ? undefined : await startEmbeddedDynamo({ path: join(DATA_DIR, 'dynalite') });
  // The skill reads the standard SDK settings, exactly as on Lambda.
  process.env.AWS_ENDPOINT_URL_DYNAMODB = flags.endpoint ?? embedded?.endpoint;
  process.env.TABLE_NAME ??= PROGRESS_TABLE.defaultName;
  process.env.AWS_REGION ??= localRegion;
  process.env.AWS_ACCESS_KEY_ID ??= localCredentials.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY ??= localCredentials.secretAccessKey;
  process.env.SKILL_ID = SKILL_ID;
  const { handler } = (await import('../../lambda/index')) as { handler: SkillHandler };

  const model = JSON.parse(readFileSync(modelPath(locale), 'utf8')) as InteractionModel;
  const invocationName = model.interactionModel.languageModel.invocationName;
  const resolve = createResolver(model, { skillId: SKILL_ID, timeZone });
  const device: DeviceProfile = {
    skillId: SKILL_ID,
    ...consoleUser(),
    apiEndpoint: api.endpoint,
    apiAccessToken: 'local-access-token',
    locale,
    supportedInterfaces: flags.apl ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.3' } } } : {},
  };
  // On a device, the dialogue stamps each request with the time heard at an Echo's pace (see DeviceDialogue).
  const startedAt = new Date();
  const plain = new Conversation({ handler, device, ...(flags.device && { hearsAnswers: false, clock: () => startedAt }) });
  // A device speaks up while the user is silent: at a prompt, the line is written over it and the prompt drawn again.
  let aside = (text: string) => console.log(text);
  const onDevice = flags.device
    ? new DeviceDialogue(
        plain,
        {
          reprompted: (reprompt) => aside(`Alexa: ${speechToText(reprompt)}`),
          closed: () => aside(dim('  (nothing was said, so the device ended the session)')),
        },
        flags.timings,
      )
    : undefined;
  const conversation = onDevice ?? plain;

  const say = async (line: string): Promise<void> => {
    const text = line.trim();
    if (permission) return show(await answerPermission(conversation, api.reminders, permission, text));
    if (!text) return;
    if (/^(exit|quit)$/i.test(text) && conversation.sessionId) {
      // Alexa ends the session itself on "exit" and tells the skill.
      await conversation.end('USER_INITIATED');
      console.log(dim('  (session closed)'));
      return;
    }
    const launch = parseLaunchPhrase(text, invocationName);
    if (launch && conversation.sessionId) await conversation.end('USER_INITIATED');
    if (launch?.kind === 'launch') return show(await conversation.launch());
    const resolution = resolve(launch?.kind === 'one-shot' ? launch.utterance : text);
    if (flags.verbose) {
      const slots = Object.values(resolution.slots)
        .filter((slot) => slot.value !== undefined)
        .map((slot) => `${slot.name}=${slot.value}`);
      console.log(dim(`  → ${resolution.intent} ${slots.join(' ')} (${resolution.match})`));
    }
    // A device would need Alexa's model to generalise this far: the samples themselves do not cover it.
    if (resolution.match === 'fuzzy') console.log(dim(`  (understood by the console's lenient matcher only: no sample says this; → ${resolution.intent})`));
    show(await conversation.intent(resolution.intent, resolution.slots));
  };

  const shutdown = async () => {
    // Leaving is walking away from the device: an open session ends as it would there (piped input that runs out too).
    if (onDevice) await onDevice.leave();
    else if (plain.sessionId) await plain.end('EXCEEDED_MAX_REPROMPTS');
    await api.close();
    await embedded?.close();
  };

  if (positionals.length > 0) {
    for (const utterance of positionals) {
      console.log(`You: ${utterance}`);
      await say(utterance);
    }
    return shutdown();
  }

  if (interactive) {
    console.log(`Back Coach, local console. Say "open ${invocationName}", or just ask: "what's my workout today".`);
    console.log(dim(`${locale}, time zone ${timeZone}; progress kept in ${flags.endpoint ?? join(flags.data, 'dynalite')}. Ctrl-D to leave.`));
  }
  const lines = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
  if (interactive) {
    lines.setPrompt('You: ');
    lines.prompt();
    aside = (text) => {
      clearLine(process.stdout, 0);
      cursorTo(process.stdout, 0);
      console.log(text);
      lines.prompt(true);
    };
  }
  for await (const line of lines) {
    if (!interactive && line.trim()) console.log(`You: ${line.trim()}`);
    try {
      await say(line);
    } catch (error) {
      console.log(dim(`  (the skill rejected that request: ${error instanceof Error ? error.message : String(error)})`));
    }
    if (interactive) lines.prompt();
  }
  await shutdown();
}

main().catch((error: unknown) => {
  // A folder another console holds, or one it may not write, is one line; a bug in the console keeps its stack.
  console.error(stopMessage(error));
  process.exit(1);
});
