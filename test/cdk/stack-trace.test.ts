import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseStackFrame, userFrames } from '../../server/src/cdk';
import type { StackFrame } from '../../server/src/cdk';

describe('parseStackFrame', () => {
  const cases: Array<[text: string, expected: StackFrame | undefined]> = [
    ['new DemoStack (/app/src/demo-stack.ts:18:21)', { functionName: 'new DemoStack', file: '/app/src/demo-stack.ts', line: 18, column: 21 }],
    ['    at new DemoStack (/app/src/demo-stack.ts:29:17)', { functionName: 'new DemoStack', file: '/app/src/demo-stack.ts', line: 29, column: 17 }],
    ['<anonymous> (/app/src/app.ts:11:1)', { functionName: '<anonymous>', file: '/app/src/app.ts', line: 11, column: 1 }],
    ['/app/bin/app.js:7:3', { functionName: undefined, file: '/app/bin/app.js', line: 7, column: 3 }],
    ['Object.<anonymous> (C:\\work\\app\\bin\\app.ts:4:1)', { functionName: 'Object.<anonymous>', file: 'C:\\work\\app\\bin\\app.ts', line: 4, column: 1 }],
    ['new X (file:///app/src/x.ts:2:5)', { functionName: 'new X', file: '/app/src/x.ts', line: 2, column: 5 }],
    ['__init__ (/app/stacks/demo_stack.py:26)', { functionName: '__init__', file: '/app/stacks/demo_stack.py', line: 26, column: undefined }],
    ['...new Bucket2 in aws-cdk-lib...', undefined],
    ['...node internals...', undefined],
    ['(no user code in 10 frames, use --stack-trace-limit to capture more)', undefined],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => assert.deepEqual(parseStackFrame(text), expected));
  }
});

describe('userFrames', () => {
  it('drops folded, runtime and dependency frames and splits report traces on newlines', () => {
    const frames = userFrames([
      '...new SecurityGroup2 in aws-cdk-lib...\nnew DemoStack (/app/src/demo-stack.ts:35:23)',
      'helper (/app/node_modules/some-lib/index.js:3:9)',
      'next (node:internal/modules/cjs/loader:1:1)',
      '<anonymous> (/app/src/app.ts:11:1)',
    ]);
    assert.deepEqual(frames.map((f) => `${f.file}:${f.line}`), ['/app/src/demo-stack.ts:35', '/app/src/app.ts:11']);
  });
});
