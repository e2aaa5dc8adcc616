import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJsonValue } from '../../server/src/documents/parse-json';
import { getIn, toPlain } from '../../server/src/model/nodes';

describe('JSON parsing', () => {
  it('positions keys and values exactly', () => {
    const text = '{\n  "Resources": {\n    "B": {"Type": "AWS::S3::Bucket"}\n  }\n}';
    const { root, problems } = parseJsonValue(text, { base: 0 });
    assert.deepEqual(problems, []);
    const type = getIn(root, ['Resources', 'B', 'Type'])!;
    assert.equal(text.slice(type.offset, type.end), '"AWS::S3::Bucket"');
    assert.deepEqual(type.path, ['Resources', 'B', 'Type']);
  });

  it('tolerates comments and trailing commas but reports each once', () => {
    const text = '{\n  // note\n  "a": [1, 2,],\n  "b": {"c": true,},\n}';
    const { root, problems } = parseJsonValue(text, { base: 0 });
    assert.deepEqual(toPlain(root!), { a: [1, 2], b: { c: true } });
    assert.deepEqual(
      problems.map((p) => [p.code, text.slice(p.offset, p.offset + p.length)]),
      [
        ['json-comment', '// note'],
        ['json-trailing-comma', ','],
        ['json-trailing-comma', ','],
        ['json-trailing-comma', ','],
      ],
    );
    assert.deepEqual(
      problems.filter((p) => p.code === 'json-trailing-comma').map((p) => p.offset),
      [text.indexOf('2,') + 1, text.indexOf('true,') + 4, text.lastIndexOf(',')],
    );
  });

  it('reports syntax errors at their position and keeps the rest', () => {
    const text = '{"a": 1 "b": 2}';
    const { root, problems } = parseJsonValue(text, { base: 0 });
    assert.equal(problems[0]?.code, 'json-syntax');
    assert.equal(problems[0]?.offset, 8);
    assert.deepEqual(toPlain(root!), { a: 1, b: 2 });
  });

  it('reports duplicate keys at the second key', () => {
    const text = '{"a": 1, "a": 2}';
    const { problems } = parseJsonValue(text, { base: 0 });
    assert.deepEqual(
      problems.map((p) => [p.code, p.offset, p.length]),
      [['duplicate-key', 9, 3]],
    );
  });
});
