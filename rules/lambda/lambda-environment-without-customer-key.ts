import { defineRule, isMap } from '../api';
import { requireCustomerKey } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::Lambda::Function` (or `AWS::Serverless::Function`) that sets environment variables
 * but no `KmsKeyArn`. Functions without environment variables are not reported.
 *
 * ## Why it matters
 * Lambda always encrypts environment variables at rest, by default with the AWS managed `aws/lambda`
 * key, which anyone allowed to read the function configuration can use to see them. A customer managed
 * key restricts who can see the values (they often hold connection strings or tokens that belong in
 * Secrets Manager anyway). Informational.
 *
 * ## Example
 * ```yaml
 * Handler:
 *   Type: AWS::Lambda::Function
 *   Properties:
 *     Runtime: python3.12
 *     Handler: app.handler
 *     Role: !GetAtt HandlerRole.Arn
 *     Code: { ZipFile: 'def handler(e, c): pass' }
 *     Environment:
 *       Variables:
 *         TABLE: orders
 * ```
 *
 * ## Use instead
 * ```yaml
 * Handler:
 *   Type: AWS::Lambda::Function
 *   Properties:
 *     Runtime: python3.12
 *     Handler: app.handler
 *     Role: !GetAtt HandlerRole.Arn
 *     Code: { ZipFile: 'def handler(e, c): pass' }
 *     KmsKeyArn: !GetAtt EnvKey.Arn
 *     Environment:
 *       Variables:
 *         TABLE: orders
 * ```
 *
 * ## Fix safety
 * No automatic fix: the function's execution role needs kms:Decrypt on the key, or invocations fail.
 *
 * ## References
 * - https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-function.html
 */
export default defineRule({
  meta: {
    id: 'SW5040',
    name: 'lambda-environment-without-customer-key',
    family: 'lambda',
    category: 'encryption-at-rest',
    severity: 'info',
    description: 'Lambda function environment variables are not encrypted with a customer managed KMS key',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Lambda function {{fn}} has environment variables but no KmsKeyArn: they are encrypted with the AWS managed key aws/lambda',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html'],
    equivalents: { checkov: ['CKV_AWS_173'] },
    cdk: 'environmentEncryption: key',
  },
  resource: {
    types: ['AWS::Lambda::Function', 'AWS::Serverless::Function'],
    check(ctx) {
      const hasVariables = ctx.prop('Environment.Variables').some((v) => !v.missing && isMap(v.node) && (v.node.intrinsic !== undefined || v.node.size > 0));
      if (!hasVariables) return;
      requireCustomerKey(ctx, 'KmsKeyArn', { missing: 'missing' }, { fn: ctx.resource.logicalId });
    },
  },
});
