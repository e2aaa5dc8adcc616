import { defineRule } from '../api';
import { SECRET_MESSAGES, checkSecretProperty } from '../lib/secrets';

/**
 * ## What it does
 * Flags Amplify credentials the template shows: an `AWS::Amplify::App`'s `AccessToken`, `OauthToken`
 * and `BasicAuthConfig.Password`, and an `AWS::Amplify::Branch`'s `BasicAuthConfig.Password`, when
 * each is a literal, a `{{resolve:ssm:…}}` reference to a plain String parameter, a `!Ref` to a parameter
 * with a Default, or a `!Ref` to a parameter without `NoEcho: true`. Secrets Manager dynamic references
 * and NoEcho parameters without Default are correct.
 *
 * ## Why it matters
 * The access and OAuth tokens grant access to your source repository (often write access to every
 * repository of the account that created them); the basic-auth password is all that protects a
 * pre-release site.
 *
 * ## Example
 * ```yaml
 * App:
 *   Type: AWS::Amplify::App
 *   Properties:
 *     Name: web
 *     AccessToken: my-personal-access-token   # a literal token
 * ```
 *
 * ## Use instead
 * ```yaml
 * App:
 *   Type: AWS::Amplify::App
 *   Properties:
 *     Name: web
 *     AccessToken: '{{resolve:secretsmanager:GitHubToken:SecretString:token}}'
 * ```
 *
 * ## Fix safety
 * Replacing a literal with a `{{resolve:secretsmanager:…}}` reference is unsafe: the secret must exist
 * first. Adding `NoEcho: true` to the parameter is safe; removing its Default is unsafe. Revoke any
 * token that was committed.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-amplify-app.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html
 */
export default defineRule({
  meta: {
    id: 'SW5457',
    name: 'amplify-credentials-plaintext',
    family: 'amplify',
    category: 'secrets',
    severity: 'high',
    description: 'Amplify repository token or basic-auth password is visible in the template or stack parameters',
    appliesTo: ['cloudformation', 'cdk'],
    messages: { ...SECRET_MESSAGES },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-amplify-app.html'],
    equivalents: { cfnNag: ['F41', 'F50', 'F58', 'F60'], cfnLint: ['W2501'] },
  },
  resource: {
    types: ['AWS::Amplify::App', 'AWS::Amplify::Branch'],
    check(ctx) {
      if (ctx.resource.type === 'AWS::Amplify::Branch') {
        checkSecretProperty(ctx, 'BasicAuthConfig.Password', 'BasicAuthConfig.Password', `Amplify branch ${ctx.resource.logicalId}`);
        return;
      }
      const app = `Amplify app ${ctx.resource.logicalId}`;
      checkSecretProperty(ctx, 'AccessToken', 'AccessToken', app, 'token');
      checkSecretProperty(ctx, 'OauthToken', 'OauthToken', app, 'token');
      checkSecretProperty(ctx, 'BasicAuthConfig.Password', 'BasicAuthConfig.Password', app);
    },
  },
});
