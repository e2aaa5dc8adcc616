import { defineRule } from '../api';
import { literal } from '../lib/network';

/**
 * ## What it does
 * Flags a Lambda function URL (`AWS::Lambda::Url`) with `AuthType: NONE`, which lets anyone on the
 * internet invoke the function over HTTPS without signing the request.
 *
 * ## Why it matters
 * The function becomes a public endpoint: whoever finds the URL can call it as often as they like,
 * run up cost, reach whatever data its role can read, and probe its code for injection bugs. Public
 * webhooks are a legitimate use, but then the function must authenticate callers itself (a shared
 * secret or a signature), and the choice should be deliberate.
 *
 * ## Example
 * ```yaml
 * FnUrl:
 *   Type: AWS::Lambda::Url
 *   Properties:
 *     TargetFunctionArn: !GetAtt Fn.Arn
 *     AuthType: NONE
 * ```
 *
 * ## Use instead
 * ```yaml
 *     AuthType: AWS_IAM
 * ```
 *
 * ## Fix safety
 * No automatic fix: switching to `AWS_IAM` breaks every caller that does not sign requests with
 * SigV4.
 *
 * ## References
 * - https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-url.html
 */
export default defineRule({
  meta: {
    id: 'SW5313',
    name: 'lambda-url-without-auth',
    family: 'lambda',
    category: 'network-exposure',
    severity: 'medium',
    description: 'Lambda function URL can be invoked by anyone without authentication',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      none: 'Lambda function URL {{url}} uses AuthType NONE: anyone on the internet can invoke the function',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html'],
    equivalents: { checkov: ['CKV_AWS_258'] },
    cdk: 'authType: lambda.FunctionUrlAuthType.AWS_IAM',
  },
  resource: {
    types: ['AWS::Lambda::Url'],
    check(ctx) {
      for (const v of ctx.prop('AuthType')) {
        if (literal(ctx, v)?.toUpperCase() === 'NONE') ctx.report({ at: v, messageId: 'none', data: { url: ctx.resource.logicalId } });
      }
    },
  },
});
