// The global console: util.format-style output to process.stdout/stderr.
'use strict';

var util = require('util');

function Console(stdout, stderr) {
  if (!(this instanceof Console)) return new Console(stdout, stderr);
  if (stdout && typeof stdout.write !== 'function' && stdout.stdout) {
    stderr = stdout.stderr;
    stdout = stdout.stdout;
  }
  this._stdout = stdout;
  this._stderr = stderr || stdout;
  this._times = Object.create(null);
  this._counts = Object.create(null);
  this._indent = '';
  var self = this;
  // Methods are bound so that `var log = console.log; log(x)` works as in Node.
  var names = Object.keys(Console.prototype);
  for (var i = 0; i < names.length; i++) {
    var fn = Console.prototype[names[i]];
    if (typeof fn === 'function') self[names[i]] = fn.bind(self);
  }
}

function writeOut(con, stream, args) {
  var text = util.format.apply(null, args);
  if (con._indent) text = con._indent + text.split('\n').join('\n' + con._indent);
  stream.write(text + '\n');
}

Console.prototype.log = function log() { writeOut(this, this._stdout, arguments); };
Console.prototype.info = Console.prototype.log;
Console.prototype.debug = Console.prototype.log;
Console.prototype.warn = function warn() { writeOut(this, this._stderr, arguments); };
Console.prototype.error = Console.prototype.warn;
Console.prototype.dir = function dir(obj, options) {
  var opts = { customInspect: false };
  if (options) for (var k in options) opts[k] = options[k];
  writeOut(this, this._stdout, [util.inspect(obj, opts)]);
};
Console.prototype.trace = function trace() {
  var err = { name: 'Trace', message: util.format.apply(null, arguments) };
  Error.captureStackTrace(err, trace);
  var stack = String(err.stack);
  writeOut(this, this._stderr, [stack]);
};
Console.prototype.assert = function assert(expression) {
  if (!expression) {
    var args = Array.prototype.slice.call(arguments, 1);
    if (typeof args[0] === 'string') args[0] = 'Assertion failed: ' + args[0];
    else args.unshift('Assertion failed');
    writeOut(this, this._stderr, args);
  }
};
Console.prototype.time = function time(label) {
  label = label === undefined ? 'default' : String(label);
  if (this._times[label] !== undefined) {
    process.emitWarning("Label '" + label + "' already exists for console.time()");
    return;
  }
  this._times[label] = process.hrtime();
};
function elapsed(con, label, end, extra) {
  label = label === undefined ? 'default' : String(label);
  var start = con._times[label];
  if (start === undefined) {
    process.emitWarning("No such label '" + label + "' for console.time" + (end ? 'End()' : 'Log()'));
    return;
  }
  var d = process.hrtime(start);
  var ms = d[0] * 1e3 + d[1] / 1e6;
  if (end) delete con._times[label];
  var text = ms >= 1000 ? (ms / 1000).toFixed(3) + 's' : ms.toFixed(3) + 'ms';
  writeOut(con, con._stdout, [label + ': ' + text].concat(extra));
}
Console.prototype.timeEnd = function timeEnd(label) { elapsed(this, label, true, []); };
Console.prototype.timeLog = function timeLog(label) {
  elapsed(this, label, false, Array.prototype.slice.call(arguments, 1));
};
Console.prototype.count = function count(label) {
  label = label === undefined ? 'default' : String(label);
  this._counts[label] = (this._counts[label] || 0) + 1;
  writeOut(this, this._stdout, [label + ': ' + this._counts[label]]);
};
Console.prototype.countReset = function countReset(label) {
  label = label === undefined ? 'default' : String(label);
  delete this._counts[label];
};
Console.prototype.group = function group() {
  if (arguments.length > 0) this.log.apply(this, arguments);
  this._indent += '  ';
};
Console.prototype.groupCollapsed = Console.prototype.group;
Console.prototype.groupEnd = function groupEnd() { this._indent = this._indent.slice(2); };
Console.prototype.table = function table(data) { this.log(data); };

var globalConsole = new Console(process.stdout, process.stderr);
globalConsole.Console = Console;
module.exports = globalConsole;
