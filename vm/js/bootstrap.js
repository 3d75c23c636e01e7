// Runs once when a runtime is created (vm/bootstrap.c). Builds the built-in
// module loader, process, the globals, and returns the hooks C calls into.
'use strict';

var contextify = internalBinding('contextify');
var global = Function('return this')();

var builtinCache = {};
function requireBuiltin(id) {
  var m = builtinCache[id];
  if (m !== undefined) return m.exports;
  m = { id: id, exports: {}, loaded: false };
  builtinCache[id] = m;
  var fn = contextify.compileBuiltin(id);
  fn.call(m.exports, m.exports, requireBuiltin, m, internalBinding, process);
  m.loaded = true;
  return m.exports;
}
requireBuiltin.cache = builtinCache;

function defineGlobal(name, value) {
  Object.defineProperty(global, name, {
    value: value, writable: true, configurable: true, enumerable: false
  });
}
function defineLazyGlobal(name, load) {
  Object.defineProperty(global, name, {
    get: function () {
      var value = load();
      defineGlobal(name, value);
      return value;
    },
    set: function (value) { defineGlobal(name, value); },
    configurable: true,
    enumerable: false
  });
}

defineGlobal('global', global);
if (typeof global.globalThis === 'undefined') defineGlobal('globalThis', global);
defineGlobal('process', process);

requireBuiltin('internal/process/setup').setup(process, requireBuiltin);
var taskQueues = requireBuiltin('internal/process/task_queues');
requireBuiltin('internal/process/promises').setup();
var timers = requireBuiltin('timers');
// The uncaught-error report is loaded when the first error needs it.
var errorsReport = null;
var pendingScriptSources = [];
function report() {
  if (errorsReport === null) {
    errorsReport = requireBuiltin('internal/process/report');
    for (var i = 0; i < pendingScriptSources.length; i++) {
      errorsReport.setScriptSource(pendingScriptSources[i][0], pendingScriptSources[i][1]);
    }
    pendingScriptSources = null;
  }
  return errorsReport;
}
function onUncaughtException(err, origin) {
  return report().onUncaughtException(err, origin);
}

defineGlobal('setTimeout', timers.setTimeout);
defineGlobal('clearTimeout', timers.clearTimeout);
defineGlobal('setInterval', timers.setInterval);
defineGlobal('clearInterval', timers.clearInterval);
defineGlobal('setImmediate', timers.setImmediate);
defineGlobal('clearImmediate', timers.clearImmediate);
defineLazyGlobal('console', function () { return requireBuiltin('console'); });
// Node's Buffer replaces Duktape's own; loaded on first use (start-up cost).
defineLazyGlobal('Buffer', function () { return requireBuiltin('buffer').Buffer; });
defineLazyGlobal('atob', function () { return requireBuiltin('buffer').atob; });
defineLazyGlobal('btoa', function () { return requireBuiltin('buffer').btoa; });
// Node's TextEncoder/TextDecoder replace Duktape's (which lack encodeInto,
// other encodings and Node's errors); loaded on first use.
defineLazyGlobal('TextEncoder', function () { return requireBuiltin('internal/encoding').TextEncoder; });
defineLazyGlobal('TextDecoder', function () { return requireBuiltin('internal/encoding').TextDecoder; });

function exitHook(code) {
  // code >= 0: process.exit() or an uncaught error already decided it.
  if (code >= 0) process.exitCode = code;
  code = process.exitCode === undefined ? 0 : process.exitCode | 0;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', code);
  }
  return process.exitCode === undefined ? code : process.exitCode | 0;
}

function beforeExitHook() {
  process.emit('beforeExit', process.exitCode === undefined ? 0 : process.exitCode | 0);
}

// Global code of `duv -e` and duv_runtime_eval: `module`, `exports` and
// `require` are globals as in Node's [eval], made on first use, since most
// such code never touches them and the CommonJS loader is the largest module
// start-up would load.
var evalGlobalNames = ['module', 'exports', 'require'];
function defineEvalGlobals(filename) {
  var made = false;
  function make() {
    if (made) return;
    made = true;
    var values = requireBuiltin('module')._evalGlobals(filename);
    for (var i = 0; i < evalGlobalNames.length; i++) {
      Object.defineProperty(global, evalGlobalNames[i], {
        value: values[evalGlobalNames[i]], writable: true, configurable: true, enumerable: true
      });
    }
  }
  evalGlobalNames.forEach(function (name) {
    Object.defineProperty(global, name, {
      get: function () { make(); return global[name]; },
      set: function (value) { make(); global[name] = value; },
      configurable: true,
      enumerable: true
    });
  });
  global.__filename = filename;
  global.__dirname = '.';
}

// A script compiled by duv_script_compile (or loaded from bytecode), run as
// global code as evalScript runs source.
function runScript(fn, filename) {
  defineEvalGlobals(filename);
  fn();
}

function evalScript(source, filename, print) {
  // Kept for the uncaught report, which quotes the throwing line.
  if (errorsReport !== null) errorsReport.setScriptSource(filename, source);
  else pendingScriptSources.push([filename, source]);
  defineEvalGlobals(filename);
  var result = contextify.compileScript(source, filename)();
  if (print) requireBuiltin('console').log(result);
}

function runMain(path) {
  requireBuiltin('module').runMain(path);
}

return {
  ticks: taskQueues.runTicks,
  uncaught: onUncaughtException,
  exit: exitHook,
  beforeExit: beforeExitHook,
  immediates: timers._processImmediates,
  timeout: timers._onTimeout,
  evalScript: evalScript,
  runScript: runScript,
  runMain: runMain,
  // vm/buffer_core.c: buffers made in C before the first use of Buffer load
  // the buffer module, so that they are Buffers.
  loadBuffer: function loadBuffer() { requireBuiltin('buffer'); }
};
