import { type ResourceContext, defineRule, isSeq } from '../api';
import { mentions } from '../lib/logging-resilience';

const ASSOCIATIONS = ['AWS::WAFv2::WebACLAssociation', 'AWS::WAFRegional::WebACLAssociation'];

/**
 * ## What it does
 * Flags an API Gateway REST API stage (`AWS::ApiGateway::Stage`) for which the template defines no
 * `AWS::WAFv2::WebACLAssociation` whose `ResourceArn` names the stage. Stages of private APIs
 * (`EndpointConfiguration.Types: [PRIVATE]` on the RestApi in the template) are skipped.
 *
 * ## Why it matters
 * A public REST API is reachable by anyone who finds its URL. A web ACL filters injection attempts,
 * bad bots and floods, and rate-based rules protect login and expensive endpoints, before requests
 * reach the integrations (and the bill).
 *
 * ## Example
 * ```yaml
 * Stage:
 *   Type: AWS::ApiGateway::Stage
 *   Properties:
 *     RestApiId: !Ref Api
 *     DeploymentId: !Ref Deployment
 *     StageName: prod
 * ```
 *
 * ## Use instead
 * ```yaml
 * StageWaf:
 *   Type: AWS::WAFv2::WebACLAssociation
 *   Properties:
 *     ResourceArn: !Sub arn:aws:apigateway:${AWS::Region}::/restapis/${Api}/stages/${Stage}
 *     WebACLArn: !GetAtt RegionalWebAcl.Arn
 * ```
 *
 * ## Fix safety
 * No automatic fix: a web ACL and its rules have to be designed for the API.
 *
 * ## References
 * - https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-wafv2-webaclassociation.html
 */
export default defineRule({
  meta: {
    id: 'SW5714',
    name: 'apigateway-stage-without-waf',
    family: 'waf',
    category: 'resilience',
    severity: 'low',
    description: 'API Gateway REST API stage has no AWS WAF web ACL in the template',
    appliesTo: ['cloudformation', 'cdk'],
    messages: {
      missing: 'API Gateway stage {{stage}} has no WebACLAssociation: requests reach the API without WAF inspection',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html'],
    equivalents: { checkov: ['CKV2_AWS_29'], guard: ['API_GW_ASSOCIATED_WITH_WAF'], securityHub: ['APIGateway.4'] },
    cdk: "new wafv2.CfnWebACLAssociation(this, 'ApiWaf', { resourceArn: api.deploymentStage.stageArn, webAclArn: acl.attrArn })",
  },
  resource: {
    types: ['AWS::ApiGateway::Stage'],
    check(ctx) {
      const stage = ctx.resource;
      if (isPrivateApi(ctx)) return;
      const associated = ctx.referrers(stage, ...ASSOCIATIONS).some((a) => ctx.lookup(a.properties, 'ResourceArn').some((v) => !v.missing && mentions(ctx, v.node, stage)));
      if (!associated) ctx.report({ at: stage.keyNode, messageId: 'missing', data: { stage: stage.logicalId } });
    },
  },
});

/** True when the stage's RestApi is defined in this template as a PRIVATE endpoint. */
function isPrivateApi(ctx: ResourceContext): boolean {
  const api = ctx.resolveRef(ctx.resource.properties?.get('RestApiId'));
  if (!api || api.type !== 'AWS::ApiGateway::RestApi') return false;
  const types = ctx.lookup(api.properties, 'EndpointConfiguration.Types');
  return types.length > 0 && types.every((t) => !t.missing && isSeq(t.node) && t.node.items.some((i) => ctx.value(i) === 'PRIVATE'));
}
