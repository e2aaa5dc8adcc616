import { defineRule, str } from '../api';

/**
 * ## What it does
 * Flags an `AWS::ApiGateway::Deployment` that sets no `StageDescription.AccessLogSetting` and that no
 * `AWS::ApiGateway::Stage` in the template uses (`DeploymentId`). A deployment with a `StageName`
 * creates that stage itself, configured only through `StageDescription`; a deployment without one
 * is served by stages defined elsewhere, none of which this template gives access logs.
 *
 * ## Why it matters
 * Stages created implicitly by a deployment are easy to overlook: they carry the API's traffic but
 * get no access logs unless `StageDescription` asks for them, so calls to the API go unrecorded.
 *
 * ## Example
 * ```yaml
 * Deployment:
 *   Type: AWS::ApiGateway::Deployment
 *   Properties:
 *     RestApiId: !Ref Api
 *     StageName: prod
 * ```
 *
 * ## Use instead
 * ```yaml
 * Deployment:
 *   Type: AWS::ApiGateway::Deployment
 *   Properties:
 *     RestApiId: !Ref Api
 *     StageName: prod
 *     StageDescription:
 *       AccessLogSetting:
 *         DestinationArn: !GetAtt ApiAccessLogs.Arn
 *         Format: $context.requestId
 * ```
 * Or define the stage explicitly as an `AWS::ApiGateway::Stage` with `AccessLogSetting`.
 *
 * ## Fix safety
 * No automatic fix: access logs need a log group and the account-level API Gateway CloudWatch role.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-deployment.html
 * - https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
 */
export default defineRule({
  meta: {
    id: 'SW5610',
    name: 'apigateway-deployment-stage-access-logging-missing',
    family: 'apigateway',
    category: 'logging',
    severity: 'low',
    description: 'API Gateway deployment creates or serves a stage without access logging',
    appliesTo: ['cloudformation', 'cdk'],
    messages: {
      stage: 'API Gateway deployment {{deployment}} creates stage {{stage}} without StageDescription.AccessLogSetting: calls are not logged',
      noStage: 'API Gateway deployment {{deployment}} sets no StageDescription.AccessLogSetting and no AWS::ApiGateway::Stage in this template uses it: its stage has no access logging here',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html'],
    equivalents: { cfnNag: ['W45'] },
    cdk: 'deployOptions: { accessLogDestination: new apigw.LogGroupLogDestination(logGroup) }',
  },
  resource: {
    types: ['AWS::ApiGateway::Deployment'],
    check(ctx) {
      const dep = ctx.resource;
      const stages = ctx.referrers(dep, 'AWS::ApiGateway::Stage').filter((s) => ctx.lookup(s.properties, 'DeploymentId').some((v) => !v.missing && ctx.resolveRef(v.node) === dep));
      if (stages.length > 0) return;
      const stageName = str(dep.properties?.get('StageName'));
      for (const v of ctx.prop('StageDescription.AccessLogSetting')) {
        if (!v.missing) continue;
        if (stageName !== undefined || dep.properties?.has('StageName')) ctx.report({ at: v, messageId: 'stage', data: { deployment: dep.logicalId, stage: stageName ?? '(computed name)' } });
        else ctx.report({ at: v, messageId: 'noStage', data: { deployment: dep.logicalId } });
      }
    },
  },
});
