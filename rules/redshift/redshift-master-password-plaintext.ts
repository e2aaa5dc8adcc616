import { defineRule } from '../api';
import { SECRET_MESSAGES, checkSecretProperty } from '../lib/secrets';

/**
 * ## What it does
 * Flags the `MasterUserPassword` of a Redshift cluster when the template shows it: a literal, a
 * `{{resolve:ssm:…}}` reference to a plain String parameter, a `!Ref` to a parameter with a Default, or
 * a `!Ref` to a parameter without `NoEcho: true`. Secrets Manager and SSM SecureString dynamic
 * references, NoEcho parameters without Default and `ManageMasterPassword: true` are correct.
 *
 * ## Why it matters
 * The master user owns every table in the warehouse. A password written in a template is readable
 * by everyone with access to the repository, its history, CI logs and the CloudFormation console.
 *
 * ## Example
 * ```yaml
 * Warehouse:
 *   Type: AWS::Redshift::Cluster
 *   Properties:
 *     MasterUsername: admin
 *     MasterUserPassword: Sup3rS3cret!
 * ```
 *
 * ## Use instead
 * ```yaml
 * Warehouse:
 *   Type: AWS::Redshift::Cluster
 *   Properties:
 *     MasterUsername: admin
 *     ManageMasterPassword: true   # or '{{resolve:secretsmanager:WarehouseSecret:SecretString:password}}'
 * ```
 *
 * ## Fix safety
 * Replacing a literal with a `{{resolve:secretsmanager:…}}` reference is unsafe: the secret must exist
 * and the password changes. Adding `NoEcho: true` to the parameter is safe; removing its Default is
 * unsafe.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html
 * - https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-secrets-manager-integration.html
 */
export default defineRule({
  meta: {
    id: 'SW5452',
    name: 'redshift-master-password-plaintext',
    family: 'redshift',
    category: 'secrets',
    severity: 'high',
    description: 'Redshift master user password is visible in the template or stack parameters',
    appliesTo: ['cloudformation', 'cdk'],
    messages: { ...SECRET_MESSAGES },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html'],
    equivalents: { cfnNag: ['F35'], cfnLint: ['W2501'] },
  },
  resource: {
    types: ['AWS::Redshift::Cluster'],
    check(ctx) {
      checkSecretProperty(ctx, 'MasterUserPassword', 'MasterUserPassword', `Redshift cluster ${ctx.resource.logicalId}`);
    },
  },
});
