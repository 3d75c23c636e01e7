// events: argument errors, ERR_UNHANDLED_ERROR, errorMonitor, the leak
// warning, newListener/removeListener order, once wrappers, static helpers.
'use strict';
var assert = require('assert');
var EE = require('events');

function code(fn) {
  try { fn(); } catch (e) { return e.name + '|' + e.code + '|' + e.message; }
  return 'no throw';
}

assert.strictEqual(code(function () { EE.defaultMaxListeners = -1; }),
  'RangeError|ERR_OUT_OF_RANGE|The value of "defaultMaxListeners" is out of range. It must be >= 0. Received -1');
assert.strictEqual(code(function () { EE.defaultMaxListeners = 'x'; }),
  'TypeError|ERR_INVALID_ARG_TYPE|The "defaultMaxListeners" argument must be of type number. Received type string (\'x\')');
assert.strictEqual(code(function () { new EE().setMaxListeners(NaN); }),
  'RangeError|ERR_OUT_OF_RANGE|The value of "setMaxListeners" is out of range. It must be >= 0. Received NaN');
assert.strictEqual(code(function () { new EE().setMaxListeners('x'); }),
  'TypeError|ERR_INVALID_ARG_TYPE|The "setMaxListeners" argument must be of type number. Received type string (\'x\')');
assert.strictEqual(code(function () { new EE().on('x', 5); }),
  'TypeError|ERR_INVALID_ARG_TYPE|The "listener" argument must be of type function. Received type number (5)');
assert.strictEqual(code(function () { return new EE({ captureRejections: 1 }); }),
  'TypeError|ERR_INVALID_ARG_TYPE|The "options.captureRejections" property must be of type boolean. Received type number (1)');
assert.strictEqual(code(function () { EE.captureRejections = 1; }),
  'TypeError|ERR_INVALID_ARG_TYPE|The "EventEmitter.captureRejections" property must be of type boolean. Received type number (1)');
assert.strictEqual(code(function () { EE.setMaxListeners(1, 5); }),
  'TypeError|ERR_INVALID_ARG_TYPE|The "eventTargets" argument must be an instance of EventEmitter or EventTarget. Received type number (5)');
assert.strictEqual(code(function () { EE.getMaxListeners(5); }),
  'TypeError|ERR_INVALID_ARG_TYPE|The "emitter" argument must be an instance of EventEmitter or EventTarget. Received type number (5)');

// 'error' without a listener.
assert.strictEqual(code(function () { new EE().emit('error', 'str'); }),
  'Error|ERR_UNHANDLED_ERROR|Unhandled error. (\'str\')');
assert.strictEqual(code(function () { new EE().emit('error', { a: 1 }); }),
  'Error|ERR_UNHANDLED_ERROR|Unhandled error. ({ a: 1 })');
assert.strictEqual(code(function () { new EE().emit('error'); }),
  'Error|ERR_UNHANDLED_ERROR|Unhandled error. (undefined)');
var ctx;
try { new EE().emit('error', 42); } catch (e) { ctx = e.context; }
assert.strictEqual(ctx, 42);
var thrown = new Error('real');
assert.strictEqual(code(function () { new EE().emit('error', thrown); }), 'Error|undefined|real');

// errorMonitor sees the error first, and does not handle it.
assert.strictEqual(typeof EE.errorMonitor, 'symbol');
var seen = [];
var m = new EE();
m.on(EE.errorMonitor, function (e) { seen.push('monitor ' + e.message); });
assert.strictEqual(code(function () { m.emit('error', new Error('mon')); }), 'Error|undefined|mon');
m.on('error', function (e) { seen.push('handler ' + e.message); });
m.emit('error', new Error('two'));
assert.deepStrictEqual(seen, ['monitor mon', 'monitor two', 'handler two']);

// newListener fires before the listener is added, removeListener after.
var o = new EE();
var order = [];
o.on('newListener', function (t) { order.push('new:' + String(t) + ':' + o.listenerCount(t)); });
o.on('removeListener', function (t) { order.push('rm:' + String(t) + ':' + o.listenerCount(t)); });
function L() {}
o.once('q', L);
var raw = o.rawListeners('q');
assert.notStrictEqual(raw[0], L);
assert.strictEqual(raw[0].listener, L);
assert.strictEqual(o.listeners('q')[0], L);
o.removeListener('q', L);
assert.deepStrictEqual(order, ['new:removeListener:0', 'new:q:0', 'rm:q:0']);
// Calling the raw once wrapper runs the listener and removes it.
var calls = 0;
o.once('r', function () { calls++; });
o.rawListeners('r')[0]();
assert.strictEqual(calls, 1);
assert.strictEqual(o.listenerCount('r'), 0);

// Static helpers.
var t = new EE();
EE.setMaxListeners(3, t);
assert.strictEqual(t.getMaxListeners(), 3);
assert.strictEqual(EE.getMaxListeners(t), 3);
assert.strictEqual(EE.listenerCount(o, 'removeListener'), 1);
assert.strictEqual(EE.captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(EE.captureRejections, false);

// The leak warning, once per event name.
var warnings = [];
process.on('warning', function (w) { warnings.push([w.name, w.message, w.type, w.count, w.emitter === leaky].join('|')); });
var leaky = new EE();
for (var i = 0; i < 12; i++) leaky.on('foo', function () {});
function Sub() { EE.call(this); }
Object.setPrototypeOf(Sub.prototype, EE.prototype);
var sub = new Sub();
sub.setMaxListeners(1);
sub.on('a', function () {});
sub.on('a', function () {});
sub.setMaxListeners(0);
for (i = 0; i < 20; i++) sub.on('b', function () {});
process.nextTick(function () {
  assert.deepStrictEqual(warnings, [
    'MaxListenersExceededWarning|Possible EventEmitter memory leak detected. 11 foo listeners added to ' +
      '[EventEmitter]. MaxListeners is 10. Use emitter.setMaxListeners() to increase limit|foo|11|true',
    'MaxListenersExceededWarning|Possible EventEmitter memory leak detected. 2 a listeners added to ' +
      '[Sub]. MaxListeners is 1. Use emitter.setMaxListeners() to increase limit|a|2|false'
  ]);
});

// util.inspect shows Node's own fields.
assert.strictEqual(require('util').inspect(new EE()),
  'EventEmitter {\n  _events: [Object: null prototype] {},\n  _eventsCount: 0,\n  _maxListeners: undefined,\n' +
  '  [Symbol(shapeMode)]: false,\n  [Symbol(kCapture)]: false\n}');
