import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';

/**
 * The DynamoDB client's settings, taken from exactly what Lambda puts in the environment: the role's credentials
 * (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), AWS_REGION, and an endpoint where one is set
 * (AWS_ENDPOINT_URL_DYNAMODB, then AWS_ENDPOINT_URL, for local stores). Every setting the SDK would otherwise look up
 * is given, so its default provider chains (shared config and credential files, SSO, process, web identity, the
 * instance metadata service) are never loaded or run on a cold start. Without credentials or a region in the
 * environment (a developer's machine with a profile), it gives nothing and the SDK looks them up as usual.
 */
export function lambdaClientConfig(env: NodeJS.ProcessEnv = process.env): DynamoDBClientConfig {
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: sessionToken, AWS_REGION: region } = env;
  if (!accessKeyId || !secretAccessKey || !region) return {};
  const endpoint = env.AWS_ENDPOINT_URL_DYNAMODB || env.AWS_ENDPOINT_URL;
  const credentials = { accessKeyId, secretAccessKey, ...(sessionToken && { sessionToken }) };
  return {
    region,
    ...(endpoint && { endpoint }),
    // A function, not the object: the SDK wraps a static object in its credential provider module anyway.
    credentials: async () => credentials,
    // What each of these would otherwise read from the environment and ~/.aws/config, one lookup at a time.
    useDualstackEndpoint: false,
    useFipsEndpoint: false,
    endpointDiscoveryEnabled: false,
    retryMode: 'standard',
    // The SDK's own default, given rather than looked up (AWS_DEFAULTS_MODE, then the config file).
    defaultsMode: 'legacy',
    accountIdEndpointMode: 'disabled',
    authSchemePreference: [],
    userAgentAppId: async () => undefined,
  };
}
