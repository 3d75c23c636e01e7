// tty.isatty: only a non-negative integer descriptor open on a terminal.
'use strict';
var assert = require('assert');
var tty = require('tty');

// The test runner gives scripts pipes or files, never a terminal.
assert.strictEqual(tty.isatty(1), false);
assert.strictEqual(tty.isatty(2), false);
assert.strictEqual(tty.isatty(-1), false);
assert.strictEqual(tty.isatty(99), false);
assert.strictEqual(tty.isatty(1.5), false);
assert.strictEqual(tty.isatty('1'), false);
assert.strictEqual(tty.isatty(), false);
assert.strictEqual(require('node:tty'), tty);
