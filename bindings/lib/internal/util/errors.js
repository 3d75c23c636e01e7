// Node-style argument errors (ERR_INVALID_ARG_TYPE and friends) for the
// built-in JS modules. Small and free of util.inspect at load time, so that
// modules such as assert load quickly; inspect is loaded when a message
// needs to show a value.
'use strict';

function inspect(value, opts) {
  return require('internal/util/inspect').inspect(value, opts);
}

function describeReceived(value) {
  if (value === undefined || value === null) return 'Received ' + value;
  if (typeof value === 'function') return 'Received function ' + value.name;
  if (typeof value === 'object') {
    var ctor = value.constructor;
    if (ctor && typeof ctor.name === 'string' && ctor.name !== '') {
      return 'Received an instance of ' + ctor.name;
    }
    return 'Received ' + inspect(value, { depth: -1 });
  }
  var shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = shown.slice(0, 25) + '...';
  return 'Received type ' + typeof value + ' (' + shown + ')';
}

// An error with Node's `code`: its stack and toString read
// "TypeError [ERR_X]: message", and its stack starts at the caller of the
// helpers here.
function nodeError(Ctor, code, message) {
  var err = new Ctor(message);
  var name = err.name;
  var stack = String(err.stack || '');
  var head = name + ': ' + message;
  if (stack.indexOf(head) === 0) {
    var lines = stack.slice(head.length).split('\n');
    var frames = [];
    for (var i = 1; i < lines.length; i++) {
      if (frames.length === 0 && /\((?:node:internal\/util\/errors|node:internal\/buffer\/validate|duk_[a-z_]+\.c)[:)]/.test(lines[i])) continue;
      frames.push(lines[i]);
    }
    stack = name + ' [' + code + ']: ' + message + (frames.length ? '\n' + frames.join('\n') : '');
    Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  }
  Object.defineProperty(err, 'toString', {
    value: function toString() { return this.name + ' [' + this.code + ']: ' + this.message; },
    writable: true, configurable: true, enumerable: false
  });
  err.code = code;
  return err;
}

// Node's ERR_INVALID_ARG_TYPE: `expected` is the text after "must be".
function invalidArgType(name, expected, value) {
  var what = name.indexOf('.') !== -1 ? 'The "' + name + '" property' : 'The "' + name + '" argument';
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    what + ' must be ' + expected + '. ' + describeReceived(value));
}

// Node's ERR_RANGE-style "The value of "x" is out of range." errors.
function outOfRange(name, range, value) {
  var shown = typeof value === 'number' ? addNumericalSeparator(value) : inspect(value);
  return nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "' + name + '" is out of range. It must be ' +
    range + '. Received ' + shown);
}

// 1234567 -> '1_234_567', as Node prints integers in range errors.
function addNumericalSeparator(n) {
  if (n !== n || !isFinite(n) || Math.floor(n) !== n) return String(n);
  var s = String(Math.abs(n));
  if (s.indexOf('e') !== -1) return String(n);
  var groups = [];
  var i = s.length;
  for (; i >= 4; i -= 3) groups.unshift(s.slice(i - 3, i));
  groups.unshift(s.slice(0, i));
  return (n < 0 ? '-' : '') + groups.join('_');
}

// What SystemErrors inherit: util.inspect shows their accessors' values, as
// Node's SystemError class asks.
var systemErrorProto = null;
function getSystemErrorProto() {
  if (systemErrorProto === null) {
    systemErrorProto = Object.create(Error.prototype);
    Object.defineProperty(systemErrorProto, Symbol.for('nodejs.util.inspect.custom'), {
      value: function (depth, options) {
        var opts = {};
        var keys = options ? Object.keys(options) : [];
        for (var i = 0; i < keys.length; i++) opts[keys[i]] = options[keys[i]];
        opts.getters = true;
        opts.customInspect = false;
        opts.depth = depth;
        return inspect(this, opts);
      },
      writable: true, configurable: true, enumerable: false
    });
  }
  return systemErrorProto;
}

// Node's SystemError (code ERR_SYSTEM_ERROR) from a binding's info object
// { errno, code, message, syscall[, path, dest] }.
function systemError(info) {
  var message = 'A system error occurred: ' + info.syscall + ' returned ' + info.code + ' (' + info.message + ')';
  if (info.path !== undefined) message += ' ' + info.path;
  if (info.dest !== undefined) message += ' => ' + info.dest;
  var err = nodeError(Error, 'ERR_SYSTEM_ERROR', message);
  Object.setPrototypeOf(err, getSystemErrorProto());
  var ctxInfo = {};
  var keys = Object.keys(info);
  for (var i = 0; i < keys.length; i++) ctxInfo[keys[i]] = info[keys[i]];
  Object.defineProperty(err, 'name', { value: 'SystemError', writable: true, configurable: true, enumerable: false });
  if (typeof err.stack === 'string' && err.stack.indexOf('Error [') === 0) {
    Object.defineProperty(err, 'stack', { value: 'System' + err.stack, writable: true, configurable: true, enumerable: false });
  }
  Object.defineProperty(err, 'code', { value: 'ERR_SYSTEM_ERROR', writable: true, configurable: true, enumerable: true });
  Object.defineProperty(err, 'info', { value: ctxInfo, writable: false, configurable: true, enumerable: true });
  ['errno', 'syscall', 'path', 'dest'].forEach(function (key) {
    if (ctxInfo[key] === undefined) return;
    Object.defineProperty(err, key, {
      get: function () { return ctxInfo[key]; },
      set: function (v) { ctxInfo[key] = v; },
      enumerable: true, configurable: true
    });
  });
  return err;
}

exports.outOfRange = outOfRange;
exports.addNumericalSeparator = addNumericalSeparator;
exports.systemError = systemError;
exports.describeReceived = describeReceived;
exports.nodeError = nodeError;
exports.invalidArgType = invalidArgType;

// Node's ERR_INVALID_ARG_VALUE: "The argument 'name' is invalid. Received 5".
function invalidArgValue(name, value, reason) {
  var type = name.indexOf('.') !== -1 ? 'property' : 'argument';
  var shown = inspect(value);
  if (shown.length > 128) shown = shown.slice(0, 128) + '...';
  return nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
    'The ' + type + " '" + name + "' " + (reason || 'is invalid') + '. Received ' + shown);
}

// Node's way of printing an out-of-range integer: 10_000_000_000.
function addSeparators(s) {
  var i = s.length, out = [];
  var start = s.charAt(0) === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) out.unshift(s.slice(i - 3, i));
  return s.slice(0, i) + (out.length ? '_' + out.join('_') : '');
}

// Node's ERR_OUT_OF_RANGE: 'The value of "fd" is out of range. It must be
// >= 0. Received -1'.
function outOfRange(name, range, value) {
  var received;
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) > 4294967296) {
    received = addSeparators(String(value));
  } else {
    received = inspect(value);
  }
  return nodeError(RangeError, 'ERR_OUT_OF_RANGE',
    'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + received);
}

exports.invalidArgValue = invalidArgValue;
exports.outOfRange = outOfRange;
