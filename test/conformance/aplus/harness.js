// A small stand-in for mocha, enough for the Promises/A+ test files:
// describe / it / specify / beforeEach / afterEach, tests taking a `done`
// callback, a timeout per test, uncaught exceptions and `done` called twice
// counted as failures, as mocha counts them. Tests run one after another,
// each started from a fresh macrotask (mocha uses setImmediate).
'use strict';

function Suite(title, parent) {
  this.title = title;
  this.parent = parent;
  this.children = [];
  this.beforeEach = [];
  this.afterEach = [];
}

var root = new Suite('', null);
var current = root;

function describe(title, fn) {
  var suite = new Suite(title, current);
  current.children.push(suite);
  var outer = current;
  current = suite;
  try {
    fn.call(suite);
  } finally {
    current = outer;
  }
}

function it(title, fn) {
  current.children.push({ title: title, fn: fn, suite: current });
}

function install(global) {
  global.describe = describe;
  global.it = it;
  global.specify = it;
  global.beforeEach = function (fn) { current.beforeEach.push(fn); };
  global.afterEach = function (fn) { current.afterEach.push(fn); };
}

function collect(suite, out) {
  for (var i = 0; i < suite.children.length; i++) {
    var c = suite.children[i];
    if (c instanceof Suite) collect(c, out);
    else out.push(c);
  }
  return out;
}

function fullTitle(test) {
  var parts = [test.title];
  for (var s = test.suite; s !== null && s !== root; s = s.parent) parts.unshift(s.title);
  return parts.join(' ');
}

function hooksOf(test, kind) {
  var hooks = [];
  for (var s = test.suite; s !== null; s = s.parent) {
    if (kind === 'beforeEach') hooks = s.beforeEach.concat(hooks);
    else hooks = hooks.concat(s.afterEach);
  }
  return hooks;
}

// Run fn (sync, or async when it declares `done`) and call cb(err) once.
// A second `done` is reported through onLate.
function runFn(fn, timeoutMs, cb, onLate) {
  var finished = false;
  var timer = null;
  function finish(err) {
    if (finished) {
      onLate(err || new Error('done() called multiple times'));
      return;
    }
    finished = true;
    if (timer !== null) clearTimeout(timer);
    cb(err);
  }
  var async = fn.length > 0;
  if (async) {
    timer = setTimeout(function () {
      finish(new Error('Timeout of ' + timeoutMs + 'ms exceeded'));
    }, timeoutMs);
  }
  var result;
  try {
    result = async ? fn.call({}, function done(err) { finish(err); }) : fn.call({});
  } catch (e) {
    finish(e);
    return { finish: finish };
  }
  if (!async) {
    if (result && typeof result.then === 'function') {
      timer = setTimeout(function () {
        finish(new Error('Timeout of ' + timeoutMs + 'ms exceeded'));
      }, timeoutMs);
      result.then(function () { finish(); }, function (e) { finish(e || new Error('rejected')); });
    } else {
      finish();
    }
  }
  return { finish: finish };
}

function count() {
  return collect(root, []).length;
}

// Run every test; calls done(results) with { passed, failed, failures }.
function run(options, done) {
  var tests = collect(root, []);
  var timeoutMs = options.timeout || 1000;
  var results = { passed: 0, failed: 0, failures: [], unhandledRejections: 0 };
  var index = 0;
  var running = null; // { test, finish }
  var outcome = {};   // title index -> 'pass' | 'fail'

  function fail(i, err) {
    var prev = outcome[i];
    if (prev === 'fail') return;
    if (prev === 'pass') results.passed--;
    outcome[i] = 'fail';
    results.failed++;
    results.failures.push({ title: fullTitle(tests[i]), error: err });
  }

  process.on('uncaughtException', function (err) {
    var i = running !== null ? running.index : index - 1;
    if (running !== null) running.finish(err);
    else if (i >= 0) fail(i, err);
  });
  // The A+ tests predate unhandled-rejection tracking and leave rejected
  // promises without handlers by design; they are not conformance failures.
  process.on('unhandledRejection', function () { results.unhandledRejections++; });
  process.on('rejectionHandled', function () {});

  function runHooks(hooks, k, cb) {
    if (k === hooks.length) return cb();
    var h = runFn(hooks[k], timeoutMs, function (err) {
      if (err) return cb(err);
      runHooks(hooks, k + 1, cb);
    }, function () {});
    running.finish = h.finish;
  }

  function next() {
    if (index === tests.length) return done(results);
    var i = index++;
    var test = tests[i];
    running = { index: i, finish: function () {} };
    var me = running;
    runHooks(hooksOf(test, 'beforeEach'), 0, function (err) {
      if (err) return settle(err);
      var r = runFn(test.fn, timeoutMs, settle, function (late) { fail(i, late); });
      me.finish = r.finish;
    });
    function settle(err) {
      runHooks(hooksOf(test, 'afterEach'), 0, function (hookErr) {
        if (err || hookErr) fail(i, err || hookErr);
        else if (outcome[i] === undefined) {
          outcome[i] = 'pass';
          results.passed++;
        }
        running = null;
        setImmediate(next);
      });
    }
  }
  setImmediate(next);
}

exports.install = install;
exports.run = run;
exports.count = count;
