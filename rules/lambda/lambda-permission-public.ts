import { type Variant, defineRule, helpers } from '../api';

/**
 * ## What it does
 * Flags an `AWS::Lambda::Permission` whose `Principal` is `*`. Without `SourceArn`, `SourceAccount` or
 * `PrincipalOrgID` anyone in any AWS account may invoke the function; with them the wildcard is still
 * flagged, with a message asking to name the service principal instead. A public function URL
 * (`lambda:InvokeFunctionUrl` with `FunctionUrlAuthType: NONE`) gets its own message: it is public by
 * design, and the function must authenticate callers itself.
 *
 * ## Why it matters
 * Anyone who learns the function ARN can invoke it as often as they like: with your IAM role's
 * permissions behind it, with your bill for every invocation, and with whatever input they choose.
 *
 * ## Example
 * ```yaml
 * Permission:
 *   Type: AWS::Lambda::Permission
 *   Properties:
 *     Action: lambda:InvokeFunction
 *     FunctionName: !Ref Handler
 *     Principal: "*"
 * ```
 *
 * ## Use instead
 * ```yaml
 * Permission:
 *   Type: AWS::Lambda::Permission
 *   Properties:
 *     Action: lambda:InvokeFunction
 *     FunctionName: !Ref Handler
 *     Principal: sns.amazonaws.com
 *     SourceArn: !Ref Topic
 * ```
 *
 * ## Fix safety
 * No automatic fix: only the author knows which service or account should invoke the function.
 *
 * ## References
 * - https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-permission.html
 * - https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html
 */
export default defineRule({
  meta: {
    id: 'SW5410',
    name: 'lambda-permission-public',
    family: 'lambda',
    category: 'public-access',
    severity: 'high',
    description: 'Lambda permission lets any principal invoke the function',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      anyone: 'Lambda permission {{permission}} lets anyone in any AWS account call {{action}} on {{function}}',
      narrowed: 'Lambda permission {{permission}} grants {{action}} on {{function}} to Principal "*", narrowed only by {{by}}: name the service principal (e.g. sns.amazonaws.com) instead',
      publicUrl: 'Lambda permission {{permission}} makes the function URL of {{function}} public (FunctionUrlAuthType NONE): the function must authenticate callers itself',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html'],
    equivalents: { cfnNag: ['F13'], guard: ['LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED'], securityHub: ['Lambda.1'] },
  },
  resource: {
    types: ['AWS::Lambda::Permission'],
    check(ctx) {
      const target = ctx.resolveRef(ctx.resource.properties?.get('FunctionName'));
      const fn = target ? `function ${target.logicalId}` : 'the function';
      const action = helpers.asString(ctx.value(ctx.resource.properties?.get('Action'))) ?? 'the action';
      const present = (path: string) => ctx.prop(path).some((v: Variant) => !v.missing);
      for (const v of ctx.prop('Principal')) {
        if (v.missing || helpers.asString(ctx.value(v)) !== '*') continue;
        const data = { permission: ctx.resource.logicalId, function: fn, action };
        const urlAuth = ctx.prop('FunctionUrlAuthType').map((u) => helpers.asString(ctx.value(u)));
        if (/InvokeFunctionUrl$/i.test(action) && urlAuth.includes('NONE')) {
          ctx.report({ at: v, messageId: 'publicUrl', data });
          continue;
        }
        const by = ['SourceArn', 'SourceAccount', 'PrincipalOrgID'].filter(present);
        // A source condition restricts who can invoke: still worth naming the principal, but low risk.
        if (by.length > 0) ctx.report({ at: v, messageId: 'narrowed', severity: 'low', data: { ...data, by: by.join(' and ') } });
        else ctx.report({ at: v, messageId: 'anyone', data });
      }
    },
  },
});
