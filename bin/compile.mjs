/**
 * Compiles src/ into CommonJS bundles (esbuild): dist/main.js, dist/worker.js (the worker threads') and
 * a few large libraries in dist/lib/, which bin/run-bundle.cjs runs with V8's code cache: the command
 * then starts as plain JavaScript, compiled by V8 once, not at each start. What a run may not need (the
 * PDF writer, the batch validators…) is imported dynamically, which esbuild turns into code run only
 * when first used. Run by the launcher when dist/ is missing or older than src/, and by `npm run compile`.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** The command's entry; `main.js` in the out folder. */
export const ENTRY = 'src/cli/build-docs.ts';

/** The entry of the worker threads that make documents (src/build/workers.ts); `worker.js` in the out folder. */
export const WORKER_ENTRY = 'src/build/worker.ts';

/**
 * Where the compiled command goes unless VAN_BAN_DIST names another folder (the tests compile into a
 * scratch one). It must be inside the project: the packages left out of the bundle are found from it.
 */
export const outDirOf = (env = process.env) => env.VAN_BAN_DIST || join(ROOT, 'dist');

/**
 * Strict mode for all the code that was ES modules (the program, pdf-lib, fontkit): esbuild writes its
 * "use strict" after the banner, where it is no directive. And import.meta.url (the sources find their
 * files and packages with it), which a CommonJS bundle lacks.
 */
const BANNER = '"use strict";var __vbModuleUrl = require("node:url").pathToFileURL(__filename).href;';

/** The loader of the bundles, copied beside them (the worker threads are started with it). */
export const RUNNER = 'run-bundle.cjs';

/**
 * CommonJS packages a run seldom needs, left out of the bundle and required from node_modules when
 * first used: iconv-lite (legacy encodings), linebreak (only text with a hyphen, slash…), js-yaml
 * (gray-matter's own YAML parser, which our reader replaces; gray-matter binds its functions at load,
 * so they are stood for one by one), brotli's decompressor (fontkit's, for WOFF2 fonts only: its
 * dictionary takes 30 ms to load). What stands for a package is a proxy that loads it on its first
 * property access, call or `new` — but not on the `__esModule` test of esbuild's interop, which these
 * CommonJS packages would answer with undefined anyway. docxtemplater, pizzip and xmldom are needed only when
 * the DOCX template is prepared (once, then kept in the cache: src/build/template-cache.ts), a Word form
 * is filled or a spreadsheet read; a package imported by name (`import { DOMParser }`) is stood for by
 * an object with a getter per name, since esbuild's interop copies the names it finds on the module.
 */
export const LAZY_PACKAGES = {
  'iconv-lite': 'object',
  linebreak: 'object',
  'js-yaml': 'functions',
  'brotli/decompress.js': 'object',
  docxtemplater: 'object',
  pizzip: 'object',
  '@xmldom/xmldom': ['DOMParser', 'XMLSerializer'],
};

const PROXY = {
  object: "(_, key) => (key === '__esModule' ? undefined : load()[key])",
  functions: '(_, key) => (wrappers[key] ??= function (...args) { return load()[key].apply(this, args); })',
};

/** The module that stands for a package until it is first used. */
function standIn(name) {
  const kind = LAZY_PACKAGES[name];
  const load = [`let loaded;`, `const load = () => (loaded ??= require(${JSON.stringify(name)}));`];
  if (Array.isArray(kind)) return [...load, `module.exports = { ${kind.map((key) => `get ${key}() { return load().${key}; }`).join(', ')} };`].join('\n');
  return [
    ...load,
    'const wrappers = {};',
    'module.exports = new Proxy(function () {}, {',
    `  get: ${PROXY[kind]},`,
    '  has: (_, key) => key in load(),',
    '  apply: (_, self, args) => Reflect.apply(load(), self, args),',
    '  construct: (_, args) => Reflect.construct(load(), args),',
    '});',
  ].join('\n');
}

const lazyPackages = {
  name: 'lazy-packages',
  setup(build) {
    const filter = new RegExp(`^(${Object.keys(LAZY_PACKAGES).map((name) => name.replace(/[./]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, (args) => (args.namespace === 'lazy' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ loader: 'js', contents: standIn(args.path) }));
  },
};

/**
 * ES-module packages pdf-lib imports by name for what this program never draws (SVG, forms, PDF/A, CSS
 * colours), ~40 ms of loading in every process that writes a PDF: each name stands for a function that
 * requires the package's CommonJS build on its first call. pdf-lib calls culori's `converter('rgb')` at
 * load, so that one gives a converter made on its first use.
 */
export const LAZY_NAMED_EXPORTS = {
  culori: 'export const converter = (mode) => { let convert; return (...args) => (convert ??= load().converter(mode))(...args); };',
  'html-entities': 'export const encode = (...args) => load().encode(...args);',
  'node-html-better-parser': [
    'export const parse = (...args) => load().parse(...args);',
    'export const NodeType = new Proxy({}, { get: (_, key) => load().NodeType[key] });',
  ].join('\n'),
};

const lazyNamedExports = {
  name: 'lazy-named-exports',
  setup(build) {
    const filter = new RegExp(`^(${Object.keys(LAZY_NAMED_EXPORTS).join('|')})$`);
    build.onResolve({ filter }, (args) => (args.namespace === 'lazy-named' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy-named' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-named' }, (args) => ({
      loader: 'js',
      contents: [`let loaded;`, `const load = () => (loaded ??= require(${JSON.stringify(args.path)}));`, LAZY_NAMED_EXPORTS[args.path]].join('\n'),
    }));
  },
};

/**
 * Work libraries do when loaded that this program never needs, put off until first used: pdf-lib decodes
 * its standard fonts' encodings (for the 14 standard fonts, which it never embeds) and fflate requires
 * worker_threads (for its asynchronous calls; pdf-lib makes only synchronous ones): ~6 ms of each run that
 * writes a PDF. Each text replaced must be found exactly once, or the compile fails: a new version of the
 * library is then looked at again, not run half patched.
 */
export const LOAD_PATCHES = {
  '@cantoo/pdf-lib/es/packages/standard-fonts/Encoding.js': [
    [
      'const decompressedEncodings = decompressJson(AllEncodingsCompressed);\nconst allUnicodeMappings = JSON.parse(decompressedEncodings);',
      'let allMappings;\nconst mappingsOf = () => (allMappings ??= JSON.parse(decompressJson(AllEncodingsCompressed)));',
    ],
    [
      "export const Encodings = {\n    Symbol: new Encoding('Symbol', allUnicodeMappings.symbol),\n    ZapfDingbats: new Encoding('ZapfDingbats', allUnicodeMappings.zapfdingbats),\n    WinAnsi: new Encoding('WinAnsi', allUnicodeMappings.win1252),\n};",
      [
        'const madeEncodings = {};',
        'export const Encodings = {',
        "    get Symbol() { return (madeEncodings.Symbol ??= new Encoding('Symbol', mappingsOf().symbol)); },",
        "    get ZapfDingbats() { return (madeEncodings.ZapfDingbats ??= new Encoding('ZapfDingbats', mappingsOf().zapfdingbats)); },",
        "    get WinAnsi() { return (madeEncodings.WinAnsi ??= new Encoding('WinAnsi', mappingsOf().win1252)); },",
        '};',
      ].join('\n'),
    ],
  ],
  'fflate/esm/index.mjs': [
    [
      "(_a = require('worker_threads'), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable);",
      [
        "Worker = function (code, options) { return new (require('worker_threads').Worker)(code, options); };",
        "Worker.prototype.terminate = function () { return require('worker_threads').Worker.prototype.terminate.call(this); };",
        "isMarkedAsUntransferable = function (t) { var f = require('worker_threads').isMarkedAsUntransferable; return f ? f(t) : false; };",
      ].join(' '),
    ],
  ],
};

/** The library file a path is, when LOAD_PATCHES has it. */
const patchedFile = (path) => Object.keys(LOAD_PATCHES).find((file) => path.split('\\').join('/').endsWith(`/node_modules/${file}`));

const loadPatches = {
  name: 'load-patches',
  setup(build) {
    const names = Object.keys(LOAD_PATCHES).map((file) => file.replace(/[.]/g, '\\.').replace(/\//g, '[\\\\/]'));
    build.onLoad({ filter: new RegExp(`[\\\\/]node_modules[\\\\/](${names.join('|')})$`) }, (args) => {
      const file = patchedFile(args.path);
      let code = readFileSync(args.path, 'utf8');
      for (const [find, replace] of LOAD_PATCHES[file]) {
        if (code.split(find).length !== 2) throw new Error(`${file}: đoạn mã cần sửa không còn như trước (thư viện đã đổi phiên bản?): xem lại LOAD_PATCHES trong bin/compile.mjs`);
        code = code.replace(find, () => replace);
      }
      return { contents: code, loader: 'js' };
    });
  },
};

/**
 * Libraries bundled apart (a CommonJS bundle of their own, in dist/lib/), which the program requires when
 * first used, run with the code cache too (bin/run-bundle.cjs): pdf-lib and fontkit are a third of the
 * program's code, which a run that writes no PDF then does not read at each start; exceljs, loaded from
 * node_modules file by file, took 0.26 s in the thread that writes a spreadsheet (bundled with the program,
 * its dependencies' top-level names shadowed the program's global URL; a bundle of its own has its own
 * scope). Only libraries: a module of src/ bundled twice would exist twice, with two states and two classes.
 */
export const LIBRARIES = {
  '@cantoo/pdf-lib': { file: 'lib/pdf-lib.js', strict: true },
  '@cantoo/fontkit': { file: 'lib/fontkit.js', hasDefault: true, strict: true },
  // CommonJS, loaded as such (not strict) before. Its classes keep their names: it tells merged cells by
  // `constructor.name` (worksheet.spliceRows).
  exceljs: { file: 'lib/exceljs.js', hasDefault: true, strict: false, keepNames: true },
};

/** A library's bundle gives what the package exports (`export *` leaves out a default export). */
const libraryEntry = (name) => `export * from ${JSON.stringify(name)};${LIBRARIES[name].hasDefault ? ` export { default } from ${JSON.stringify(name)};` : ''}`;

/** The libraries bundled apart, required from their bundles; `self`: the library this build bundles. */
const separateLibraries = (self) => ({
  name: 'separate-libraries',
  setup(build) {
    const others = Object.keys(LIBRARIES).filter((name) => name !== self);
    const filter = new RegExp(`^(${others.map((name) => name.replace(/[./]/g, '\\$&')).join('|')})$`);
    // Between libraries too, so that each is bundled once. The loader finds `./lib/…` in dist/.
    build.onResolve({ filter }, (args) => ({ path: `./${LIBRARIES[args.path].file}`, external: true }));
  },
});

/** The hash of the compiled code, read by the build manifest (src/build/version.ts) instead of hashing the bundle at each start. */
export const VERSION_FILE = 'ma-chuong-trinh.txt';

/**
 * `outputs`: esbuild's, relative to the project; hashed with their names relative to `folder`, and with
 * the lock file: packages left out of the bundles (docxtemplater, ajv…) are part of the program too.
 */
export function codeHash(folder, outputs, lock = join(ROOT, 'package-lock.json')) {
  const hash = createHash('sha256');
  if (existsSync(lock)) hash.update(readFileSync(lock)).update('\0');
  for (const file of outputs.map((o) => relative(folder, resolve(ROOT, o))).sort()) {
    hash.update(file).update('\0').update(readFileSync(join(folder, file))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * esbuild leaves non-ASCII characters in regular expressions and comments; one such character makes
 * Node decode the whole file the slow way and V8 hold and scan it as two-byte text (~20 ms at start-up
 * for the main chunk). Escaped, `\uXXXX` means the same in a string, a regular expression (a surrogate
 * pair stays one character under the u flag), an identifier and a comment; the code has no raw template strings.
 */
function asciiOnly(file) {
  if (!file.endsWith('.js')) return;
  const code = readFileSync(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(code)) return;
  // Where the escapes lengthened each line (its column after one, how much): the stack traces mapped to
  // the sources (bin/run-bundle.cjs) take them off, the source map being of the code before.
  const escapes = {};
  const lines = code.split('\n').map((line, i) => {
    let longer = 0;
    // A character escaped already (`\–`, an identity escape) loses its backslash: `\u2013` says it alone.
    return line.replace(/(\\*)([^\x00-\x7f])/g, (match, slashes, c, offset) => {
      const written = `${slashes.length % 2 ? slashes.slice(1) : slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      (escapes[i + 1] ??= []).push([offset + longer + written.length, written.length - match.length]);
      longer += written.length - match.length;
      return written;
    });
  });
  writeFileSync(file, lines.join('\n'));
  const map = `${file}.map`;
  if (existsSync(map)) writeFileSync(map, JSON.stringify({ ...JSON.parse(readFileSync(map, 'utf8')), [ESCAPES_FIELD]: escapes }));
}

/** The field of a bundle's source map that has asciiOnly's escapes. */
export const ESCAPES_FIELD = 'x_vanBanEscapes';

/** Ends a bundle with its hash: the name of its code cache (bin/run-bundle.cjs) says which code it is of. */
function signed(file) {
  if (!file.endsWith('.js')) return;
  const code = readFileSync(file);
  writeFileSync(file, Buffer.concat([code, Buffer.from(`\n// van-ban-ma=${createHash('sha256').update(code).digest('hex').slice(0, 16)}\n`)]));
}

/** Compiles into a scratch folder beside `outDir`, then puts it in place, so that a run never sees half a bundle. */
export async function compile(outDir = outDirOf()) {
  const { build } = await import('esbuild');
  const scratch = `${outDir}.tmp-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20.19',
    banner: { js: BANNER },
    define: { 'import.meta.url': '__vbModuleUrl' },
    // Less to read, hold and page in at each start (half the bytes): ~25 ms of a 0.45 s rebuild. The
    // names lost are found again in the source maps beside the bundles (not read by a run; with DEBUG=1,
    // bin/run-bundle.cjs maps the stack traces it prints back to the sources).
    minify: true,
    sourcemap: 'external',
    sourcesContent: false,
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
  };
  const builds = [
    build({ ...common, entryPoints: { main: ENTRY, worker: WORKER_ENTRY }, outdir: scratch, plugins: [lazyPackages, lazyNamedExports, loadPatches, separateLibraries()] }),
    ...Object.entries(LIBRARIES).map(([name, { file, strict, keepNames = false }]) =>
      build({
        ...common,
        keepNames,
        banner: { js: strict ? BANNER : BANNER.replace('"use strict";', '') },
        stdin: { contents: libraryEntry(name), resolveDir: ROOT, sourcefile: `${name}.js` },
        outfile: join(scratch, file),
        plugins: [lazyPackages, lazyNamedExports, loadPatches, separateLibraries(name)],
      }),
    ),
  ];
  const outputs = (await Promise.all(builds)).flatMap((result) => Object.keys(result.metafile.outputs));
  for (const output of outputs) asciiOnly(resolve(ROOT, output));
  for (const output of outputs) signed(resolve(ROOT, output));
  writeFileSync(join(scratch, VERSION_FILE), `${codeHash(scratch, outputs)}\n`);
  copyFileSync(join(ROOT, 'bin', RUNNER), join(scratch, RUNNER));
  writeFileSync(join(scratch, 'package.json'), '{ "type": "commonjs" }\n');
  rmSync(outDir, { recursive: true, force: true });
  try {
    renameSync(scratch, outDir);
  } catch {
    // Another run compiled at the same time and put its folder in place first: use that one.
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await compile();
  console.log(`Đã biên dịch chương trình vào ${outDirOf()}.`);
}
