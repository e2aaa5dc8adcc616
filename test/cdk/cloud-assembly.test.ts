import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import {
  constructPathFor,
  loadAppSources,
  loadCloudAssembly,
  locateConstructSource,
  nestedStackPathFromResourcePath,
  resourceForConstructPath,
  stackForConstructPath,
  stackForTemplate,
  templateConstructPaths,
} from '../../server/src/cdk';
import { CDK_APP, CDK_OUT } from './fixture-paths';

const assembly = loadCloudAssembly(CDK_OUT);

describe('loadCloudAssembly on the committed fixture', () => {
  it('reads the schema version, the app and no problems', () => {
    assert.equal(assembly.schemaVersion, '55.0.0');
    assert.deepEqual(assembly.problems, []);
    assert.deepEqual(assembly.app, { directory: CDK_APP, command: 'npx ts-node --prefer-ts-exts src/app.ts' });
  });

  it('lists top-level, stage and nested stacks with their construct paths and templates', () => {
    const stacks = assembly.stacks.map((s) => ({
      artifactId: s.artifactId,
      constructPath: s.constructPath,
      kind: s.kind,
      templateFile: path.relative(CDK_OUT, s.templateFile),
      parent: s.parent === undefined ? undefined : { ...s.parent, templateFile: path.relative(CDK_OUT, s.parent.templateFile) },
    }));
    assert.deepEqual(stacks, [
      {
        artifactId: 'ProdSecureStack7A9B3CAB',
        constructPath: 'Prod/SecureStack',
        kind: 'stack',
        templateFile: 'assembly-Prod/ProdSecureStack7A9B3CAB.template.json',
        parent: undefined,
      },
      { artifactId: 'DemoStack', constructPath: 'DemoStack', kind: 'stack', templateFile: 'DemoStack.template.json', parent: undefined },
      {
        artifactId: 'DemoStackStorageFABBAF88.nested.template.json',
        constructPath: 'DemoStack/Storage',
        kind: 'nested',
        templateFile: 'DemoStackStorageFABBAF88.nested.template.json',
        parent: { templateFile: 'DemoStack.template.json', logicalId: 'StorageNestedStackStorageNestedStackResource9807768E' },
      },
      { artifactId: 'SecureStack', constructPath: 'SecureStack', kind: 'stack', templateFile: 'SecureStack.template.json', parent: undefined },
    ]);
  });

  it('maps logical ids to exact construct paths, per template', () => {
    const cases: Array<[template: string, logicalId: string, constructPath: string | undefined]> = [
      ['DemoStack.template.json', 'Uploads4F6EB0FD', 'DemoStack/Uploads/Resource'],
      ['DemoStack.template.json', 'UploadsPolicy148F8199', 'DemoStack/Uploads/Policy/Resource'],
      ['DemoStack.template.json', 'BastionSg3D6BE75A', 'DemoStack/BastionSg/Resource'],
      ['DemoStack.template.json', 'DataVolume175940C2', 'DemoStack/DataVolume/Resource'],
      ['DemoStack.template.json', 'LegacyDb', 'DemoStack/LegacyDb'],
      ['DemoStack.template.json', 'AdminRoleDefaultPolicy1C2AB961', 'DemoStack/AdminRole/DefaultPolicy/Resource'],
      ['DemoStack.template.json', 'DeployPolicyFF27330D', 'DemoStack/DeployPolicy/Resource'],
      ['DemoStack.template.json', 'AuditBucket7486E833', 'DemoStack/Audit/Bucket/Resource'],
      [
        'DemoStack.template.json',
        'StorageNestedStackStorageNestedStackResource9807768E',
        'DemoStack/Storage.NestedStack/Storage.NestedStackResource',
      ],
      ['DemoStackStorageFABBAF88.nested.template.json', 'ArchiveDA4CB258', 'DemoStack/Storage/Archive/Resource'],
      ['DemoStackStorageFABBAF88.nested.template.json', 'JobsDF1CC2D4', 'DemoStack/Storage/Jobs/Resource'],
      ['SecureStack.template.json', 'Uploads4F6EB0FD', 'SecureStack/Uploads/Resource'],
      ['assembly-Prod/ProdSecureStack7A9B3CAB.template.json', 'Uploads4F6EB0FD', 'Prod/SecureStack/Uploads/Resource'],
      ['DemoStack.template.json', 'NoSuchResource', undefined],
    ];
    for (const [template, logicalId, expected] of cases) {
      assert.equal(constructPathFor(assembly, template, logicalId), expected, `${template} ${logicalId}`);
    }
  });

  it('accepts absolute template paths', () => {
    const file = path.join(CDK_OUT, 'SecureStack.template.json');
    assert.equal(stackForTemplate(assembly, file)?.constructPath, 'SecureStack');
    assert.equal(constructPathFor(assembly, file, 'UploadEvents0740F976'), 'SecureStack/UploadEvents/Resource');
  });

  it('resolves L2 and L1 construct paths to their resource and owning stack', () => {
    const l2 = resourceForConstructPath(assembly, 'DemoStack/Uploads');
    assert.equal(l2?.resource.logicalId, 'Uploads4F6EB0FD');
    assert.equal(l2?.stack.constructPath, 'DemoStack');
    const nested = resourceForConstructPath(assembly, 'DemoStack/Storage/Archive');
    assert.equal(nested?.resource.logicalId, 'ArchiveDA4CB258');
    assert.equal(nested?.stack.kind, 'nested');
    const l1 = resourceForConstructPath(assembly, 'DemoStack/LegacyDb');
    assert.deepEqual(l1?.resource, { logicalId: 'LegacyDb', type: 'AWS::RDS::DBInstance', constructPath: 'DemoStack/LegacyDb' });
    assert.equal(resourceForConstructPath(assembly, 'DemoStack/Audit'), undefined);
    assert.equal(stackForConstructPath(assembly, 'DemoStack/Storage/Jobs/Resource')?.constructPath, 'DemoStack/Storage');
    assert.equal(stackForConstructPath(assembly, 'Prod/SecureStack/Uploads')?.artifactId, 'ProdSecureStack7A9B3CAB');
  });

  it('reads the template sections CDK fills with plumbing', () => {
    const demo = stackForTemplate(assembly, 'DemoStack.template.json');
    assert.deepEqual(demo?.parameters, ['BootstrapVersion']);
    assert.deepEqual(demo?.rules, ['CheckBootstrapVersion']);
    assert.deepEqual(demo?.conditions, ['CDKMetadataAvailable']);
    assert.deepEqual(demo?.outputs, []);
  });

  it('reads the construct tree with fqn, CloudFormation type and logical id', () => {
    assert.equal(assembly.tree.size, 117);
    assert.deepEqual(assembly.tree.get('DemoStack/BastionSg/Resource'), {
      path: 'DemoStack/BastionSg/Resource',
      id: 'Resource',
      fqn: 'aws-cdk-lib.aws_ec2.CfnSecurityGroup',
      cfnType: 'AWS::EC2::SecurityGroup',
      logicalId: 'BastionSg3D6BE75A',
      children: [],
    });
    assert.equal(assembly.tree.get('DemoStack/Storage')?.fqn, 'aws-cdk-lib.NestedStack');
    assert.equal(assembly.tree.get('Prod')?.fqn, 'aws-cdk-lib.Stage');
    assert.deepEqual(assembly.tree.get('DemoStack/Audit')?.children, ['DemoStack/Audit/Bucket']);
  });

  it('reads creation stacks and validation-report violations with their traces', () => {
    assert.deepEqual(
      assembly.creationStacks.get('DemoStack/LegacyDb')?.map((f) => f.replace(/\(.*[/\\]src[/\\]/, '(src/')),
      ['new DemoStack (src/demo-stack.ts:48:5)', '<anonymous> (src/app.ts:11:1)', '...node internals...'],
    );
    const ssh = assembly.violations.find((v) => v.ruleName === 'W2508');
    assert.equal(ssh?.constructPath, 'DemoStack/BastionSg/Resource');
    assert.equal(ssh?.logicalId, 'BastionSg3D6BE75A');
    assert.equal(ssh?.templatePath, 'DemoStack.template.json');
    assert.deepEqual(ssh?.propertyPaths, ['Properties.SecurityGroupIngress']);
    assert.equal(ssh?.pluginName, 'CloudFormation Validate');
    assert.match(ssh?.stackTrace[1] ?? '', /^new DemoStack \(.*[/\\]src[/\\]demo-stack\.ts:35:23\)$/);
    assert.deepEqual(
      assembly.violations.map((v) => `${v.ruleName} ${v.constructPath}`),
      [
        'W2508 DemoStack/BastionSg/Resource',
        'W2531 DemoStack/Worker/Resource',
        'W9008 DemoStack/LegacyDb',
        'W9011 DemoStack/LegacyDb',
      ],
    );
  });
});

describe('templateConstructPaths on a bare template', () => {
  it('reads Metadata aws:cdk:path and ignores resources without it', () => {
    const template = {
      Resources: {
        A: { Type: 'AWS::S3::Bucket', Metadata: { 'aws:cdk:path': 'S/A/Resource' } },
        B: { Type: 'AWS::S3::Bucket' },
        C: { Type: 'AWS::S3::Bucket', Metadata: { 'aws:cdk:path': 42 } },
      },
    };
    assert.deepEqual([...templateConstructPaths(template)], [['A', 'S/A/Resource']]);
    assert.deepEqual([...templateConstructPaths(null)], []);
  });

  it('derives a nested stack construct path from its stack resource path', () => {
    assert.equal(nestedStackPathFromResourcePath('DemoStack/Storage.NestedStack/Storage.NestedStackResource'), 'DemoStack/Storage');
    assert.equal(nestedStackPathFromResourcePath('DemoStack/Uploads/Resource'), undefined);
  });
});

describe('loadCloudAssembly on variants of the fixture', () => {
  function copyFixture(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shieldwall-cdk-'));
    fs.cpSync(CDK_OUT, path.join(dir, 'cdk.out'), { recursive: true });
    return path.join(dir, 'cdk.out');
  }

  it('finds construct paths from metadata and tree when templates lack aws:cdk:path', () => {
    const out = copyFixture();
    try {
      for (const name of ['DemoStack.template.json', 'DemoStackStorageFABBAF88.nested.template.json']) {
        const file = path.join(out, name);
        const template = JSON.parse(fs.readFileSync(file, 'utf8')) as { Resources: Record<string, { Metadata?: Record<string, unknown> }> };
        for (const resource of Object.values(template.Resources)) delete resource.Metadata?.['aws:cdk:path'];
        fs.writeFileSync(file, JSON.stringify(template));
      }
      const stripped = loadCloudAssembly(out);
      assert.equal(constructPathFor(stripped, 'DemoStack.template.json', 'Uploads4F6EB0FD'), 'DemoStack/Uploads/Resource');
      assert.equal(constructPathFor(stripped, 'DemoStack.template.json', 'LegacyDb'), 'DemoStack/LegacyDb');
      assert.equal(
        constructPathFor(stripped, 'DemoStackStorageFABBAF88.nested.template.json', 'ArchiveDA4CB258'),
        'DemoStack/Storage/Archive/Resource',
      );
      // The nested stack is still found through aws:asset:path, and its construct path through metadata.
      assert.equal(stackForTemplate(stripped, 'DemoStackStorageFABBAF88.nested.template.json')?.constructPath, 'DemoStack/Storage');
      // No cdk.json next to the copy: the app directory falls back to the assembly's parent.
      assert.deepEqual(stripped.app, { directory: path.dirname(out), command: undefined });
    } finally {
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });

  it('follows a fragmented tree (trees-N.json) and records unreadable files as problems', () => {
    const out = copyFixture();
    try {
      const treeFile = path.join(out, 'tree.json');
      const tree = JSON.parse(fs.readFileSync(treeFile, 'utf8')) as { tree: { children: Record<string, unknown> } };
      const secure = tree.tree.children['SecureStack'];
      tree.tree.children['SecureStack'] = { id: 'SecureStack', path: 'SecureStack', fileName: 'trees-1.json', treeId: 't1' };
      fs.writeFileSync(treeFile, JSON.stringify(tree));
      fs.writeFileSync(path.join(out, 'trees-1.json'), JSON.stringify({ version: 'forest-0.1', forest: { t1: secure } }));
      fs.writeFileSync(path.join(out, 'SecureStack.metadata.json'), '{ not json');
      const fragmented = loadCloudAssembly(out);
      assert.equal(fragmented.tree.size, 117);
      assert.equal(fragmented.tree.get('SecureStack/Uploads/Resource')?.logicalId, 'Uploads4F6EB0FD');
      assert.equal(fragmented.problems.length, 1);
      assert.match(fragmented.problems[0] ?? '', /SecureStack\.metadata\.json: invalid JSON/);
    } finally {
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });

  it('reads metadata inlined in the manifest (older assemblies) and traces on logical-id entries', () => {
    const out = copyFixture();
    try {
      const manifestFile = path.join(out, 'manifest.json');
      const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as {
        artifacts: Record<string, { additionalMetadataFile?: string; metadata?: Record<string, unknown[]> }>;
      };
      const demo = manifest.artifacts['DemoStack'];
      assert.ok(demo?.additionalMetadataFile !== undefined);
      const metadata = JSON.parse(fs.readFileSync(path.join(out, demo.additionalMetadataFile), 'utf8')) as Record<string, unknown[]>;
      fs.rmSync(path.join(out, demo.additionalMetadataFile));
      delete demo.additionalMetadataFile;
      metadata['/DemoStack/LegacyDb'] = [
        { type: 'aws:cdk:logicalId', data: 'LegacyDb', trace: ['    at new DemoStack (/ci/checkout/src/demo-stack.ts:48:5)'] },
      ];
      demo.metadata = metadata;
      fs.writeFileSync(manifestFile, JSON.stringify(manifest));

      const inline = loadCloudAssembly(out);
      assert.deepEqual(inline.problems, []);
      assert.deepEqual(inline.creationStacks.get('DemoStack/LegacyDb'), ['    at new DemoStack (/ci/checkout/src/demo-stack.ts:48:5)']);
      assert.ok(inline.creationStacks.has('DemoStack/Uploads/Resource'));
      assert.equal(stackForTemplate(inline, 'DemoStack.template.json')?.constructPath, 'DemoStack');
      // The trace was recorded on another machine: re-rooted onto the fixture's sources.
      const located = locateConstructSource(inline, 'DemoStack/LegacyDb', { sources: loadAppSources(CDK_APP) });
      assert.equal(located?.file, path.join(CDK_APP, 'src', 'demo-stack.ts'));
      assert.deepEqual([located?.line, located?.character, located?.via], [47, 4, 'creation-stack']);
      assert.deepEqual(inline.metadataTypes.get('DemoStack/Custom::S3AutoDeleteObjectsCustomResourceProvider'), [
        'aws:cdk:is-custom-resource-handler-customResourceProvider',
      ]);
    } finally {
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });

  it('throws only when there is no manifest', () => {
    assert.throws(() => loadCloudAssembly(path.join(CDK_APP, 'src')), /not a cloud assembly/);
  });
});
