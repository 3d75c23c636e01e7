// The Node error codes the stream modules throw or emit, built on
// internal/util/errors' nodeError so that messages, `code` and the stack's
// "Error [ERR_X]: ..." head read as Node's.
'use strict';

var errors = require('internal/util/errors');

// nodeError, with the frames of this file left out of the stack so that it
// starts where the stream code raised the error, as Node's does.
function nodeError(Ctor, code, message) {
  var err = errors.nodeError(Ctor, code, message);
  var stack = err.stack;
  if (typeof stack === 'string' && stack.indexOf('(node:internal/streams/errors:') !== -1) {
    var lines = stack.split('\n');
    var kept = [];
    for (var i = 0; i < lines.length; i++) {
      if (lines[i].indexOf('(node:internal/streams/errors:') === -1) kept.push(lines[i]);
    }
    Object.defineProperty(err, 'stack', { value: kept.join('\n'), writable: true, configurable: true, enumerable: false });
  }
  return err;
}

function invalidArgType(name, expected, value) {
  var err = errors.invalidArgType(name, expected, value);
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', err.message);
}

exports.invalidArgType = invalidArgType;

exports.invalidChunk = function invalidChunk(chunk) {
  return invalidArgType('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', chunk);
};

exports.invalidArgValue = function invalidArgValue(name, value) {
  var shown = require('internal/util/inspect').inspect(value);
  var what = name.indexOf('.') !== -1 ? 'property' : 'argument';
  return nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
    'The ' + what + " '" + name + "' is invalid. Received " + shown);
};

exports.outOfRange = function outOfRange(name, range, value) {
  return nodeError(RangeError, 'ERR_OUT_OF_RANGE',
    'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + value);
};

exports.missingArgs = function missingArgs(name) {
  return nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "' + name + '" argument must be specified');
};

exports.unknownEncoding = function unknownEncoding(enc) {
  return nodeError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + enc);
};

exports.methodNotImplemented = function methodNotImplemented(name) {
  return nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The ' + name + ' method is not implemented');
};

exports.multipleCallback = function multipleCallback() {
  return nodeError(Error, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times');
};

exports.nullValues = function nullValues() {
  return nodeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
};

exports.writeAfterEnd = function writeAfterEnd() {
  return nodeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
};

exports.destroyed = function destroyed(what) {
  return nodeError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call ' + what + ' after a stream was destroyed');
};

exports.alreadyFinished = function alreadyFinished(what) {
  return nodeError(Error, 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call ' + what + ' after a stream was finished');
};

exports.pushAfterEOF = function pushAfterEOF() {
  return nodeError(Error, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF');
};

exports.unshiftAfterEnd = function unshiftAfterEnd() {
  return nodeError(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event');
};

exports.prematureClose = function prematureClose() {
  return nodeError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close');
};

exports.cannotPipe = function cannotPipe() {
  return nodeError(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable');
};
