/**
 * Stands in for `@aws-sdk/credential-provider-node` in the function's store SDK file (infra/bundling.ts). On Lambda
 * the client is given the role's credentials from the environment (lambda-client-config.ts), so the SDK's default
 * chain, and the clients it would bring (STS, SSO, sign-in, the instance metadata service), are never called there:
 * leaving them out of the file saves every cold store request from parsing them. Scripts and tests, which use the SDK
 * from node_modules, keep the real chain.
 */
export function defaultProvider(): () => Promise<never> {
  return async () => {
    const error = new Error('No credentials in the environment: the function reads its role from AWS_ACCESS_KEY_ID and the rest.');
    // The name the store maps to a refusal ('rejected'), as for any credentials failure.
    error.name = 'CredentialsProviderError';
    throw error;
  };
}
