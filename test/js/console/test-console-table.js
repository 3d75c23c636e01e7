// console.table draws Node 20's box table (left-aligned cells) for arrays
// and objects, with the optional columns argument; primitives print as log.
'use strict';
var assert = require('assert');
var Console = require('console').Console;

var out = [];
var c = new Console({
  write: function (s) { out.push(s); return true; },
  once: function () {}, removeListener: function () {}, on: function () {},
  listenerCount: function () { return 0; }
});
function table() {
  out.length = 0;
  c.table.apply(c, arguments);
  return out.join('');
}

assert.strictEqual(table([{ a: 1, b: 'x' }, { a: 2, c: true }]),
  '┌─────────┬───┬─────┬──────┐\n' +
  '│ (index) │ a │ b   │ c    │\n' +
  '├─────────┼───┼─────┼──────┤\n' +
  "│ 0       │ 1 │ 'x' │      │\n" +
  '│ 1       │ 2 │     │ true │\n' +
  '└─────────┴───┴─────┴──────┘\n');
assert.strictEqual(table([[1, 2], [3, 4]]),
  '┌─────────┬───┬───┐\n│ (index) │ 0 │ 1 │\n├─────────┼───┼───┤\n' +
  '│ 0       │ 1 │ 2 │\n│ 1       │ 3 │ 4 │\n└─────────┴───┴───┘\n');
assert.strictEqual(table({ r1: { a: 1 }, r2: { a: 2, b: 3 } }),
  '┌─────────┬───┬───┐\n│ (index) │ a │ b │\n├─────────┼───┼───┤\n' +
  '│ r1      │ 1 │   │\n│ r2      │ 2 │ 3 │\n└─────────┴───┴───┘\n');
assert.strictEqual(table([{ a: 1, b: 2 }], ['a']),
  '┌─────────┬───┐\n│ (index) │ a │\n├─────────┼───┤\n│ 0       │ 1 │\n└─────────┴───┘\n');
assert.strictEqual(table([1, 'two']),
  "┌─────────┬────────┐\n│ (index) │ Values │\n├─────────┼────────┤\n│ 0       │ 1      │\n│ 1       │ 'two'  │\n└─────────┴────────┘\n");
assert.strictEqual(table([]), '┌─────────┐\n│ (index) │\n├─────────┤\n└─────────┘\n');
assert.strictEqual(table([{ a: { x: 1, y: 2, z: 3 }, b: [1, 2, 3, 4, 5] }, 7, 'str']),
  '┌─────────┬──────────┬───────────────────────────────┬────────┐\n' +
  '│ (index) │ a        │ b                             │ Values │\n' +
  '├─────────┼──────────┼───────────────────────────────┼────────┤\n' +
  '│ 0       │ [Object] │ [ 1, 2, 3, ... 2 more items ] │        │\n' +
  '│ 1       │          │                               │ 7      │\n' +
  "│ 2       │          │                               │ 'str'  │\n" +
  '└─────────┴──────────┴───────────────────────────────┴────────┘\n');
assert.strictEqual(table([{ 'long header': 'xx' }, { z: null, 'long header': undefined }]),
  '┌─────────┬─────────────┬──────┐\n│ (index) │ long header │ z    │\n├─────────┼─────────────┼──────┤\n' +
  "│ 0       │ 'xx'        │      │\n│ 1       │ undefined   │ null │\n└─────────┴─────────────┴──────┘\n");
assert.strictEqual(table({ a: [1, 2] }, ['1']),
  '┌─────────┬───┐\n│ (index) │ 1 │\n├─────────┼───┤\n│ a       │ 2 │\n└─────────┴───┘\n');
assert.strictEqual(table([1, 2], []),
  '┌─────────┐\n│ (index) │\n├─────────┤\n│ 0       │\n│ 1       │\n└─────────┘\n');
assert.strictEqual(table([{ b: 1, 2: 'n', a: { nested: { deep: 1 } } }]),
  '┌─────────┬─────┬───┬──────────────────────┐\n│ (index) │ 2   │ b │ a                    │\n' +
  '├─────────┼─────┼───┼──────────────────────┤\n' +
  "│ 0       │ 'n' │ 1 │ { nested: [Object] } │\n" +
  '└─────────┴─────┴───┴──────────────────────┘\n');
// Primitives and null print as log.
assert.strictEqual(table(5), '5\n');
assert.strictEqual(table('s'), 's\n');
assert.strictEqual(table(null), 'null\n');
// Tables are indented with groups.
out.length = 0;
c.group('A', 'B');
c.table([1]);
c.groupEnd();
assert.strictEqual(out.join(''), 'A B\n  ┌─────────┬────────┐\n  │ (index) │ Values │\n  ├─────────┼────────┤\n' +
  '  │ 0       │ 1      │\n  └─────────┴────────┘\n');

assert.throws(function () { c.table([{ a: 1 }], 'a'); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "properties" argument must be an instance of Array. Received type string (\'a\')'
});

{
  assert.strictEqual(table(new Map([['k', { v: 1 }]])),
    '┌───────────────────┬─────┬──────────┐\n│ (iteration index) │ Key │ Values   │\n' +
    '├───────────────────┼─────┼──────────┤\n' + "│ 0                 │ 'k' │ { v: 1 } │\n" +
    '└───────────────────┴─────┴──────────┘\n');
}
if (typeof Set === 'function') {
  assert.strictEqual(table(new Set(['x'])),
    '┌───────────────────┬────────┐\n│ (iteration index) │ Values │\n├───────────────────┼────────┤\n' +
    "│ 0                 │ 'x'    │\n└───────────────────┴────────┘\n");
}
