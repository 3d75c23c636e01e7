// Uncaught exceptions: 'uncaughtException' listeners, or Node's report on
// stderr (the throw site, the stack) before the runtime exits with code 1.
'use strict';

var binding = internalBinding('process');

function onUncaughtException(err, origin) {
  if (origin === undefined) origin = 'uncaughtException';
  if (process.listenerCount('uncaughtExceptionMonitor') > 0) {
    process.emit('uncaughtExceptionMonitor', err, origin);
  }
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, origin);
    return true;
  }
  binding.write(2, formatUncaught(err));
  process.exitCode = 1;
  return false;
}

// Node prints "file:line" of the throw, then the stack (or the thrown value).
function formatUncaught(err) {
  var out = '';
  var isError = err !== null && typeof err === 'object' && err instanceof Error;
  var where = isError ? throwSite(err) : null;
  if (where) out += where + '\n\n';
  var text;
  if (isError) {
    var stack = err.stack;
    text = typeof stack === 'string' && stack ? stack : String(err);
    var extra = ownExtras(err);
    if (extra) text += ' ' + extra;
  } else {
    text = 'Uncaught ' + describeValue(err);
  }
  out += text + '\n\nNode.js ' + process.version + ' (duv ' + process.versions.duv + ')\n';
  return out;
}

function throwSite(err) {
  var file = err.fileName;
  var line = err.lineNumber;
  if (typeof file === 'string' && file && typeof line === 'number' && line > 0 &&
      file.indexOf('node:') !== 0) {
    return file + ':' + line;
  }
  return null;
}

// Node shows an error's own enumerable properties after its stack: { code: 'X' }.
function ownExtras(err) {
  var keys = Object.keys(err);
  var parts = [];
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    if (k === 'stack' || k === 'message') continue;
    // As util.inspect does: a name the stack already shows is not repeated.
    if (k === 'name' && typeof err.name === 'string' && typeof err.stack === 'string' &&
        err.stack.indexOf(err.name) !== -1) continue;
    parts.push(k + ': ' + describeValue(err[k]));
  }
  return parts.length ? '{\n  ' + parts.join(',\n  ') + '\n}' : '';
}

function describeValue(v) {
  if (typeof v === 'string') return "'" + v.replace(/'/g, "\\'") + "'";
  try {
    var util = require('util');
    return util.inspect(v);
  } catch (e) {
    return String(v);
  }
}

exports.onUncaughtException = onUncaughtException;
exports.formatUncaught = formatUncaught;
