import { defineRule } from '../api';
import { SECRET_MESSAGES, checkSecretProperty } from '../lib/secrets';

/**
 * ## What it does
 * Flags the `Password` of an `AWS::DirectoryService::SimpleAD` or `AWS::DirectoryService::MicrosoftAD`
 * when the template shows it: a literal, a `{{resolve:ssm:…}}` reference to a plain String parameter, a
 * `!Ref` to a parameter with a Default, or a `!Ref` to a parameter without `NoEcho: true`. Secrets
 * Manager and SSM SecureString dynamic references and NoEcho parameters without Default are correct.
 *
 * ## Why it matters
 * This is the password of the directory administrator (`Administrator` / `Admin`): whoever has it
 * controls every account, group and joined machine in the domain.
 *
 * ## Example
 * ```yaml
 * Directory:
 *   Type: AWS::DirectoryService::MicrosoftAD
 *   Properties:
 *     Name: corp.example.com
 *     Password: Sup3rS3cret!
 * ```
 *
 * ## Use instead
 * ```yaml
 * Directory:
 *   Type: AWS::DirectoryService::MicrosoftAD
 *   Properties:
 *     Name: corp.example.com
 *     Password: '{{resolve:secretsmanager:DirectoryAdmin:SecretString:password}}'
 * ```
 *
 * ## Fix safety
 * Replacing a literal with a `{{resolve:secretsmanager:…}}` reference is unsafe: the secret must exist,
 * and a changed password replaces the directory. Adding `NoEcho: true` to the parameter is safe;
 * removing its Default is unsafe.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-directoryservice-microsoftad.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html
 */
export default defineRule({
  meta: {
    id: 'SW5454',
    name: 'directory-service-password-plaintext',
    family: 'directoryservice',
    category: 'secrets',
    severity: 'critical',
    description: 'Directory Service administrator password is visible in the template or stack parameters',
    appliesTo: ['cloudformation', 'cdk'],
    messages: { ...SECRET_MESSAGES },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html'],
    equivalents: { cfnNag: ['F31', 'F36'], cfnLint: ['W2501'] },
  },
  resource: {
    types: ['AWS::DirectoryService::SimpleAD', 'AWS::DirectoryService::MicrosoftAD'],
    check(ctx) {
      const kind = ctx.resource.type === 'AWS::DirectoryService::SimpleAD' ? 'Simple AD directory' : 'Managed Microsoft AD directory';
      checkSecretProperty(ctx, 'Password', 'Password', `${kind} ${ctx.resource.logicalId}`);
    },
  },
});
