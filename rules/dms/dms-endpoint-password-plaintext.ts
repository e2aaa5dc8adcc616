import { defineRule } from '../api';
import { SECRET_MESSAGES, checkSecretProperty } from '../lib/secrets';

const FIELDS = ['Password', 'MongoDbSettings.Password', 'RedisSettings.AuthPassword', 'OracleSettings.AsmPassword', 'OracleSettings.SecurityDbEncryption'] as const;

/**
 * ## What it does
 * Flags the database passwords of an `AWS::DMS::Endpoint` (`Password`, `MongoDbSettings.Password`,
 * `RedisSettings.AuthPassword`, `OracleSettings.AsmPassword`, `OracleSettings.SecurityDbEncryption`)
 * when the template shows them: a literal, a `{{resolve:ssm:…}}` reference to a plain String parameter,
 * a `!Ref` to a parameter with a Default, or a `!Ref` to a parameter without `NoEcho: true`. Secrets
 * Manager dynamic references, NoEcho parameters without Default, and endpoints that use
 * `SecretsManagerSecretId` settings instead are correct.
 *
 * ## Why it matters
 * A migration endpoint holds the credentials of a production source or target database. Written in
 * the template they are readable by everyone with access to the repository, CI logs and the console.
 *
 * ## Example
 * ```yaml
 * Source:
 *   Type: AWS::DMS::Endpoint
 *   Properties:
 *     EndpointType: source
 *     EngineName: mysql
 *     Username: migrate
 *     Password: Sup3rS3cret!
 * ```
 *
 * ## Use instead
 * ```yaml
 * Source:
 *   Type: AWS::DMS::Endpoint
 *   Properties:
 *     EndpointType: source
 *     EngineName: mysql
 *     MySqlSettings:
 *       SecretsManagerSecretId: !Ref SourceSecret
 *       SecretsManagerAccessRoleArn: !GetAtt DmsSecretRole.Arn
 * ```
 *
 * ## Fix safety
 * Replacing a literal with a `{{resolve:secretsmanager:…}}` reference is unsafe: the secret must exist
 * and hold the right password. Adding `NoEcho: true` to the parameter is safe; removing its Default is
 * unsafe.
 *
 * ## References
 * - https://docs.aws.amazon.com/dms/latest/userguide/security_iam_secretsmanager.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dms-endpoint.html
 */
export default defineRule({
  meta: {
    id: 'SW5455',
    name: 'dms-endpoint-password-plaintext',
    family: 'dms',
    category: 'secrets',
    severity: 'high',
    description: 'DMS endpoint database password is visible in the template or stack parameters',
    appliesTo: ['cloudformation', 'cdk'],
    messages: { ...SECRET_MESSAGES },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/dms/latest/userguide/security_iam_secretsmanager.html'],
    equivalents: { cfnNag: ['F37', 'F55'], cfnLint: ['W2501'] },
  },
  resource: {
    types: ['AWS::DMS::Endpoint'],
    check(ctx) {
      for (const f of FIELDS) checkSecretProperty(ctx, f, f, `DMS endpoint ${ctx.resource.logicalId}`);
    },
  },
});
