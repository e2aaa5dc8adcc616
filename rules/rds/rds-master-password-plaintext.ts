import { defineRule } from '../api';
import { SECRET_MESSAGES, checkSecretProperty } from '../lib/secrets';

/**
 * ## What it does
 * Flags the `MasterUserPassword` of an RDS DB instance or DB cluster when the template shows it: a
 * literal, a `{{resolve:ssm:…}}` reference to a plain String parameter, a `!Ref` to a parameter with a
 * Default, or a `!Ref` to a parameter without `NoEcho: true`. A `{{resolve:secretsmanager:…}}` or
 * `{{resolve:ssm-secure:…}}` dynamic reference (also inside `!Sub`/`!Join`), a `!Ref` to a NoEcho
 * parameter without Default, and `ManageMasterUserPassword: true` are correct and never flagged.
 *
 * ## Why it matters
 * Templates live in source control, CI logs, S3 buckets and the CloudFormation console: a password
 * written in them is readable by everyone who can read any of those, forever (git history keeps it).
 * Parameters without NoEcho are shown in clear text by the console and by DescribeStacks.
 *
 * ## Example
 * ```yaml
 * Db:
 *   Type: AWS::RDS::DBInstance
 *   Properties:
 *     Engine: postgres
 *     MasterUsername: app
 *     MasterUserPassword: Sup3rS3cret!
 * ```
 *
 * ## Use instead
 * ```yaml
 * Db:
 *   Type: AWS::RDS::DBInstance
 *   Properties:
 *     Engine: postgres
 *     MasterUsername: app
 *     ManageMasterUserPassword: true   # or '{{resolve:secretsmanager:DbSecret:SecretString:password}}'
 * ```
 *
 * ## Fix safety
 * Replacing a literal with a `{{resolve:secretsmanager:…}}` reference is unsafe: the secret must exist
 * before the next deployment, and the database password changes to the secret's value. Adding
 * `NoEcho: true` to the parameter is safe. Removing a parameter Default is unsafe: every deployment
 * must then pass the value.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html
 * - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/security-best-practices.html#creds
 */
export default defineRule({
  meta: {
    id: 'SW5450',
    name: 'rds-master-password-plaintext',
    family: 'rds',
    category: 'secrets',
    severity: 'high',
    description: 'RDS master user password is visible in the template or stack parameters',
    appliesTo: ['cloudformation', 'cdk'],
    messages: { ...SECRET_MESSAGES },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html'],
    equivalents: { cfnNag: ['F23', 'F34'], cfnLint: ['W2501'] },
    cdk: 'credentials: rds.Credentials.fromGeneratedSecret(\'app\')',
  },
  resource: {
    types: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    check(ctx) {
      const kind = ctx.resource.type === 'AWS::RDS::DBInstance' ? 'RDS instance' : 'DB cluster';
      checkSecretProperty(ctx, 'MasterUserPassword', 'MasterUserPassword', `${kind} ${ctx.resource.logicalId}`);
    },
  },
});
