/**
 * Serve the skill over HTTP, for hosting outside Lambda or trying it on a real device through a tunnel.
 *
 *   npm run serve                                  http://127.0.0.1:3000/, progress in an embedded store under .data/
 *   npm run serve -- --port 8080 --host 0.0.0.0    listen elsewhere (a tunnel only needs loopback)
 *   npm run serve -- --embedded --data .data       the embedded store even when AWS settings are present
 *   TABLE_NAME=… AWS_REGION=… npm run serve        DynamoDB as on Lambda (also AWS_ENDPOINT_URL_DYNAMODB, AWS_PROFILE, …)
 *   --any-skill                                    answer requests for any skill id (local experiments only)
 *
 * SKILL_ID (amzn1.ask.skill.…) is required: the server answers that skill's requests and refuses every other's.
 * Alexa only calls HTTPS endpoints: point a tunnel at the port and give its URL as the skill's endpoint (README,
 * "Self-hosting"). Requests must carry Alexa's signature and a timestamp within 150 s of now; anything else gets 400
 * "Bad request" and never reaches the skill. Alexa requests arrive at POST / or /alexa; GET /health answers 200.
 * Ctrl-C stops it gracefully.
 */
import { readFileSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import { parseArgs } from 'node:util';
import { productionDependencies } from '../../lambda/production';
import { buildSkill } from '../../lambda/skill';
import { PROGRESS_TABLE } from '../../lambda/store/table';
import { localCredentials, localRegion } from './dynamodb-local';
import { type EmbeddedDynamo, startEmbeddedDynamo } from './embedded-dynamo';
import { DEFAULT_HOST, DEFAULT_PORT, createSkillServer, listen } from './skill-server';

const flags = (() => {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', default: String(DEFAULT_PORT) },
        host: { type: 'string', default: DEFAULT_HOST },
        embedded: { type: 'boolean', default: false },
        data: { type: 'string', default: '.data' },
        'any-skill': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    // parseArgs says which flag in one line; the usage is in --help.
    console.error(`${error instanceof Error ? error.message : String(error)} (npm run serve -- --help)`);
    process.exit(1);
  }
})();

if (flags.help) {
  console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]?.replace(/^\/\*\*?|^ \* ?/gm, '').trim());
  process.exit(0);
}

/** With no sign of a DynamoDB to use, the embedded store, so `npm run serve` works out of the box. */
function wantsEmbeddedStore(env: NodeJS.ProcessEnv): boolean {
  if (flags.embedded) return true;
  const awsSettings = ['AWS_ENDPOINT_URL_DYNAMODB', 'AWS_ENDPOINT_URL', 'TABLE_NAME', 'AWS_ACCESS_KEY_ID', 'AWS_PROFILE'];
  return awsSettings.every((name) => !env[name]);
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be a whole number from 0 to 65535, not "${text}"`);
  return port;
}

/** The skill to answer for: SKILL_ID, or none with --any-skill; anything else stops the server before it listens. */
function skillIdFor(env: NodeJS.ProcessEnv, anySkill: boolean): string | undefined {
  const skillId = env.SKILL_ID?.trim();
  if (skillId) return skillId;
  if (anySkill) return undefined;
  throw new Error(
    'SKILL_ID is not set. Set it to your skill id (SKILL_ID=amzn1.ask.skill.… npm run serve), so the server answers only your ' +
      "skill's requests; for a local experiment, npm run serve -- --any-skill.",
  );
}

async function main(): Promise<void> {
  const port = parsePort(flags.port ?? String(DEFAULT_PORT));
  const skillId = skillIdFor(process.env, flags['any-skill'] === true);
  // Lambda runs Node 22; the SDK's notice about Node 20 is noise here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

  let embedded: EmbeddedDynamo | undefined;
  if (wantsEmbeddedStore(process.env)) {
    embedded = await startEmbeddedDynamo({ path: join(resolvePath(flags.data ?? '.data'), 'dynalite') });
    // The skill reads the standard SDK settings, exactly as on Lambda; the dummy identity never leaves this machine.
    process.env.AWS_ENDPOINT_URL_DYNAMODB = embedded.endpoint;
    process.env.TABLE_NAME = PROGRESS_TABLE.defaultName;
    process.env.AWS_REGION ??= localRegion;
    process.env.AWS_ACCESS_KEY_ID = localCredentials.accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = localCredentials.secretAccessKey;
  }

  const deps = productionDependencies({ ...process.env, SKILL_ID: skillId });
  const { log } = deps;
  const app = createSkillServer({ skill: buildSkill(deps), skillId, log });
  const running = await listen(app, { host: flags.host, port }).catch(async (error: unknown) => {
    await embedded?.close();
    throw error;
  });
  log.info('listening', {
    url: running.url,
    store: embedded ? `embedded, under ${flags.data}` : `DynamoDB table ${process.env.TABLE_NAME ?? PROGRESS_TABLE.defaultName}`,
    verification: 'signature and timestamp',
    skill: skillId ?? 'any (--any-skill)',
  });
  if (!skillId) log.warn('--any-skill: requests for any skill will be answered; never expose this server');

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    log.info('stopping', { signal });
    await running.close();
    await deps.store.destroy();
    await embedded?.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      // A second signal while stopping ends at once.
      if (stopping) process.exit(1);
      stopping = true;
      stop(signal).then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
