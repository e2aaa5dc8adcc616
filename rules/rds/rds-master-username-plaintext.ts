import { defineRule } from '../api';
import { checkSecretProperty } from '../lib/secrets';

/**
 * ## What it does
 * Flags the `MasterUsername` of an RDS DB instance when it is a literal, a `{{resolve:ssm:…}}`
 * reference, a `!Ref` to a parameter with a Default, or a `!Ref` to a parameter without `NoEcho`. A
 * `{{resolve:secretsmanager:…}}` reference or a NoEcho parameter without Default is not flagged.
 *
 * ## Why it matters
 * A user name is not a secret on its own, and RDS shows it to anyone who may describe the instance.
 * But a fixed, well-known administrator name (`admin`, `root`, `postgres`) is half of a credential:
 * keeping user name and password together in Secrets Manager makes them rotate and leak together, and
 * gives a password-guessing attacker nothing for free. Low severity.
 *
 * ## Example
 * ```yaml
 * Db:
 *   Type: AWS::RDS::DBInstance
 *   Properties:
 *     MasterUsername: admin
 * ```
 *
 * ## Use instead
 * ```yaml
 * Db:
 *   Type: AWS::RDS::DBInstance
 *   Properties:
 *     MasterUsername: '{{resolve:secretsmanager:DbSecret:SecretString:username}}'
 *     MasterUserPassword: '{{resolve:secretsmanager:DbSecret:SecretString:password}}'
 * ```
 *
 * ## Fix safety
 * Replacing a literal with a `{{resolve:secretsmanager:…}}` reference is unsafe: the secret must exist,
 * and changing the master user name replaces the database. Adding `NoEcho: true` to the parameter is
 * safe.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-masterusername
 */
export default defineRule({
  meta: {
    id: 'SW5451',
    name: 'rds-master-username-plaintext',
    family: 'rds',
    category: 'secrets',
    severity: 'low',
    description: 'RDS master user name is written in the template instead of coming from a secret',
    appliesTo: ['cloudformation', 'cdk'],
    messages: {
      literal: 'MasterUsername of {{resource}} is written in the template: keep it with the password in Secrets Manager ({{resolve:secretsmanager:…:SecretString:username}})',
      ssmPlain: 'MasterUsername of {{resource}} comes from a plain SSM String parameter: keep it with the password in Secrets Manager',
      paramDefault: 'MasterUsername of {{resource}} comes from parameter {{param}}, whose Default is written in the template',
      paramEcho: 'MasterUsername of {{resource}} comes from parameter {{param}}, which does not set NoEcho: true',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html'],
    equivalents: { cfnNag: ['F24'] },
  },
  resource: {
    types: ['AWS::RDS::DBInstance'],
    check(ctx) {
      // Aurora members and replicas take the user from the cluster or the source.
      const p = ctx.resource.properties;
      if (p?.has('DBClusterIdentifier') || p?.has('SourceDBInstanceIdentifier')) return;
      checkSecretProperty(ctx, 'MasterUsername', 'MasterUsername', `RDS instance ${ctx.resource.logicalId}`, 'username');
    },
  },
});
