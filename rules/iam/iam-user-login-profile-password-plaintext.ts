import { defineRule } from '../api';
import { SECRET_MESSAGES, checkSecretProperty } from '../lib/secrets';

/**
 * ## What it does
 * Flags the `LoginProfile.Password` of an `AWS::IAM::User` when the template shows it: a literal, a
 * `{{resolve:ssm:…}}` reference to a plain String parameter, a `!Ref` to a parameter with a Default, or
 * a `!Ref` to a parameter without `NoEcho: true`. Secrets Manager and SSM SecureString dynamic
 * references and NoEcho parameters without Default are correct.
 *
 * ## Why it matters
 * It is a console password: anyone who reads the template can sign in as the user (unless MFA is
 * enforced), and `PasswordResetRequired` only helps if the user signs in before the attacker does.
 *
 * ## Example
 * ```yaml
 * Alice:
 *   Type: AWS::IAM::User
 *   Properties:
 *     LoginProfile:
 *       Password: Welcome123!
 *       PasswordResetRequired: true
 * ```
 *
 * ## Use instead
 * ```yaml
 * Alice:
 *   Type: AWS::IAM::User
 *   Properties:
 *     LoginProfile:
 *       Password: '{{resolve:secretsmanager:AliceInitialPassword:SecretString:password}}'
 *       PasswordResetRequired: true
 * ```
 *
 * ## Fix safety
 * Replacing a literal with a `{{resolve:secretsmanager:…}}` reference is unsafe: the secret must exist
 * and the user's password changes. Adding `NoEcho: true` to the parameter is safe; removing its Default
 * is unsafe.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-iam-user-loginprofile.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html
 */
export default defineRule({
  meta: {
    id: 'SW5458',
    name: 'iam-user-login-profile-password-plaintext',
    family: 'iam',
    category: 'secrets',
    severity: 'critical',
    description: 'IAM user console password is visible in the template or stack parameters',
    appliesTo: ['cloudformation', 'cdk'],
    messages: { ...SECRET_MESSAGES },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-iam-user-loginprofile.html'],
    equivalents: { cfnNag: ['F51'], cfnLint: ['W2501'] },
  },
  resource: {
    types: ['AWS::IAM::User'],
    check(ctx) {
      checkSecretProperty(ctx, 'LoginProfile.Password', 'LoginProfile.Password', `IAM user ${ctx.resource.logicalId}`);
    },
  },
});
