// Error.prepareStackTrace and CallSite objects, used the way libraries such
// as Express's depd use them: set the hook, capture, read `.stack` (the array
// the hook returns), restore the hook, then ask each CallSite where it is.
'use strict';
var assert = require('assert');
var path = require('path');

function identity(err, callSites) { return callSites; }

// Shaped like depd's getStack(): the caller's CallSites, this function cut off.
function getStack() {
  var limit = Error.stackTraceLimit;
  var holder = {};
  var saved = Error.prepareStackTrace;
  Error.prepareStackTrace = identity;
  Error.stackTraceLimit = Math.max(10, limit);
  Error.captureStackTrace(holder);
  var stack = holder.stack.slice(1);
  Error.prepareStackTrace = saved;
  Error.stackTraceLimit = limit;
  return stack;
}

// Shaped like depd's callSiteLocation().
function where(callSite) {
  var file = callSite.getFileName() || '<anonymous>';
  var line = callSite.getLineNumber();
  var column = callSite.getColumnNumber();
  if (callSite.isEval()) file = callSite.getEvalOrigin() + ', ' + file;
  var site = [file, line, column];
  site.name = callSite.getFunctionName();
  return site;
}

function libraryEntry() {
  var stack = getStack();
  return { self: where(stack[0]), caller: where(stack[1]), sites: stack };
}
function userCode() {
  return libraryEntry();                 // line 40
}
var got = userCode();
assert.strictEqual(got.self[0], __filename);
assert.strictEqual(got.self.name, 'libraryEntry');
assert.strictEqual(got.caller[0], __filename);
assert.strictEqual(got.caller[1], 40);
assert.strictEqual(got.caller.name, 'userCode');
assert.ok(got.caller[2] === null || typeof got.caller[2] === 'number');
assert.strictEqual(path.basename(got.caller[0]), 'test-errors-prepare-stack-trace.js');

// Node 20 installs a default hook that formats as usual.
var defaultPrepare = Error.prepareStackTrace;
assert.strictEqual(typeof defaultPrepare, 'function');
Error.prepareStackTrace = identity;
var raw = new Error('raw');
var rawSites = raw.stack;
Error.prepareStackTrace = defaultPrepare;
assert.ok(Array.isArray(rawSites) && rawSites.length > 0);
var formatted = defaultPrepare(raw, rawSites);
assert.strictEqual(formatted.split('\n')[0], 'Error: raw');
assert.strictEqual(formatted.split('\n')[1], '    at ' + rawSites[0]);

// The hook stays out of already formatted stacks, and is read when `.stack`
// is first read, not when the error is created.
Error.prepareStackTrace = undefined;
var plain = new Error('plain');
assert.strictEqual(typeof plain.stack, 'string');
Error.prepareStackTrace = function (err, sites) { return 'prepared ' + err.message + ' ' + sites.length; };
var early = new Error('early');
assert.ok(/^prepared early \d+$/.test(early.stack), early.stack);
var created = new Error('created');
Error.prepareStackTrace = undefined;
assert.strictEqual(created.stack.split('\n')[0], 'Error: created');
assert.ok(/^prepared early/.test(early.stack), 'a formatted stack keeps its value');
assert.strictEqual(plain.stack.split('\n')[0], 'Error: plain');

// CallSite methods.
function Maker() { this.sites = getStack(); }
var proto = {
  method: function method() { return getStack()[0]; }
};
var site = proto.method();
assert.strictEqual(typeof site.getThis, 'function');
assert.strictEqual(site.getFunctionName(), 'method');
assert.strictEqual(site.getMethodName(), 'method');
assert.strictEqual(site.getTypeName(), 'Object');
assert.strictEqual(site.isConstructor(), false);
assert.strictEqual(site.isToplevel(), false);
assert.strictEqual(site.isEval(), false);
assert.strictEqual(site.isNative(), false);
assert.strictEqual(site.isAsync(), false);
assert.strictEqual(site.isPromiseAll(), false);
assert.strictEqual(site.getPromiseIndex(), null);
assert.strictEqual(site.getEvalOrigin(), undefined);
assert.strictEqual(site.getFileName(), __filename);
assert.strictEqual(site.getScriptNameOrSourceURL(), __filename);
assert.strictEqual(typeof site.getLineNumber(), 'number');
// Strict-mode frames hide their receiver and function, as in V8.
assert.strictEqual(site.getThis(), undefined);
assert.strictEqual(site.getFunction(), undefined);
assert.ok(/^Object\.method \(.*test-errors-prepare-stack-trace\.js:\d+(:\d+)?\)$/.test(String(site)), String(site));
var ctorSite = new Maker().sites[0];
assert.strictEqual(ctorSite.isConstructor(), true);
assert.strictEqual(ctorSite.getFunctionName(), 'Maker');
assert.ok(/^new Maker \(/.test(ctorSite.toString()), ctorSite.toString());
// A sloppy-mode frame with no strict frame above it exposes its receiver
// and function; frames below a strict one do not (V8's rule).
var sloppy = Function('return function sloppyFn() {' +
  ' var prev = Error.prepareStackTrace;' +
  ' Error.prepareStackTrace = function (e, s) { return s; };' +
  ' var s = new Error().stack; Error.prepareStackTrace = prev; return s[0]; };')();
var sloppyHolder = { call: sloppy };
var sloppySite = sloppyHolder.call();
assert.strictEqual(sloppySite.getThis(), sloppyHolder);
assert.strictEqual(sloppySite.getFunction(), sloppy);
assert.strictEqual(sloppySite.getMethodName(), 'call');
assert.strictEqual(sloppySite.toString().indexOf('Object.sloppyFn [as call] ('), 0, sloppySite.toString());
var belowStrict = Function('getStack', 'return function sloppyCaller() { return getStack()[0]; };')(getStack);
var belowSite = ({ call: belowStrict }).call();
assert.strictEqual(belowSite.getFunctionName(), 'sloppyCaller');
assert.strictEqual(belowSite.getThis(), undefined);
assert.strictEqual(belowSite.getFunction(), undefined);

// An error thrown by the hook comes out of the `.stack` read.
Error.prepareStackTrace = function () { throw new Error('hook failed'); };
var failing = new Error('x');
assert.throws(function () { return failing.stack; }, /hook failed/);
// Errors created and read inside the hook use the default format.
Error.prepareStackTrace = function (err, sites) {
  var inner = new Error('inner');
  return 'outer:' + inner.stack.split('\n')[0] + ':' + sites.length;
};
var outer = new Error('o');
assert.ok(/^outer:Error: inner:\d+$/.test(outer.stack), outer.stack);
Error.prepareStackTrace = undefined;

// Eval frames: no file name, the origin of the eval.
function evalSite() {
  return eval('getStack()[0]');
}
var es = evalSite();
assert.strictEqual(es.isEval(), true);
assert.strictEqual(es.getFileName(), undefined);
assert.ok(/^eval at evalSite \(.*test-errors-prepare-stack-trace\.js:\d+(:\d+)?\)$/.test(es.getEvalOrigin()),
          es.getEvalOrigin());
