// The vm module: scripts run in this context or in new contexts.
//
// A context is a Duktape global environment of its own in the same heap
// (bindings/vm_context.c): fresh ES built-ins and global object. Node makes
// the object given to createContext() the context's global itself; Duktape
// cannot, so duv keeps the two in step around each run: the object's own
// properties are copied onto the context's global before the script runs,
// and the globals the script made or changed are copied back after it (as
// long as a run takes: a function of the script called later writes its
// globals to the context's global only).
'use strict';

var binding = internalBinding('vm_context');
var contextify = internalBinding('contextify');
var errors = require('internal/util/errors');

// contextObject -> { global, builtins: names the global started with }
var contexts = new WeakMap();

// The ES built-ins duv adds to Duktape's in the main context, shared with
// new contexts (so their instanceof is this context's), and the console
// every V8 context has.
var SHARED_GLOBALS = ['Map', 'Set', 'WeakMap', 'WeakSet', 'Promise', 'AggregateError', 'console'];

function validateObject(value, name) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw errors.invalidArgType(name, 'of type object', value);
  }
}

function filenameOf(options, fallback) {
  if (typeof options === 'string') return options;
  if (options === undefined || options === null) return fallback;
  validateObject(options, 'options');
  var unsupported = ['timeout', 'breakOnSigint', 'microtaskMode', 'importModuleDynamically'];
  for (var i = 0; i < unsupported.length; i++) {
    if (options[unsupported[i]] !== undefined) {
      throw errors.nodeError(TypeError, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
        'The option "' + unsupported[i] + '" of the vm module is not available in duv');
    }
  }
  if (options.filename === undefined) return fallback;
  if (typeof options.filename !== 'string') {
    throw errors.invalidArgType('options.filename', 'of type string', options.filename);
  }
  return options.filename;
}

function createContext(contextObject) {
  if (contextObject === undefined) contextObject = {};
  validateObject(contextObject, 'contextObject');
  if (contexts.has(contextObject)) return contextObject;
  var global = binding.newContext();
  // Duktape's own extra global; a V8 context has none.
  delete global.performance;
  for (var i = 0; i < SHARED_GLOBALS.length; i++) {
    var name = SHARED_GLOBALS[i];
    if (!Object.prototype.hasOwnProperty.call(global, name)) {
      Object.defineProperty(global, name, {
        value: globalThis[name], writable: true, configurable: true, enumerable: false
      });
    }
  }
  var builtins = Object.create(null);
  var names = Object.getOwnPropertyNames(global);
  for (var j = 0; j < names.length; j++) builtins[names[j]] = true;
  contexts.set(contextObject, { global: global, builtins: builtins });
  return contextObject;
}

function isContext(object) {
  validateObject(object, 'object');
  return contexts.has(object);
}

function contextOf(contextObject) {
  var context = (contextObject !== null && typeof contextObject === 'object') ? contexts.get(contextObject) : undefined;
  if (context === undefined) {
    throw errors.invalidArgType('contextifiedObject', 'an vm.Context', contextObject);
  }
  return context;
}

function run(context, contextObject, source, filename) {
  var global = context.global;
  var given = Object.keys(contextObject);
  for (var i = 0; i < given.length; i++) global[given[i]] = contextObject[given[i]];
  try {
    return binding.runInContext(global, source, filename);
  } finally {
    var after = Object.getOwnPropertyNames(global);
    var present = Object.create(null);
    for (var j = 0; j < after.length; j++) {
      var name = after[j];
      if (context.builtins[name] && !Object.prototype.hasOwnProperty.call(contextObject, name)) continue;
      present[name] = true;
      if (contextObject[name] !== global[name]) contextObject[name] = global[name];
    }
    for (var k = 0; k < given.length; k++) {
      if (!present[given[k]]) delete contextObject[given[k]];
    }
  }
}

function runInContext(code, contextifiedObject, options) {
  var context = contextOf(contextifiedObject);
  return run(context, contextifiedObject, String(code), filenameOf(options, 'evalmachine.<anonymous>'));
}

function runInNewContext(code, contextObject, options) {
  contextObject = createContext(contextObject);
  return run(contexts.get(contextObject), contextObject, String(code),
    filenameOf(options, 'evalmachine.<anonymous>'));
}

function runInThisContext(code, options) {
  return contextify.compileScript(String(code), filenameOf(options, 'evalmachine.<anonymous>'))();
}

// new Script(code[, options]): compiled at once (a syntax error throws here),
// run as often as wanted. In another context the source is compiled again
// there: a compiled function belongs to the context it was compiled in.
function Script(code, options) {
  if (!(this instanceof Script)) {
    throw errors.nodeError(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED',
      "Class constructor Script cannot be invoked without 'new'");
  }
  this._source = String(code);
  this._filename = filenameOf(options, 'evalmachine.<anonymous>');
  this._compiled = contextify.compileScript(this._source, this._filename);
}

Script.prototype.runInThisContext = function runInThisContext(options) {
  filenameOf(options, this._filename);
  return this._compiled();
};

Script.prototype.runInContext = function runInContext(contextifiedObject, options) {
  var context = contextOf(contextifiedObject);
  filenameOf(options, this._filename);
  return run(context, contextifiedObject, this._source, this._filename);
};

Script.prototype.runInNewContext = function runInNewContext(contextObject, options) {
  contextObject = createContext(contextObject);
  return this.runInContext(contextObject, options);
};

function createScript(code, options) {
  return new Script(code, options);
}

exports.Script = Script;
exports.createContext = createContext;
exports.createScript = createScript;
exports.runInContext = runInContext;
exports.runInNewContext = runInNewContext;
exports.runInThisContext = runInThisContext;
exports.isContext = isContext;
