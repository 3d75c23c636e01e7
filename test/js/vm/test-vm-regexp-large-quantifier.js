// Quantifier bounds above 1000 (vm/duktape/patches/0001-regexp-quantifier-bound.patch).
// Stock Duktape refuses to compile a pattern whose bounded quantifier expands
// its atom more than 1000 times ("quantifier expansion too large"); V8 has no
// such limit, and packages such as Express's encodeurl use bounds like
// {1,1024}, so they failed at load. Passes under node too.
var assert = require('assert');

// The shape encodeurl uses: an escape or a character, up to 1024 times.
var re = new RegExp('^(?:%[0-9A-Fa-f]{2}|[^%]){1,1024}$');
assert.ok(re.test('abc%20def'));
assert.ok(re.test(new Array(1025).join('a')), '1024 atoms match');
assert.ok(!re.test(new Array(1026).join('a')), '1025 atoms exceed the bound');
assert.ok(!re.test(''), 'the lower bound holds');
assert.ok(!re.test('%zz'), 'a bad escape fails');
var esc = new Array(1025).join('%41');
assert.ok(re.test(esc), '1024 escapes match');
assert.ok(!re.test(esc + '%41'), '1025 escapes exceed the bound');

// Exact and open-ended counts above the old limit.
var exact = /^a{1500}$/;
assert.ok(exact.test(new Array(1501).join('a')));
assert.ok(!exact.test(new Array(1500).join('a')));
assert.ok(!exact.test(new Array(1502).join('a')));
var atLeast = /^(?:ab){1001,}$/;
assert.ok(atLeast.test(new Array(1002).join('ab')));
assert.ok(!atLeast.test(new Array(1001).join('ab')));

// Captures inside a large bounded group report the last iteration.
var m2 = /^(?:x([0-9])){1,2000}$/.exec('x1x2x9');
assert.strictEqual(m2[1], '9');

// A bound with a literal that spans the replacement path.
assert.strictEqual('a-b-c'.replace(/(?:-[a-z]){1,1024}/, '!'), 'a!');
