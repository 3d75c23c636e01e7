// emit: listeners see exactly the arguments given and the emitter as this;
// the listener list is fixed when the emit starts; return values; symbols.
'use strict';
var assert = require('assert');
var EventEmitter = require('events');

var e = new EventEmitter();
var seen = [];
e.on('x', function () { seen.push([this === e, arguments.length, Array.prototype.slice.call(arguments)]); });
assert.strictEqual(e.emit('x'), true);
assert.strictEqual(e.emit('x', 1), true);
e.emit('x', 1, undefined);
e.emit('x', 1, 2, 3, 4, 5, 6, 7);
assert.deepStrictEqual(seen, [
  [true, 0, []], [true, 1, [1]], [true, 2, [1, undefined]], [true, 7, [1, 2, 3, 4, 5, 6, 7]]
]);
assert.strictEqual(e.emit('nothing', 1), false);
assert.strictEqual(new EventEmitter().emit('x'), false);

// Added or removed during an emit: this emit keeps its list.
var order = [];
var m = new EventEmitter();
function second() { order.push('second'); }
function third() { order.push('third'); }
m.on('y', function first() { order.push('first'); m.removeListener('y', second); m.on('y', third); });
m.on('y', second);
m.emit('y');
assert.deepStrictEqual(order, ['first', 'second']);
order = [];
m.emit('y');
assert.deepStrictEqual(order, ['first', 'third']);

// Symbols, and a listener that throws stops the emit.
var sym = Symbol('s');
var got = 0;
m.on(sym, function (v) { got = v; });
assert.strictEqual(m.emit(sym, 42), true);
assert.strictEqual(got, 42);
var t = new EventEmitter();
var after = false;
t.on('z', function () { throw new Error('stop'); });
t.on('z', function () { after = true; });
assert.throws(function () { t.emit('z'); }, /stop/);
assert.strictEqual(after, false);

// emit on another object, with no _events.
assert.strictEqual(EventEmitter.prototype.emit.call({}, 'q'), false);
assert.throws(function () { EventEmitter.prototype.emit.call({}, 'error', new Error('plain')); }, /plain/);
assert.strictEqual(EventEmitter.prototype.emit.name, 'emit');
assert.strictEqual(EventEmitter.prototype.emit.length, 1);

// 'error' with errorMonitor, and captureRejections, take the full path.
var monitored = [];
var f = new EventEmitter();
f.on(EventEmitter.errorMonitor, function (err) { monitored.push(err.message); });
f.on('error', function (err) { monitored.push('handled ' + err.message); });
f.emit('error', new Error('e1'));
assert.deepStrictEqual(monitored, ['e1', 'handled e1']);
var c = new EventEmitter({ captureRejections: true });
c.on('job', function () { return Promise.reject(new Error('rejected')); });
c.on('error', function (err) { monitored.push('captured ' + err.message); });
c.emit('job');
process.on('exit', function () {
  assert.deepStrictEqual(monitored, ['e1', 'handled e1', 'captured rejected']);
});
