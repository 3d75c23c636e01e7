// What the util tests share: value makers and a check that collects
// failures (each test file runs in its own process). Passes under node too.
'use strict';
function rep(s, n) { return new Array(n + 1).join(s); }
function range(n, f) { var r = []; for (var i = 0; i < n; i++) r.push(f ? f(i) : i); return r; }
function args() { return arguments; }
function Foo() { this.a = 1; }
function Bar() {}
function Sub() { Foo.call(this); }
Sub.prototype = Object.create(Foo.prototype);
Sub.prototype.constructor = Sub;
function errWith(msg, stack, props) { var e = new Error(msg); Object.defineProperty(e, 'stack', { value: stack, writable: true, configurable: true }); for (var k in props) e[k] = props[k]; return e; }
function circ() { var c = { a: 1 }; c.self = c; return c; }
function nullProto(props) { var o = Object.create(null); for (var k in props) o[k] = props[k]; return o; }
function sym(d) { var o = {}; o[Symbol(d)] = 1; return o; }

var failures = [];
function check(actual, expected) {
  if (actual !== expected) failures.push('case ' + (failures.length + 1) + ':\n  got:  ' + JSON.stringify(actual) + '\n  want: ' + JSON.stringify(expected));
}

exports.rep = rep;
exports.range = range;
exports.args = args;
exports.Foo = Foo;
exports.Bar = Bar;
exports.Sub = Sub;
exports.errWith = errWith;
exports.circ = circ;
exports.nullProto = nullProto;
exports.sym = sym;
exports.failures = failures;
exports.check = check;
