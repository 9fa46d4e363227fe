/**
 * Serve the skill over HTTP, for hosting outside Lambda or trying it on a real device through a tunnel.
 *
 *   npm run serve                                  http://127.0.0.1:3000/, progress in an embedded store under .data/
 *   npm run serve -- --port 8080 --host 0.0.0.0    listen elsewhere (a tunnel only needs loopback)
 *   npm run serve -- --embedded --data .data       the embedded store even when AWS settings are present
 *   TABLE_NAME=… AWS_REGION=… npm run serve        DynamoDB as on Lambda (also AWS_ENDPOINT_URL_DYNAMODB, AWS_PROFILE, …)
 *   SKILL_ID=amzn1.ask.skill.… npm run serve       refuse requests for any other skill (do set it when exposed)
 *
 * Alexa only calls HTTPS endpoints: point a tunnel at the port and give its URL as the skill's endpoint. Requests must
 * carry Alexa's signature and a timestamp under 150 s old; anything else gets 400 and never reaches the skill.
 * Alexa requests arrive at POST / or /alexa; GET /health answers 200. Ctrl-C stops it gracefully.
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

const { values: flags } = parseArgs({
  options: {
    port: { type: 'string', default: String(DEFAULT_PORT) },
    host: { type: 'string', default: DEFAULT_HOST },
    embedded: { type: 'boolean', default: false },
    data: { type: 'string', default: '.data' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

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

async function main(): Promise<void> {
  const port = parsePort(flags.port ?? String(DEFAULT_PORT));
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

  const deps = productionDependencies();
  const { log } = deps;
  const running = await listen(createSkillServer({ skill: buildSkill(deps), log }), { host: flags.host, port }).catch(async (error: unknown) => {
    await embedded?.close();
    throw error;
  });
  log.info('listening', {
    url: running.url,
    store: embedded ? `embedded, under ${flags.data}` : `DynamoDB table ${process.env.TABLE_NAME ?? PROGRESS_TABLE.defaultName}`,
    verification: 'signature and timestamp',
  });
  if (!deps.skillId) log.warn('SKILL_ID is not set: requests for any skill will be answered');

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
