// instanceof: the ordinary algorithm (which duv runs without calling
// Function.prototype[Symbol.hasInstance], vm/duktape/patches/0009) and
// every way a script changes it. Passes under node too.
'use strict';
var assert = require('assert');

function Animal() {}
function Dog() {}
Dog.prototype = Object.create(Animal.prototype);
var d = new Dog();
assert.strictEqual(d instanceof Dog, true);
assert.strictEqual(d instanceof Animal, true);
assert.strictEqual(d instanceof Object, true);
assert.strictEqual(d instanceof Array, false);
assert.strictEqual(Buffer.alloc(1) instanceof Buffer, true);
assert.strictEqual(Buffer.alloc(1) instanceof Uint8Array, true);
assert.strictEqual(new Uint8Array(1) instanceof Buffer, false);

// Primitives are never instances; null-prototype objects only of nothing.
assert.strictEqual(1 instanceof Number, false);
assert.strictEqual('s' instanceof String, false);
assert.strictEqual(Object.create(null) instanceof Object, false);

// The prototype is read at each test, so a changed one counts.
var Later = function () {};
var before = new Later();
Later.prototype = {};
assert.strictEqual(before instanceof Later, false);
assert.strictEqual(new Later() instanceof Later, true);

// A bound function tests against its target.
var BoundDog = Dog.bind(null);
assert.strictEqual(d instanceof BoundDog, true);
assert.strictEqual({} instanceof BoundDog, false);

// A function's own Symbol.hasInstance decides, with the right operands.
var seen = null;
function Even() {}
Object.defineProperty(Even, Symbol.hasInstance, {
  value: function (v) { seen = this; return v % 2 === 0; }
});
assert.strictEqual(4 instanceof Even, true);
assert.strictEqual(seen, Even);
assert.strictEqual(3 instanceof Even, false);
// ... also on a plain object, which is not callable.
var Small = { };
Small[Symbol.hasInstance] = function (v) { return v < 10; };
assert.strictEqual(5 instanceof Small, true);
// ... and its result is coerced to a boolean.
var Truthy = {};
Truthy[Symbol.hasInstance] = function () { return 'yes'; };
assert.strictEqual({} instanceof Truthy, true);

// The built-in can still be called directly.
assert.strictEqual(Function.prototype[Symbol.hasInstance].call(Dog, d), true);
assert.strictEqual(Function.prototype[Symbol.hasInstance].call(Dog, {}), false);
assert.strictEqual(Function.prototype[Symbol.hasInstance].call({}, d), false);

// Errors: a right side that is not an object, or an object without
// Symbol.hasInstance that cannot be called; a non-object prototype.
assert.throws(function () { return d instanceof 1; }, TypeError);
assert.throws(function () { return d instanceof {}; }, TypeError);
var BadProto = function () {};
BadProto.prototype = 3;
assert.throws(function () { return d instanceof BadProto; }, TypeError);
assert.strictEqual(3 instanceof BadProto, false);
