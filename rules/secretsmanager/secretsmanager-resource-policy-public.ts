import { defineRule } from '../api';
import { reportPublicPolicies } from '../lib/public-access';

/**
 * ## What it does
 * Flags an `AWS::SecretsManager::ResourcePolicy` with an `Allow` statement for any principal
 * (`Principal: "*"` or `{AWS: "*"}`), or an `Allow` with `NotPrincipal`, that no Condition narrows
 * (`aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:SourceVpce`…).
 *
 * ## Why it matters
 * A secret holds credentials. With `*`, any principal in any AWS account whose own IAM policy allows
 * `secretsmanager:GetSecretValue` can read it (if the key policy of its KMS key also allows it). Secrets
 * Manager's `BlockPublicPolicy` setting rejects such policies; this finds them before deployment.
 *
 * ## Example
 * ```yaml
 * SecretPolicy:
 *   Type: AWS::SecretsManager::ResourcePolicy
 *   Properties:
 *     SecretId: !Ref DbSecret
 *     ResourcePolicy:
 *       Statement:
 *         - Effect: Allow
 *           Principal:
 *             AWS: "*"
 *           Action: secretsmanager:GetSecretValue
 *           Resource: "*"
 * ```
 *
 * ## Use instead
 * ```yaml
 *         - Effect: Allow
 *           Principal:
 *             AWS: !GetAtt AppRole.Arn
 *           Action: secretsmanager:GetSecretValue
 *           Resource: "*"
 * ```
 *
 * ## Fix safety
 * No automatic fix: only the author knows who should read the secret.
 *
 * ## References
 * - https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html
 * - https://docs.aws.amazon.com/secretsmanager/latest/userguide/determine-acccess_examine-iam-policies.html
 */
export default defineRule({
  meta: {
    id: 'SW5406',
    name: 'secretsmanager-resource-policy-public',
    family: 'secretsmanager',
    category: 'public-access',
    severity: 'critical',
    description: 'Secrets Manager resource policy allows any principal without a narrowing condition',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      anyone: 'Resource policy {{policy}} of secret {{secret}} lets any principal in any account (Principal "*") perform {{actions}}{{sid}}',
      notPrincipal: 'Resource policy {{policy}} of secret {{secret}} allows {{actions}} to everyone except the NotPrincipal list{{sid}}',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html'],
    equivalents: {},
  },
  resource: {
    types: ['AWS::SecretsManager::ResourcePolicy'],
    check(ctx) {
      const secret = ctx.resolveRef(ctx.resource.properties?.get('SecretId'));
      reportPublicPolicies(ctx, { policy: ctx.resource.logicalId, secret: secret?.logicalId ?? '(named outside this template)' });
    },
  },
});
