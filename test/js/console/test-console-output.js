// Console writes what Node 20 writes: log/warn routing, format, groups,
// count, assert, dir, table. A fake stream captures the output.
'use strict';
var assert = require('assert');
var Console = require('console').Console;

function sink(into) {
  // once/removeListener: Node's Console uses them around each write.
  return {
    write: function (s) { into.push(s); return true; },
    once: function () {}, removeListener: function () {}, on: function () {},
    listenerCount: function () { return 0; }
  };
}

var out = [];
var err = [];
var c = new Console(sink(out), sink(err));

c.log('a', 1, { b: [2] });
c.info('i %s', 'x');
c.debug('d %d', 42);
c.warn('w');
c.error('e %j', { k: 1 });
c.log();
c.log('%s', 'x', { y: 1 });
assert.deepStrictEqual(out, ['a 1 { b: [ 2 ] }\n', 'i x\n', 'd 42\n', '\n', 'x { y: 1 }\n']);
assert.deepStrictEqual(err, ['w\n', 'e {"k":1}\n']);

out.length = err.length = 0;
c.assert(true, 'never');
c.assert(false);
c.assert(false, 'x %s', 'y');
c.assert(false, { a: 1 });
c.assert(0, 5);
assert.deepStrictEqual(out, []);
assert.deepStrictEqual(err, ['Assertion failed\n', 'Assertion failed: x y\n',
  'Assertion failed: [object Object]\n', 'Assertion failed: 5\n']);

out.length = err.length = 0;
c.group('G');
c.log('in\nside');
c.group();
c.log('deeper');
c.warn('to stderr');
c.groupEnd();
c.groupCollapsed('C', 1);
c.log({ a: 1, b: 'x'.repeat ? 'y' : 'y', c: [1, 2, 3], d: 'a long string that makes this object wrap', e: true });
c.groupEnd();
c.groupEnd();
c.groupEnd();
c.log('out');
assert.deepStrictEqual(out, ['G\n', '  in\n  side\n', '    deeper\n', '  C 1\n',
  "    {\n      a: 1,\n      b: 'y',\n      c: [ 1, 2, 3 ],\n      d: 'a long string that makes this object wrap',\n      e: true\n    }\n",
  'out\n']);
assert.deepStrictEqual(err, ['    to stderr\n']);

out.length = 0;
c.count();
c.count();
c.count('x');
c.countReset();
c.count();
c.count(null);
assert.deepStrictEqual(out, ['default: 1\n', 'default: 2\n', 'x: 1\n', 'default: 1\n', 'null: 1\n']);

out.length = 0;
c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
c.dir({ a: { b: { c: { d: 1 } } } });
c.dir('str');
var custom = { v: 1 };
custom[require('util').inspect.custom] = function () { return 'CUSTOM'; };
c.dir(custom);
c.log(custom);
assert.deepStrictEqual(out, ['{ a: [Object] }\n', '{ a: { b: { c: [Object] } } }\n', "'str'\n",
  '{ v: 1, [Symbol(nodejs.util.inspect.custom)]: [Function (anonymous)] }\n', 'CUSTOM\n']);

// Options form, inspectOptions and groupIndentation.
out.length = 0;
var c2 = new Console({ stdout: sink(out), inspectOptions: { compact: false }, groupIndentation: 4 });
c2.log({ a: 1 });
c2.group();
c2.log('x');
c2.dir({ b: 1 });
c2.dir({ a: 1 }, { colors: true });
c2.error('to stdout too');
assert.deepStrictEqual(out, ['{\n  a: 1\n}\n', '    x\n', '    {\n      b: 1\n    }\n',
  '    {\n      a: \u001b[33m1\u001b[39m\n    }\n', '    to stdout too\n']);

// colorMode true colours inspected values, not strings.
out.length = 0;
var c3 = new Console({ stdout: sink(out), colorMode: true });
c3.log('s', 1, 's2', null);
assert.deepStrictEqual(out, ['s \u001b[33m1\u001b[39m s2 \u001b[1mnull\u001b[22m\n']);

// Methods work detached, and are own, named properties.
out.length = 0;
var log = c.log;
log('detached');
assert.deepStrictEqual(out, ['detached\n']);
assert.strictEqual(c.log.name, 'log');
assert.strictEqual(c.error.name, 'error');
assert.strictEqual(Object.keys(Console.prototype).join(','),
  'log,warn,dir,time,timeEnd,timeLog,trace,assert,clear,count,countReset,group,groupEnd,table,debug,info,dirxml,error,groupCollapsed');
assert.ok(console instanceof Console);
assert.ok(c instanceof Console);
assert.ok(!({} instanceof Console));
// The global console is a plain object tagged 'console', as in Node.
assert.strictEqual(require('util').inspect(console).split('\n').slice(0, 3).join('\n'),
  'Object [console] {\n  log: [Function: log],\n  warn: [Function: warn],');
assert.strictEqual(typeof console.Console, 'function');
assert.strictEqual(require('console'), console);
var g = console.log;
assert.strictEqual(typeof g, 'function');

// Console without new.
out.length = 0;
var c4 = Console(sink(out));
c4.log('no new');
assert.deepStrictEqual(out, ['no new\n']);

// A stream that throws is ignored (ignoreErrors defaults to true).
var bad = { write: function () { throw new Error('EPIPE'); }, once: function () {}, removeListener: function () {} };
new Console(bad).log('lost');
assert.throws(function () { new Console({ stdout: bad, ignoreErrors: false }).log('x'); }, /EPIPE/);
