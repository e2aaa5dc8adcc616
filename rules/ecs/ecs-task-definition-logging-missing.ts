import { defineRule, isMap } from '../api';
import { below } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags each container of an ECS task definition (`AWS::ECS::TaskDefinition`) that has no
 * `LogConfiguration`, so its stdout and stderr go nowhere you can read after the task stops.
 *
 * ## Why it matters
 * Application logs are usually the only record of what a container did: failed logins, errors, the
 * request that crashed it. Without a log driver they vanish with the task, and Fargate offers no host
 * to look on.
 *
 * ## Example
 * ```yaml
 * Task:
 *   Type: AWS::ECS::TaskDefinition
 *   Properties:
 *     ContainerDefinitions:
 *       - Name: web
 *         Image: public.ecr.aws/nginx/nginx:stable
 * ```
 *
 * ## Use instead
 * ```yaml
 *       - Name: web
 *         Image: public.ecr.aws/nginx/nginx:stable
 *         LogConfiguration:
 *           LogDriver: awslogs
 *           Options:
 *             awslogs-group: !Ref WebLogs
 *             awslogs-region: !Ref AWS::Region
 *             awslogs-stream-prefix: web
 * ```
 *
 * ## Fix safety
 * No automatic fix: the log driver and its destination depend on the platform.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-logconfiguration.html
 */
export default defineRule({
  meta: {
    id: 'SW5624',
    name: 'ecs-task-definition-logging-missing',
    family: 'ecs',
    category: 'logging',
    severity: 'low',
    description: 'ECS task definition container has no log configuration',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Container {{container}} in task definition {{task}} has no LogConfiguration: its output is lost when the task stops',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html'],
    equivalents: { guard: ['ECS_TASK_DEFINITION_LOG_CONFIGURATION'], securityHub: ['ECS.9'] },
    cdk: 'logging: ecs.LogDrivers.awsLogs({ streamPrefix: "web" })',
  },
  resource: {
    types: ['AWS::ECS::TaskDefinition'],
    check(ctx) {
      const task = ctx.resource.logicalId;
      for (const c of ctx.prop('ContainerDefinitions.*')) {
        if (c.missing || !isMap(c.node) || c.node.intrinsic) continue;
        const name = ctx.value(c.node.get('Name'));
        for (const lc of below(ctx, c, 'LogConfiguration')) {
          if (lc.missing) ctx.report({ at: lc, messageId: 'missing', data: { task, container: typeof name === 'string' ? name : '(unnamed)' } });
        }
      }
    },
  },
});
