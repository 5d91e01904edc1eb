'use strict';
/**
 * Lets a spawned node process run the TypeScript sources directly (`node -r test/bulk/swc-register.js
 * app/bulk-worker.ts`), compiled file by file with @swc/core as jest does, so the worker-process tests
 * need no `npm run build` first (CI runs on a clean clone).
 */
const fs = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    filename,
    sourceMaps: 'inline',
    jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
