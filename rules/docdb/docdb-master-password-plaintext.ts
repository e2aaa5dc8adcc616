import { defineRule } from '../api';
import { SECRET_MESSAGES, checkSecretProperty } from '../lib/secrets';

/**
 * ## What it does
 * Flags the `MasterUserPassword` of a DocumentDB cluster when the template shows it: a literal, a
 * `{{resolve:ssm:…}}` reference to a plain String parameter, a `!Ref` to a parameter with a Default, or
 * a `!Ref` to a parameter without `NoEcho: true`. Secrets Manager and SSM SecureString dynamic
 * references and NoEcho parameters without Default are correct.
 *
 * ## Why it matters
 * The master user can read and change every collection. A password written in a template is readable
 * by everyone with access to the repository, its history, CI logs and the CloudFormation console.
 *
 * ## Example
 * ```yaml
 * Docs:
 *   Type: AWS::DocDB::DBCluster
 *   Properties:
 *     MasterUsername: admin
 *     MasterUserPassword: Sup3rS3cret!
 * ```
 *
 * ## Use instead
 * ```yaml
 * Docs:
 *   Type: AWS::DocDB::DBCluster
 *   Properties:
 *     MasterUsername: admin
 *     MasterUserPassword: '{{resolve:secretsmanager:DocsSecret:SecretString:password}}'
 * ```
 *
 * ## Fix safety
 * Replacing a literal with a `{{resolve:secretsmanager:…}}` reference is unsafe: the secret must exist
 * and the password changes. Adding `NoEcho: true` to the parameter is safe; removing its Default is
 * unsafe.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-docdb-dbcluster.html
 */
export default defineRule({
  meta: {
    id: 'SW5453',
    name: 'docdb-master-password-plaintext',
    family: 'docdb',
    category: 'secrets',
    severity: 'high',
    description: 'DocumentDB master user password is visible in the template or stack parameters',
    appliesTo: ['cloudformation', 'cdk'],
    messages: { ...SECRET_MESSAGES },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html'],
    equivalents: { cfnNag: ['F70'], cfnLint: ['W2501'] },
  },
  resource: {
    types: ['AWS::DocDB::DBCluster'],
    check(ctx) {
      checkSecretProperty(ctx, 'MasterUserPassword', 'MasterUserPassword', `DocumentDB cluster ${ctx.resource.logicalId}`);
    },
  },
});
