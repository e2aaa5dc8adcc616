#!/usr/bin/env bash
# Regenerates test/fixtures/cdk-app/cdk.out by running the fixture CDK app for real.
#
# - aws-cdk-lib and constructs (~190 MB) are installed, pinned, into a scratch folder OUTSIDE the repo
#   (default: ${TMPDIR:-/tmp}/shieldwall-cdk-synth, override with SHIELDWALL_CDK_SCRATCH). They are
#   never added to the root package.json and never committed.
# - The app's TypeScript (test/fixtures/cdk-app/src/*.ts) is compiled with the repo's esbuild (a
#   devDependency) into the scratch folder, with source maps, and run with `node --enable-source-maps`
#   so the stack traces CDK records (aws:cdk:creationStack metadata, validation-report.json) point at
#   the .ts source lines rather than the compiled .js.
# - No CDK CLI: the npm `aws-cdk` CLI 3.x cannot read schema-55 assemblies (see docs/cdk.md). The App
#   synthesizes on exit when CDK_OUTDIR is set. We pass the same context the CLI would
#   (path metadata, asset metadata, version reporting) through CDK_CONTEXT_JSON, merged with the
#   "context" block of the fixture's cdk.json, so the templates carry aws:cdk:path and CDKMetadata like
#   a `cdk synth` output does.
# - Kept small: the asset.* directories (handler code of aws-cdk-lib's own custom-resource providers,
#   a few KB each) are dropped; the reader never needs them. Everything else is committed as produced.
#   Stack traces inside the output contain the absolute path of the checkout that ran this script; the
#   reader re-roots them onto the app directory (server/src/cdk/source-locator.ts).
#
# Needs network access to the npm registry on the first run only. Takes ~15 s once installed.
set -euo pipefail

CDK_LIB_VERSION=2.276.0
CONSTRUCTS_VERSION=10.8.1

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app="$repo/test/fixtures/cdk-app"
scratch="${SHIELDWALL_CDK_SCRATCH:-${TMPDIR:-/tmp}/shieldwall-cdk-synth}"
esbuild="$repo/node_modules/.bin/esbuild"

case "$scratch" in
  "$repo"|"$repo"/*) echo "SHIELDWALL_CDK_SCRATCH must be outside the repo: $scratch" >&2; exit 1 ;;
esac
[ -x "$esbuild" ] || { echo "esbuild not found at $esbuild (run npm install in the repo first)" >&2; exit 1; }

mkdir -p "$scratch"
installed() {
  node -e 'const [d, lib, con] = process.argv.slice(1);
    const v = (p) => { try { return require(`${d}/node_modules/${p}/package.json`).version; } catch { return ""; } };
    process.exit(v("aws-cdk-lib") === lib && v("constructs") === con ? 0 : 1);' \
    "$scratch" "$CDK_LIB_VERSION" "$CONSTRUCTS_VERSION"
}
if ! installed; then
  echo "installing aws-cdk-lib@$CDK_LIB_VERSION constructs@$CONSTRUCTS_VERSION into $scratch"
  [ -f "$scratch/package.json" ] || echo '{ "private": true }' > "$scratch/package.json"
  (cd "$scratch" && npm install --no-audit --no-fund --save-exact \
    "aws-cdk-lib@$CDK_LIB_VERSION" "constructs@$CONSTRUCTS_VERSION")
fi

# Compile the app next to the scratch node_modules so `require('aws-cdk-lib')` resolves there.
rm -rf "$scratch/build" "$scratch/cdk.out"
"$esbuild" "$app"/src/*.ts --outdir="$scratch/build" --format=cjs --platform=node --target=node20 \
  --sourcemap --log-level=warning

context="$(node -e '
  const cdkJson = require(process.argv[1]);
  const cli = {
    "aws:cdk:enable-path-metadata": true,
    "aws:cdk:enable-asset-metadata": true,
    "aws:cdk:version-reporting": true,
    "aws:cdk:bundling-stacks": ["**"],
  };
  process.stdout.write(JSON.stringify({ ...(cdkJson.context ?? {}), ...cli }));' "$app/cdk.json")"

echo "synthesizing $app -> $scratch/cdk.out"
(cd "$app" && CDK_CONTEXT_JSON="$context" CDK_OUTDIR="$scratch/cdk.out" \
  node --enable-source-maps "$scratch/build/app.js")

rm -rf "$scratch"/cdk.out/asset.*
rm -rf "$app/cdk.out"
cp -R "$scratch/cdk.out" "$app/cdk.out"
echo "wrote $app/cdk.out ($(du -sh "$app/cdk.out" | cut -f1)):"
(cd "$app/cdk.out" && find . -type f | sort)
