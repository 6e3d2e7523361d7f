import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, sep } from 'node:path';
import { constants, Script } from 'node:vm';

/** Where a chunk's compiled code is kept: beside it, made by `npm run build` (scripts/lib/code-cache-training.mjs). */
export const codeCacheFile = (chunk: string): string => `${chunk}.cache`;

interface CompilingModule {
  exports: unknown;
  _compile(content: string, filename: string): unknown;
}

/**
 * Compiles the CommonJS files under `folder` (the bundle's chunks) with V8's code cache that the
 * build keeps beside each: compiling the weekly report's 39 chunks from source costs about 20 ms
 * of CPU of every run, and node 20 keeps no such cache of its own. A cache made by another node,
 * or for other V8 flags, is rejected by V8 and the chunk compiles from source as before. With
 * `record`, each chunk's cache is written when the process exits (what the build's training
 * runs do); otherwise nothing is written.
 */
export function compileWithCodeCache(folder: string, record = false): void {
  const root = folder.endsWith(sep) ? folder : `${folder}${sep}`;
  const prototype = (Module as unknown as { prototype: CompilingModule }).prototype;
  const compile = prototype._compile;
  const compiled: Array<{ filename: string; script: Script }> = [];
  prototype._compile = function (this: CompilingModule, content: string, filename: string) {
    // Stacks in src/ positions need node's own compile, which reads the source maps.
    if (!filename.startsWith(root) || process.sourceMapsEnabled) return compile.call(this, content, filename);
    const script = new Script(Module.wrap(content), {
      filename,
      cachedData: cachedCode(filename),
      // A chunk's import() of a package that is an ES module, as node's own compile would resolve it.
      importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (record) compiled.push({ filename, script });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };
  if (record) process.on('exit', () => {
    for (const { filename, script } of compiled) writeFileSync(codeCacheFile(filename), script.createCachedData());
  });
}

function cachedCode(chunk: string): Buffer | undefined {
  try {
    return readFileSync(codeCacheFile(chunk));
  } catch {
    return undefined;
  }
}
