import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import {
  entryFilesFromCommand,
  loadAppSources,
  loadCloudAssembly,
  locateConstructInSources,
  locateConstructSource,
  resolveTraceFile,
} from '../../server/src/cdk';
import type { ConstructSourceLocation } from '../../server/src/cdk';
import { CDK_APP, CDK_APP_PY, CDK_OUT, lineOf } from './fixture-paths';

/** `file:line:character-endLine:endCharacter constructPath via` with 0-based positions. */
function describeLocation(location: ConstructSourceLocation | undefined, root: string): string | undefined {
  if (location === undefined) return undefined;
  const { start, end } = location.range;
  return `${path.relative(root, location.file)}:${start.line}:${start.character}-${end.line}:${end.character} ${location.constructPath} ${location.via}`;
}

const assembly = loadCloudAssembly(CDK_OUT);
const sources = loadAppSources(CDK_APP, { command: assembly.app.command });

describe('loadAppSources', () => {
  it('finds the entry file from cdk.json and every file it imports', () => {
    assert.deepEqual(sources.entryFiles, [path.join(CDK_APP, 'src', 'app.ts')]);
    assert.deepEqual(
      sources.files.map((f) => `${path.relative(CDK_APP, f.file)}${f.reachable ? '' : ' (unreachable)'}`),
      ['src/app.ts', 'src/audited-bucket.ts', 'src/demo-stack.ts', 'src/prod-stage.ts', 'src/secure-stack.ts', 'src/storage-stack.ts'],
    );
  });

  it('reads entry files from common app commands', () => {
    assert.deepEqual(entryFilesFromCommand(CDK_APP, 'npx ts-node --prefer-ts-exts src/app.ts'), [path.join(CDK_APP, 'src', 'app.ts')]);
    // A compiled entry that does not exist resolves to its TypeScript source.
    assert.deepEqual(entryFilesFromCommand(CDK_APP, 'node src/app.js'), [path.join(CDK_APP, 'src', 'app.ts')]);
    assert.deepEqual(entryFilesFromCommand(CDK_APP_PY, 'python3 app.py'), [path.join(CDK_APP_PY, 'app.py')]);
    assert.deepEqual(entryFilesFromCommand(CDK_APP, 'mvn -e -q compile exec:java'), []);
  });
});

describe('locateConstructSource on the TypeScript fixture', () => {
  // [construct path, expected location (0-based), the text the reported line contains]
  const cases: Array<[constructPath: string, expected: string, lineContains: string]> = [
    ['DemoStack', 'src/app.ts:10:0-12:2 DemoStack creation-stack', "new DemoStack(app, 'DemoStack', {"],
    ['DemoStack/Uploads/Resource', 'src/demo-stack.ts:17:20-26:6 DemoStack/Uploads creation-stack', "new s3.Bucket(this, 'Uploads', {"],
    ['DemoStack/Uploads/Policy/Resource', 'src/demo-stack.ts:17:20-26:6 DemoStack/Uploads creation-stack', "new s3.Bucket(this, 'Uploads', {"],
    ['DemoStack/Network/Resource', 'src/demo-stack.ts:28:16-32:6 DemoStack/Network creation-stack', "new ec2.Vpc(this, 'Network', {"],
    ['DemoStack/BastionSg/Resource', 'src/demo-stack.ts:34:22-37:6 DemoStack/BastionSg creation-stack', "new ec2.SecurityGroup(this, 'BastionSg', {"],
    ['DemoStack/DataVolume/Resource', 'src/demo-stack.ts:40:4-44:6 DemoStack/DataVolume creation-stack', "new ec2.Volume(this, 'DataVolume', {"],
    ['DemoStack/LegacyDb', 'src/demo-stack.ts:47:4-55:6 DemoStack/LegacyDb creation-stack', "new rds.CfnDBInstance(this, 'LegacyDb', {"],
    ['DemoStack/AdminRole/Resource', 'src/demo-stack.ts:57:18-59:6 DemoStack/AdminRole creation-stack', "new iam.Role(this, 'AdminRole', {"],
    // The policy is created by addToPolicy: the trace points at that call, the more useful line.
    ['DemoStack/AdminRole/DefaultPolicy/Resource', 'src/demo-stack.ts:60:4-62:5 DemoStack/AdminRole/DefaultPolicy/Resource creation-stack', 'admin.addToPolicy('],
    ['DemoStack/DeployPolicy/Resource', 'src/demo-stack.ts:64:4-66:6 DemoStack/DeployPolicy creation-stack', "new iam.ManagedPolicy(this, 'DeployPolicy', {"],
    ['DemoStack/Worker/Resource', 'src/demo-stack.ts:68:19-73:6 DemoStack/Worker creation-stack', "new lambda.Function(this, 'Worker', {"],
    ['DemoStack/Worker/ServiceRole/Resource', 'src/demo-stack.ts:68:19-73:6 DemoStack/Worker creation-stack', "new lambda.Function(this, 'Worker', {"],
    // A user L3 has no trace of its own: found by scanning, then its child inside the L3's class.
    ['DemoStack/Audit', 'src/demo-stack.ts:76:4-76:36 DemoStack/Audit source-scan', "new AuditedBucket(this, 'Audit');"],
    ['DemoStack/Audit/Bucket/Resource', 'src/audited-bucket.ts:9:18-14:6 DemoStack/Audit/Bucket creation-stack', "new s3.Bucket(this, 'Bucket', {"],
    // Nested stack: its stack resource is created by super(): the caller's frame is used.
    ['DemoStack/Storage.NestedStack/Storage.NestedStackResource', 'src/demo-stack.ts:78:4-78:37 DemoStack/Storage creation-stack', "new StorageStack(this, 'Storage');"],
    ['DemoStack/Storage/Archive/Resource', 'src/storage-stack.ts:11:4-13:6 DemoStack/Storage/Archive creation-stack', "new s3.Bucket(this, 'Archive', {"],
    ['DemoStack/Storage/Jobs/Resource', 'src/storage-stack.ts:15:4-17:6 DemoStack/Storage/Jobs creation-stack', "new sqs.Queue(this, 'Jobs', {"],
    // Same id 'Uploads' in two stacks, and the same stack class in two places.
    ['SecureStack/Uploads/Resource', 'src/secure-stack.ts:14:20-18:6 SecureStack/Uploads creation-stack', "new s3.Bucket(this, 'Uploads', {"],
    ['SecureStack', 'src/app.ts:14:0-14:35 SecureStack creation-stack', "new SecureStack(app, 'SecureStack');"],
    ['Prod/SecureStack', 'src/prod-stage.ts:8:4-8:40 Prod/SecureStack creation-stack', "new SecureStack(this, 'SecureStack');"],
    ['Prod/SecureStack/Uploads/Resource', 'src/secure-stack.ts:14:20-18:6 Prod/SecureStack/Uploads creation-stack', "new s3.Bucket(this, 'Uploads', {"],
    ['Prod', 'src/app.ts:16:0-16:26 Prod source-scan', "new ProdStage(app, 'Prod');"],
  ];
  for (const [constructPath, expected, lineContains] of cases) {
    it(constructPath, () => {
      const location = locateConstructSource(assembly, constructPath, { sources });
      assert.equal(describeLocation(location, CDK_APP), expected);
      assert.ok(location !== undefined && lineOf(location.file, location.line).includes(lineContains), lineContains);
      assert.equal(location.line, location.range.start.line);
      assert.equal(location.character, location.range.start.character);
    });
  }

  it('gives the id literal range for construct calls', () => {
    const location = locateConstructSource(assembly, 'DemoStack/BastionSg/Resource', { sources });
    assert.deepEqual(location?.idRange, { start: { line: 34, character: 50 }, end: { line: 34, character: 61 } });
  });

  it('loads the app sources itself when none are given', () => {
    assert.equal(
      describeLocation(locateConstructSource(assembly, 'DemoStack/LegacyDb'), CDK_APP),
      'src/demo-stack.ts:47:4-55:6 DemoStack/LegacyDb creation-stack',
    );
  });

  it('returns undefined for paths that are not in the app', () => {
    assert.equal(locateConstructSource(assembly, 'NoSuchStack/Bucket', { sources }), undefined);
  });
});

describe('locateConstructInSources (no stack traces) agrees with the traces', () => {
  const cases: Array<[constructPath: string, expected: string]> = [
    ['DemoStack/Uploads/Resource', 'src/demo-stack.ts:17:20-26:6 DemoStack/Uploads source-scan'],
    ['DemoStack/BastionSg/Resource', 'src/demo-stack.ts:34:22-37:6 DemoStack/BastionSg source-scan'],
    ['DemoStack/LegacyDb', 'src/demo-stack.ts:47:4-55:6 DemoStack/LegacyDb source-scan'],
    ['DemoStack/AdminRole/DefaultPolicy/Resource', 'src/demo-stack.ts:57:18-59:6 DemoStack/AdminRole source-scan'],
    ['DemoStack/Audit/Bucket/Resource', 'src/audited-bucket.ts:9:18-14:6 DemoStack/Audit/Bucket source-scan'],
    ['DemoStack/Storage.NestedStack/Storage.NestedStackResource', 'src/demo-stack.ts:78:4-78:37 DemoStack/Storage source-scan'],
    ['DemoStack/Storage/Archive/Resource', 'src/storage-stack.ts:11:4-13:6 DemoStack/Storage/Archive source-scan'],
    ['SecureStack/Uploads/Resource', 'src/secure-stack.ts:14:20-18:6 SecureStack/Uploads source-scan'],
    ['Prod/SecureStack', 'src/prod-stage.ts:8:4-8:40 Prod/SecureStack source-scan'],
    ['SecureStack', 'src/app.ts:14:0-14:35 SecureStack source-scan'],
    // aws-cdk-lib's singleton provider is not in user code: the deepest user construct is the stack.
    ['DemoStack/LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a/Resource', 'src/app.ts:10:0-12:2 DemoStack source-scan'],
  ];
  for (const [constructPath, expected] of cases) {
    it(constructPath, () => {
      assert.equal(describeLocation(locateConstructInSources(sources, constructPath), CDK_APP), expected);
      assert.equal(
        describeLocation(locateConstructSource(assembly, constructPath, { sources, ignoreStackTraces: true }), CDK_APP),
        expected,
      );
    });
  }
});

describe('locateConstructInSources on the Python fixture', () => {
  const py = loadAppSources(CDK_APP_PY, { command: 'python3 app.py' });

  it('follows Python imports from the entry file', () => {
    assert.deepEqual(
      py.files.map((f) => `${path.relative(CDK_APP_PY, f.file)}${f.reachable ? '' : ' (unreachable)'}`),
      [
        'app.py',
        'stacks/__init__.py (unreachable)',
        'stacks/audited_bucket.py',
        'stacks/demo_stack.py',
        'stacks/secure_stack.py',
        'stacks/storage_stack.py',
      ],
    );
  });
  const cases: Array<[constructPath: string, expected: string, lineContains: string]> = [
    ['DemoStack', 'app.py:10:0-10:82 DemoStack source-scan', 'DemoStack(app, "DemoStack"'],
    ['DemoStack/Uploads/Resource', 'stacks/demo_stack.py:24:18-29:9 DemoStack/Uploads source-scan', 's3.Bucket('],
    ['DemoStack/BastionSg/Resource', 'stacks/demo_stack.py:33:21-33:99 DemoStack/BastionSg source-scan', 'ec2.SecurityGroup(self, "BastionSg"'],
    ['DemoStack/LegacyDb', 'stacks/demo_stack.py:40:8-46:9 DemoStack/LegacyDb source-scan', 'rds.CfnDBInstance('],
    ['DemoStack/DeployPolicy/Resource', 'stacks/demo_stack.py:51:8-55:9 DemoStack/DeployPolicy source-scan', 'iam.ManagedPolicy('],
    ['DemoStack/Worker/ServiceRole/Resource', 'stacks/demo_stack.py:57:17-64:9 DemoStack/Worker source-scan', '_lambda.Function('],
    ['DemoStack/Audit/Bucket/Resource', 'stacks/audited_bucket.py:9:22-16:9 DemoStack/Audit/Bucket source-scan', 's3.Bucket('],
    ['DemoStack/Storage.NestedStack/Storage.NestedStackResource', 'stacks/demo_stack.py:69:8-69:37 DemoStack/Storage source-scan', 'StorageStack(self, "Storage")'],
    ['DemoStack/Storage/Archive/Resource', 'stacks/storage_stack.py:10:8-10:34 DemoStack/Storage/Archive source-scan', 's3.Bucket(self, "Archive")'],
    ['SecureStack/Uploads/Resource', 'stacks/secure_stack.py:15:18-21:9 SecureStack/Uploads source-scan', 's3.Bucket('],
  ];
  for (const [constructPath, expected, lineContains] of cases) {
    it(constructPath, () => {
      const location = locateConstructInSources(py, constructPath);
      assert.equal(describeLocation(location, CDK_APP_PY), expected);
      assert.ok(location !== undefined && lineOf(location.file, location.line).includes(lineContains), lineContains);
    });
  }
});

describe('resolveTraceFile', () => {
  it('re-roots paths recorded on another machine onto the app sources', () => {
    const cases: Array<[recorded: string, expected: string | undefined]> = [
      [path.join(CDK_APP, 'src', 'demo-stack.ts'), path.join(CDK_APP, 'src', 'demo-stack.ts')],
      ['/home/runner/work/repo/test/fixtures/cdk-app/src/demo-stack.ts', path.join(CDK_APP, 'src', 'demo-stack.ts')],
      ['C:\\build\\cdk-app\\src\\storage-stack.ts', path.join(CDK_APP, 'src', 'storage-stack.ts')],
      ['/elsewhere/lib/secure-stack.ts', path.join(CDK_APP, 'src', 'secure-stack.ts')],
      ['/elsewhere/src/unknown.ts', undefined],
    ];
    for (const [recorded, expected] of cases) assert.equal(resolveTraceFile(sources, recorded), expected, recorded);
  });
});

describe('locateConstructSource with traces from a Python app (line numbers, no columns)', () => {
  /** A minimal assembly whose creation stacks were recorded by a Python host on another machine. */
  function pythonAssembly(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shieldwall-cdk-py-'));
    const out = path.join(dir, 'cdk.out');
    fs.mkdirSync(out);
    const resources = {
      Uploads4F6EB0FD: { Type: 'AWS::S3::Bucket', Metadata: { 'aws:cdk:path': 'DemoStack/Uploads/Resource' } },
      LegacyDb: { Type: 'AWS::RDS::DBInstance', Metadata: { 'aws:cdk:path': 'DemoStack/LegacyDb' } },
      StorageNestedStackStorageNestedStackResource9807768E: {
        Type: 'AWS::CloudFormation::Stack',
        Metadata: { 'aws:cdk:path': 'DemoStack/Storage.NestedStack/Storage.NestedStackResource' },
      },
    };
    const trace = (...frames: string[]): unknown => [{ type: 'aws:cdk:creationStack', data: ['...new Bucket in aws-cdk-lib...', ...frames, '<module> (/ci/app/app.py:11)'] }];
    const metadata = {
      // The line of the call.
      '/DemoStack/Uploads/Resource': trace('__init__ (/ci/app/stacks/demo_stack.py:25)'),
      // A line inside a multi-line call (`id="LegacyDb",`).
      '/DemoStack/LegacyDb': trace('__init__ (/ci/app/stacks/demo_stack.py:43)'),
      // Created by the nested stack's super().__init__: the caller's frame is the creation site.
      '/DemoStack/Storage.NestedStack/Storage.NestedStackResource': trace(
        '__init__ (/ci/app/stacks/storage_stack.py:9)',
        '__init__ (/ci/app/stacks/demo_stack.py:70)',
      ),
    };
    fs.writeFileSync(path.join(out, 'DemoStack.template.json'), JSON.stringify({ Resources: resources }));
    fs.writeFileSync(path.join(out, 'DemoStack.metadata.json'), JSON.stringify(metadata));
    fs.writeFileSync(
      path.join(out, 'manifest.json'),
      JSON.stringify({
        version: '55.0.0',
        artifacts: {
          DemoStack: {
            type: 'aws:cloudformation:stack',
            properties: { templateFile: 'DemoStack.template.json' },
            additionalMetadataFile: 'DemoStack.metadata.json',
          },
        },
      }),
    );
    return out;
  }

  const cases: Array<[constructPath: string, expected: string]> = [
    ['DemoStack/Uploads/Resource', 'stacks/demo_stack.py:24:18-29:9 DemoStack/Uploads creation-stack'],
    ['DemoStack/LegacyDb', 'stacks/demo_stack.py:40:8-46:9 DemoStack/LegacyDb creation-stack'],
    ['DemoStack/Storage.NestedStack/Storage.NestedStackResource', 'stacks/demo_stack.py:69:8-69:37 DemoStack/Storage creation-stack'],
  ];
  it('maps each frame onto the Python call', () => {
    const out = pythonAssembly();
    try {
      const pyAssembly = loadCloudAssembly(out);
      const py = loadAppSources(CDK_APP_PY, { command: 'python3 app.py' });
      for (const [constructPath, expected] of cases) {
        assert.equal(describeLocation(locateConstructSource(pyAssembly, constructPath, { sources: py }), CDK_APP_PY), expected);
      }
    } finally {
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });
});
