import { type Variant, defineRule, helpers } from '../api';

/**
 * ## What it does
 * Flags an `AWS::Lambda::Permission` that grants an AWS service principal (`s3.amazonaws.com`,
 * `sns.amazonaws.com`, `events.amazonaws.com`…) without `SourceArn` or `SourceAccount`. Values that
 * come from a parameter without Default are unknown and not flagged.
 *
 * ## Why it matters
 * A service principal without a source condition means "this service, acting for anyone": any AWS
 * customer can point their own bucket notification, topic or rule at your function and the service
 * will invoke it (the confused deputy problem). For S3, whose bucket ARNs carry no account ID, AWS
 * recommends `SourceAccount` as well as `SourceArn`.
 *
 * ## Example
 * ```yaml
 * Permission:
 *   Type: AWS::Lambda::Permission
 *   Properties:
 *     Action: lambda:InvokeFunction
 *     FunctionName: !Ref Handler
 *     Principal: s3.amazonaws.com
 * ```
 *
 * ## Use instead
 * ```yaml
 * Permission:
 *   Type: AWS::Lambda::Permission
 *   Properties:
 *     Action: lambda:InvokeFunction
 *     FunctionName: !Ref Handler
 *     Principal: s3.amazonaws.com
 *     SourceArn: !GetAtt Uploads.Arn
 *     SourceAccount: !Ref AWS::AccountId
 * ```
 *
 * ## Fix safety
 * Adding `SourceAccount: !Ref AWS::AccountId` is offered as unsafe: it breaks a deliberate
 * cross-account integration, where the source lives in another account.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
 * - https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html
 */
export default defineRule({
  meta: {
    id: 'SW5411',
    name: 'lambda-permission-service-without-source',
    family: 'lambda',
    category: 'public-access',
    severity: 'medium',
    description: 'Lambda permission for an AWS service has no SourceArn or SourceAccount (confused deputy)',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      noSource: 'Lambda permission {{permission}} lets {{service}} invoke {{function}} on behalf of any AWS account: add SourceArn and SourceAccount',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html'],
    equivalents: {},
  },
  resource: {
    types: ['AWS::Lambda::Permission'],
    check(ctx) {
      const present = (path: string) => ctx.prop(path).some((v: Variant) => !v.missing);
      if (present('SourceArn') || present('SourceAccount') || present('PrincipalOrgID')) return;
      const target = ctx.resolveRef(ctx.resource.properties?.get('FunctionName'));
      const fn = target ? `function ${target.logicalId}` : 'the function';
      for (const v of ctx.prop('Principal')) {
        if (v.missing) continue;
        const service = helpers.asString(ctx.value(v));
        if (!service || !/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(service)) continue;
        const simple = v.conditions.length === 0 && !v.viaParameter;
        ctx.report({
          at: v,
          messageId: 'noSource',
          data: { permission: ctx.resource.logicalId, service, function: fn },
          fixes: simple ? helpers.fix('Add SourceAccount: !Ref AWS::AccountId (same-account sources only)', 'unsafe', helpers.setProperty(ctx.resource, 'SourceAccount', { Ref: 'AWS::AccountId' })) : undefined,
        });
      }
    },
  },
});
