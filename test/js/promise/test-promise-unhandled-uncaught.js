// Without an 'unhandledRejection' listener, an unhandled rejection goes to
// 'uncaughtException' listeners with the origin 'unhandledRejection': an
// Error reason as is, anything else wrapped with code ERR_UNHANDLED_REJECTION.
'use strict';
var assert = require('assert');
var seen = [];
process.on('uncaughtException', function (err, origin) {
  seen.push([err, origin]);
});
var boom = new Error('boom');
Promise.reject(boom);
Promise.reject({ a: 1 });
Promise.reject(undefined);
process.on('exit', function (code) {
  assert.strictEqual(code, 0);
  assert.strictEqual(seen.length, 3);
  assert.strictEqual(seen[0][0], boom);
  assert.strictEqual(seen[0][1], 'unhandledRejection');
  var wrapped = seen[1][0];
  assert.ok(wrapped instanceof Error);
  assert.strictEqual(wrapped.code, 'ERR_UNHANDLED_REJECTION');
  assert.strictEqual(wrapped.name, 'UnhandledPromiseRejection');
  assert.strictEqual(wrapped.message, 'This error originated either by throwing inside of an async ' +
    'function without a catch block, or by rejecting a promise which was not handled with ' +
    '.catch(). The promise rejected with the reason "#<Object>".');
  assert.deepStrictEqual(Object.keys(wrapped), ['code', 'name']);
  assert.strictEqual(seen[1][1], 'unhandledRejection');
  assert.ok(/with the reason "undefined"\.$/.test(seen[2][0].message));
  console.log('ok');
});
