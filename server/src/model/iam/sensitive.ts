/**
 * Which actions are sensitive enough to demand MFA: permissions management (from the service
 * authorization reference, through the action catalogue), anything in IAM, Organizations and Account
 * that writes, and a short list of destructive or security-disabling actions.
 */
import { type ActionInfo, actionsMatching } from './action-catalog';

/** Destructive or defence-disabling actions that are not "Permissions management" in AWS's data. */
export const DESTRUCTIVE_ACTIONS: readonly string[] = [
  'kms:ScheduleKeyDeletion',
  'kms:DisableKey',
  's3:DeleteBucket',
  'rds:DeleteDBInstance',
  'rds:DeleteDBCluster',
  'dynamodb:DeleteTable',
  'ec2:TerminateInstances',
  'ec2:DeleteVolume',
  'ec2:DeleteSnapshot',
  'cloudtrail:StopLogging',
  'cloudtrail:DeleteTrail',
  'guardduty:DeleteDetector',
  'config:StopConfigurationRecorder',
  'config:DeleteConfigurationRecorder',
  'backup:DeleteBackupVault',
  'backup:DeleteRecoveryPoint',
  'secretsmanager:DeleteSecret',
  'logs:DeleteLogGroup',
];

/**
 * What a user must be able to do without MFA to set MFA up: the exceptions of AWS's "manage your own
 * credentials" deny-unless-MFA policy. Not sensitive (disabling or deleting a device is).
 */
export const MFA_BOOTSTRAP_ACTIONS: readonly string[] = [
  'iam:CreateVirtualMFADevice',
  'iam:EnableMFADevice',
  'iam:ResyncMFADevice',
  'iam:ChangePassword',
  'sts:GetSessionToken',
];
const BOOTSTRAP = new Set(MFA_BOOTSTRAP_ACTIONS.map((a) => a.toLowerCase()));

const DESTRUCTIVE = new Set(DESTRUCTIVE_ACTIONS.map((a) => a.toLowerCase()));
const ADMIN_SERVICES = new Set(['iam', 'organizations', 'account', 'sso', 'sts']);

/** Whether one action demands MFA. */
export function isSensitive(a: ActionInfo): boolean {
  if (BOOTSTRAP.has(a.action.toLowerCase())) return false;
  if (a.accessLevel === 'Permissions management') return true;
  const service = a.action.slice(0, a.action.indexOf(':')).toLowerCase();
  if (ADMIN_SERVICES.has(service) && service !== 'sts' && (a.accessLevel === 'Write' || a.accessLevel === 'Tagging')) return true;
  return DESTRUCTIVE.has(a.action.toLowerCase());
}

/** The sensitive actions granted by a list of Action patterns (canonical names, catalogue order). */
export function sensitiveActions(patterns: readonly string[]): string[] {
  return actionsMatching(patterns, isSensitive);
}

/** Sensitive actions NOT excluded by a NotAction list (an Allow with NotAction grants everything else). */
export function sensitiveActionsExcept(notPatterns: readonly string[]): string[] {
  const excluded = new Set(actionsMatching(notPatterns).map((a) => a.toLowerCase()));
  return actionsMatching(['*'], isSensitive).filter((a) => !excluded.has(a.toLowerCase()));
}

/** A short human summary of a list of actions, e.g. "iam:CreateUser, iam:AttachUserPolicy and 40 more". */
export function summarize(actions: readonly string[], max = 3): string {
  if (actions.length <= max) return actions.join(', ');
  return `${actions.slice(0, max).join(', ')} and ${actions.length - max} more`;
}
