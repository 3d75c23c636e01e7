// Predicates over stream-like objects, used by finished() and pipeline():
// they accept this module's streams and anything shaped like them (old
// readable-stream copies, user objects with pipe/on or write/on).
'use strict';

var kIsDestroyed = typeof Symbol === 'function' ? Symbol('kIsDestroyed') : '__kIsDestroyed';

function isReadableNodeStream(obj, strict) {
  if (!obj || typeof obj.pipe !== 'function' || typeof obj.on !== 'function') return false;
  if (strict && (typeof obj.pause !== 'function' || typeof obj.resume !== 'function')) return false;
  var w = obj._writableState;
  var r = obj._readableState;
  return !w || (!!r && r.readable !== false);
}

function isWritableNodeStream(obj) {
  if (!obj || typeof obj.write !== 'function' || typeof obj.on !== 'function') return false;
  var w = obj._writableState;
  return !obj._readableState || (!!w && w.writable !== false);
}

function isNodeStream(obj) {
  return !!obj && (!!obj._readableState || !!obj._writableState ||
    (typeof obj.on === 'function' && (typeof obj.write === 'function' || typeof obj.pipe === 'function')));
}

function isIterable(obj) {
  return obj != null && typeof Symbol === 'function' && typeof obj[Symbol.iterator] === 'function';
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  var state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || stream[kIsDestroyed] || (state && state.destroyed));
}

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  var w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.ended !== 'boolean') return null;
  return w.ended;
}

function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  var w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.finished !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  var r = stream._readableState;
  if (r && r.errored) return false;
  if (!r || typeof r.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}

function isReadable(stream) {
  if (!stream || typeof stream.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

function isWritable(stream) {
  if (!stream || typeof stream.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if ((!opts || opts.readable !== false) && isReadable(stream)) return false;
  if ((!opts || opts.writable !== false) && isWritable(stream)) return false;
  return true;
}

function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  var w = stream._writableState;
  return w && w.errored != null ? w.errored : null;
}

function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  var r = stream._readableState;
  return r && r.errored != null ? r.errored : null;
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  var w = stream._writableState;
  var r = stream._readableState;
  if ((w && typeof w.closed === 'boolean') || (r && typeof r.closed === 'boolean')) {
    return !!((w && w.closed) || (r && r.closed));
  }
  return null;
}

function isRequest(stream) {
  return !!stream && !!stream.setHeader && typeof stream.abort === 'function';
}

function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  var state = stream._writableState || stream._readableState;
  return !!state && !!state.autoDestroy && !!state.emitClose && state.closed === false;
}

function isDisturbed(stream) {
  return !!(stream && (stream.readableDidRead || stream.readableAborted));
}

// The first of these that is not null or undefined decides (so a stream
// destroyed with an error counts as errored once 'error' was emitted).
function isErrored(stream) {
  if (!stream) return false;
  var r = stream._readableState;
  var w = stream._writableState;
  var candidates = [stream.readableErrored, stream.writableErrored,
    r && r.errorEmitted, w && w.errorEmitted, r && r.errored, w && w.errored];
  for (var i = 0; i < candidates.length; i++) {
    if (candidates[i] != null) return !!candidates[i];
  }
  return false;
}

// Accessors on a prototype from {name: getter} or {name: {get, set}}.
function defineGetters(proto, table) {
  var names = Object.keys(table);
  for (var i = 0; i < names.length; i++) {
    var d = table[names[i]];
    var desc = { configurable: true, enumerable: false, get: d.get || d };
    if (d.set) desc.set = d.set;
    Object.defineProperty(proto, names[i], desc);
  }
}

exports.defineGetters = defineGetters;
exports.kIsDestroyed = kIsDestroyed;
exports.isReadableNodeStream = isReadableNodeStream;
exports.isWritableNodeStream = isWritableNodeStream;
exports.isNodeStream = isNodeStream;
exports.isIterable = isIterable;
exports.isDestroyed = isDestroyed;
exports.isWritableEnded = isWritableEnded;
exports.isWritableFinished = isWritableFinished;
exports.isReadableFinished = isReadableFinished;
exports.isReadable = isReadable;
exports.isWritable = isWritable;
exports.isFinished = isFinished;
exports.isWritableErrored = isWritableErrored;
exports.isReadableErrored = isReadableErrored;
exports.isClosed = isClosed;
exports.isRequest = isRequest;
exports.willEmitClose = willEmitClose;
exports.isDisturbed = isDisturbed;
exports.isErrored = isErrored;
