// process.memoryUsage().heapUsed counts the JS heap: it is positive and grows
// when the script allocates (the runtime's allocator counts every block).
'use strict';
var assert = require('assert');

var before = process.memoryUsage();
assert.strictEqual(typeof before.heapUsed, 'number');
assert.ok(before.heapUsed > 0, 'heapUsed ' + before.heapUsed);
assert.ok(before.heapTotal >= before.heapUsed, 'heapTotal ' + before.heapTotal);

var big = [];
for (var i = 0; i < 200000; i++) big.push({ i: i, s: 'x' + i });
var after = process.memoryUsage();
// 200,000 objects and strings take well over 4 MB in any engine.
assert.ok(after.heapUsed - before.heapUsed > 4 * 1024 * 1024,
          'heapUsed grew by ' + (after.heapUsed - before.heapUsed));
assert.strictEqual(big.length, 200000);
