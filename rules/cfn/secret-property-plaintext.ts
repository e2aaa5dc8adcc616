import { defineRule } from '../api';
import { SECRET_MESSAGES, checkSecretProperty } from '../lib/secrets';

/** Resource type → secret-bearing property paths (with the service's own name for messages). */
const SECRET_PROPERTIES: Readonly<Record<string, { label: string; paths: readonly string[] }>> = {
  'AWS::Pinpoint::APNSChannel': { label: 'Pinpoint APNs channel', paths: ['PrivateKey', 'TokenKey'] },
  'AWS::Pinpoint::APNSSandboxChannel': { label: 'Pinpoint APNs sandbox channel', paths: ['PrivateKey', 'TokenKey'] },
  'AWS::Pinpoint::APNSVoipChannel': { label: 'Pinpoint APNs VoIP channel', paths: ['PrivateKey', 'TokenKey'] },
  'AWS::Pinpoint::APNSVoipSandboxChannel': { label: 'Pinpoint APNs VoIP sandbox channel', paths: ['PrivateKey', 'TokenKey'] },
  'AWS::Lambda::Permission': { label: 'Lambda permission', paths: ['EventSourceToken'] },
  'AWS::AppStream::DirectoryConfig': { label: 'AppStream directory config', paths: ['ServiceAccountCredentials.AccountPassword'] },
  'AWS::OpsWorks::Stack': { label: 'OpsWorks stack', paths: ['RdsDbInstances.*.DbPassword', 'CustomCookbooksSource.Password'] },
  'AWS::OpsWorks::App': { label: 'OpsWorks app', paths: ['SslConfiguration.PrivateKey', 'AppSource.Password'] },
  'AWS::EMR::Cluster': { label: 'EMR cluster', paths: ['KerberosAttributes.ADDomainJoinPassword', 'KerberosAttributes.CrossRealmTrustPrincipalPassword', 'KerberosAttributes.KdcAdminPassword'] },
  'AWS::KinesisFirehose::DeliveryStream': { label: 'Firehose delivery stream', paths: ['RedshiftDestinationConfiguration.Password', 'SplunkDestinationConfiguration.HECToken'] },
  'AWS::CodePipeline::Webhook': { label: 'CodePipeline webhook', paths: ['AuthenticationConfiguration.SecretToken'] },
  'AWS::ManagedBlockchain::Member': { label: 'Managed Blockchain member', paths: ['MemberConfiguration.MemberFrameworkConfiguration.MemberFabricConfiguration.AdminPassword'] },
  'Alexa::ASK::Skill': { label: 'Alexa skill', paths: ['AuthenticationConfiguration.ClientSecret', 'AuthenticationConfiguration.RefreshToken'] },
};

/**
 * ## What it does
 * Flags secret-bearing properties of less common resources when the template shows them: a literal, a
 * `{{resolve:ssm:…}}` reference to a plain String parameter, a `!Ref` to a parameter with a Default, or
 * a `!Ref` to a parameter without `NoEcho: true`. Covered: Pinpoint APNs channel `PrivateKey` and
 * `TokenKey`, Lambda permission `EventSourceToken`, AppStream directory `AccountPassword`, OpsWorks
 * stack and app passwords and SSL private key, EMR Kerberos passwords, Firehose Redshift password and
 * Splunk HEC token, CodePipeline webhook `SecretToken`, Managed Blockchain `AdminPassword` and Alexa
 * skill `ClientSecret`/`RefreshToken`. Secrets Manager dynamic references and NoEcho parameters without
 * Default are correct. Databases, directories, brokers, Amplify, IAM users and ElastiCache have rules
 * of their own.
 *
 * ## Why it matters
 * Each of these is a credential: a push-notification signing key, a Kerberos administrator password, a
 * webhook secret that authenticates calls that start your pipeline. Written in a template they are
 * readable by everyone with access to the repository, its history, CI logs and the console.
 *
 * ## Example
 * ```yaml
 * Webhook:
 *   Type: AWS::CodePipeline::Webhook
 *   Properties:
 *     Authentication: GITHUB_HMAC
 *     AuthenticationConfiguration:
 *       SecretToken: 0123456789abcdef
 * ```
 *
 * ## Use instead
 * ```yaml
 * Webhook:
 *   Type: AWS::CodePipeline::Webhook
 *   Properties:
 *     Authentication: GITHUB_HMAC
 *     AuthenticationConfiguration:
 *       SecretToken: '{{resolve:secretsmanager:WebhookSecret:SecretString:token}}'
 * ```
 *
 * ## Fix safety
 * Replacing a literal with a `{{resolve:secretsmanager:…}}` reference is unsafe: the secret must exist
 * first. Adding `NoEcho: true` to the parameter is safe; removing its Default is unsafe. Rotate any
 * credential that was committed.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/security-best-practices.html#creds
 */
export default defineRule({
  meta: {
    id: 'SW5460',
    name: 'secret-property-plaintext',
    family: 'cfn',
    category: 'secrets',
    severity: 'high',
    description: 'A password, token or private key property is visible in the template or stack parameters',
    appliesTo: ['cloudformation', 'cdk'],
    messages: { ...SECRET_MESSAGES },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html'],
    equivalents: {
      cfnNag: ['F42', 'F43', 'F45', 'F46', 'F47', 'F48', 'F49', 'F53', 'F54', 'F56', 'F57', 'F61', 'F62', 'F63', 'F64', 'F65', 'F66', 'F67', 'F68', 'F69', 'F71', 'F74', 'F75'],
      cfnLint: ['W2501'],
    },
  },
  resource: {
    types: Object.keys(SECRET_PROPERTIES),
    check(ctx) {
      const spec = ctx.resource.type ? SECRET_PROPERTIES[ctx.resource.type] : undefined;
      if (!spec) return;
      for (const path of spec.paths) {
        const what = path.replace('.*.', '[].');
        checkSecretProperty(ctx, path, what, `${spec.label} ${ctx.resource.logicalId}`, /Token|Secret/.test(path) ? 'token' : /PrivateKey/.test(path) ? 'privateKey' : 'password');
      }
    },
  },
});
