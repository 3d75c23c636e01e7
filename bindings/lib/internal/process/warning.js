// process.emitWarning and the printing of warnings (loaded on first use).
'use strict';

var binding = internalBinding('process');
var invalidArgType = require('internal/util/errors').invalidArgType;

function argTypeError(name, expected, value) {
  return invalidArgType(name, expected, value);
}

// process.emitWarning(warning[, type[, code]][, ctor]) and
// process.emitWarning(warning[, options]), as Node validates them.
function emitWarning(warning, type, code, ctor) {
  var detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') throw argTypeError('type', 'of type string', type);
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw argTypeError('code', 'of type string', code);
  }
  if (typeof warning === 'string') {
    var err = new Error(warning);
    err.name = String(type || 'Warning');
    if (code !== undefined) err.code = code;
    if (detail !== undefined) err.detail = detail;
    warning = err;
  } else if (!(warning instanceof Error)) {
    throw argTypeError('warning', 'of type string or an instance of Error', warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // Thrown on a later tick, so that earlier warnings are printed first.
    if (process.throwDeprecation) {
      process.nextTick(function () { throw warning; });
      return;
    }
  }
  process.nextTick(function () { process.emit('warning', warning); });
}

// "(node:PID) [CODE] Name: message" and the detail on the next line. Node adds
// a hint about its --trace-warnings option after the first warning; duv has no
// such option and prints no hint.
function onWarning(warning) {
  if (!(warning instanceof Error) || process.noProcessWarnings) return;
  var isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  var trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  var msg = '(' + process.release.name + ':' + process.pid + ') ';
  if (warning.code) msg += '[' + warning.code + '] ';
  if (trace && warning.stack) msg += warning.stack;
  else msg += typeof warning.toString === 'function' ? warning.toString() : Error.prototype.toString.call(warning);
  if (typeof warning.detail === 'string') msg += '\n' + warning.detail;
  binding.write(2, msg + '\n');
}

exports.emitWarning = emitWarning;
exports.onWarning = onWarning;
