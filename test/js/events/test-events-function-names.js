// The names of events' functions are Node's (tests and stack traces use them).
'use strict';
var assert = require('assert');
var E = require('events');
var P = E.prototype;

assert.strictEqual(P.on, P.addListener);
assert.strictEqual(P.off, P.removeListener);
assert.strictEqual(P.addListener.name, 'addListener');
assert.strictEqual(P.off.name, 'removeListener');
['emit', 'eventNames', 'getMaxListeners', 'setMaxListeners', 'listenerCount', 'listeners',
  'once', 'prependListener', 'prependOnceListener', 'rawListeners', 'removeAllListeners',
  'removeListener'].forEach(function (name) {
  assert.strictEqual(P[name].name, name);
});
['getEventListeners', 'getMaxListeners', 'on', 'once'].forEach(function (name) {
  assert.strictEqual(E[name].name, name);
});
assert.strictEqual(E.name, 'EventEmitter');
assert.strictEqual(E.EventEmitter, E);
