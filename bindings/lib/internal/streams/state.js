// highWaterMark options: the defaults (16 KiB of bytes, 16 objects) and the
// validation of options.highWaterMark / readableHighWaterMark /
// writableHighWaterMark.
'use strict';

var errors = require('internal/streams/errors');

var defaultBytes = 16 * 1024;
var defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  if (typeof value !== 'number') throw errors.invalidArgType('value', 'of type number', value);
  if (Math.floor(value) !== value || value === Infinity) throw errors.outOfRange('value', 'an integer', value);
  if (value < 0 || value > 9007199254740991) {
    throw errors.outOfRange('value', '>= 0 && <= 9007199254740991', value);
  }
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// The highWaterMark an options object asks for: options.highWaterMark wins,
// then (for a Duplex side) options[duplexKey]; null or undefined means the
// default for the mode.
function getHighWaterMark(options, duplexKey, isDuplex, objectMode) {
  var hwm = options == null ? null : options.highWaterMark;
  var name = 'options.highWaterMark';
  if (hwm == null && isDuplex && options != null) {
    hwm = options[duplexKey];
    name = 'options.' + duplexKey;
  }
  if (hwm == null) return getDefaultHighWaterMark(objectMode);
  if (typeof hwm !== 'number' || hwm < 0 || Math.floor(hwm) !== hwm || hwm === Infinity) {
    throw errors.invalidArgValue(name, hwm);
  }
  return hwm;
}

exports.getHighWaterMark = getHighWaterMark;
exports.getDefaultHighWaterMark = getDefaultHighWaterMark;
exports.setDefaultHighWaterMark = setDefaultHighWaterMark;
