import { describe, expect, it } from 'vitest';
import { lambdaClientConfig } from '../../lambda/store/lambda-client-config';

const LAMBDA_ENV = {
  AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_SESSION_TOKEN: 'token',
  AWS_REGION: 'eu-west-1',
};

describe('the DynamoDB client on Lambda', () => {
  it('takes the role’s credentials and the region from the environment, as Lambda sets them', async () => {
    const config = lambdaClientConfig(LAMBDA_ENV);
    expect(config.region).toBe('eu-west-1');
    expect(config.endpoint).toBeUndefined();
    expect(typeof config.credentials).toBe('function');
    expect(await (config.credentials as () => Promise<unknown>)()).toEqual({ accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret', sessionToken: 'token' });
  });

  it('gives every setting the SDK would otherwise look up in the environment or ~/.aws/config', () => {
    expect(lambdaClientConfig(LAMBDA_ENV)).toMatchObject({
      useDualstackEndpoint: false,
      useFipsEndpoint: false,
      endpointDiscoveryEnabled: false,
      retryMode: 'standard',
      defaultsMode: 'legacy',
      accountIdEndpointMode: 'disabled',
      authSchemePreference: [],
      userAgentAppId: expect.any(Function),
    });
  });

  it('uses an endpoint where one is set, DynamoDB’s own first', () => {
    expect(lambdaClientConfig({ ...LAMBDA_ENV, AWS_ENDPOINT_URL: 'http://a', AWS_ENDPOINT_URL_DYNAMODB: 'http://b' }).endpoint).toBe('http://b');
    expect(lambdaClientConfig({ ...LAMBDA_ENV, AWS_ENDPOINT_URL: 'http://a' }).endpoint).toBe('http://a');
  });

  it('leaves long-lived keys without a session token as they are', async () => {
    const { AWS_SESSION_TOKEN: _token, ...keys } = LAMBDA_ENV;
    expect(await (lambdaClientConfig(keys).credentials as () => Promise<unknown>)()).toEqual({ accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret' });
  });

  it.each([
    ['no credentials (a developer with a profile)', { AWS_REGION: 'us-east-1', AWS_PROFILE: 'dev' }],
    ['no region', { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' }],
  ])('with %s, gives nothing and lets the SDK look them up', (_, env) => {
    expect(lambdaClientConfig(env)).toEqual({});
  });
});
