import { defineRule } from '../api';
import { below } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an API Gateway v2 stage (`AWS::ApiGatewayV2::Stage`, HTTP and WebSocket APIs) without
 * `AccessLogSettings`, or whose settings name no `DestinationArn`.
 *
 * ## Why it matters
 * HTTP and WebSocket APIs write no request log unless a stage is given a destination. Without one
 * there is no record of callers, routes, status codes or integration errors to investigate abuse.
 *
 * ## Example
 * ```yaml
 * DefaultStage:
 *   Type: AWS::ApiGatewayV2::Stage
 *   Properties:
 *     ApiId: !Ref HttpApi
 *     StageName: $default
 *     AutoDeploy: true
 * ```
 *
 * ## Use instead
 * ```yaml
 * DefaultStage:
 *   Type: AWS::ApiGatewayV2::Stage
 *   Properties:
 *     ApiId: !Ref HttpApi
 *     StageName: $default
 *     AutoDeploy: true
 *     AccessLogSettings:
 *       DestinationArn: !GetAtt ApiAccessLogs.Arn
 *       Format: '{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","status":"$context.status"}'
 * ```
 *
 * ## Fix safety
 * No automatic fix: access logs need a log group.
 *
 * ## References
 * - https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-stage.html
 */
export default defineRule({
  meta: {
    id: 'SW5611',
    name: 'apigatewayv2-stage-access-logging-missing',
    family: 'apigateway',
    category: 'logging',
    severity: 'low',
    description: 'API Gateway v2 (HTTP or WebSocket) stage has no access logging',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'API Gateway v2 stage {{stage}} has no AccessLogSettings: calls to the API are not logged',
      noDestination: 'API Gateway v2 stage {{stage}} AccessLogSettings has no DestinationArn: nothing is logged',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html'],
    equivalents: { checkov: ['CKV_AWS_95'], cfnNag: ['W46'], securityHub: ['APIGateway.9'] },
    cdk: 'accessLogSettings: { destination: new apigwv2.LogGroupLogDestination(logGroup) } (HttpStage)',
  },
  resource: {
    types: ['AWS::ApiGatewayV2::Stage'],
    check(ctx) {
      const stage = ctx.resource.logicalId;
      for (const s of ctx.prop('AccessLogSettings')) {
        if (s.missing) {
          ctx.report({ at: s, messageId: 'missing', data: { stage } });
          continue;
        }
        for (const d of below(ctx, s, 'DestinationArn')) if (d.missing) ctx.report({ at: d, messageId: 'noDestination', data: { stage } });
      }
    },
  },
});
