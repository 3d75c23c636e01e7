// finished(stream[, options], callback): calls back once when the stream
// has ended (readable side), finished (writable side), errored or closed
// early (ERR_STREAM_PREMATURE_CLOSE). Returns a function that removes the
// listeners.
'use strict';

var errors = require('internal/streams/errors');
var u = require('internal/streams/utils');

function nop() {}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw errors.invalidArgType('options', 'of type object', options);
  }
  if (typeof callback !== 'function') throw errors.invalidArgType('callback', 'of type function', callback);
  if (!u.isNodeStream(stream)) {
    throw errors.invalidArgType('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
  }

  var called = false;
  var done = function (err) {
    if (called) return;
    called = true;
    if (arguments.length === 0) callback.call(stream);
    else callback.call(stream, err);
  };

  var readable = options.readable != null ? options.readable : u.isReadableNodeStream(stream);
  var writable = options.writable != null ? options.writable : u.isWritableNodeStream(stream);
  var wState = stream._writableState;
  var rState = stream._readableState;

  // A stream that will emit 'close' after 'end'/'finish' is complete only
  // at 'close'.
  var willEmitClose = u.willEmitClose(stream) &&
    u.isReadableNodeStream(stream) === readable && u.isWritableNodeStream(stream) === writable;
  var writableFinished = u.isWritableFinished(stream, false);
  var readableFinished = u.isReadableFinished(stream, false);

  function onlegacyfinish() {
    if (!stream.writable) onfinish();
  }
  function onfinish() {
    writableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) done();
  }
  function onend() {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) done();
  }
  function onerror(err) {
    done(err);
  }
  function onclose() {
    var errored = u.isWritableErrored(stream) || u.isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return done(errored);
    if (readable && !readableFinished && u.isReadableNodeStream(stream, true)) {
      if (!u.isReadableFinished(stream, false)) return done(errors.prematureClose());
    }
    if (writable && !writableFinished) {
      if (!u.isWritableFinished(stream, false)) return done(errors.prematureClose());
    }
    done();
  }
  function onclosed() {
    var errored = u.isWritableErrored(stream) || u.isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return done(errored);
    done();
  }
  function onrequest() {
    stream.req.on('finish', onfinish);
  }

  if (u.isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!willEmitClose) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !wState) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);

  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  // Streams already done report on the next tick.
  if (u.isClosed(stream)) {
    process.nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!willEmitClose) process.nextTick(onclosed);
  } else if (!readable && (!willEmitClose || u.isReadable(stream)) &&
             (writableFinished || u.isWritable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (!writable && (!willEmitClose || u.isWritable(stream)) &&
             (readableFinished || u.isReadable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(onclosed);
  }

  return function cleanup() {
    done = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };
}

function finished(stream, opts) {
  return new Promise(function (resolve, reject) {
    eos(stream, opts, function (err) {
      if (err) reject(err);
      else resolve();
    });
  });
}

eos.finished = finished;
module.exports = eos;
