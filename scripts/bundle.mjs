// The second half of `npm run build`: bundles src/ into dist/bundle/, which bin/svc runs.
// node 20's module loader costs about half a millisecond per file, and the command line's start
// went through about 60 files before any command ran (about 200 for the weekly report). The
// bundle gathers the start-up path (cli, commander, every command's declaration and the constant
// lists they name) into one chunk; every other module goes where the bundler's own splitting
// puts it, by the set of `import()`s that reach it, so a command still loads only what it uses.
// The npm packages stay outside, loaded as before when a module that uses them is, but for those
// BUNDLED_PACKAGES names. dist/'s module-per-file layout (tsc's) stays beside it for the tests and scripts
// that import built modules.
// The bundle is CommonJS, run by `require` from bin/svc (itself CommonJS): node 20 then never
// starts its ES module loader, which a start pays for in compiling node's own modules. Its chunks
// are compiled with V8's code cache, which the build makes last by running the commands whose
// start matters most (scripts/lib/code-cache-training.mjs, src/start/code-cache.ts).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { trainCodeCache } from './lib/code-cache-training.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const packageJson = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const OUT = resolve(root, 'dist', 'bundle');
const CLI = resolve(root, 'src', 'cli.ts');
const REGISTER = resolve(root, 'src', 'commands', 'register.ts');
/**
 * Commander, better-sqlite3's JavaScript and string-width are in most starts. The packages that
 * are ES modules only (the charts and their DOM, the prompts, the completion library) cannot be
 * required by the bundle's CommonJS chunks: they are bundled into the chunks that use them.
 */
const BUNDLED_PACKAGES = ['commander', 'better-sqlite3', 'string-width', '@observablehq/plot', 'linkedom', '@inquirer/prompts', '@inquirer/core', '@bomb.sh/tab'];
const externalPackages = Object.keys(packageJson.dependencies).filter((name) => !BUNDLED_PACKAGES.includes(name));
const isExternal = (id) => externalPackages.some((name) => id === name || id.startsWith(`${name}/`));

/** The modules of the start-up chunk: what src/cli.ts imports, and every declaration register.ts lists, with what they import. */
function startUpModules(context) {
  const declarations = context.getModuleInfo(REGISTER)?.dynamicallyImportedIds ?? [];
  const seen = new Set();
  const pending = [CLI, ...declarations];
  while (pending.length > 0) {
    const id = pending.pop();
    if (seen.has(id) || isExternal(id)) continue;
    seen.add(id);
    pending.push(...(context.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * Commander requires node:child_process as it loads, for subcommands that are separate
 * executables (svc has none): about 4 ms of CPU on every start. It gets it on first use instead.
 */
const childProcessOnUse = {
  name: 'commander-child-process-on-use',
  resolveId(source, importer) {
    return source === 'node:child_process' && importer?.includes(`${sep}node_modules${sep}commander${sep}`) ? '\0commander-child-process' : null;
  },
  load(id) {
    if (id !== '\0commander-child-process') return null;
    return "let childProcess;\nexports.spawn = (...args) => (childProcess ??= require('node:child_process')).spawn(...args);\n";
  },
};

/**
 * The message catalogues (64 KB of JSON) as one JSON.parse each instead of object literals: V8
 * parses JSON text several times faster than it builds a literal that large, every start.
 */
const jsonParsed = {
  name: 'json-parsed',
  load(id) {
    if (!id.endsWith('.json') || id.includes(`${sep}node_modules${sep}`)) return null;
    const text = JSON.stringify(JSON.parse(readFileSync(id, 'utf8')));
    return { code: `export default JSON.parse(${JSON.stringify(text)});\n`, moduleType: 'js' };
  },
};

let startUp;
// Chunks are named by their content's hash: a rebuild leaves none of the last build's behind.
rmSync(OUT, { recursive: true, force: true });
const bundle = await rolldown({
  cwd: root,
  // The reading thread's file is found beside the module that starts it (src/io/read-source.ts).
  input: { cli: CLI, 'read-worker': resolve(root, 'src', 'io', 'read-worker.ts'), 'code-cache': resolve(root, 'src', 'start', 'code-cache.ts') },
  platform: 'node',
  plugins: [childProcessOnUse, jsonParsed],
  tsconfig: resolve(root, 'tsconfig.build.json'),
  // The chunks are CommonJS: a module's own URL is its file's.
  transform: { define: { 'import.meta.url': 'require("node:url").pathToFileURL(__filename).href' } },
  external: isExternal,
  onLog(level, log, handle) {
    // The declarations are imported with import() by register.ts and gathered into the start-up chunk on purpose.
    if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return;
    handle(level, log);
  },
});
const { output } = await bundle.write({
  dir: OUT,
  format: 'cjs',
  sourcemap: true,
  entryFileNames: '[name].js',
  chunkFileNames: '[name]-[hash].js',
  codeSplitting: {
    groups: [{ debugName: 'start-up', name: (id, context) => ((startUp ??= startUpModules(context)).has(id) ? 'start-up' : null) }],
  },
});
await bundle.close();

// Which modules each chunk holds, for test/e2e/start-up-modules.test.ts (what a command line loaded) and for reading a profile.
const modules = Object.fromEntries(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk.moduleIds.filter((id) => !id.startsWith('\0')).map((id) => relative(root, id).replaceAll('\\', '/'))]));
writeFileSync(resolve(OUT, 'modules.json'), `${JSON.stringify(modules, null, 1)}\n`);
// The package is "type": "module"; the bundle's .js files are CommonJS.
writeFileSync(resolve(OUT, 'package.json'), '{ "type": "commonjs" }\n');
trainCodeCache(root);
