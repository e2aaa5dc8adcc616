import { defineRule } from '../api';
import { SECRET_MESSAGES, checkSecretProperty } from '../lib/secrets';

/**
 * ## What it does
 * Flags the passwords of an Amazon MQ broker's `Users` (and of its LDAP service account,
 * `LdapServerMetadata.ServiceAccountPassword`) when the template shows them: a literal, a
 * `{{resolve:ssm:…}}` reference to a plain String parameter, a `!Ref` to a parameter with a Default, or
 * a `!Ref` to a parameter without `NoEcho: true`. Secrets Manager dynamic references and NoEcho
 * parameters without Default are correct.
 *
 * ## Why it matters
 * Broker users can read, inject and purge messages; console users administer the broker. Written in
 * the template, their passwords are readable by everyone with access to the repository, CI logs and
 * the CloudFormation console.
 *
 * ## Example
 * ```yaml
 * Broker:
 *   Type: AWS::AmazonMQ::Broker
 *   Properties:
 *     Users:
 *       - Username: app
 *         Password: Sup3rS3cret!
 * ```
 *
 * ## Use instead
 * ```yaml
 * Broker:
 *   Type: AWS::AmazonMQ::Broker
 *   Properties:
 *     Users:
 *       - Username: app
 *         Password: '{{resolve:secretsmanager:BrokerSecret:SecretString:password}}'
 * ```
 *
 * ## Fix safety
 * Replacing a literal with a `{{resolve:secretsmanager:…}}` reference is unsafe: the secret must exist
 * and clients must use the new password. Adding `NoEcho: true` to the parameter is safe; removing its
 * Default is unsafe.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-amazonmq-broker-user.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html
 */
export default defineRule({
  meta: {
    id: 'SW5456',
    name: 'mq-broker-user-password-plaintext',
    family: 'mq',
    category: 'secrets',
    severity: 'high',
    description: 'Amazon MQ broker user password is visible in the template or stack parameters',
    appliesTo: ['cloudformation', 'cdk'],
    messages: { ...SECRET_MESSAGES },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-amazonmq-broker-user.html'],
    equivalents: { cfnNag: ['F52'], cfnLint: ['W2501'] },
  },
  resource: {
    types: ['AWS::AmazonMQ::Broker'],
    check(ctx) {
      const broker = `Amazon MQ broker ${ctx.resource.logicalId}`;
      checkSecretProperty(ctx, 'Users.*.Password', 'A user Password', broker);
      checkSecretProperty(ctx, 'LdapServerMetadata.ServiceAccountPassword', 'LdapServerMetadata.ServiceAccountPassword', broker);
    },
  },
});
