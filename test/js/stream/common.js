// Shared by the stream tests (not a test itself): runs named scenarios one
// after another, each logging the events it sees, and compares every log
// with the one node 20 printed for the same scenario. STREAM_GEN=1 prints
// the logs as JSON instead: tools/stream-expected.py runs a test file so
// under node and writes them into it as the expected logs.
'use strict';

var assert = require('assert');

function describe(err) {
  if (!err) return String(err);
  return (err.code || err.name) + ': ' + err.message;
}

function runScenarios(scenarios, expected) {
  var names = Object.keys(scenarios);
  var results = {};
  var i = 0;
  function next() {
    if (i === names.length) return finish();
    var name = names[i++];
    var log = [];
    results[name] = log;
    var ended = false;
    function done() {
      if (ended) return;
      ended = true;
      setTimeout(next, 5);
    }
    try {
      scenarios[name](log, done);
    } catch (e) {
      log.push('threw ' + describe(e));
      done();
    }
  }
  function finish() {
    if (process.env.STREAM_GEN) {
      process.stdout.write(JSON.stringify(results, null, 1) + '\n');
      return;
    }
    for (var k = 0; k < names.length; k++) {
      assert.deepStrictEqual(results[names[k]], expected[names[k]], 'scenario ' + names[k]);
    }
  }
  next();
}

// Logs the named events of emitter as "<tag>:<event>[ <arg>]".
function watch(log, tag, emitter, events) {
  events.forEach(function (ev) {
    emitter.on(ev, function (arg) {
      var shown = '';
      if (ev === 'error') shown = ' ' + describe(arg);
      else if (arg !== undefined && (typeof arg !== 'object' || arg === null)) shown = ' ' + String(arg);
      else if (arg && typeof arg.length === 'number') shown = ' ' + String(arg);
      log.push(tag + ':' + ev + shown);
    });
  });
}

// Logs n ticks of process.nextTick, to place events between ticks.
function ticks(log, name, n) {
  var k = 0;
  function t() {
    log.push(name + k);
    if (++k < n) process.nextTick(t);
  }
  process.nextTick(t);
}

exports.runScenarios = runScenarios;
exports.watch = watch;
exports.ticks = ticks;
exports.describe = describe;
